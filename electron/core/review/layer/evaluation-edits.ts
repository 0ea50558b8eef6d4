import { ASSIGNMENT_KIND_LABELS, type Assignment } from '@shared/domain/assignment';
import { isLive, newRecordMeta, type RecordMeta } from '@shared/domain/record';
import type { ProgramTemplate } from '@shared/program/template-schema';
import { rubricForKind } from '@shared/review/program-review';
import {
  REVIEW_LAYER_CAPS,
  type Evaluation,
  type EvaluationFields,
  type RubricScore,
  type StoredReviewLayer,
} from '@shared/review/review-layer';
import { UserError } from '../../errors';
import type { LayerEditContext } from './layer-edit-context';
import { changeLayerRecord, ensureRoom, putLayerRecord, type LayerChange } from './layer-records';

/** A live record of the candidate's copy, or one sentence saying it is not there. */
export function liveInCopy<T extends RecordMeta>(list: readonly T[], id: string, what: string): T {
  const found = list.find((record) => record.id === id && isLive(record));
  if (!found) {
    throw new UserError(
      'not-found',
      `That ${what} is not in the candidate's latest bundle any more: reload the page and try again.`,
    );
  }
  return found;
}

/**
 * Grade an assignment: one evaluation per assignment, which grading again edits. Rubric scores
 * may name only criteria of the rubric the program gives the assignment's kind, each once.
 */
export function setEvaluation(
  layer: StoredReviewLayer,
  fields: EvaluationFields,
  { copy, now, newId }: LayerEditContext,
): LayerChange<Evaluation> {
  const assignment = liveInCopy(copy.portfolio.assignments, fields.assignmentId, 'assignment');
  checkRubric(copy.portfolio.program, assignment, fields.rubric);
  const current = layer.evaluations.find((e) => e.assignmentId === fields.assignmentId);
  if (current) {
    return changeLayerRecord(layer, 'evaluations', current, { ...fields, deletedAt: null }, now);
  }
  ensureRoom(
    layer.evaluations.length,
    REVIEW_LAYER_CAPS.evaluations,
    `A review holds at most ${REVIEW_LAYER_CAPS.evaluations} evaluations: this candidate has reached that.`,
  );
  return putLayerRecord(layer, 'evaluations', { ...newRecordMeta(newId(), now), ...fields });
}

function checkRubric(
  program: ProgramTemplate,
  assignment: Assignment,
  scores: readonly RubricScore[],
): void {
  if (scores.length === 0) return;
  const rubric = rubricForKind(program, assignment.kind);
  if (rubric === null) {
    throw new UserError(
      'invalid-input',
      `The program has no rubric for ${ASSIGNMENT_KIND_LABELS[assignment.kind].toLowerCase()} assignments: save the evaluation without rubric scores.`,
    );
  }
  const criteria = new Set(rubric.criteria.map((c) => c.id));
  const stranger = scores.find((score) => !criteria.has(score.criterionId));
  if (stranger) {
    throw new UserError(
      'invalid-input',
      `"${stranger.criterionId}" is not a criterion of the rubric "${rubric.title}": score only its criteria.`,
    );
  }
  if (new Set(scores.map((s) => s.criterionId)).size !== scores.length) {
    throw new UserError('invalid-input', 'Score each criterion of the rubric once.');
  }
}
