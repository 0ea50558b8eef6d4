import { renderReflectionXhtml } from '../../site/site-rich-text';
import type { Leap2aContext } from './leap2a-context';
import { sessionIdOf } from './session-lookup';

/**
 * Each reflection as an `entry` whose content is its body in XHTML (the web version's rendering),
 * marked Ready or Unready (final or draft, which Mahara reads as published or draft), reflecting
 * on the session, assignments and artifacts it is about.
 */
export function addReflections({ model, parts }: Leap2aContext): void {
  for (const { record } of model.reflections) {
    const id = parts.add('reflection', record.id, {
      type: 'entry',
      title: record.title,
      published: record.createdAt,
      updated: record.updatedAt,
      content: { type: 'xhtml', markup: renderReflectionXhtml(record.content) },
      categories: [{ scheme: 'readiness', term: record.status === 'final' ? 'Ready' : 'Unready' }],
    });
    if (record.session !== null) {
      parts.relate(id, 'reflects_on', sessionIdOf(model, parts, record.session));
    }
    for (const assignmentId of record.assignmentIds) {
      parts.relate(id, 'reflects_on', parts.idOf('assignment', assignmentId));
    }
    for (const artifactId of record.artifactIds) {
      parts.relate(id, 'reflects_on', parts.idOf('artifact', artifactId));
    }
  }
}
