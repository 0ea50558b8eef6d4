import { useState } from 'react';
import type { Profile } from '@shared/domain/profile';
import { ErrorAlert } from '../../components/ErrorAlert';
import { StatusMessage } from '../../components/StatusMessage';
import { useValidatedForm } from '../../forms/use-validated-form';
import { useUpdateProfile } from '../../data/mutations';
import { profileStrings } from './strings';
import { ProfileFieldset } from './ProfileFieldset';
import { profileFormValuesOf, validateProfile } from './profile-form';
import { EditOnly } from '../../components/EditOnly';

export interface ProfileFormProps {
  profile: Profile;
}

/** Edits the profile; checked with the core's schema before anything is sent. */
export function ProfileForm({ profile }: ProfileFormProps) {
  const [status, setStatus] = useState('');
  const updateProfile = useUpdateProfile();
  const { values, setField, errors, submit } = useValidatedForm({
    initialValues: () => profileFormValuesOf(profile),
    validate: validateProfile,
    onValid: (fields) =>
      updateProfile.mutate(fields, { onSuccess: () => setStatus(profileStrings.saved) }),
    onActivity: () => setStatus(''),
  });

  return (
    <form className="form" noValidate onSubmit={submit}>
      <ProfileFieldset values={values} errors={errors} setField={setField} />
      <ErrorAlert error={updateProfile.error} />
      <EditOnly>
        <div className="form-actions">
          <button
            type="submit"
            className="button button-primary"
            disabled={updateProfile.isPending}
          >
            {profileStrings.save}
          </button>
          <StatusMessage message={status} />
        </div>
      </EditOnly>
    </form>
  );
}
