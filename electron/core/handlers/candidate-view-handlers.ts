import type { Handlers } from '@shared/contract/contract';
import type { CANDIDATE_VIEW_CHANNELS } from '@shared/contract/candidate-view-channels';
import { UserError } from '../errors';
import { toReflectionSummary } from '../reflections/reflection-summary';
import type { CandidateCopies } from '../reviewed/candidate-copies';
import { CandidateSearch } from '../reviewed/candidate-search';
import { changedSincePrevious } from '../reviewed/changed-since-previous';
import type { ReviewedLibrary } from '../reviewed/reviewed-library';

type CandidateViewHandlers = Pick<Handlers, (typeof CANDIDATE_VIEW_CHANNELS)[number]>;

const reflectionNotFound = () =>
  new UserError(
    'not-found',
    "That reflection is not in the candidate's portfolio: it may have been removed in a newer bundle.",
  );

/**
 * A candidate's imported copy, read in the candidate's own screens by a mentor or instructor.
 * Only reading: the copy is the candidate's content (see shared/contract/candidate-view-channels).
 */
export function candidateViewHandlers(
  library: ReviewedLibrary,
  copies: CandidateCopies,
): CandidateViewHandlers {
  const search = new CandidateSearch(library, copies);
  return {
    'candidate-portfolio-get': async ({ portfolioId }) =>
      (await copies.current(portfolioId)).portfolio,
    'candidate-reflection-list': async ({ portfolioId }) =>
      (await copies.current(portfolioId)).reflections.map(toReflectionSummary),
    'candidate-reflection-get': async ({ portfolioId, id }) => {
      const found = (await copies.current(portfolioId)).reflections.find((r) => r.id === id);
      if (!found) throw reflectionNotFound();
      return found;
    },
    'candidate-reflection-previous': async ({ portfolioId, id }) => {
      await copies.current(portfolioId);
      const previous = await copies.previous(portfolioId);
      return previous?.reflections.find((r) => r.id === id) ?? null;
    },
    'candidate-changed-ids': async ({ portfolioId }) =>
      changedSincePrevious(await copies.current(portfolioId), await copies.previous(portfolioId)),
    'candidate-search': ({ portfolioId, query, limit }) => search.query(portfolioId, query, limit),
  };
}
