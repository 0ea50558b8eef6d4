import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { CHANNELS, type Channel } from '@shared/contract/contract';
import type { ResponseEnvelope } from '@shared/contract/errors';
import {
  ARTIFACT_OPEN_IPC,
  ARTIFACT_SHOW_IPC,
  BRIDGE_GLOBAL,
  type Bridge,
  type DesktopFileBridge,
} from '@shared/contract/transport';

/**
 * The page's only way into the main process: one named function per contract channel, each a
 * single `invoke` of that channel, plus three named desktop functions for files. No raw
 * ipcRenderer, no events, no arbitrary channel names.
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
};

// Every channel of the contract, by construction; the bundle test checks the exposed keys.
const bridge = Object.freeze({
  ...Object.fromEntries(CHANNELS.map((channel) => [channel, invokeChannel(channel)])),
  ...desktopFiles,
}) as Bridge;

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, bridge);
