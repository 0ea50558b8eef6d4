import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seedNote, testSeed } from '../../support/seeded-random';
import {
  JsonStructureScan,
  type JsonScanCaps,
} from '../../../electron/core/bundle/read/json-structure-scan';

const SEED = testSeed();
const WATCHED = ['portfolio.logEntries', 'portfolio.artifacts', 'reflections'] as const;
const WIDE_OPEN: JsonScanCaps = {
  maxValues: Number.MAX_SAFE_INTEGER,
  maxDepth: Number.MAX_SAFE_INTEGER,
  arrays: Object.fromEntries(WATCHED.map((path) => [path, Number.MAX_SAFE_INTEGER])),
};

interface Figures {
  values: number;
  depth: number;
  arrays: Record<string, number>;
}

/** What JSON.parse built, counted the plain way: the reference the scan must agree with. */
function figuresOf(value: unknown): Figures {
  const figures: Figures = { values: 0, depth: 0, arrays: {} };
  const walk = (node: unknown, path: string | null, depth: number) => {
    figures.values += 1;
    if (node === null || typeof node !== 'object') return;
    figures.depth = Math.max(figures.depth, depth + 1);
    if (Array.isArray(node)) {
      if (path !== null && (WATCHED as readonly string[]).includes(path)) {
        figures.arrays[path] = Math.max(figures.arrays[path] ?? 0, node.length);
      }
      for (const item of node) walk(item, null, depth + 1);
      return;
    }
    for (const [key, item] of Object.entries(node)) {
      walk(item, path === null ? null : path === '' ? key : `${path}.${key}`, depth + 1);
    }
  };
  walk(value, '', 0);
  return figures;
}

function scanned(text: string, cuts: number[] = [], caps: JsonScanCaps = WIDE_OPEN) {
  const bytes = Buffer.from(text, 'utf8');
  const scan = new JsonStructureScan(caps);
  let from = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    const at = Math.min(cut, bytes.length);
    scan.write(bytes.subarray(from, at));
    from = at;
  }
  scan.write(bytes.subarray(from));
  return scan;
}

/** JSON text of `value`, with some keys spelled with \u escapes and whitespace here and there. */
function serialise(value: unknown, escapeKeys: boolean, space: string): string {
  const key = (k: string) =>
    escapeKeys
      ? `"${[...k].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}"`
      : JSON.stringify(k);
  const write = (node: unknown): string => {
    if (Array.isArray(node)) return `[${space}${node.map(write).join(`,${space}`)}${space}]`;
    if (node !== null && typeof node === 'object') {
      const body = Object.entries(node).map(([k, v]) => `${key(k)}${space}:${space}${write(v)}`);
      return `{${space}${body.join(`,${space}`)}${space}}`;
    }
    return JSON.stringify(node);
  };
  return write(value);
}

/** Values shaped like portfolio.json (watched arrays at their paths) around arbitrary JSON. */
const portfolioLike = fc.record({
  format: fc.jsonValue(),
  portfolio: fc.record({
    logEntries: fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 30 }),
    artifacts: fc.oneof(fc.array(fc.jsonValue({ maxDepth: 2 })), fc.jsonValue({ maxDepth: 2 })),
    other: fc.jsonValue({ maxDepth: 4 }),
  }),
  reflections: fc.array(fc.jsonValue({ maxDepth: 4 }), { maxLength: 10 }),
  nested: fc.record({ reflections: fc.array(fc.integer()) }),
});

describe('JsonStructureScan counts what JSON.parse would build', () => {
  it(`agrees with JSON.parse on any JSON text, however it is cut into chunks (${seedNote(SEED)})`, () => {
    fc.assert(
      fc.property(
        fc.oneof(portfolioLike, fc.jsonValue({ maxDepth: 6 })),
        fc.boolean(),
        fc.constantFrom('', ' ', '\n  ', '\t'),
        fc.array(fc.nat({ max: 4000 }), { maxLength: 8 }),
        (value, escapeKeys, space, cuts) => {
          const text = serialise(value, escapeKeys, space);
          const expected = figuresOf(JSON.parse(text));
          expect(scanned(text, cuts).valueCount).toBe(expected.values);
          // Caps set exactly at the reference's figures are met, not broken (one less breaks
          // them: the next test).
          const tight = scanned(text, cuts, {
            maxValues: expected.values,
            maxDepth: expected.depth,
            arrays: Object.fromEntries(WATCHED.map((p) => [p, expected.arrays[p] ?? 0])),
          });
          expect(tight.excess).toBeNull();
        },
      ),
      { seed: SEED, numRuns: 400 },
    );
  });

  it(`reports the first cap broken, one past the reference, with the final count (${seedNote(SEED)})`, () => {
    fc.assert(
      fc.property(portfolioLike, fc.boolean(), (value, escapeKeys) => {
        const text = serialise(value, escapeKeys, ' ');
        const expected = figuresOf(JSON.parse(text));
        const entries = expected.arrays['portfolio.logEntries'] ?? 0;
        fc.pre(entries > 0);
        const scan = scanned(text, [], {
          ...WIDE_OPEN,
          arrays: { 'portfolio.logEntries': entries - 1 },
        });
        expect(scan.excess).toEqual({
          kind: 'array',
          path: 'portfolio.logEntries',
          count: entries,
          cap: entries - 1,
        });
        const values = scanned(text, [], { ...WIDE_OPEN, maxValues: expected.values - 1 });
        expect(values.excess).toEqual({
          kind: 'values',
          count: expected.values,
          cap: expected.values - 1,
        });
        const depth = scanned(text, [], { ...WIDE_OPEN, maxDepth: expected.depth - 1 });
        expect(depth.excess).toEqual({ kind: 'depth', cap: expected.depth - 1 });
      }),
      { seed: SEED, numRuns: 200 },
    );
  });

  it('is not fooled by brackets, quotes and key names inside strings', () => {
    const text = JSON.stringify({
      portfolio: { note: 'x", "logEntries": [1,2,3] \\" [[[', logEntries: ['a]', '"{', '\\'] },
      reflections: '[1, 2]',
    });
    const scan = scanned(text, [], { ...WIDE_OPEN, arrays: { 'portfolio.logEntries': 2 } });
    expect(scan.excess).toEqual({ kind: 'array', path: 'portfolio.logEntries', count: 3, cap: 2 });
    expect(scan.valueCount).toBe(figuresOf(JSON.parse(text)).values);
  });

  it('counts every copy of a key given twice, as each is built before the last one wins', () => {
    const text = '{"reflections":[1,2,3,4],"reflections":[]}';
    const scan = scanned(text, [], { ...WIDE_OPEN, arrays: { reflections: 3 } });
    expect(scan.excess).toMatchObject({ kind: 'array', path: 'reflections', count: 4 });
  });

  it('holds only its stack: a million entries are counted without being kept', () => {
    const text = `{"portfolio":{"logEntries":[${'{"id":"a"},'.repeat(999_999)}{"id":"a"}]}}`;
    const scan = scanned(text, [], { ...WIDE_OPEN, arrays: { 'portfolio.logEntries': 20_000 } });
    expect(scan.excess).toEqual({
      kind: 'array',
      path: 'portfolio.logEntries',
      count: 1_000_000,
      cap: 20_000,
    });
  });
});
