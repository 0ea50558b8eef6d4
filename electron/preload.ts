import { contextBridge, ipcRenderer } from 'electron';
import { CHANNELS, type Channel } from '@shared/contract/contract';
import { BRIDGE_GLOBAL, type Bridge } from '@shared/contract/transport';

/**
 * The page's only way into the main process: one named function per contract channel, each a
 * single `invoke` of that channel. No raw ipcRenderer, no events, no arbitrary channel names.
 * Bundled into one CommonJS file (dist/electron/preload.cjs): a sandboxed preload cannot be an
 * ES module and may require nothing but 'electron'.
 */
const invokeChannel = ((channel) => (input) => ipcRenderer.invoke(channel, input)) satisfies (
  channel: Channel,
) => Bridge[Channel];

// Every channel of the contract, by construction; the bundle test checks the exposed keys.
const bridge = Object.freeze(
  Object.fromEntries(CHANNELS.map((channel) => [channel, invokeChannel(channel)])),
) as Bridge;

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, bridge);
