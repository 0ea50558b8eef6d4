import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../support/temp-dir';
import { cli } from '../cli/cli-harness';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
beforeEach(async () => {
  temp = await makeTempDir('cto-verify-exported-');
});
afterEach(async () => {
  await temp.remove();
});

const run = (argv: string[]) => cli(argv, { cwd: temp.path });

describe('the reader and the exporter', () => {
  it('verify accepts what export writes from the sample portfolio', async () => {
    const data = join(temp.path, 'data');
    expect((await run(['init', '--data', data, '--sample'])).code).toBe(0);
    const exported = await run(['export', '--data', data, '--out', 'sample.ctoportfolio']);
    expect(exported).toMatchObject({ code: 0, stderr: '' });
    const result = await run(['verify', 'sample.ctoportfolio', '--json']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(result.stdout)).toMatchObject({ ok: true });
  });
});
