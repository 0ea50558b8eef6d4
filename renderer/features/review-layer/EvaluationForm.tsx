import { useState, type FormEvent } from 'react';
import type { Rubric } from '@shared/program/template-schema';
import type { Evaluation, EvaluationFields, EvaluationResult } from '@shared/review/review-layer';
import { ErrorAlert } from '../../components/ErrorAlert';
import { RadioGroupField } from '../../components/RadioGroupField';
import { TextAreaField } from '../../components/TextAreaField';
import { choiceOf, levelOf, levelOptions, type LevelChoice } from './rating-options';
import { reviewLayerStrings } from './strings';

export interface EvaluationFormProps {
  evaluation: Evaluation | null;
  /** The rubric of the assignment's kind, or null when the program has none for it. */
  rubric: Rubric | null;
  pending: boolean;
  error: unknown;
  onSubmit: (fields: Omit<EvaluationFields, 'assignmentId'>) => void;
}

const text = reviewLayerStrings.evaluation;
const RESULT_OPTIONS = [
  { value: 'passed', label: text.passed },
  { value: 'needs-revision', label: text.needsRevision },
] as const;
const LEVEL_OPTIONS = levelOptions(text.noScore);

/** Pass or needs revision, a score per rubric criterion (optional) and a comment. */
export function EvaluationForm({
  evaluation,
  rubric,
  pending,
  error,
  onSubmit,
}: EvaluationFormProps) {
  const [result, setResult] = useState<EvaluationResult | ''>(evaluation?.result ?? '');
  const [scores, setScores] = useState<Record<string, LevelChoice>>(() =>
    Object.fromEntries((evaluation?.rubric ?? []).map((s) => [s.criterionId, choiceOf(s.level)])),
  );
  const [comment, setComment] = useState(evaluation?.comment ?? '');
  const [resultError, setResultError] = useState<string | undefined>(undefined);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (result === '') {
      setResultError(text.chooseResult);
      return;
    }
    setResultError(undefined);
    const rubricScores = (rubric?.criteria ?? []).flatMap((criterion) => {
      const level = levelOf(scores[criterion.id] ?? '');
      return level === null ? [] : [{ criterionId: criterion.id, level }];
    });
    onSubmit({ result, rubric: rubricScores, comment });
  };

  return (
    <form className="form review-evaluation-form" noValidate onSubmit={submit}>
      <RadioGroupField<EvaluationResult | ''>
        label={text.result}
        value={result}
        options={RESULT_OPTIONS}
        error={resultError}
        onChange={setResult}
      />
      {rubric ? (
        <fieldset className="review-rubric">
          <legend>{text.rubric(rubric.title)}</legend>
          {rubric.criteria.map((criterion) => (
            <RadioGroupField
              key={criterion.id}
              label={criterion.title}
              help={criterion.description}
              value={scores[criterion.id] ?? ''}
              options={LEVEL_OPTIONS}
              onChange={(choice) =>
                setScores((current) => ({ ...current, [criterion.id]: choice }))
              }
            />
          ))}
        </fieldset>
      ) : null}
      <TextAreaField label={text.comment} value={comment} rows={3} onChange={setComment} />
      <ErrorAlert error={error} />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={pending}>
          {text.save}
        </button>
      </div>
    </form>
  );
}
