import { CHANNELS, type Channel, type Handlers } from '@shared/contract/contract';
import type { ResponseEnvelope } from '@shared/contract/errors';
import { dispatch } from '../core';
import type { SenderFrameInfo } from './security';

/**
 * The Electron side of the contract: one `ipcMain.handle` per channel, each checking who sent the
 * message before the core sees it. `ipcMain` is a parameter (only the two methods used here), so
 * the tests drive this with a fake and hostile events.
 */

/** The part of Electron's WebFrameMain read here; `parent` is null for the top-level frame. */
export interface SenderFrameLike {
  readonly url: string;
  readonly parent: unknown;
}

export interface InvokeEventLike {
  readonly senderFrame: SenderFrameLike | null;
}

export interface IpcMainLike {
  handle(
    channel: string,
    listener: (event: InvokeEventLike, ...args: unknown[]) => Promise<ResponseEnvelope>,
  ): void;
  removeHandler(channel: string): void;
}

export type SenderCheck = (frame: SenderFrameInfo | null) => boolean;

export const UNAUTHORIZED: ResponseEnvelope = {
  ok: false,
  error: {
    code: 'unauthorized',
    message: 'This request did not come from the app’s own window, so it was refused.',
  },
};

/**
 * What the sender check is given. Electron nulls `senderFrame` once the frame navigated away or
 * was destroyed, and reading a disposed frame throws: both mean "no trustworthy sender".
 */
export function senderFrameInfo(event: InvokeEventLike | null | undefined): SenderFrameInfo | null {
  try {
    const frame = event?.senderFrame;
    if (frame === null || frame === undefined) return null;
    return { url: frame.url, isMainFrame: frame.parent === null };
  } catch {
    return null;
  }
}

/** The channels this registry has handed to some ipcMain; a second registration is a bug. */
const registered = new WeakMap<IpcMainLike, Set<Channel>>();

/**
 * Register every contract channel. Returns a disposer that removes them again (window closed,
 * app quitting, tests). Throws at once if any channel is already registered on this ipcMain.
 */
export function registerContractHandlers(
  ipcMain: IpcMainLike,
  handlers: Handlers,
  isTrusted: SenderCheck,
  /** A check of the input beyond its schema (see bundle-shell.ts); its refusal is the answer. */
  guard: (channel: Channel, input: unknown) => ResponseEnvelope | null = () => null,
): () => void {
  const taken = registered.get(ipcMain) ?? new Set<Channel>();
  const twice = CHANNELS.find((channel) => taken.has(channel));
  if (twice !== undefined) {
    throw new Error(`IPC channel "${twice}" is already registered; register the contract once.`);
  }
  registered.set(ipcMain, taken);

  for (const channel of CHANNELS) {
    ipcMain.handle(channel, async (event, input) => {
      if (!isTrusted(senderFrameInfo(event))) return UNAUTHORIZED;
      return guard(channel, input) ?? dispatch(handlers, channel, input);
    });
    taken.add(channel);
  }

  return () => {
    for (const channel of CHANNELS) {
      if (taken.delete(channel)) ipcMain.removeHandler(channel);
    }
  };
}
