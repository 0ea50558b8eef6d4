import { useId } from 'react';
import { ROLE_LABELS, ROLES, type Role } from '@shared/review/roles';
import { describedBy, useFieldIds } from '../../components/use-field-ids';
import { identityStrings } from './strings';
import '../../components/checkbox-disclosure.css';
import './identity.css';

export interface RolesFieldsetProps {
  legend: string;
  selected: readonly Role[];
  error?: string | undefined;
  onChange: (roles: Role[]) => void;
}

/**
 * Candidate, mentor, instructor as native checkboxes in a named group (several allowed), each
 * described by a line saying what it means; the group's message is read with the group.
 */
export function RolesFieldset({ legend, selected, error, onChange }: RolesFieldsetProps) {
  const ids = useFieldIds();
  const descriptionId = useId();
  const help = identityStrings.rolesHelp;
  const toggle = (role: Role, on: boolean) =>
    onChange(ROLES.filter((r) => (r === role ? on : selected.includes(r))));
  return (
    <fieldset className="fieldset roles-fieldset" aria-describedby={describedBy(ids, help, error)}>
      <legend>{legend}</legend>
      <p id={ids.help} className="field-help">
        {help}
      </p>
      <div className="checkbox-options">
        {ROLES.map((role) => (
          <div key={role}>
            <label className="checkbox-option">
              <input
                type="checkbox"
                checked={selected.includes(role)}
                aria-describedby={`${descriptionId}-${role}`}
                onChange={(event) => toggle(role, event.target.checked)}
              />
              <span>{ROLE_LABELS[role]}</span>
            </label>
            <p id={`${descriptionId}-${role}`} className="field-help role-description">
              {identityStrings.roleDescriptions[role]}
            </p>
          </div>
        ))}
      </div>
      {error ? (
        <p id={ids.error} className="field-error">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
