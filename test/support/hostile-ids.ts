import fc from 'fast-check';
import { isRecordId } from '@shared/domain/record';

/** Printed by every test that uses it, so a failing run can be replayed. */
export const HOSTILE_SEED = Number(process.env.HOSTILE_SEED ?? 20260815);

/**
 * Ids the record id rule refuses, one of each class an attacker or a hand edit could try:
 * paths out of a folder, separators of any system, absolute paths, NUL and control characters,
 * names the store uses itself, and shapes that merely look like ids.
 */
export const HOSTILE_IDS: readonly string[] = [
  '..',
  '.',
  '../../evil',
  'a/../../x',
  'a/b',
  'a\\b',
  '..\\..\\evil',
  '/etc/x',
  'C:\\x',
  'c:x',
  'nul\u0000byte',
  'line\nbreak',
  'tab\there',
  'esc\u001bchar',
  'index.cache',
  '.previous',
  'x.corrupt-20260101',
  'portfolio.json',
  'con', // Windows device names: con.json cannot be a file there
  'nul',
  'com1',
  'UPPER',
  'Mixed-Case',
  'caf\u00e9',
  '\u0430bc', // Cyrillic a: looks like "abc"
  'a\u2215b', // division slash: looks like a/b
  'a'.repeat(65),
  '',
  '-leading',
  '_leading',
  'trailing ',
  ' leading',
  'a b',
  'a.b',
];

/** Random strings the rule refuses (most random strings are), for the property tests. */
export const hostileIdArb: fc.Arbitrary<string> = fc
  .oneof(
    fc.constantFrom(...HOSTILE_IDS),
    fc.string({ maxLength: 80 }),
    fc.string({ unit: 'grapheme', maxLength: 20 }),
    fc
      .array(fc.constantFrom('..', '.', 'a', '/', '\\', 'x', ':', '\u0000', 'C'), { maxLength: 8 })
      .map((parts) => parts.join('')),
  )
  .filter((id) => !isRecordId(id));

/** `count` hostile ids: every listed class first, then random ones from the seeded generator. */
export function hostileIds(count: number): string[] {
  const random = fc.sample(hostileIdArb, { seed: HOSTILE_SEED, numRuns: count });
  return [...HOSTILE_IDS, ...random].slice(0, Math.max(count, HOSTILE_IDS.length));
}
