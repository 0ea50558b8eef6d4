import type { ReviewLayerStore } from '../review/review-layer-store';
import type { Handlers } from '@shared/contract/contract';
import { CandidatesService } from '../candidates/candidates-service';
import { cohortCsvExport } from '../candidates/cohort-csv';
import { cohortFeedback } from '../candidates/cohort-feedback';
import type { Clock } from '../platform';
import type { ReviewedLibrary } from '../reviewed/reviewed-library';

type CandidatesChannel =
  | 'candidates-list'
  | 'candidate-changes'
  | 'candidate-mark-seen'
  | 'cohort-csv-export'
  | 'cohort-feedback-summary';

/** My candidates and the cohort's roll-up, over the imported copies and the reviewer's layers. */
export function candidatesHandlers(deps: {
  clock: Clock;
  reviewed: ReviewedLibrary;
  /** The core's one layer store (the only write queue of the layer files). */
  layers: ReviewLayerStore;
}): Pick<Handlers, CandidatesChannel> {
  const service = new CandidatesService(deps.layers, deps.clock, deps.reviewed);
  return {
    'candidates-list': () => service.list(),
    'candidate-changes': ({ portfolioId, since }) => service.changes(portfolioId, since),
    'candidate-mark-seen': ({ portfolioId }) => service.markSeen(portfolioId),
    'cohort-csv-export': async () => cohortCsvExport(await service.cohort(), deps.clock.now()),
    'cohort-feedback-summary': async () => {
      const members = await service.cohort();
      return { sessions: cohortFeedback(members), candidates: members.length };
    },
  };
}
