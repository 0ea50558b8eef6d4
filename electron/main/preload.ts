import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { CHANNELS, type Channel } from '@shared/contract/contract';
import type { ResponseEnvelope } from '@shared/contract/errors';
import { reviewImportSummarySchema } from '@shared/review/review-import-summary';
import {
  ARTIFACT_OPEN_IPC,
  ARTIFACT_SHOW_IPC,
  BRIDGE_GLOBAL,
  BUNDLE_OPENED_IPC,
  EXPORT_DESTINATION_IPC,
  REVIEW_OPENED_IPC,
  type Bridge,
  type DesktopFileBridge,
} from '@shared/contract/transport';

/**
 * The page's only way into the main process: one named function per contract channel, each a
 * single `invoke` of that channel, plus the named desktop functions for files. No raw
 * ipcRenderer, no arbitrary channel names; the only events a page may hear are a bundle or a
 * review file the system asked the app to open (onBundleOpened: a job id only; onReviewOpened:
 * the inspection's summary, checked against its schema).
 * Bundled into one CommonJS file (dist/electron/preload.cjs): a sandboxed preload cannot be an
 * ES module and may require nothing but 'electron'.
 */
const invokeChannel = ((channel) => (input) => ipcRenderer.invoke(channel, input)) satisfies (
  channel: Channel,
) => Bridge[Channel];

const NOT_FROM_DISK: ResponseEnvelope = {
  ok: false,
  error: {
    code: 'invalid-input',
    message: 'Only files from your computer can be added; drop or choose them again.',
  },
};

/**
 * Paths come from Electron for File objects of a drop or a file dialog; a File a page made up
 * has no path (''), so a page can name no file on disk.
 */
const desktopFiles: DesktopFileBridge = {
  async addDroppedFiles(files) {
    const paths = Array.from(files, (file) => webUtils.getPathForFile(file as File));
    if (paths.length === 0 || paths.some((path) => path === '')) return NOT_FROM_DISK;
    return ipcRenderer.invoke('artifact-add-paths', { paths }) as Promise<ResponseEnvelope>;
  },
  openArtifact: (id) => ipcRenderer.invoke(ARTIFACT_OPEN_IPC, { id }),
  showArtifactInFolder: (id) => ipcRenderer.invoke(ARTIFACT_SHOW_IPC, { id }),
  async inspectDroppedBundle(file) {
    const path = webUtils.getPathForFile(file as File);
    if (path === '') return NOT_FROM_DISK;
    return ipcRenderer.invoke('bundle-import-inspect', {
      source: { kind: 'path', path },
    }) as Promise<ResponseEnvelope>;
  },
  chooseExportDestination: (suggestedName) =>
    ipcRenderer.invoke(EXPORT_DESTINATION_IPC, { suggestedName }),
  onBundleOpened(listener) {
    // Only the job id crosses over, and only when it is one: never Electron's event object.
    ipcRenderer.on(BUNDLE_OPENED_IPC, (_event, started: unknown) => {
      const jobId = (started as { jobId?: unknown } | null)?.jobId;
      if (typeof jobId === 'string') listener({ jobId });
    });
  },
  async inspectDroppedReview(file) {
    const path = webUtils.getPathForFile(file as File);
    if (path === '') return NOT_FROM_DISK;
    return ipcRenderer.invoke('review-import-inspect', {
      source: { kind: 'path', path },
    }) as Promise<ResponseEnvelope>;
  },
  onReviewOpened(listener) {
    ipcRenderer.on(REVIEW_OPENED_IPC, (_event, summary: unknown) => {
      const parsed = reviewImportSummarySchema.safeParse(summary);
      if (parsed.success) listener(parsed.data);
    });
  },
};

// Every channel of the contract, by construction; the bundle test checks the exposed keys.
const bridge = Object.freeze({
  ...Object.fromEntries(CHANNELS.map((channel) => [channel, invokeChannel(channel)])),
  ...desktopFiles,
}) as Bridge;

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, bridge);
