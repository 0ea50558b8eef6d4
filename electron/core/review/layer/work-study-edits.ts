import { newRecordMeta, type DefinedOnly } from '@shared/domain/record';
import { programCompetencies } from '@shared/review/program-review';
import {
  REVIEW_LAYER_CAPS,
  type StoredReviewLayer,
  type WorkStudyEntry,
  type WorkStudyFields,
} from '@shared/review/review-layer';
import { UserError } from '../../errors';
import type { LayerEditContext } from './layer-edit-context';
import {
  changeLayerRecord,
  ensureRoom,
  findLayerRecord,
  putLayerRecord,
  type LayerChange,
} from './layer-records';

/** Competency areas must be the program's, each once. */
function checkCompetencies(ids: readonly string[] | undefined, { copy }: LayerEditContext): void {
  if (ids === undefined) return;
  const known = new Set(programCompetencies(copy.portfolio.program).map((c) => c.id));
  if (!ids.every((id) => known.has(id)) || new Set(ids).size !== ids.length) {
    throw new UserError(
      'invalid-input',
      "Choose competency areas from the program's frameworks, each once.",
    );
  }
}

export function createWorkStudy(
  layer: StoredReviewLayer,
  fields: WorkStudyFields,
  context: LayerEditContext,
): LayerChange<WorkStudyEntry> {
  checkCompetencies(fields.competencyIds, context);
  ensureRoom(
    layer.workStudy.length,
    REVIEW_LAYER_CAPS.workStudy,
    `A work-study log holds at most ${REVIEW_LAYER_CAPS.workStudy} entries.`,
  );
  return putLayerRecord(layer, 'workStudy', {
    ...newRecordMeta(context.newId(), context.now),
    ...fields,
  });
}

export function updateWorkStudy(
  layer: StoredReviewLayer,
  id: string,
  changes: DefinedOnly<WorkStudyFields>,
  context: LayerEditContext,
): LayerChange<WorkStudyEntry> {
  checkCompetencies(changes.competencyIds, context);
  const current = findLayerRecord(layer, 'workStudy', id);
  return changeLayerRecord(layer, 'workStudy', current, changes, context.now);
}
