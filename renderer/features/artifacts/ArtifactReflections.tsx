import { useId } from 'react';
import { Link } from 'react-router';
import type { ReflectionSummary } from '@shared/domain/reflection';
import { useScopedPaths } from '../review-scope/use-scoped-paths';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useUpdateReflection } from '../../data/mutations';
import { strings } from '../../strings';
import { artifactStrings } from './strings';
import { useReadOnly } from '../../data/use-app-info';

export interface ArtifactReflectionsProps {
  artifactId: string;
  reflections: readonly ReflectionSummary[];
}

/**
 * Which reflections talk about this artifact. The link is stored on the reflection only, so
 * ticking a box here updates that reflection's list of artifacts.
 */
export function ArtifactReflections({ artifactId, reflections }: ArtifactReflectionsProps) {
  const paths = useScopedPaths();
  const headingId = useId();
  const updateReflection = useUpdateReflection();
  const readOnly = useReadOnly();
  const text = artifactStrings;
  const live = reflections.filter((r) => r.deletedAt === null);
  const linked = live.filter((r) => r.artifactIds.includes(artifactId));

  const setLinked = (reflection: ReflectionSummary, on: boolean) =>
    updateReflection.mutate({
      id: reflection.id,
      artifactIds: on
        ? [...reflection.artifactIds, artifactId]
        : reflection.artifactIds.filter((id) => id !== artifactId),
    });

  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{text.reflectionsHeading}</h2>
      {linked.length === 0 ? (
        <p className="muted">{text.noReflections}</p>
      ) : (
        <ul className="link-list">
          {linked.map((r) => (
            <li key={r.id}>
              <Link to={paths.reflection(r.id)}>{r.title}</Link>
            </li>
          ))}
        </ul>
      )}
      {live.length > 0 && !readOnly ? (
        <details className="checkbox-disclosure">
          <summary>
            {strings.links.reflections}{' '}
            <span className="muted">({strings.links.chosen(linked.length)})</span>
          </summary>
          <fieldset className="checkbox-disclosure-body" disabled={updateReflection.isPending}>
            <legend className="field-help">{text.reflectionsHelp}</legend>
            {live.map((r) => (
              <label key={r.id} className="checkbox-option">
                <input
                  type="checkbox"
                  checked={r.artifactIds.includes(artifactId)}
                  onChange={(event) => setLinked(r, event.target.checked)}
                />
                <span>{r.title}</span>
              </label>
            ))}
          </fieldset>
        </details>
      ) : null}
      <ErrorAlert error={updateReflection.error} />
    </section>
  );
}
