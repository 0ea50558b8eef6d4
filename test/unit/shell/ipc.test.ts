import { describe, expect, it } from 'vitest';
import { CHANNELS, type Channel, type Handlers } from '@shared/contract/contract';
import type { ResponseEnvelope } from '@shared/contract/errors';
import {
  registerContractHandlers,
  senderFrameInfo,
  type InvokeEventLike,
  type IpcMainLike,
} from '../../../electron/main/ipc';
import { isTrustedSender } from '../../../electron/main/security';
import { APP_START_URL } from '../../../electron/shell-common/app-origin';

type Listener = Parameters<IpcMainLike['handle']>[1];

/** An ipcMain that behaves like Electron's: one handler per channel, invoke by name. */
class FakeIpcMain implements IpcMainLike {
  readonly listeners = new Map<string, Listener>();
  handle(channel: string, listener: Listener): void {
    if (this.listeners.has(channel)) throw new Error(`second handler for ${channel}`);
    this.listeners.set(channel, listener);
  }
  removeHandler(channel: string): void {
    this.listeners.delete(channel);
  }
  invoke(channel: string, event: InvokeEventLike, input: unknown): Promise<ResponseEnvelope> {
    const listener = this.listeners.get(channel);
    if (!listener) throw new Error(`no handler for ${channel}`);
    return listener(event, input);
  }
}

/** Handlers that record what reached the core and answer with the channel's name. */
function recordingHandlers(): { handlers: Handlers; calls: Array<[Channel, unknown]> } {
  const calls: Array<[Channel, unknown]> = [];
  const handlers = Object.fromEntries(
    CHANNELS.map((channel) => [
      channel,
      async (input: unknown) => {
        calls.push([channel, input]);
        return { answeredBy: channel };
      },
    ]),
  ) as unknown as Handlers;
  return { handlers, calls };
}

const appFrame = { url: APP_START_URL, parent: null };
const fromApp: InvokeEventLike = { senderFrame: appFrame };

function setUp() {
  const ipcMain = new FakeIpcMain();
  const { handlers, calls } = recordingHandlers();
  const dispose = registerContractHandlers(ipcMain, handlers, isTrustedSender);
  return { ipcMain, calls, dispose };
}

describe('contract IPC registration', () => {
  it('answers every contract channel, and nothing else', () => {
    const { ipcMain } = setUp();
    expect([...ipcMain.listeners.keys()].sort()).toEqual([...CHANNELS].sort());
  });

  it('passes a valid request from the app window to the core', async () => {
    const { ipcMain, calls } = setUp();
    await expect(ipcMain.invoke('log-delete', fromApp, { id: 'log-1' })).resolves.toEqual({
      ok: true,
      result: { answeredBy: 'log-delete' },
    });
    expect(calls).toEqual([['log-delete', { id: 'log-1' }]]);
  });

  const throwingFrame = {
    get url(): string {
      throw new Error('Render frame was disposed before WebFrameMain could be accessed');
    },
    parent: null,
  };

  it.each<[string, InvokeEventLike]>([
    ['a destroyed frame', { senderFrame: null }],
    ['a disposed frame that throws when read', { senderFrame: throwingFrame }],
    ['a subframe of the app', { senderFrame: { url: APP_START_URL, parent: appFrame } }],
    ['a foreign web page', { senderFrame: { url: 'https://evil.example/', parent: null } }],
    ['a local file', { senderFrame: { url: 'file:///tmp/evil.html', parent: null } }],
    ['a look-alike origin', { senderFrame: { url: 'app://portfolio.evil/', parent: null } }],
    ['devtools', { senderFrame: { url: 'devtools://devtools/', parent: null } }],
  ])('refuses %s as unauthorized without reaching the core', async (_name, event) => {
    const { ipcMain, calls } = setUp();
    const answer = await ipcMain.invoke('portfolio-get', event, {});
    expect(answer).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(calls).toEqual([]);
  });

  it.each<[Channel, unknown]>([
    ['log-delete', { id: 5 }],
    ['log-delete', { id: '' }],
    ['log-delete', { id: 'x'.repeat(101) }],
    ['app-info', { extra: true }],
    ['app-info', 'app-info'],
    ['app-info', [1, 2]],
    ['assignment-delete', JSON.parse('{"id":"a","__proto__":{"admin":true}}')],
    ['session-feedback-set', { id: 's', rating: 9, comments: '' }],
  ])('refuses invalid input on %s (%j) without reaching the core', async (channel, input) => {
    const { ipcMain, calls } = setUp();
    const answer = await ipcMain.invoke(channel, fromApp, input);
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(calls).toEqual([]);
  });

  it('refuses to register the contract twice on the same ipcMain', () => {
    const { ipcMain } = setUp();
    const { handlers } = recordingHandlers();
    expect(() => registerContractHandlers(ipcMain, handlers, isTrustedSender)).toThrow(
      /already registered/,
    );
  });

  it('removes every handler when disposed, so the contract can be registered again', () => {
    const { ipcMain, dispose } = setUp();
    dispose();
    expect(ipcMain.listeners.size).toBe(0);
    const { handlers } = recordingHandlers();
    expect(() => registerContractHandlers(ipcMain, handlers, isTrustedSender)).not.toThrow();
    expect(ipcMain.listeners.size).toBe(CHANNELS.length);
  });
});

describe('sender frame info', () => {
  it('tells the top-level frame from a subframe', () => {
    expect(senderFrameInfo(fromApp)).toEqual({ url: APP_START_URL, isMainFrame: true });
    expect(senderFrameInfo({ senderFrame: { url: APP_START_URL, parent: appFrame } })).toEqual({
      url: APP_START_URL,
      isMainFrame: false,
    });
  });

  it('has nothing to say about a missing event', () => {
    expect(senderFrameInfo(null)).toBeNull();
    expect(senderFrameInfo(undefined)).toBeNull();
  });
});
