import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Channel, ChannelInput, ChannelOutput } from '@shared/contract/contract';
import { openCore, type Core } from '../../../electron/core/app-core';
import { dispatch } from '../../../electron/core/dispatch';
import type { ArtifactFiles } from '../../../renderer/api/artifact-files';
import type { BundleFiles } from '../../../renderer/api/bundle-files';
import type { Transport } from '../../../renderer/api/transport';
import { ApiError } from '../../../renderer/api/api-error';

export interface TestCore {
  dir: string;
  /** What the renderer is given: the real core behind a JSON round trip, as over HTTP or IPC. */
  transport: Transport;
  /** Adds files straight into the real core's artifact store, as the browser host's upload does. */
  artifactFiles: ArtifactFiles;
  /**
   * Bundles as the browser host takes them: the chosen file reaches the real core, which
   * inspects it; exports download from their path with the token TEST_TOKEN.
   */
  bundleFiles: BundleFiles;
  /** Calls the core directly, to arrange a portfolio or read what was saved. */
  call<K extends Channel>(channel: K, input: ChannelInput<K>): Promise<ChannelOutput<K>>;
  close(): Promise<void>;
}

/** The page's token as far as addresses built by the renderer go (downloads, reviewed sites). */
export const TEST_TOKEN = 'test-token';

const overTheWire = (value: unknown): unknown =>
  value === undefined ? undefined : JSON.parse(JSON.stringify(value));

/** The real application core over a fresh temp data folder. */
export async function openTestCore(): Promise<TestCore> {
  const dir = await mkdtemp(join(tmpdir(), 'cto-ui-'));
  const core: Core = await openCore({ dataDir: dir, host: 'browser', appVersion: '0.0.0-test' });
  const incoming = await mkdtemp(join(tmpdir(), 'cto-ui-bundles-'));
  let count = 0;
  // The browser host streams an upload into the data folder and inspects it there; the test
  // writes the file beside the data folder and hands the core its path instead.
  const received = async (file: File, onProgress: (loaded: number, total: number) => void) => {
    const path = join(incoming, `${++count}-${file.name}`);
    await writeFile(path, new Uint8Array(await file.arrayBuffer()));
    onProgress(file.size, file.size);
    return { kind: 'path' as const, path };
  };
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
    bundleFiles: {
      async startInspection(file, { onProgress }) {
        const envelope = await dispatch(core.handlers, 'bundle-import-inspect', {
          source: await received(file, onProgress),
        });
        if (!envelope.ok) throw new ApiError(envelope.error.code, envelope.error.message);
        return (envelope.result as { jobId: string }).jobId;
      },
      async inspectReview(file, { onProgress }) {
        const envelope = await dispatch(core.handlers, 'review-import-inspect', {
          source: await received(file, onProgress),
        });
        if (!envelope.ok) throw new ApiError(envelope.error.code, envelope.error.message);
        return envelope.result as ChannelOutput<'review-import-inspect'>;
      },
      canTrackUploads: true,
      chooseDestination: null,
      downloadUrl: (downloadPath) => `${downloadPath}?token=${TEST_TOKEN}`,
      siteAccess: TEST_TOKEN,
      onBundleOpened: () => () => undefined,
      onReviewOpened: () => () => undefined,
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
      await rm(incoming, { recursive: true, force: true });
    },
  };
}
