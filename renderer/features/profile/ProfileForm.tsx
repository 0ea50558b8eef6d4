import { useState, type FormEvent } from 'react';
import type { Profile } from '@shared/domain/profile';
import { ErrorAlert } from '../../components/ErrorAlert';
import { StatusMessage } from '../../components/StatusMessage';
import type { FieldErrors } from '../../forms/field-errors';
import { useUpdateProfile } from '../../data/mutations';
import { strings } from '../../strings';
import { ProfileFieldset } from './ProfileFieldset';
import { profileFormValuesOf, validateProfile } from './profile-form';

export interface ProfileFormProps {
  profile: Profile;
}

/** Edits the profile; checked with the core's schema before anything is sent. */
export function ProfileForm({ profile }: ProfileFormProps) {
  const [values, setValues] = useState(() => profileFormValuesOf(profile));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState('');
  const updateProfile = useUpdateProfile();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = validateProfile(values);
    setErrors(checked.ok ? {} : checked.errors);
    setStatus('');
    if (!checked.ok) return;
    updateProfile.mutate(checked.value, { onSuccess: () => setStatus(strings.profile.saved) });
  };

  return (
    <form className="form" noValidate onSubmit={submit}>
      <ProfileFieldset values={values} errors={errors} onChange={setValues} />
      <ErrorAlert error={updateProfile.error} />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={updateProfile.isPending}>
          {strings.profile.save}
        </button>
        <StatusMessage message={status} />
      </div>
    </form>
  );
}
