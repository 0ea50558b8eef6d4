import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Channel, ChannelInput, ChannelOutput } from '@shared/contract/contract';
import type { ResponseEnvelope } from '@shared/contract/errors';
import { portfolioSchema, type Portfolio } from '@shared/domain/portfolio';
import { openCore, type Core } from '../../electron/core/app-core';
import { dispatch } from '../../electron/core/dispatch';
import type { Clock } from '../../electron/core/platform';
import { makeTempDir } from './temp-dir';

/** A clock the test moves by hand. */
export function fixedClock(iso: string): Clock & { set(iso: string): void } {
  let now = new Date(iso);
  return { now: () => new Date(now), set: (next) => (now = new Date(next)) };
}

/** Predictable ids: id-1, id-2, ... */
export function sequentialIds(prefix = 'id'): () => string {
  let n = 0;
  return () => `${prefix}-${++n}`;
}

export interface TestCore {
  core: Core;
  dataDir: string;
  clock: ReturnType<typeof fixedClock>;
  /** Call a channel the way a transport does (unknown in, envelope out). */
  send(channel: unknown, input: unknown): Promise<ResponseEnvelope>;
  /** Call a channel and return its result, failing the test on an error envelope. */
  call<K extends Channel>(channel: K, input: ChannelInput<K>): Promise<ChannelOutput<K>>;
  /** What is on disk now, parsed and validated. */
  readDisk(): Promise<Portfolio>;
  readDiskBytes(): Promise<Buffer>;
  close(): Promise<void>;
}

/** `idPrefix` tells two cores' records apart (a candidate's and a mentor's, say). */
export async function openTestCore(
  now = '2026-09-01T09:00:00.000Z',
  idPrefix = 'id',
): Promise<TestCore> {
  const temp = await makeTempDir('cto-core-');
  const clock = fixedClock(now);
  const core = await openCore({
    dataDir: temp.path,
    host: 'browser',
    appVersion: '0.0.0-test',
    clock,
    newId: sequentialIds(idPrefix),
  });
  const send = (channel: unknown, input: unknown) => dispatch(core.handlers, channel, input);
  const dataFile = join(temp.path, 'portfolio.json');
  return {
    core,
    dataDir: temp.path,
    clock,
    send,
    async call(channel, input) {
      const envelope = await send(channel, input);
      if (!envelope.ok)
        throw new Error(`${channel} failed: ${envelope.error.code}: ${envelope.error.message}`);
      return envelope.result as never;
    },
    readDisk: async () => portfolioSchema.parse(JSON.parse(await readFile(dataFile, 'utf8'))),
    readDiskBytes: () => readFile(dataFile),
    async close() {
      await core.close();
      await temp.remove();
    },
  };
}
