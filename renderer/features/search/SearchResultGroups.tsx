import type { EntryGroup, SearchEntry } from './search-entries';
import { HighlightedText } from './HighlightedText';

export interface SearchResultGroupsProps {
  groups: EntryGroup[];
  /** Makes the groups' heading ids unique when several portfolios' results are shown. */
  idPrefix: string;
  /** 3 under the dialog's title; 4 under a candidate's name. */
  headingLevel: 3 | 4;
  activeOptionId: string | undefined;
  onOpen: (entry: SearchEntry) => void;
}

/** Results under one heading per kind; each group is a listbox of options the input steers. */
export function SearchResultGroups({
  groups,
  idPrefix,
  headingLevel,
  activeOptionId,
  onOpen,
}: SearchResultGroupsProps) {
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <>
      {groups.map((group) => {
        const headingId = `${idPrefix}-group-${group.kind}`;
        return (
          <section key={group.kind} className="search-group">
            <Heading id={headingId} className="search-group-heading">
              {group.label}
            </Heading>
            <div role="listbox" aria-labelledby={headingId} className="search-hits">
              {group.entries.map((entry) => {
                const selected = entry.optionId === activeOptionId;
                return (
                  // The input owns keyboard interaction (aria-activedescendant); a click opens too.
                  // eslint-disable-next-line jsx-a11y/click-events-have-key-events
                  <div
                    key={entry.optionId}
                    id={entry.optionId}
                    role="option"
                    tabIndex={-1}
                    aria-selected={selected}
                    className={selected ? 'search-hit search-hit-active' : 'search-hit'}
                    onClick={() => onOpen(entry)}
                  >
                    <span className="search-hit-title">
                      <HighlightedText value={entry.hit.title} />
                    </span>
                    {entry.hit.snippet ? (
                      <span className="search-hit-snippet">
                        <HighlightedText value={entry.hit.snippet} />
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
