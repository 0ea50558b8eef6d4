import { useState } from 'react';
import { reviewerRoleOf, type Identity, type Role } from '@shared/review/roles';
import type { IdentitySetInput } from '@shared/contract/identity-channels';
import { ErrorAlert } from '../../components/ErrorAlert';
import { StatusMessage } from '../../components/StatusMessage';
import type { Validated } from '../../forms/field-errors';
import { useValidatedForm } from '../../forms/use-validated-form';
import { useSetIdentity } from '../../data/mutations';
import { useReadOnly } from '../../data/use-app-info';
import {
  reviewerFormValuesOf,
  ROLES_KEY,
  validateReviewer,
  validateRoles,
  type ReviewerFormValues,
} from '../identity/identity-form';
import { ReviewerProfileFieldset } from '../identity/ReviewerProfileFieldset';
import { RolesFieldset } from '../identity/RolesFieldset';
import { profileStrings } from './strings';

interface RolesFormValues {
  roles: Role[];
  reviewer: ReviewerFormValues;
}

/** The roles, and the reviewer's profile only while a reviewer role is chosen (else kept as saved). */
function validateRolesForm({ roles, reviewer }: RolesFormValues): Validated<IdentitySetInput> {
  const checkedRoles = validateRoles(roles);
  const asksReviewer = reviewerRoleOf(roles) !== null;
  const checkedReviewer = asksReviewer ? validateReviewer(reviewer) : null;
  if (!checkedRoles.ok || (checkedReviewer && !checkedReviewer.ok)) {
    return {
      ok: false,
      errors: {
        ...(checkedRoles.ok ? {} : checkedRoles.errors),
        ...(checkedReviewer && !checkedReviewer.ok ? checkedReviewer.errors : {}),
      },
    };
  }
  return {
    ok: true,
    value: {
      roles: checkedRoles.value,
      ...(checkedReviewer?.ok ? { reviewer: checkedReviewer.value } : {}),
    },
  };
}

/** What the form starts from: the roles and reviewer profile as saved. */
export type SavedRoles = Pick<Identity, 'roles' | 'reviewer'>;

export interface RolesFormProps {
  saved: SavedRoles;
}

/** Switches roles (the navigation follows at once) and edits the reviewer's profile. */
export function RolesForm({ saved }: RolesFormProps) {
  const [status, setStatus] = useState('');
  const setIdentity = useSetIdentity();
  const readOnly = useReadOnly();
  const { values, setField, errors, submit } = useValidatedForm({
    initialValues: () => ({
      roles: saved.roles,
      reviewer: reviewerFormValuesOf(saved.reviewer),
    }),
    validate: validateRolesForm,
    onValid: (input) =>
      setIdentity.mutate(input, { onSuccess: () => setStatus(profileStrings.rolesSaved) }),
    onActivity: () => setStatus(''),
  });
  const setReviewer = setField('reviewer');

  return (
    <form className="form" noValidate onSubmit={submit}>
      <RolesFieldset
        legend={profileStrings.rolesLegend}
        selected={values.roles}
        error={errors[ROLES_KEY]}
        onChange={setField('roles')}
      />
      {reviewerRoleOf(values.roles) !== null ? (
        <ReviewerProfileFieldset
          roles={values.roles}
          values={values.reviewer}
          errors={errors}
          setField={(key) => (value) => setReviewer({ ...values.reviewer, [key]: value })}
        />
      ) : null}
      <ErrorAlert error={setIdentity.error} />
      <div className="form-actions">
        <button
          type="submit"
          className="button button-primary"
          disabled={setIdentity.isPending || readOnly}
        >
          {profileStrings.saveRoles}
        </button>
        <StatusMessage message={status} />
      </div>
    </form>
  );
}
