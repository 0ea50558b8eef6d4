import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import {
  ASSIGNMENT_KIND_LABELS,
  ASSIGNMENT_KINDS,
  ASSIGNMENT_STATUS_LABELS,
  ASSIGNMENT_STATUSES,
} from '@shared/domain/assignment';
import { sessionLabel, type Session } from '@shared/domain/session';
import { paths } from '../../app/paths';
import { DateField } from '../../components/DateField';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import type { FieldErrors, Validated } from '../../forms/field-errors';
import { strings } from '../../strings';
import type { AssignmentFormValues } from './assignment-form';

export interface AssignmentFormProps<T> {
  initialValues: AssignmentFormValues;
  sessions: readonly Session[];
  /** Checks the values with the contract's schema and says what to send. */
  validate: (values: AssignmentFormValues) => Validated<T>;
  pending: boolean;
  error: unknown;
  onSubmit: (input: T) => void;
}

const KIND_OPTIONS = ASSIGNMENT_KINDS.map((kind) => ({
  value: kind,
  label: ASSIGNMENT_KIND_LABELS[kind],
}));
const STATUS_OPTIONS = ASSIGNMENT_STATUSES.map((status) => ({
  value: status,
  label: ASSIGNMENT_STATUS_LABELS[status],
}));

/** Every field of an assignment, for creating and editing alike. */
export function AssignmentForm<T>({
  initialValues,
  sessions,
  validate,
  pending,
  error,
  onSubmit,
}: AssignmentFormProps<T>) {
  const [values, setValues] = useState(initialValues);
  const [errors, setErrors] = useState<FieldErrors>({});
  const text = strings.assignments;
  const set =
    <K extends keyof AssignmentFormValues>(key: K) =>
    (value: AssignmentFormValues[K]) =>
      setValues({ ...values, [key]: value });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = validate(values);
    setErrors(checked.ok ? {} : checked.errors);
    if (checked.ok) onSubmit(checked.value);
  };

  return (
    <form className="form card" noValidate onSubmit={submit}>
      <TextField
        label={text.fieldTitle}
        value={values.title}
        required
        error={errors.title}
        onChange={set('title')}
      />
      <div className="field-row">
        <SelectField
          label={text.kind}
          value={values.kind}
          options={KIND_OPTIONS}
          error={errors.kind}
          onChange={set('kind')}
        />
        <SelectField
          label={text.session}
          value={values.session}
          options={[
            { value: '', label: text.noSession },
            ...sessions.map((s) => ({
              value: String(s.number),
              label: `${sessionLabel(s.number)}: ${s.title}`,
            })),
          ]}
          error={errors.session}
          onChange={set('session')}
        />
      </div>
      <TextAreaField
        label={text.description}
        value={values.description}
        error={errors.description}
        onChange={set('description')}
      />
      <div className="field-row">
        <DateField
          label={text.dueDate}
          value={values.due}
          error={errors.due}
          onChange={set('due')}
        />
        <SelectField
          label={text.status}
          value={values.status}
          options={STATUS_OPTIONS}
          error={errors.status}
          onChange={set('status')}
        />
      </div>
      <TextField
        label={text.grade}
        value={values.grade}
        error={errors.grade}
        onChange={set('grade')}
      />
      <TextAreaField
        label={text.graderComment}
        value={values.graderComment}
        error={errors.graderComment}
        onChange={set('graderComment')}
      />
      <ErrorAlert error={error} />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={pending}>
          {text.save}
        </button>
        <Link to={paths.assignments} className="button button-quiet">
          {strings.cancel}
        </Link>
      </div>
    </form>
  );
}
