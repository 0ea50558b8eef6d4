import type { EntrySection, SearchEntry } from './search-entries';
import { SearchResultGroups } from './SearchResultGroups';

export interface SearchResultSectionsProps {
  sections: EntrySection[];
  idPrefix: string;
  activeOptionId: string | undefined;
  onOpen: (entry: SearchEntry) => void;
}

/** The open portfolio's results by kind; or, across candidates, each candidate's under their name. */
export function SearchResultSections({ sections, idPrefix, ...rest }: SearchResultSectionsProps) {
  return (
    <>
      {sections.map((section, index) => {
        if (section.heading === null)
          return (
            <SearchResultGroups
              key={section.key}
              groups={section.groups}
              idPrefix={idPrefix}
              headingLevel={3}
              {...rest}
            />
          );
        const prefix = `${idPrefix}-${index}`;
        return (
          <section
            key={section.key}
            className="search-candidate"
            aria-labelledby={`${prefix}-name`}
          >
            <h3 id={`${prefix}-name`} className="search-candidate-name">
              {section.heading}
            </h3>
            <SearchResultGroups
              groups={section.groups}
              idPrefix={prefix}
              headingLevel={4}
              {...rest}
            />
          </section>
        );
      })}
    </>
  );
}
