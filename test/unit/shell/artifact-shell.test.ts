import { describe, expect, it } from 'vitest';
import { ARTIFACT_OPEN_IPC, ARTIFACT_SHOW_IPC } from '@shared/contract/transport';
import type { ResponseEnvelope } from '@shared/contract/errors';
import { registerArtifactShellHandlers } from '../../../electron/main/artifact-shell';
import type { InvokeEventLike, IpcMainLike } from '../../../electron/main/ipc';
import { isTrustedSender } from '../../../electron/main/security';
import { APP_START_URL } from '../../../electron/shell-common/app-origin';

type Listener = (event: InvokeEventLike, ...args: unknown[]) => Promise<ResponseEnvelope>;

function setUp(openPathAnswer = '') {
  const listeners = new Map<string, Listener>();
  const ipcMain: IpcMainLike = {
    handle: (channel, listener) => void listeners.set(channel, listener),
    removeHandler: (channel) => void listeners.delete(channel),
  };
  const opened: string[] = [];
  const shown: string[] = [];
  const dispose = registerArtifactShellHandlers(ipcMain, isTrustedSender, {
    openableCopy: async (id) => (id === 'known' ? '/tmp/opened/abc/Plan.pdf' : null),
    openPath: async (path) => {
      opened.push(path);
      return openPathAnswer;
    },
    showItemInFolder: (path) => void shown.push(path),
  });
  const fromWindow = { senderFrame: { url: APP_START_URL, parent: null } };
  const call = (channel: string, input: unknown, event: InvokeEventLike = fromWindow) =>
    listeners.get(channel)!(event, input);
  return { listeners, opened, shown, dispose, call };
}

describe('open with the system app / show in folder', () => {
  it('opens and shows the copy the core made for a known id', async () => {
    const { call, opened, shown } = setUp();
    expect(await call(ARTIFACT_OPEN_IPC, { id: 'known' })).toEqual({ ok: true, result: null });
    expect(await call(ARTIFACT_SHOW_IPC, { id: 'known' })).toEqual({ ok: true, result: null });
    expect(opened).toEqual(['/tmp/opened/abc/Plan.pdf']);
    expect(shown).toEqual(['/tmp/opened/abc/Plan.pdf']);
  });

  it.each([
    [
      'another site',
      { senderFrame: { url: 'https://evil.example/', parent: null } },
      { id: 'known' },
      'unauthorized',
    ],
    [
      'a subframe',
      { senderFrame: { url: APP_START_URL, parent: {} } },
      { id: 'known' },
      'unauthorized',
    ],
    ['a path for an id', undefined, { path: '/etc/passwd' }, 'invalid-input'],
    ['an id and a path', undefined, { id: 'known', path: '/etc/passwd' }, 'invalid-input'],
    ['an unknown id', undefined, { id: 'gone' }, 'not-found'],
  ])('refuses %s without touching the shell', async (_what, event, input, code) => {
    const { call, opened, shown } = setUp();
    for (const channel of [ARTIFACT_OPEN_IPC, ARTIFACT_SHOW_IPC]) {
      const answer = await call(channel, input, event as InvokeEventLike | undefined);
      expect(answer).toMatchObject({ ok: false, error: { code } });
    }
    expect(opened).toEqual([]);
    expect(shown).toEqual([]);
  });

  it('says so when the system has no app for the file', async () => {
    const { call } = setUp('No application is associated with the specified file');
    expect(await call(ARTIFACT_OPEN_IPC, { id: 'known' })).toMatchObject({
      ok: false,
      error: { code: 'io-error', message: expect.stringMatching(/no app that opens/) },
    });
  });

  it('removes both handlers when disposed', () => {
    const { listeners, dispose } = setUp();
    dispose();
    expect([...listeners.keys()]).toEqual([]);
  });
});
