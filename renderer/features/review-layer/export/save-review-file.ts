import type { SavedFile } from '@shared/contract/review-layer-channels';
import { clickDownloadLink } from '../../exports/save-file';

/** The browser host answers a saved file's bytes (a review, a PDF): offer them as a download. */
export function downloadSavedFile(exported: SavedFile, doc: Document = document): void {
  if (exported.base64 === null) return;
  const bytes = Uint8Array.from(atob(exported.base64), (char) => char.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: exported.mimeType }));
  try {
    clickDownloadLink(url, exported.fileName, doc);
  } finally {
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}

/** What the Electron save dialog suggests: "Jordan Rivera review 2026-12-04.ctoreview". */
export function suggestedReviewFileName(candidateName: string, today: string): string {
  // Characters no file system takes in a name; the dialog shows the rest as the user typed it.
  const name =
    [...candidateName]
      .map((char) => (/[\\/:*?"<>|]/.test(char) || char < ' ' ? ' ' : char))
      .join('')
      .trim() || 'Candidate';
  return `${name} review ${today}.ctoreview`;
}
