import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { useNativeCrc32ForZip } from '../../../electron/core/bundle/zip/native-zip-crc32';

type Crc = (data: Buffer, previous?: number) => number;

/** The buffer-crc32 instance yazl loads, as yazl resolves it. */
function yazlsCrc32(): { unsigned: Crc } {
  const require = createRequire(import.meta.url);
  return createRequire(require.resolve('yazl'))('buffer-crc32') as { unsigned: Crc };
}

describe('the CRC-32 yazl uses', () => {
  it('gives exactly the values of buffer-crc32, chunk by chunk, once made native', () => {
    const original = yazlsCrc32().unsigned;
    const chunks = [0, 1, 7, 64 * 1024, 1024 * 1024 + 3].map((n) => randomBytes(n));
    const expected = chunks.reduce<number[]>(
      (crcs, chunk) => [...crcs, original(chunk, crcs.at(-1) ?? 0)],
      [],
    );

    useNativeCrc32ForZip();
    const native = yazlsCrc32().unsigned;
    expect(native).not.toBe(original);
    const actual = chunks.reduce<number[]>(
      (crcs, chunk) => [...crcs, native(chunk, crcs.at(-1) ?? 0)],
      [],
    );
    expect(actual).toEqual(expected);
    expect(native(Buffer.from('123456789'))).toBe(0xcbf43926);
  });
});
