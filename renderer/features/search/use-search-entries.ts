import { useMemo } from 'react';
import { useSearch, type SearchScope } from '../../data/use-search';
import { useScopedPaths } from '../review-scope/use-scoped-paths';
import { allEntries, entrySections } from './search-entries';

/** The search's results as the dialog shows them, and every entry in order for the arrow keys. */
export function useSearchEntries(query: string, scope: SearchScope, idPrefix: string) {
  const { sections, searching, error } = useSearch(query, scope);
  const paths = useScopedPaths();
  const shown = useMemo(
    () => (sections ? entrySections(sections, idPrefix, paths) : null),
    [sections, idPrefix, paths],
  );
  return { shown, hits: shown ? allEntries(shown) : [], searching, error };
}
