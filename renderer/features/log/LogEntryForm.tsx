import { Link } from 'react-router';
import { LOG_CHANNEL_LABELS, LOG_CHANNELS } from '@shared/domain/log-entry';
import { paths } from '../../app/paths';
import { DateField } from '../../components/DateField';
import { ErrorAlert } from '../../components/ErrorAlert';
import { RadioGroupField } from '../../components/RadioGroupField';
import { TextAreaField } from '../../components/TextAreaField';
import type { Validated } from '../../forms/field-errors';
import { labelledOptions } from '../../forms/options';
import { useValidatedForm } from '../../forms/use-validated-form';
import { strings } from '../../strings';
import { logStrings } from './strings';
import type { LogFormValues } from './log-form';
import { EditOnly } from '../../components/EditOnly';

export interface LogEntryFormProps<T> {
  initialValues: LogFormValues;
  validate: (values: LogFormValues) => Validated<T>;
  pending: boolean;
  error: unknown;
  onSubmit: (input: T) => void;
}

const CHANNEL_OPTIONS = labelledOptions(LOG_CHANNELS, LOG_CHANNEL_LABELS);

/** Date, channel, summary and follow-ups of one contact with the mentor. */
export function LogEntryForm<T>({
  initialValues,
  validate,
  pending,
  error,
  onSubmit,
}: LogEntryFormProps<T>) {
  const { field, submit } = useValidatedForm({
    initialValues,
    validate,
    onValid: onSubmit,
  });
  const text = logStrings;

  return (
    <form className="form card" noValidate onSubmit={submit}>
      <DateField label={text.date} {...field('date')} required />
      <RadioGroupField label={text.channel} {...field('channel')} options={CHANNEL_OPTIONS} />
      <TextAreaField label={text.summary} {...field('summary')} rows={3} />
      <TextAreaField label={text.followUps} {...field('followUps')} rows={3} />
      <ErrorAlert error={error} />
      <EditOnly>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={pending}>
            {text.save}
          </button>
          <Link to={paths.log} className="button button-quiet">
            {strings.cancel}
          </Link>
        </div>
      </EditOnly>
    </form>
  );
}
