import { NewItemKeyHint, newItemShortcut } from '../../components/NewItemKey';
import { useNavigate } from 'react-router';
import { useScopedPaths } from '../review-scope/use-scoped-paths';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { Page } from '../../components/Page';
import { liveSessions } from '../../data/live-records';
import { useLoadedPortfolio } from '../../data/use-loaded-portfolio';
import { useReflectionList } from '../../data/use-reflections';
import { reflectionStrings } from './strings';
import { ReflectionFilterBar } from './ReflectionFilterBar';
import { ReflectionRows } from './ReflectionRow';
import { useAddressFilters } from '../../forms/search-params';
import {
  ALL,
  filterAndSortReflections,
  NO_SESSION,
  reflectionFiltersFromSearch,
  searchOfReflectionFilters,
} from './reflection-filters';
import { newReflectionPath } from './new-reflection';
import './reflections.css';
import { EditOnly } from '../../components/EditOnly';

/**
 * Every reflection, one line each, filterable by session, competency and status, sortable;
 * "New reflection" opens one.
 */
export function ReflectionsPage() {
  const paths = useScopedPaths();
  const portfolio = useLoadedPortfolio();
  const list = useReflectionList();
  const [filters, setFilters] = useAddressFilters(
    reflectionFiltersFromSearch,
    searchOfReflectionFilters,
  );
  const navigate = useNavigate();
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
          <button
            type="button"
            className="button button-primary"
            onClick={create}
            {...newItemShortcut}
          >
            {text.create} <NewItemKeyHint />
          </button>
        </EditOnly>
      }
    >
      <p className="lead">{text.intro}</p>
      {list.isError ? <ErrorAlert error={list.error} onRetry={() => void list.refetch()} /> : null}
      {list.isPending ? (
        <LoadingState />
      ) : (
        <div className="list-stack">
          <ReflectionFilterBar
            filters={filters}
            sessions={liveSessions(portfolio)}
            frameworks={portfolio.program.frameworks}
            reflections={all}
            summary={text.count(shown.length, all.length)}
            onChange={setFilters}
          />
          {all.length === 0 ? (
            <p>{text.empty}</p>
          ) : shown.length === 0 ? (
            <p>{text.none}</p>
          ) : (
            <ReflectionRows reflections={shown} />
          )}
        </div>
      )}
    </Page>
  );
}
