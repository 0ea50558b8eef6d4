import { extname } from 'node:path';
import type { Artifact } from '@shared/domain/artifact';
import { newRecordMeta } from '@shared/domain/record';
import { LIMITS } from '@shared/domain/text';
import { UserError, userErrorFromFs } from '../errors';
import type { Clock, IdGenerator } from '../platform';
import type { PortfolioStore } from '../store/portfolio-store';
import { readFailure, type IncomingFile } from './artifact-sources';
import type { ContentStore, StoredContent } from './content-store';
import { mediaTypeForFileName } from '@shared/media-types';

export interface AddArtifactsDeps {
  store: PortfolioStore;
  content: ContentStore;
  clock: Clock;
  newId: IdGenerator;
}

export interface AddArtifactsOptions {
  /** The title of every new artifact; by default each takes its file's name. */
  title?: string | undefined;
  sessionNumbers?: number[] | undefined;
}

const MAX_FILE_NAME = 255;

/** The title a file gets when none is given: its name without the extension, within the limit. */
export function defaultTitle(fileName: string): string {
  const stem = fileName.slice(0, fileName.length - extname(fileName).length).trim();
  return (stem || fileName.trim() || 'Untitled file').slice(0, LIMITS.shortText).trim();
}

/** A file name the record can hold: at most 255 characters, the extension kept. */
export function recordedFileName(fileName: string): string {
  const name = fileName.trim() || 'file';
  if (name.length <= MAX_FILE_NAME) return name;
  const extension = extname(name).slice(0, 20);
  return name.slice(0, MAX_FILE_NAME - extension.length) + extension;
}

/**
 * Add files as artifacts, all or nothing: every file is streamed into the content store first,
 * then one store update creates every record. If any file fails, the files this call stored are
 * removed again and no record is created; the message names the file and what to do.
 * Callers serialise calls per store (ArtifactLibrary), so a rollback never removes a file that a
 * concurrent add has just come to share.
 */
export async function addArtifacts(
  { store, content, clock, newId }: AddArtifactsDeps,
  files: readonly IncomingFile[],
  options: AddArtifactsOptions = {},
): Promise<Artifact[]> {
  const stored: StoredContent[] = [];
  try {
    for (const file of files) stored.push(await storeOne(content, file));
    return await store.update((portfolio) => {
      const now = clock.now();
      const records = files.map((file, index): Artifact => {
        const { sha256, size } = stored[index]!;
        const fileName = recordedFileName(file.fileName);
        return {
          ...newRecordMeta(newId(), now),
          title: options.title?.trim() || defaultTitle(fileName),
          description: '',
          tags: [],
          competencyIds: [],
          sessionNumbers: [...new Set(options.sessionNumbers ?? [])],
          assignmentIds: [],
          private: false,
          sha256,
          size,
          fileName,
          mediaType: mediaTypeForFileName(fileName),
        };
      });
      portfolio.artifacts.push(...records);
      return records;
    });
  } catch (error) {
    // Undo what this call stored; the first error is what the user needs to hear.
    await Promise.all(
      stored.filter((s) => s.added).map((s) => content.remove(s.sha256).catch(() => undefined)),
    );
    throw error;
  }
}

async function storeOne(content: ContentStore, file: IncomingFile): Promise<StoredContent> {
  const source = await file.open();
  try {
    return await content.put(readErrorsTagged(source, file));
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw (
      userErrorFromFs(error, `store ${file.fileName} in the data folder`, content.root) ?? error
    );
  } finally {
    // A put that failed before reading to the end leaves the file open otherwise.
    (source as { destroy?: () => void }).destroy?.();
  }
}

/** Errors of the source become sentences about reading it; the rest are the store's own. */
async function* readErrorsTagged(
  source: AsyncIterable<Uint8Array>,
  file: IncomingFile,
): AsyncIterable<Uint8Array> {
  try {
    for await (const chunk of source) yield chunk;
  } catch (error) {
    throw readFailure(error, file.fileName, file.origin);
  }
}
