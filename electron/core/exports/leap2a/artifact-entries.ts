import { formatSize } from '@shared/format/format-size';
import type { Leap2aContext } from './leap2a-context';
import { sessionIdOf } from './session-lookup';
import { paragraphsContent } from './text-xhtml';

/**
 * Each artifact as a `resource` with one `enclosure` link to its file (what Mahara imports as a
 * file), its description as content and its tags as plain categories (Mahara's tags). It
 * supports the assignments it was made for and relates to its sessions.
 */
export function addArtifacts({ model, parts, filePaths }: Leap2aContext): void {
  for (const { record } of model.artifacts) {
    const path = filePaths.get(record.sha256);
    const id = parts.add('artifact', record.id, {
      type: 'resource',
      title: record.title,
      published: record.createdAt,
      updated: record.updatedAt,
      content: paragraphsContent([
        record.description,
        ['File', `${record.fileName} (${formatSize(record.size)})`],
      ]),
      categories: [
        { scheme: 'resource_type', term: 'Offline', label: 'File' },
        ...[...new Set(record.tags)].map((term) => ({ term })),
      ],
      ...(path ? { enclosure: { path, mediaType: record.mediaType, length: record.size } } : {}),
    });
    for (const assignmentId of record.assignmentIds) {
      parts.relate(id, 'supports', parts.idOf('assignment', assignmentId));
    }
    for (const number of new Set(record.sessionNumbers)) {
      parts.relate(id, 'relation', sessionIdOf(model, parts, number));
    }
  }
}
