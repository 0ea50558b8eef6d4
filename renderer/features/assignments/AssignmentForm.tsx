import { Link } from 'react-router';
import {
  ASSIGNMENT_KIND_LABELS,
  ASSIGNMENT_KINDS,
  ASSIGNMENT_STATUS_LABELS,
  ASSIGNMENT_STATUSES,
} from '@shared/domain/assignment';
import type { Session } from '@shared/domain/session';
import { useScopedPaths } from '../review-scope/use-scoped-paths';
import { DateField } from '../../components/DateField';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import type { Validated } from '../../forms/field-errors';
import { labelledOptions, sessionOptions } from '../../forms/options';
import { useValidatedForm } from '../../forms/use-validated-form';
import { strings } from '../../strings';
import { assignmentStrings } from './strings';
import type { AssignmentFormValues } from './assignment-form';
import { EditOnly } from '../../components/EditOnly';

export interface AssignmentFormProps<T> {
  initialValues: AssignmentFormValues;
  sessions: readonly Session[];
  /** Checks the values with the contract's schema and says what to send. */
  validate: (values: AssignmentFormValues) => Validated<T>;
  pending: boolean;
  error: unknown;
  onSubmit: (input: T) => void;
}

const KIND_OPTIONS = labelledOptions(ASSIGNMENT_KINDS, ASSIGNMENT_KIND_LABELS);
const STATUS_OPTIONS = labelledOptions(ASSIGNMENT_STATUSES, ASSIGNMENT_STATUS_LABELS);

/** Every field of an assignment, for creating and editing alike. */
export function AssignmentForm<T>({
  initialValues,
  sessions,
  validate,
  pending,
  error,
  onSubmit,
}: AssignmentFormProps<T>) {
  const paths = useScopedPaths();
  const { field, submit } = useValidatedForm({
    initialValues,
    validate,
    onValid: onSubmit,
  });
  const text = assignmentStrings;

  return (
    <form className="form card" noValidate onSubmit={submit}>
      <TextField label={text.fieldTitle} {...field('title')} required />
      <div className="field-row">
        <SelectField label={text.kind} {...field('kind')} options={KIND_OPTIONS} />
        <SelectField
          label={text.session}
          {...field('session')}
          options={[
            { value: '', label: text.noSession },
            ...sessionOptions(sessions, 'number-and-title'),
          ]}
        />
      </div>
      <TextAreaField label={text.description} {...field('description')} />
      <div className="field-row">
        <DateField label={text.dueDate} {...field('due')} />
        <SelectField label={text.status} {...field('status')} options={STATUS_OPTIONS} />
      </div>
      <TextField label={text.grade} {...field('grade')} />
      <TextAreaField label={text.graderComment} {...field('graderComment')} />
      <ErrorAlert error={error} />
      <EditOnly>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={pending}>
            {text.save}
          </button>
          <Link to={paths.assignments} className="button button-quiet">
            {strings.cancel}
          </Link>
        </div>
      </EditOnly>
    </form>
  );
}
