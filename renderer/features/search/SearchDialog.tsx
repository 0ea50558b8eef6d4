import { useId, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useEscapeKey } from '../../components/use-escape-key';
import type { SearchScope } from '../../data/use-search';
import { searchStrings } from './strings';
import type { SearchEntry } from './search-entries';
import { SearchResultSections } from './SearchResultSections';
import { useActiveResult } from './use-active-result';
import { useSearchEntries } from './use-search-entries';
import { useSearchDialogOpen } from './use-search-dialog-open';

export interface SearchDialogProps {
  open: boolean;
  onClose: () => void;
  /** All candidates from My candidates and the cohort page; else the open portfolio. */
  scope?: SearchScope;
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
export function SearchDialog({ open, onClose, scope = 'portfolio' }: SearchDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  useEscapeKey(dialogRef, onClose);
  const [query, setQuery] = useState('');
  const navigate = useNavigate();
  const idPrefix = useId();
  const titleId = `${idPrefix}-title`;
  const listId = `${idPrefix}-results`;
  const { shown, hits, searching, error } = useSearchEntries(query, scope, idPrefix);
  useSearchDialogOpen(dialogRef, inputRef, open);
  const all = scope === 'all-candidates';

  const openHit = (entry: SearchEntry) => {
    onClose();
    void navigate(entry.path);
  };

  const { activeOptionId, onKeyDown, reset } = useActiveResult(hits, openHit);

  return (
    <dialog
      ref={dialogRef}
      className="modal-dialog search-dialog"
      aria-labelledby={titleId}
      onClose={onClose}
    >
      <div className="search-dialog-header">
        <h2 id={titleId}>{all ? searchStrings.allCandidatesTitle : searchStrings.dialogTitle}</h2>
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
        placeholder={all ? searchStrings.allCandidatesPlaceholder : searchStrings.placeholder}
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
        {statusText(query.trim(), searching, shown ? hits.length : null)}
      </p>
      <ErrorAlert error={error} />
      <div id={listId} className="search-results" aria-label={searchStrings.results} role="region">
        {shown ? (
          <SearchResultSections
            sections={shown}
            idPrefix={idPrefix}
            activeOptionId={activeOptionId}
            onOpen={openHit}
          />
        ) : null}
      </div>
    </dialog>
  );
}
