import type { Competency } from '@shared/program/template-schema';
import type { WorkStudyFields } from '@shared/review/review-layer';
import { CheckboxDisclosure } from '../../../components/CheckboxDisclosure';
import { DateField } from '../../../components/DateField';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { TextAreaField } from '../../../components/TextAreaField';
import { TextField } from '../../../components/TextField';
import { useValidatedForm } from '../../../forms/use-validated-form';
import { strings } from '../../../strings';
import { reviewLayerStrings } from '../strings';
import { validateWorkStudy, type WorkStudyFormValues } from './work-study-form';

export interface WorkStudyFormProps {
  title: string;
  initialValues: WorkStudyFormValues;
  competencies: readonly Competency[];
  pending: boolean;
  error: unknown;
  onSubmit: (fields: WorkStudyFields) => void;
  onCancel: () => void;
}

const text = reviewLayerStrings.workStudy;

/** Date, hours, activity, competency areas and the supervisor's note of one entry. */
export function WorkStudyForm({
  title,
  initialValues,
  competencies,
  pending,
  error,
  onSubmit,
  onCancel,
}: WorkStudyFormProps) {
  const { field, submit } = useValidatedForm({
    initialValues,
    validate: validateWorkStudy,
    onValid: onSubmit,
  });
  const competencyField = field('competencyIds');
  return (
    <form className="form card" noValidate onSubmit={submit} aria-label={title}>
      <h2 className="card-title">{title}</h2>
      <DateField label={text.date} {...field('date')} required />
      <TextField label={text.hours} help={text.hoursHelp} {...field('hours')} required />
      <TextField label={text.activity} {...field('activity')} required />
      <CheckboxDisclosure
        label={text.areas}
        groups={[
          { label: null, options: competencies.map((c) => ({ value: c.id, label: c.title })) },
        ]}
        selected={competencyField.value}
        onChange={competencyField.onChange}
      />
      <TextAreaField label={text.note} {...field('note')} rows={3} />
      <ErrorAlert error={error} />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={pending}>
          {text.save}
        </button>
        <button type="button" className="button button-quiet" onClick={onCancel}>
          {strings.cancel}
        </button>
      </div>
    </form>
  );
}
