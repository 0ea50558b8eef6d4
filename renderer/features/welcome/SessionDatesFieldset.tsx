import { DateField } from '../../components/DateField';
import type { FieldErrors } from '../../forms/field-errors';
import { sessionLabel, type Session } from '@shared/domain/session';
import { welcomeStrings } from './strings';
import { sessionDateKey } from './welcome-form';

export interface SessionDatesFieldsetProps {
  sessions: readonly Session[];
  dates: Record<number, string>;
  errors: FieldErrors;
  onChange: (dates: Record<number, string>) => void;
}

/** One date input per session (kickoff, 1-8, final), each named by the session and its topic. */
export function SessionDatesFieldset({
  sessions,
  dates,
  errors,
  onChange,
}: SessionDatesFieldsetProps) {
  return (
    <fieldset className="fieldset">
      <legend>{welcomeStrings.sessionDatesLegend}</legend>
      <p className="field-help">{welcomeStrings.sessionDatesHelp}</p>
      <div className="date-grid">
        {sessions.map((session) => (
          <DateField
            key={session.number}
            label={sessionLabel(session.number)}
            help={session.title}
            value={dates[session.number] ?? ''}
            error={errors[sessionDateKey(session.number)]}
            onChange={(date) => onChange({ ...dates, [session.number]: date })}
          />
        ))}
      </div>
    </fieldset>
  );
}
