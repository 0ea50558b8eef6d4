import { describe, expect, it } from 'vitest';
import {
  GO_LETTER_WAIT_MS,
  NO_SEQUENCE,
  readShortcutKey,
  type KeySequence,
} from '../../renderer/app/shortcuts/key-sequence';

/** Reads keys one after another, `step` ms apart, and gives every command that came out. */
function read(keys: readonly string[], step = 100) {
  let sequence: KeySequence = NO_SEQUENCE;
  return keys.map((key, index) => {
    const reading = readShortcutKey(sequence, key, 1_000 + index * step);
    sequence = reading.next;
    return reading.command;
  });
}

describe('the single-key shortcuts, read key by key', () => {
  it.each([
    [['?'], [{ kind: 'help' }]],
    [
      ['Shift', '?'],
      [null, { kind: 'help' }],
    ],
    [['n'], [{ kind: 'new' }]],
    [['N'], [{ kind: 'new' }]],
    [
      ['g', 'a'],
      [null, { kind: 'go', letter: 'a' }],
    ],
    [
      ['G', 'Shift', 'R'],
      [null, null, { kind: 'go', letter: 'r' }],
    ],
    // After G, n is a page's letter, not "new"; a key that is no letter ends the sequence.
    [
      ['g', 'n'],
      [null, { kind: 'go', letter: 'n' }],
    ],
    [
      ['g', '1', 'a'],
      [null, null, null],
    ],
    [
      ['g', 'Escape', 'n'],
      [null, null, { kind: 'new' }],
    ],
    [
      ['x', 'a', 'Enter'],
      [null, null, null],
    ],
    [
      ['g', 'g', 'd'],
      [null, { kind: 'go', letter: 'g' }, null],
    ],
  ])('%j gives %j', (keys, commands) => {
    expect(read(keys)).toEqual(commands);
  });

  it('forgets a G whose letter comes too late, and reads that letter on its own', () => {
    expect(read(['g', 'a'], GO_LETTER_WAIT_MS)).toEqual([null, { kind: 'go', letter: 'a' }]);
    expect(read(['g', 'a'], GO_LETTER_WAIT_MS + 1)).toEqual([null, null]);
    expect(read(['g', 'n'], GO_LETTER_WAIT_MS + 1)).toEqual([null, { kind: 'new' }]);
  });
});
