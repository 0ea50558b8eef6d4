import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { reflectionSchema, type Reflection } from '@shared/domain/reflection';
import type { RichTextDoc, RichTextNode } from '@shared/rich-text/rich-text-schema';
import {
  REFLECTION_FILE_FORMAT,
  REFLECTIONS_FOLDER,
} from '../../../electron/core/reflections/reflection-store';

/** Where the core keeps one reflection: its own file in the reflections folder. */
export const reflectionFilePath = (dataDir: string, id: string) =>
  join(dataDir, REFLECTIONS_FOLDER, `${id}.json`);

/** The stored text exactly as on disk, for "nothing unsafe anywhere in the file" checks. */
export function readReflectionText(dataDir: string, id: string): Promise<string> {
  return readFile(reflectionFilePath(dataDir, id), 'utf8');
}

/** What is on disk now: the file's envelope checked, its record parsed with the domain schema. */
export async function readReflectionFile(dataDir: string, id: string): Promise<Reflection> {
  const stored = JSON.parse(await readReflectionText(dataDir, id)) as {
    format?: unknown;
    record?: unknown;
  };
  if (stored.format !== REFLECTION_FILE_FORMAT) {
    throw new Error(`${reflectionFilePath(dataDir, id)} is not a reflection file.`);
  }
  return reflectionSchema.parse(stored.record);
}

/** Every node of a document, depth first, the document's own children first. */
export function nodesOf(doc: RichTextDoc | RichTextNode): RichTextNode[] {
  return (doc.content ?? []).flatMap((node) => [node, ...nodesOf(node)]);
}

/** The text a node holds, its children's text joined. */
export function textOf(node: RichTextNode): string {
  return node.text ?? (node.content ?? []).map(textOf).join('');
}
