import { SEARCH_KIND_LABELS, type SearchHit, type SearchKind } from '@shared/search/search-result';
import { candidatePaths, type PortfolioPaths } from '../../app/paths';
import type { SearchSection } from '../../data/use-search';
import { optionIdOf, pathOfHit } from './search-target';
import { searchStrings } from './strings';

/** One result as the dialog shows it: its option's element id and the page it opens. */
export interface SearchEntry {
  hit: SearchHit;
  optionId: string;
  path: string;
}

export interface EntryGroup {
  kind: SearchKind;
  label: string;
  entries: SearchEntry[];
}

/** A portfolio's results: `heading` is the candidate's name, null for the open portfolio. */
export interface EntrySection {
  key: string;
  heading: string | null;
  groups: EntryGroup[];
}

/**
 * The sections' hits with the paths they open: the open portfolio's in `scopedPaths`, a
 * candidate's under `/candidates/<id>`. Option ids are unique per section, so the same record
 * id in two candidates' copies still gives two options.
 */
export function entrySections(
  sections: SearchSection[],
  idPrefix: string,
  scopedPaths: PortfolioPaths,
): EntrySection[] {
  return sections.map((section, index) => {
    const own = section.portfolioId === null;
    const paths = section.portfolioId === null ? scopedPaths : candidatePaths(section.portfolioId);
    const prefix = own ? idPrefix : `${idPrefix}-${index}`;
    return {
      key: section.portfolioId ?? '',
      heading: own ? null : section.name.trim() || searchStrings.unnamedCandidate,
      groups: section.groups.map((group) => ({
        kind: group.kind,
        label: SEARCH_KIND_LABELS[group.kind],
        entries: group.hits.map((hit) => ({
          hit,
          optionId: optionIdOf(prefix, hit),
          path: pathOfHit(hit, paths),
        })),
      })),
    };
  });
}

/** Every entry in the order shown, for the arrow keys. */
export const allEntries = (sections: EntrySection[]): SearchEntry[] =>
  sections.flatMap((section) => section.groups.flatMap((group) => group.entries));
