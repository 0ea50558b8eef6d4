import { z } from 'zod';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: Rect;
  maximized: boolean;
}

export const DEFAULT_SIZE = { width: 1280, height: 860 } as const;
export const MIN_SIZE = { width: 800, height: 560 } as const;

const windowStateSchema = z.object({
  bounds: z.object({
    x: z.number().int(),
    y: z.number().int(),
    width: z.number().int().min(1),
    height: z.number().int().min(1),
  }),
  maximized: z.boolean(),
});

/** The saved state, or null when the file is missing, damaged or from elsewhere. */
export function parseWindowState(text: string | null): WindowState | null {
  if (text === null) return null;
  try {
    const parsed = windowStateSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

const overlap = (a: Rect, b: Rect) =>
  Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) *
  Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));

/** How much of a window's title bar must be on a screen for it to be reachable. */
const MIN_VISIBLE = 64;

/**
 * Where to open the window: the saved bounds when they are still on one of today's screens (a
 * monitor may have been unplugged), shrunk to fit that screen; otherwise the default size centred
 * on the primary screen (the first work area).
 */
export function restoreWindow(saved: WindowState | null, workAreas: readonly Rect[]): WindowState {
  const primary = workAreas[0] ?? { x: 0, y: 0, ...DEFAULT_SIZE };
  const centred = (width: number, height: number): Rect => ({
    width,
    height,
    x: primary.x + Math.round((primary.width - width) / 2),
    y: primary.y + Math.round((primary.height - height) / 2),
  });
  const fallback = {
    bounds: centred(
      Math.min(DEFAULT_SIZE.width, primary.width),
      Math.min(DEFAULT_SIZE.height, primary.height),
    ),
    maximized: saved?.maximized ?? false,
  };
  if (saved === null) return fallback;
  const { bounds } = saved;
  const titleBar = { x: bounds.x, y: bounds.y, width: bounds.width, height: 32 };
  const screen = [...workAreas].sort((a, b) => overlap(bounds, b) - overlap(bounds, a))[0];
  if (!screen || overlap(titleBar, screen) < MIN_VISIBLE * 16) return fallback;
  const width = Math.max(MIN_SIZE.width, Math.min(bounds.width, screen.width));
  const height = Math.max(MIN_SIZE.height, Math.min(bounds.height, screen.height));
  const x = Math.min(Math.max(bounds.x, screen.x), screen.x + screen.width - width);
  const y = Math.min(Math.max(bounds.y, screen.y), screen.y + screen.height - height);
  return { bounds: { x, y, width, height }, maximized: saved.maximized };
}
