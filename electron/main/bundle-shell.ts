import path from 'node:path';
import { z } from 'zod';
import type { Channel } from '@shared/contract/contract';
import { describeIssues, type ResponseEnvelope } from '@shared/contract/errors';
import { EXPORT_DESTINATION_IPC } from '@shared/contract/transport';
import { EXPORT_FORMAT_INFO, EXPORT_FORMATS } from '@shared/exports/export-formats';
import { toErrorPayload } from '../core';
import { senderFrameInfo, UNAUTHORIZED, type IpcMainLike, type SenderCheck } from './ipc';

export const BUNDLE_EXTENSION = EXPORT_FORMAT_INFO.bundle.extension;
export const REVIEW_EXTENSION = '.ctoreview';

/**
 * The files a launch or a second launch asks the app to open (double-click, "Open with", a file
 * dragged onto the app's icon): every argument naming a bundle or a review file, made absolute
 * against the launching process's folder. Flags and the app's own path are not files to open.
 */
export function filesToOpen(
  argv: readonly string[],
  cwd: string,
): { bundles: string[]; reviews: string[] } {
  const bundles: string[] = [];
  const reviews: string[] = [];
  for (const arg of argv) {
    if (arg.startsWith('-')) continue;
    const lower = arg.toLowerCase();
    if (lower.endsWith(BUNDLE_EXTENSION)) bundles.push(path.resolve(cwd, arg));
    else if (lower.endsWith(REVIEW_EXTENSION)) reviews.push(path.resolve(cwd, arg));
  }
  return { bundles, reviews };
}

/**
 * Where a bundle may be written: only paths the system's save dialog answered, each once. A page
 * asking 'bundle-export-start' with any other destination is refused, so no page can make the
 * app overwrite a file of its choosing.
 */
export class ExportDestinations {
  private readonly approved = new Set<string>();

  approve(destination: string): void {
    this.approved.add(destination);
  }

  /** True (and forgotten) when `destination` came from the save dialog. */
  take(destination: string): boolean {
    return this.approved.delete(destination);
  }
}

/** The refusal names what was being saved: a portfolio bundle or a review file. */
const destinationRefused = (what: string): ResponseEnvelope => ({
  ok: false,
  error: {
    code: 'invalid-input',
    message: `Choose where to save the ${what} in the save dialog, then export again.`,
  },
});

/** The channels that write where the user chose, and what each saves (for the refusal). */
const SAVING_CHANNELS: Partial<Record<Channel, { what: string; bytesInstead: boolean }>> = {
  // The browser host has no dialog: it downloads what the job wrote inside the data folder.
  'bundle-export-start': { what: 'export', bytesInstead: false },
  // These answer the file's bytes when no destination is given.
  'review-export': { what: 'review file', bytesInstead: true },
  'review-report-pdf': { what: 'PDF', bytesInstead: true },
};

/**
 * The IPC layer's check of a contract input before the core sees it: an export destination (of
 * the portfolio, a review file or a report's PDF) must come from the save dialog. Answers the
 * refusal, or null to let the request through.
 */
export function exportDestinationGuard(
  destinations: ExportDestinations,
): (channel: Channel, input: unknown) => ResponseEnvelope | null {
  return (channel, input) => {
    const saving = SAVING_CHANNELS[channel];
    if (!saving) return null;
    const destination = (input as { destination?: unknown } | null)?.destination;
    if (destination === undefined)
      return saving.bytesInstead ? null : destinationRefused(saving.what);
    return typeof destination === 'string' && destinations.take(destination)
      ? null
      : destinationRefused(saving.what);
  };
}

const suggestion = z.strictObject({ suggestedName: z.string().min(1).max(255) });

/** The file types the save dialog offers, by extension: exports of the portfolio, and reviews. */
const SAVED_FILE_TYPES: ReadonlyMap<string, string> = new Map([
  ...EXPORT_FORMATS.map((format) => {
    const { extension, fileTypeName } = EXPORT_FORMAT_INFO[format];
    return [extension, fileTypeName] as const;
  }),
  [REVIEW_EXTENSION, 'CTO Mentor Portfolio review'],
]);

const extensionOf = (name: string) => path.extname(name).toLowerCase();

/**
 * A suggested name reduced to a name (no folders), with the bundle extension unless it already
 * ends with the extension of a file the app saves (a web or Leap2A zip, a PDF, a review file).
 */
export function savedBundleName(suggestedName: string): string {
  const name = path.basename(suggestedName.replace(/\\/g, '/')).trim() || 'Portfolio';
  return SAVED_FILE_TYPES.has(extensionOf(name)) ? name : `${name}${BUNDLE_EXTENSION}`;
}

/** The save dialog's file type, from the name it suggests. */
export function saveDialogFilter(fileName: string): { name: string; extensions: string[] } {
  const extension = SAVED_FILE_TYPES.has(extensionOf(fileName))
    ? extensionOf(fileName)
    : BUNDLE_EXTENSION;
  return { name: SAVED_FILE_TYPES.get(extension)!, extensions: [extension.slice(1)] };
}

export interface BundleShellDeps {
  destinations: ExportDestinations;
  /** The system's save dialog; resolves to the chosen path or null when cancelled. */
  showSaveDialog(fileName: string): Promise<string | null>;
}

/** The save dialog behind DesktopFileBridge.chooseExportDestination. */
export function registerBundleShellHandlers(
  ipcMain: IpcMainLike,
  isTrusted: SenderCheck,
  deps: BundleShellDeps,
): () => void {
  ipcMain.handle(EXPORT_DESTINATION_IPC, async (event, input) => {
    if (!isTrusted(senderFrameInfo(event))) return UNAUTHORIZED;
    const parsed = suggestion.safeParse(input);
    if (!parsed.success) {
      return { ok: false, error: { code: 'invalid-input', message: describeIssues(parsed.error) } };
    }
    try {
      const chosen = await deps.showSaveDialog(savedBundleName(parsed.data.suggestedName));
      if (chosen !== null) deps.destinations.approve(chosen);
      return { ok: true, result: { path: chosen } };
    } catch (error) {
      return { ok: false, error: toErrorPayload(error) };
    }
  });
  return () => ipcMain.removeHandler(EXPORT_DESTINATION_IPC);
}
