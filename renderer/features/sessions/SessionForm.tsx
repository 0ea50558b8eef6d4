import { useState } from 'react';
import { ATTENDANCE, type Session } from '@shared/domain/session';
import { DateField } from '../../components/DateField';
import { ErrorAlert } from '../../components/ErrorAlert';
import { RadioGroupField } from '../../components/RadioGroupField';
import { StatusMessage } from '../../components/StatusMessage';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { labelledOptions } from '../../forms/options';
import { useValidatedForm } from '../../forms/use-validated-form';
import { useUpdateSession } from '../../data/mutations';
import { attendanceLabels, sessionStrings } from './strings';
import { sessionFormValuesOf, validateSessionForm } from './session-form';
import { EditOnly } from '../../components/EditOnly';

export interface SessionFormProps {
  session: Session;
}

const ATTENDANCE_OPTIONS = labelledOptions(ATTENDANCE, attendanceLabels);

/** Date, place, attendance and notes of one session, saved together. */
export function SessionForm({ session }: SessionFormProps) {
  const [status, setStatus] = useState('');
  const updateSession = useUpdateSession();
  const text = sessionStrings;
  const { field, submit } = useValidatedForm({
    initialValues: () => sessionFormValuesOf(session),
    validate: (values) => validateSessionForm(session, values),
    onValid: (input) => updateSession.mutate(input, { onSuccess: () => setStatus(text.saved) }),
    onActivity: () => setStatus(''),
  });

  return (
    <form className="form" noValidate onSubmit={submit}>
      <DateField label={text.date} {...field('date')} help={text.dateMovesDueDates} />
      <TextField label={text.place} {...field('place')} />
      <RadioGroupField
        label={text.attendance}
        {...field('attendance')}
        options={ATTENDANCE_OPTIONS}
      />
      <TextAreaField label={text.notes} {...field('notes')} />
      <ErrorAlert error={updateSession.error} />
      <EditOnly>
        <div className="form-actions">
          <button
            type="submit"
            className="button button-primary"
            disabled={updateSession.isPending}
          >
            {text.save}
          </button>
          <StatusMessage message={status} />
        </div>
      </EditOnly>
    </form>
  );
}
