import type { Handlers } from '@shared/contract/contract';
import type { ReviewLayerChannel } from '@shared/contract/review-layer-channels';
import { definedOnly } from '@shared/domain/record';
import { candidateAreasOf, programCompetencies, rubricsOf } from '@shared/review/program-review';
import type { StoredReviewLayer } from '@shared/review/review-layer';
import { reviewerRoleOf } from '@shared/review/roles';
import type { Clock, IdGenerator } from '../platform';
import type { ReportPdfs } from '../print/report-pdfs';
import type { IdentityStore } from '../review/identity-store';
import { readCandidateCopy, repliesTo } from '../review/layer/candidate-copy';
import { setEvaluation } from '../review/layer/evaluation-edits';
import type { LayerEditContext } from '../review/layer/layer-edit-context';
import { setLayerRecordDeleted, type LayerChange } from '../review/layer/layer-records';
import {
  createReport,
  deleteReport,
  finalizeReport,
  updateReport,
} from '../review/layer/report-edits';
import {
  addComment,
  createThread,
  resolveThread,
  setAttendance,
} from '../review/layer/thread-edits';
import { createWorkStudy, updateWorkStudy } from '../review/layer/work-study-edits';
import type { ReviewLayerStore } from '../review/review-layer-store';
import type { CandidateCopies } from '../reviewed/candidate-copies';

export interface ReviewLayerDeps {
  /** The core's one store of each: their write queues must be the only ones for their files. */
  layers: ReviewLayerStore;
  identity: IdentityStore;
  clock: Clock;
  newId: IdGenerator;
  /** The candidates' copies, read once per change of their file (shared with their screens). */
  copies: CandidateCopies;
  reportPdfs: ReportPdfs;
}

type Edit<T> = (layer: StoredReviewLayer, context: LayerEditContext) => LayerChange<T>;

/**
 * The reviewer's layer of each candidate (mentor side). Every change is made by a reviewer
 * (refused in one sentence otherwise) and checked against the candidate's latest copy; a change
 * that fails writes nothing.
 */
export function reviewLayerHandlers({
  layers,
  identity,
  clock,
  newId,
  copies,
  reportPdfs,
}: ReviewLayerDeps): Pick<Handlers, ReviewLayerChannel> {
  const edit = async <T>(portfolioId: string, change: Edit<T>): Promise<T> => {
    const reviewer = await identity.reviewer();
    const copy = await readCandidateCopy(copies, portfolioId);
    return layers.update(portfolioId, (layer) =>
      change(layer, { reviewer, copy, now: clock.now(), newId }),
    );
  };
  return {
    'review-report-pdf': ({ portfolioId, reportId, destination }) =>
      reportPdfs.save(portfolioId, reportId, destination ?? null),
    'review-layer-get': async ({ portfolioId }) => {
      const copy = await readCandidateCopy(copies, portfolioId);
      const {
        format: _f,
        formatVersion: _v,
        portfolioId: _p,
        ...layer
      } = await layers.read(portfolioId);
      const me = await identity.get();
      const role = reviewerRoleOf(me.roles);
      const { program, profile } = copy.portfolio;
      return {
        layer,
        replies: repliesTo(copy, me.reviewerId),
        reviewer:
          role === null ? null : { reviewerId: me.reviewerId, name: me.reviewer.name, role },
        candidate: { name: profile.name, organisation: profile.organisation },
        program: {
          title: program.title,
          rubrics: [...rubricsOf(program)],
          areas: [...candidateAreasOf(program)],
          competencies: [...programCompetencies(program)],
          reportDueDay: program.reportDueDay,
        },
      };
    },
    'review-evaluation-set': ({ portfolioId, ...fields }) =>
      edit(portfolioId, (layer, context) => setEvaluation(layer, fields, context)),
    'review-thread-create': ({ portfolioId, ...thread }) =>
      edit(portfolioId, (layer, context) => createThread(layer, thread, context)),
    'review-comment-add': ({ portfolioId, threadId, body }) =>
      edit(portfolioId, (layer, context) => addComment(layer, threadId, body, context)),
    'review-thread-resolve': ({ portfolioId, threadId, resolved }) =>
      edit(portfolioId, (layer, context) => resolveThread(layer, threadId, resolved, context)),
    'review-attendance-set': ({ portfolioId, sessionId, confirmed }) =>
      edit(portfolioId, (layer, context) => setAttendance(layer, sessionId, confirmed, context)),
    'review-workstudy-create': ({ portfolioId, ...fields }) =>
      edit(portfolioId, (layer, context) => createWorkStudy(layer, fields, context)),
    'review-workstudy-update': ({ portfolioId, id, ...changes }) =>
      edit(portfolioId, (layer, context) =>
        updateWorkStudy(layer, id, definedOnly(changes), context),
      ),
    'review-workstudy-delete': ({ portfolioId, id }) =>
      edit(portfolioId, (layer, { now }) =>
        setLayerRecordDeleted(layer, 'workStudy', id, true, now),
      ),
    'review-workstudy-restore': ({ portfolioId, id }) =>
      edit(portfolioId, (layer, { now }) =>
        setLayerRecordDeleted(layer, 'workStudy', id, false, now),
      ),
    'review-report-create': ({ portfolioId, month }) =>
      edit(portfolioId, (layer, context) => createReport(layer, month, context)),
    'review-report-update': ({ portfolioId, id, ...edits }) =>
      edit(portfolioId, (layer, context) => updateReport(layer, id, definedOnly(edits), context)),
    'review-report-finalize': ({ portfolioId, id }) =>
      edit(portfolioId, (layer, context) => finalizeReport(layer, id, context)),
    'review-report-delete': ({ portfolioId, id }) =>
      edit(portfolioId, (layer, context) => deleteReport(layer, id, context)),
  };
}
