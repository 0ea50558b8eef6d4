import type { Assignment } from '@shared/domain/assignment';
import { isLive } from '@shared/domain/record';
import { ROLE_LABELS } from '@shared/review/roles';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { StatusMessage } from '../../components/StatusMessage';
import { formatDateTime } from '../../components/format-date';
import { EvaluationForm } from './EvaluationForm';
import { reviewLayerStrings } from './strings';
import { useReviewChange, useReviewLayer } from './use-review-layer';
import './review-layer.css';

export interface ReviewerAssignmentPanelProps {
  portfolioId: string;
  assignment: Assignment;
}

const text = reviewLayerStrings.evaluation;

/** The reviewer's evaluation of one assignment of a candidate's copy. */
export function ReviewerAssignmentPanel({ portfolioId, assignment }: ReviewerAssignmentPanelProps) {
  const view = useReviewLayer(portfolioId);
  const save = useReviewChange('review-evaluation-set', portfolioId);
  if (view.isError) return <ErrorAlert error={view.error} onRetry={() => void view.refetch()} />;
  if (!view.data) return <LoadingState message={reviewLayerStrings.loading} />;
  const { layer, program, reviewer } = view.data;
  const evaluation =
    layer.evaluations.find((e) => e.assignmentId === assignment.id && isLive(e)) ?? null;
  const rubric = program.rubrics.find((r) => r.kinds.includes(assignment.kind)) ?? null;
  return (
    <section className="card review-panel" aria-labelledby={`evaluation-${assignment.id}`}>
      <h2 id={`evaluation-${assignment.id}`} className="card-title">
        {text.heading}
      </h2>
      <p className="review-meta">
        {evaluation
          ? text.gradedBy(
              reviewer?.name || text.you,
              reviewer ? ROLE_LABELS[reviewer.role] : '',
              formatDateTime(evaluation.updatedAt),
            )
          : text.notGraded}
      </p>
      {reviewer ? (
        <EvaluationForm
          key={`${evaluation?.id ?? 'new'}-${evaluation?.revision ?? 0}`}
          evaluation={evaluation}
          rubric={rubric}
          pending={save.isPending}
          error={save.error}
          onSubmit={(fields) =>
            save.mutate({ portfolioId, assignmentId: assignment.id, ...fields })
          }
        />
      ) : (
        <p>{reviewLayerStrings.readOnlyNote}</p>
      )}
      <StatusMessage message={save.isSuccess ? text.saved : ''} />
    </section>
  );
}
