import { useState, type FormEvent } from 'react';
import { ATTENDANCE, type Session } from '@shared/domain/session';
import { DateField } from '../../components/DateField';
import { ErrorAlert } from '../../components/ErrorAlert';
import { RadioGroupField } from '../../components/RadioGroupField';
import { StatusMessage } from '../../components/StatusMessage';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import type { FieldErrors } from '../../forms/field-errors';
import { useUpdateSession } from '../../data/mutations';
import { strings } from '../../strings';
import { sessionFormValuesOf, validateSessionForm } from './session-form';

export interface SessionFormProps {
  session: Session;
}

const ATTENDANCE_OPTIONS = ATTENDANCE.map((value) => ({
  value,
  label: strings.attendance[value],
}));

/** Date, place, attendance and notes of one session, saved together. */
export function SessionForm({ session }: SessionFormProps) {
  const [values, setValues] = useState(() => sessionFormValuesOf(session));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState('');
  const updateSession = useUpdateSession();
  const text = strings.sessions;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = validateSessionForm(session, values);
    setErrors(checked.ok ? {} : checked.errors);
    setStatus('');
    if (checked.ok) updateSession.mutate(checked.value, { onSuccess: () => setStatus(text.saved) });
  };

  return (
    <form className="form" noValidate onSubmit={submit}>
      <DateField
        label={text.date}
        value={values.date}
        help={text.dateMovesDueDates}
        error={errors.date}
        onChange={(date) => setValues({ ...values, date })}
      />
      <TextField
        label={text.place}
        value={values.place}
        error={errors.place}
        onChange={(place) => setValues({ ...values, place })}
      />
      <RadioGroupField
        label={text.attendance}
        value={values.attendance}
        options={ATTENDANCE_OPTIONS}
        error={errors.attendance}
        onChange={(attendance) => setValues({ ...values, attendance })}
      />
      <TextAreaField
        label={text.notes}
        value={values.notes}
        error={errors.notes}
        onChange={(notes) => setValues({ ...values, notes })}
      />
      <ErrorAlert error={updateSession.error} />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={updateSession.isPending}>
          {text.save}
        </button>
        <StatusMessage message={status} />
      </div>
    </form>
  );
}
