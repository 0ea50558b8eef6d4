/**
 * The app's single-key shortcuts as a pure reading of one key after another: `?` shows the list,
 * `N` makes a new item on a list page, and `G` then a letter goes to a page. A key that is not
 * part of a shortcut (or a letter that comes too late after G) does nothing and starts over.
 */
export type ShortcutCommand = { kind: 'help' } | { kind: 'new' } | { kind: 'go'; letter: string };

/** How long after G its letter still counts, as in GitHub's and Gmail's G-shortcuts. */
export const GO_LETTER_WAIT_MS = 1500;

/** Whether a G is waiting for its letter, and since when. */
export interface KeySequence {
  goPressedAt: number | null;
}

export const NO_SEQUENCE: KeySequence = { goPressedAt: null };

/** Keys that only change the next one (Shift for "?"): they neither start nor break a sequence. */
const MODIFIER_KEYS = new Set(['Shift', 'Control', 'Alt', 'Meta', 'CapsLock', 'AltGraph']);

export interface ShortcutReading {
  next: KeySequence;
  command: ShortcutCommand | null;
}

/** What `key` (KeyboardEvent.key) means after `sequence`, at `now` (milliseconds). */
export function readShortcutKey(sequence: KeySequence, key: string, now: number): ShortcutReading {
  if (MODIFIER_KEYS.has(key)) return { next: sequence, command: null };
  const waitingForLetter =
    sequence.goPressedAt !== null && now - sequence.goPressedAt <= GO_LETTER_WAIT_MS;
  if (waitingForLetter) {
    const letter = /^[a-z]$/i.test(key) ? key.toLowerCase() : null;
    return { next: NO_SEQUENCE, command: letter ? { kind: 'go', letter } : null };
  }
  switch (key) {
    case 'g':
    case 'G':
      return { next: { goPressedAt: now }, command: null };
    case 'n':
    case 'N':
      return { next: NO_SEQUENCE, command: { kind: 'new' } };
    case '?':
      return { next: NO_SEQUENCE, command: { kind: 'help' } };
    default:
      return { next: NO_SEQUENCE, command: null };
  }
}

/** Inputs whose keys are not text: a shortcut typed while one has focus still works. */
const NON_TEXT_INPUTS = new Set([
  'checkbox',
  'radio',
  'button',
  'submit',
  'reset',
  'file',
  'range',
]);

/**
 * Whether a key pressed on `target` is the user's typing rather than a shortcut: in a text field,
 * a select, the rich-text editor or any other editable element.
 */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) return !NON_TEXT_INPUTS.has(target.type);
  return target.closest('[role="textbox"], [role="combobox"], [role="menu"]') !== null;
}
