import { useId, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { SEARCH_KIND_LABELS, type SearchHit } from '@shared/search/search-result';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useEscapeKey } from '../../components/use-escape-key';
import { useSearch } from '../../data/use-search';
import { searchStrings } from './strings';
import { SearchResultGroups } from './SearchResultGroups';
import { pathOfHit } from './search-target';
import { useScopedPaths } from '../review-scope/use-scoped-paths';
import { useActiveResult } from './use-active-result';
import { useSearchDialogOpen } from './use-search-dialog-open';

export interface SearchDialogProps {
  open: boolean;
  onClose: () => void;
}

/** What the status line says: nothing before a query, then searching, nothing found, or a count. */
function statusText(query: string, searching: boolean, found: number | null): string {
  if (query === '') return '';
  if (found === null) return searching ? searchStrings.searching : '';
  return found === 0 ? searchStrings.empty(query) : searchStrings.count(found);
}

/**
 * The one search box. A native modal <dialog> keeps focus inside and makes the rest of the page
 * inert; the input stays focused while the arrow keys move the active result (the combobox
 * pattern), Enter opens it and Escape closes the dialog. Focus returns where it was.
 */
export function SearchDialog({ open, onClose }: SearchDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  useEscapeKey(dialogRef, onClose);
  const [query, setQuery] = useState('');
  const { results, searching, error } = useSearch(query);
  const navigate = useNavigate();
  const paths = useScopedPaths();
  const idPrefix = useId();
  const titleId = `${idPrefix}-title`;
  const listId = `${idPrefix}-results`;

  const hits: SearchHit[] = results?.groups.flatMap((group) => group.hits) ?? [];
  useSearchDialogOpen(dialogRef, inputRef, open);

  const openHit = (hit: SearchHit) => {
    onClose();
    void navigate(pathOfHit(hit, paths));
  };

  const { active, activeOptionId, onKeyDown, reset } = useActiveResult(hits, idPrefix, openHit);

  return (
    <dialog
      ref={dialogRef}
      className="modal-dialog search-dialog"
      aria-labelledby={titleId}
      onClose={onClose}
    >
      <div className="search-dialog-header">
        <h2 id={titleId}>{searchStrings.dialogTitle}</h2>
        <button type="button" className="button button-quiet" onClick={onClose}>
          {searchStrings.close}
        </button>
      </div>
      <label htmlFor={`${idPrefix}-input`} className="visually-hidden">
        {searchStrings.field}
      </label>
      <input
        ref={inputRef}
        id={`${idPrefix}-input`}
        type="search"
        role="combobox"
        aria-expanded={hits.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={activeOptionId}
        aria-describedby={`${idPrefix}-hint`}
        placeholder={searchStrings.placeholder}
        autoComplete="off"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          reset();
        }}
        onKeyDown={onKeyDown}
      />
      <p id={`${idPrefix}-hint`} className="field-help">
        {searchStrings.hint}
      </p>
      <p role="status" className="search-status">
        {statusText(query.trim(), searching, results ? hits.length : null)}
      </p>
      <ErrorAlert error={error} />
      <div id={listId} className="search-results" aria-label={searchStrings.results} role="region">
        {results ? (
          <SearchResultGroups
            groups={results.groups.map((group) => ({
              ...group,
              label: SEARCH_KIND_LABELS[group.kind],
            }))}
            idPrefix={idPrefix}
            activeHit={active}
            onOpen={openHit}
          />
        ) : null}
      </div>
    </dialog>
  );
}
