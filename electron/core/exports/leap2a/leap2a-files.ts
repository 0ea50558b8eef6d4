import { artifactEntryPath } from '@shared/bundle/bundle-schemas';
import type { ZipEntrySource } from '../../bundle/zip/zip-entry-source';
import { isPlainFileName, refusal, SHA256_NAME } from '../../safe-name';
import type { SiteModel } from '../../site/site-model';

/** Where the Leap2A zip keeps the artifact files, each once. */
export const LEAP2A_FILES_DIR = 'files/';

/** The extension of the name a file was added with, when it is a plain one ("pdf", "docx"). */
function extensionOf(fileName: string): string {
  const match = /\.([A-Za-z0-9]{1,10})$/.exec(fileName);
  return match ? `.${match[1]!.toLowerCase()}` : '';
}

/**
 * `files/<sha256>.<ext>`: named by content (two artifacts with the same file share it) with the
 * original extension, so an importer that guesses a file's type by its name guesses right. The
 * name the user gave the file travels in the entry, never as a path.
 */
export function leap2aFilePath(artifact: { sha256: string; fileName: string }): string {
  const name = `${artifact.sha256}${extensionOf(artifact.fileName)}`;
  if (!SHA256_NAME.test(artifact.sha256) || !isPlainFileName(name)) throw refusal(name);
  return `${LEAP2A_FILES_DIR}${name}`;
}

export interface Leap2aFiles {
  entries: ZipEntrySource[];
  /** The file's path in the zip by SHA-256, for the artifacts whose file was given. */
  pathBySha: ReadonlyMap<string, string>;
}

/**
 * The files of the live artifacts, renamed for the Leap2A zip, from the bundle's artifact
 * entries (`artifacts/<sha256>`). An artifact whose file is not among them gets no enclosure,
 * so the feed never names a file the zip does not hold.
 */
export function leap2aFiles(model: SiteModel, files: readonly ZipEntrySource[]): Leap2aFiles {
  const byPath = new Map(files.map((file) => [file.path, file]));
  const entries: ZipEntrySource[] = [];
  const pathBySha = new Map<string, string>();
  for (const { record } of model.artifacts) {
    const source = byPath.get(artifactEntryPath(record.sha256));
    if (!source || pathBySha.has(record.sha256)) continue;
    const path = leap2aFilePath(record);
    pathBySha.set(record.sha256, path);
    entries.push({
      path,
      size: source.size,
      sha256: source.sha256,
      deflate: source.deflate,
      open: () => source.open(),
      unreadable: (cause) => source.unreadable(cause),
    });
  }
  return { entries, pathBySha };
}
