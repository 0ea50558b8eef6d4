import { z } from 'zod';
import { ARTIFACT_OPEN_IPC, ARTIFACT_SHOW_IPC } from '@shared/contract/transport';
import { recordIdSchema } from '@shared/domain/record';
import { describeIssues, type ResponseEnvelope } from '@shared/contract/errors';
import { toErrorPayload } from '../core';
import { senderFrameInfo, UNAUTHORIZED, type IpcMainLike, type SenderCheck } from './ipc';

/**
 * "Open with system app" and "Show in folder": two Electron-only IPC handlers. The page sends an
 * artifact id, never a path; the core makes a copy under the file's original name (see
 * core/artifacts/openable-copy.ts) and only that copy's path reaches the shell. The shell's
 * functions are parameters, so the tests prove they never run for a bad sender or id.
 */
export interface ArtifactShellDeps {
  /** Core.artifacts().openableCopy(id, folder): the copy's path, or null for an unknown id. */
  openableCopy(id: string): Promise<string | null>;
  /** Electron's shell.openPath: resolves to an error message, or '' on success. */
  openPath(path: string): Promise<string>;
  showItemInFolder(path: string): void;
}

const byId = z.strictObject({ id: recordIdSchema });

const NOT_FOUND: ResponseEnvelope = {
  ok: false,
  error: {
    code: 'not-found',
    message: 'That artifact no longer exists; it may have been deleted. Reload and try again.',
  },
};

const NO_APP: ResponseEnvelope = {
  ok: false,
  error: {
    code: 'io-error',
    message:
      'The system has no app that opens this kind of file; install one, or use Show in folder.',
  },
};

export function registerArtifactShellHandlers(
  ipcMain: IpcMainLike,
  isTrusted: SenderCheck,
  deps: ArtifactShellDeps,
): () => void {
  const handle = (channel: string, act: (path: string) => Promise<ResponseEnvelope>) =>
    ipcMain.handle(channel, async (event, input) => {
      if (!isTrusted(senderFrameInfo(event))) return UNAUTHORIZED;
      const parsed = byId.safeParse(input);
      if (!parsed.success) {
        return {
          ok: false,
          error: { code: 'invalid-input', message: describeIssues(parsed.error) },
        };
      }
      try {
        const copy = await deps.openableCopy(parsed.data.id);
        return copy === null ? NOT_FOUND : await act(copy);
      } catch (error) {
        return { ok: false, error: toErrorPayload(error) };
      }
    });

  handle(ARTIFACT_OPEN_IPC, async (path) =>
    (await deps.openPath(path)) === '' ? { ok: true, result: null } : NO_APP,
  );
  handle(ARTIFACT_SHOW_IPC, async (path) => {
    deps.showItemInFolder(path);
    return { ok: true, result: null };
  });
  return () => {
    ipcMain.removeHandler(ARTIFACT_OPEN_IPC);
    ipcMain.removeHandler(ARTIFACT_SHOW_IPC);
  };
}
