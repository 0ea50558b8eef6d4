import type { ExportedFile } from '@shared/contract/contract';

/**
 * Hands `href` to the user as a download through a temporary link: the browser saves it to its
 * downloads folder, and Electron shows its save dialog.
 */
export function clickDownloadLink(href: string, fileName: string, doc: Document = document): void {
  const link = doc.createElement('a');
  link.href = href;
  link.download = fileName;
  link.hidden = true;
  doc.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
  }
}

/**
 * Saves a file the core answered in full. The object URL is released once the click has been
 * dispatched (the download keeps its own reference).
 */
export function saveFile(file: ExportedFile, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([file.content], { type: file.mimeType }));
  try {
    clickDownloadLink(url, file.fileName, doc);
  } finally {
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}
