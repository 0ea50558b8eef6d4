import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { ReflectionSummary } from '@shared/domain/reflection';
import { useScopedPaths } from '../review-scope/use-scoped-paths';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { Page } from '../../components/Page';
import { useDeleteWithUndo } from '../../components/use-delete-with-undo';
import { liveSessions } from '../../data/live-records';
import { useLoadedPortfolio } from '../../data/use-loaded-portfolio';
import { useReflectionList } from '../../data/use-reflections';
import { reflectionStrings } from './strings';
import { ReflectionFilterBar } from './ReflectionFilterBar';
import { ReflectionRow } from './ReflectionRow';
import {
  ALL,
  filterAndSortReflections,
  NO_REFLECTION_FILTERS,
  NO_SESSION,
} from './reflection-filters';
import { newReflectionPath } from './new-reflection';
import './reflections.css';
import { EditOnly } from '../../components/EditOnly';

/** Every reflection, filterable by session and competency, sortable; "New reflection" opens one. */
export function ReflectionsPage() {
  const paths = useScopedPaths();
  const portfolio = useLoadedPortfolio();
  const list = useReflectionList();
  const [filters, setFilters] = useState(NO_REFLECTION_FILTERS);
  const navigate = useNavigate();
  const deleteWithUndo = useDeleteWithUndo<ReflectionSummary>('reflection', {
    deleted: (r) => reflectionStrings.deleted(r.title),
    restored: (r) => reflectionStrings.restored(r.title),
  });
  const text = reflectionStrings;

  const create = () => {
    // A new reflection starts linked to the session the list is filtered by, if any.
    const session =
      filters.session === ALL || filters.session === NO_SESSION ? null : Number(filters.session);
    void navigate(newReflectionPath(paths.reflection, session));
  };

  const all = (list.data ?? []).filter((r) => r.deletedAt === null);
  const shown = filterAndSortReflections(all, filters);
  return (
    <Page
      title={text.title}
      actions={
        <EditOnly>
          <button type="button" className="button button-primary" onClick={create}>
            {text.create}
          </button>
        </EditOnly>
      }
    >
      <p className="lead">{text.intro}</p>
      <ReflectionFilterBar
        filters={filters}
        sessions={liveSessions(portfolio)}
        frameworks={portfolio.program.frameworks}
        onChange={setFilters}
      />
      {list.isError ? <ErrorAlert error={list.error} onRetry={() => void list.refetch()} /> : null}
      {list.isPending ? (
        <LoadingState />
      ) : (
        <>
          <p role="status" className="muted">
            {text.count(shown.length, all.length)}
          </p>
          <ErrorAlert error={deleteWithUndo.error} />
          {all.length === 0 ? (
            <p>{text.empty}</p>
          ) : shown.length === 0 ? (
            <p>{text.none}</p>
          ) : (
            <ul className="card-list">
              {shown.map((reflection) => (
                <ReflectionRow
                  key={reflection.id}
                  reflection={reflection}
                  deleting={deleteWithUndo.isPending}
                  onDelete={(record) => void deleteWithUndo.remove(record)}
                />
              ))}
            </ul>
          )}
        </>
      )}
    </Page>
  );
}
