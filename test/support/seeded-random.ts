/** Used when CTO_TEST_SEED is not set, so a plain run is the same run every time. */
export const DEFAULT_TEST_SEED = 20260901;

/**
 * The seed for every randomised test: CTO_TEST_SEED when set (to replay a failure), else the
 * fixed default. A malformed value fails loudly rather than silently running another seed.
 */
export function testSeed(): number {
  const raw = process.env.CTO_TEST_SEED;
  if (raw === undefined || raw.trim() === '') return DEFAULT_TEST_SEED;
  const seed = Number(raw);
  if (!Number.isSafeInteger(seed)) {
    throw new Error(`CTO_TEST_SEED must be a whole number, not "${raw}".`);
  }
  return seed;
}

/** Goes in a test's title, so a failure report names the seed and how to replay it. */
export const seedNote = (seed: number): string => `seed ${seed}, replay with CTO_TEST_SEED=${seed}`;

/** mulberry32: a tiny, fast PRNG; the same seed gives the same numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
