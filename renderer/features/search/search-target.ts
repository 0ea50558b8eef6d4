import type { SearchHit } from '@shared/search/search-result';
import { paths as ownPaths, type PortfolioPaths } from '../../app/paths';

/** The page a search hit opens, among `paths` (a candidate's, when searching their copy). */
export function pathOfHit(
  hit: Pick<SearchHit, 'kind' | 'id'>,
  paths: PortfolioPaths = ownPaths,
): string {
  switch (hit.kind) {
    case 'reflection':
      return paths.reflection(hit.id);
    case 'artifact':
      return paths.artifact(hit.id);
    case 'assignment':
      return paths.assignment(hit.id);
    case 'session':
      return paths.session(hit.id);
    case 'log':
      return paths.logEntry(hit.id);
  }
}

/** A stable element id per hit, for aria-activedescendant. */
export const optionIdOf = (prefix: string, hit: Pick<SearchHit, 'kind' | 'id'>) =>
  `${prefix}-${hit.kind}-${hit.id}`;
