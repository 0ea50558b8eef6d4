import type { ExportedFile } from '@shared/contract/contract';

/**
 * Hands a file to the user through a download link: the browser saves it to its downloads
 * folder, and Electron shows its save dialog. The object URL is released once the click has
 * been dispatched (the download keeps its own reference).
 */
export function saveFile(file: ExportedFile, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([file.content], { type: file.mimeType }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.hidden = true;
  doc.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}
