import { describe, expect, it } from 'vitest';
import {
  parseWindowState,
  restoreWindow,
  type Rect,
} from '../../../electron/main/desktop/window-state';

const LAPTOP: Rect = { x: 0, y: 0, width: 1440, height: 875 };
const MONITOR_RIGHT: Rect = { x: 1440, y: 0, width: 2560, height: 1415 };

describe('where the window opens', () => {
  it('opens at the default size, centred, the first time', () => {
    expect(restoreWindow(null, [LAPTOP])).toEqual({
      bounds: { x: 80, y: 8, width: 1280, height: 860 },
      maximized: false,
    });
  });

  it.each([
    [
      'where it was, on the laptop',
      { x: 100, y: 50, width: 1000, height: 700 },
      [LAPTOP],
      { x: 100, y: 50, width: 1000, height: 700 },
    ],
    [
      'on the second monitor while it is there',
      { x: 2000, y: 100, width: 1600, height: 1000 },
      [LAPTOP, MONITOR_RIGHT],
      { x: 2000, y: 100, width: 1600, height: 1000 },
    ],
    [
      'back on the laptop, centred, once that monitor is unplugged',
      { x: 2000, y: 100, width: 1600, height: 1000 },
      [LAPTOP],
      { x: 80, y: 8, width: 1280, height: 860 },
    ],
    [
      'shrunk to a smaller screen and moved inside it',
      { x: 900, y: 300, width: 1800, height: 1200 },
      [LAPTOP],
      { x: 0, y: 0, width: 1440, height: 875 },
    ],
    [
      'pulled back when half off the right edge',
      { x: 1000, y: 100, width: 900, height: 600 },
      [LAPTOP],
      { x: 540, y: 100, width: 900, height: 600 },
    ],
    [
      'never smaller than the app can show',
      { x: 10, y: 10, width: 300, height: 200 },
      [LAPTOP],
      { x: 10, y: 10, width: 800, height: 560 },
    ],
  ])('%s', (_name, bounds, screens, expected) => {
    expect(restoreWindow({ bounds, maximized: false }, screens).bounds).toEqual(expected);
  });

  it('keeps it maximised', () => {
    expect(
      restoreWindow({ bounds: { x: 0, y: 0, width: 1440, height: 875 }, maximized: true }, [LAPTOP])
        .maximized,
    ).toBe(true);
  });

  it.each([
    null,
    '',
    '{',
    '[]',
    '{"bounds":{"x":"a"},"maximized":false}',
    '{"bounds":{"x":0,"y":0,"width":-5,"height":9},"maximized":false}',
  ])('starts afresh from a saved state of %j', (text) => expect(parseWindowState(text)).toBeNull());
});
