import type { Handlers } from '@shared/contract/contract';
import type { ArtifactLibrary } from '../artifacts/artifact-library';
import type { HandlerContext } from './handler-context';
import { changeRecord, definedOnly, deleteRecord, restoreRecord } from './records';

type ArtifactHandlers = Pick<
  Handlers,
  'artifact-add-paths' | 'artifact-update' | 'artifact-delete' | 'artifact-restore'
>;

/**
 * Artifact records. Deleting leaves a tombstone and keeps the stored file, so undo (restore)
 * always brings the file back; see artifacts/artifact-cleanup.ts for when a file goes to the trash.
 */
export function artifactHandlers(
  { store, clock }: HandlerContext,
  artifacts: () => ArtifactLibrary,
): ArtifactHandlers {
  return {
    'artifact-add-paths': ({ paths, title, sessionNumbers }) =>
      artifacts().addPaths(paths, { title, sessionNumbers }),
    'artifact-update': ({ id, ...changes }) =>
      store().update((portfolio) =>
        changeRecord(portfolio, 'artifacts', id, definedOnly(changes), clock.now()),
      ),
    'artifact-delete': ({ id }) =>
      store().update((portfolio) => deleteRecord(portfolio, 'artifacts', id, clock.now())),
    'artifact-restore': ({ id }) =>
      store().update((portfolio) => restoreRecord(portfolio, 'artifacts', id, clock.now())),
  };
}
