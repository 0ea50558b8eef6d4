import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useNavigate } from 'react-router';
import { SEARCH_KIND_LABELS, type SearchHit } from '@shared/search/search-result';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useEscapeKey } from '../../components/use-escape-key';
import { useSearch } from '../../data/use-search';
import { searchStrings } from './strings';
import { SearchResultGroups } from './SearchResultGroups';
import { optionIdOf, pathOfHit } from './search-target';

export interface SearchDialogProps {
  open: boolean;
  onClose: () => void;
}

/**
 * The one search box. A native modal <dialog> keeps focus inside and makes the rest of the page
 * inert; the input stays focused while the arrow keys move the active result (the combobox
 * pattern), Enter opens it and Escape closes the dialog. Focus returns where it was.
 */
export function SearchDialog({ open, onClose }: SearchDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const returnFocusRef = useRef<Element | null>(null);
  useEscapeKey(dialogRef, onClose);
  const [query, setQuery] = useState('');
  const [activeIndex, setActiveIndex] = useState(0);
  const { results, searching, error } = useSearch(query);
  const navigate = useNavigate();
  const idPrefix = useId();
  const titleId = `${idPrefix}-title`;
  const listId = `${idPrefix}-results`;

  const hits: SearchHit[] = results?.groups.flatMap((group) => group.hits) ?? [];
  const active = hits[Math.min(activeIndex, hits.length - 1)] ?? null;

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      returnFocusRef.current = document.activeElement;
      dialog.showModal();
      inputRef.current?.focus();
      inputRef.current?.select();
    } else if (!open && dialog.open) {
      dialog.close();
    }
    if (!open && returnFocusRef.current instanceof HTMLElement) {
      returnFocusRef.current.focus();
      returnFocusRef.current = null;
    }
  }, [open]);

  const activeOptionId = active ? optionIdOf(idPrefix, active) : undefined;
  useEffect(() => {
    // Keep the active result visible as the arrow keys move past the dialog's edge.
    if (activeOptionId)
      document.getElementById(activeOptionId)?.scrollIntoView?.({ block: 'nearest' });
  }, [activeOptionId]);

  const openHit = (hit: SearchHit) => {
    onClose();
    void navigate(pathOfHit(hit));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (hits.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActiveIndex(
        (index) => (Math.min(index, hits.length - 1) + step + hits.length) % hits.length,
      );
    } else if (event.key === 'Home' && hits.length > 0 && event.ctrlKey) {
      setActiveIndex(0);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (active) openHit(active);
    }
  };

  const trimmed = query.trim();
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
          setActiveIndex(0);
        }}
        onKeyDown={onKeyDown}
      />
      <p id={`${idPrefix}-hint`} className="field-help">
        {searchStrings.hint}
      </p>
      <p role="status" className="search-status">
        {trimmed === ''
          ? ''
          : searching && !results
            ? searchStrings.searching
            : results && hits.length === 0
              ? searchStrings.empty(trimmed)
              : results
                ? searchStrings.count(hits.length)
                : ''}
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
