import { useId } from 'react';
import { Link } from 'react-router';
import type { ReflectionSummary } from '@shared/domain/reflection';
import { useScopedPaths } from '../review-scope/use-scoped-paths';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useUpdateReflection } from '../../data/mutations';
import { RowActionButton } from '../../components/RowActionButton';
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
  // Each reflection shows once: the linked ones in the list (with Unlink), the others to tick.
  const others = live.filter((r) => !r.artifactIds.includes(artifactId));

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
        <ul className="link-list artifact-reflections">
          {linked.map((r) => (
            <li key={r.id}>
              <Link to={paths.reflection(r.id)}>{r.title}</Link>
              {readOnly ? null : (
                <RowActionButton
                  action={text.unlinkReflection}
                  row={r.title}
                  variant="button-quiet"
                  disabled={updateReflection.isPending}
                  onClick={() => setLinked(r, false)}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      {others.length > 0 && !readOnly ? (
        <details className="checkbox-disclosure">
          <summary>{text.linkReflections(others.length)}</summary>
          <fieldset className="checkbox-disclosure-body" disabled={updateReflection.isPending}>
            <legend className="field-help">{text.reflectionsHelp}</legend>
            {others.map((r) => (
              <label key={r.id} className="checkbox-option">
                <input type="checkbox" checked={false} onChange={() => setLinked(r, true)} />
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
