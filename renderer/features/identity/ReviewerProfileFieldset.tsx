import { reviewerRoleOf, type Role } from '@shared/review/roles';
import { TextField } from '../../components/TextField';
import type { FieldErrors } from '../../forms/field-errors';
import type { FieldSetter } from '../../forms/use-validated-form';
import { reviewerKey, type ReviewerFormValues } from './identity-form';
import { identityStrings } from './strings';
import './identity.css';

export interface ReviewerProfileFieldsetProps {
  roles: readonly Role[];
  values: ReviewerFormValues;
  /** Messages keyed `reviewer.<field>` (see identity-form). */
  errors: FieldErrors;
  setField: FieldSetter<ReviewerFormValues>;
}

/** The mentor's or instructor's own profile: the same inputs on the welcome and the profile page. */
export function ReviewerProfileFieldset({
  roles,
  values,
  errors,
  setField,
}: ReviewerProfileFieldsetProps) {
  const text = identityStrings;
  const field = (key: keyof ReviewerFormValues) => ({
    value: values[key],
    error: errors[reviewerKey(key)],
    onChange: setField(key),
  });
  return (
    <fieldset className="fieldset fieldset-stack">
      <legend>{text.reviewerLegend[reviewerRoleOf(roles) ?? 'mentor']}</legend>
      <p className="field-help">{text.reviewerHelp}</p>
      <TextField label={text.reviewerName} {...field('name')} autoComplete="name" />
      <TextField label={text.position} help={text.positionHelp} {...field('position')} />
      <TextField
        label={text.organisation}
        help={text.organisationHelp}
        {...field('organisation')}
        autoComplete="organization"
      />
      <TextField
        label={text.yearsAsLeader}
        help={text.yearsAsLeaderHelp}
        {...field('yearsAsLeader')}
        inputMode="numeric"
      />
      <TextField label={text.credential} help={text.credentialHelp} {...field('credential')} />
    </fieldset>
  );
}
