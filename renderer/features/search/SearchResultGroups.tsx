import type { SearchHit, SearchKind } from '@shared/search/search-result';
import { HighlightedText } from './HighlightedText';
import { optionIdOf } from './search-target';

export interface SearchResultGroup {
  kind: SearchKind;
  label: string;
  hits: SearchHit[];
}

export interface SearchResultGroupsProps {
  groups: SearchResultGroup[];
  idPrefix: string;
  activeHit: SearchHit | null;
  onOpen: (hit: SearchHit) => void;
}

/** Results under one heading per kind; each group is a listbox of options the input steers. */
export function SearchResultGroups({
  groups,
  idPrefix,
  activeHit,
  onOpen,
}: SearchResultGroupsProps) {
  return (
    <>
      {groups.map((group) => {
        const headingId = `${idPrefix}-group-${group.kind}`;
        return (
          <section key={group.kind} className="search-group">
            <h3 id={headingId} className="search-group-heading">
              {group.label}
            </h3>
            <div role="listbox" aria-labelledby={headingId} className="search-hits">
              {group.hits.map((hit) => {
                const selected = activeHit?.kind === hit.kind && activeHit.id === hit.id;
                return (
                  // The input owns keyboard interaction (aria-activedescendant); a click opens too.
                  // eslint-disable-next-line jsx-a11y/click-events-have-key-events
                  <div
                    key={hit.id}
                    id={optionIdOf(idPrefix, hit)}
                    role="option"
                    tabIndex={-1}
                    aria-selected={selected}
                    className={selected ? 'search-hit search-hit-active' : 'search-hit'}
                    onClick={() => onOpen(hit)}
                  >
                    <span className="search-hit-title">
                      <HighlightedText value={hit.title} />
                    </span>
                    {hit.snippet ? (
                      <span className="search-hit-snippet">
                        <HighlightedText value={hit.snippet} />
                      </span>
                    ) : null}
                  </div>
                );
              })}
            </div>
          </section>
        );
      })}
    </>
  );
}
