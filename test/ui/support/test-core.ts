import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Channel, ChannelInput, ChannelOutput } from '@shared/contract/contract';
import { openCore, type Core } from '../../../electron/core/app-core';
import { dispatch } from '../../../electron/core/dispatch';
import type { ArtifactFiles } from '../../../renderer/api/artifact-files';
import type { Transport } from '../../../renderer/api/transport';

export interface TestCore {
  dir: string;
  /** What the renderer is given: the real core behind a JSON round trip, as over HTTP or IPC. */
  transport: Transport;
  /** Adds files straight into the real core's artifact store, as the browser host's upload does. */
  artifactFiles: ArtifactFiles;
  /** Calls the core directly, to arrange a portfolio or read what was saved. */
  call<K extends Channel>(channel: K, input: ChannelInput<K>): Promise<ChannelOutput<K>>;
  close(): Promise<void>;
}

const overTheWire = (value: unknown): unknown =>
  value === undefined ? undefined : JSON.parse(JSON.stringify(value));

/** The real application core over a fresh temp data folder. */
export async function openTestCore(): Promise<TestCore> {
  const dir = await mkdtemp(join(tmpdir(), 'cto-ui-'));
  const core: Core = await openCore({ dataDir: dir, host: 'browser', appVersion: '0.0.0-test' });
  return {
    dir,
    artifactFiles: {
      url: (id, options) => `/artifact/${id}${options?.download ? '?download=1' : ''}`,
      canTrackUploads: true,
      async addFile(file, { onProgress }) {
        const bytes = new Uint8Array(await file.arrayBuffer());
        async function* chunks() {
          yield bytes;
        }
        const artifact = await core.artifacts().addStream(file.name, chunks());
        onProgress(bytes.length, bytes.length);
        return [artifact];
      },
      openWithSystem: null,
      showInFolder: null,
    },
    transport: async (channel, input) =>
      overTheWire(await dispatch(core.handlers, channel, overTheWire(input))),
    async call(channel, input) {
      const envelope = await dispatch(core.handlers, channel, input);
      if (!envelope.ok) throw new Error(`${channel} failed: ${envelope.error.message}`);
      return envelope.result as ChannelOutput<typeof channel>;
    },
    async close() {
      await core.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
