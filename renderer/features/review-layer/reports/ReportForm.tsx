import { useRef, useState } from 'react';
import type { Competency } from '@shared/program/template-schema';
import type { ProgressReport } from '@shared/review/review-layer';
import { DateField } from '../../../components/DateField';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { TextAreaField } from '../../../components/TextAreaField';
import { TextField } from '../../../components/TextField';
import { useValidatedForm } from '../../../forms/use-validated-form';
import { reviewLayerStrings } from '../strings';
import { AreaRatingField } from './AreaRatingField';
import { FinaliseDialog } from './FinaliseDialog';
import { ReportFactsList } from './ReportFactsList';
import { reportValuesOf, validateReport, type ReportDraftEdits } from './report-form';

export interface ReportFormProps {
  report: ProgressReport;
  areas: readonly Competency[];
  pending: boolean;
  error: unknown;
  onSave: (edits: ReportDraftEdits) => void;
  onFinalise: (edits: ReportDraftEdits) => void;
}

const text = reviewLayerStrings.reports;

/** A draft report: the facts to read, the ratings and texts to write, the sign-off. */
export function ReportForm({ report, areas, pending, error, onSave, onFinalise }: ReportFormProps) {
  // Which of the two submit buttons sent the form (read when the values pass the check).
  const intent = useRef<'save' | 'finalise'>('save');
  const [confirming, setConfirming] = useState<ReportDraftEdits | null>(null);
  const { values, setField, field, submit } = useValidatedForm({
    initialValues: () => reportValuesOf(report),
    validate: validateReport,
    onValid: (edits) => (intent.current === 'save' ? onSave(edits) : setConfirming(edits)),
  });
  const setRating = (index: number) => (rating: ProgressReport['ratings'][number]) =>
    setField('ratings')(values.ratings.map((r, i) => (i === index ? rating : r)));
  return (
    <form className="form" noValidate onSubmit={submit}>
      <section className="card" aria-labelledby="report-form-facts">
        <h2 id="report-form-facts" className="card-title">
          {text.facts}
        </h2>
        <ReportFactsList facts={report.facts} />
      </section>
      <fieldset className="card">
        <legend className="card-title">{text.ratings}</legend>
        {values.ratings.map((rating, index) => {
          const area = areas.find((a) => a.id === rating.areaId);
          return area ? (
            <AreaRatingField
              key={rating.areaId}
              area={area}
              rating={rating}
              onChange={setRating(index)}
            />
          ) : null;
        })}
      </fieldset>
      <div className="card form">
        <TextAreaField label={text.strengths} {...field('strengths')} />
        <TextAreaField label={text.concerns} {...field('concerns')} />
        <TextAreaField label={text.nextSteps} {...field('nextSteps')} />
        <label className="checkbox-option">
          <input
            type="checkbox"
            checked={values.employmentConfirmed}
            onChange={(event) => setField('employmentConfirmed')(event.target.checked)}
          />
          <span>{text.employment}</span>
        </label>
        <TextField label={text.signOffName} {...field('signOffName')} />
        <DateField label={text.signOffDate} {...field('signOffDate')} />
      </div>
      <ErrorAlert error={error} />
      <div className="form-actions">
        <button
          type="submit"
          className="button"
          disabled={pending}
          onClick={() => (intent.current = 'save')}
        >
          {text.saveDraft}
        </button>
        <button
          type="submit"
          className="button button-primary"
          disabled={pending}
          onClick={() => (intent.current = 'finalise')}
        >
          {text.finalise}
        </button>
      </div>
      <FinaliseDialog
        open={confirming !== null}
        pending={pending}
        onClose={() => setConfirming(null)}
        onConfirm={() => {
          if (confirming) onFinalise(confirming);
          setConfirming(null);
        }}
      />
    </form>
  );
}
