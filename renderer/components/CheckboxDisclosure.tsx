import { useReadOnly } from '../data/use-app-info';
import { strings } from '../strings';
import { ReadOnlyValue } from './ReadOnlyValue';
import './checkbox-disclosure.css';

export interface CheckboxOption {
  value: string;
  label: string;
}

export interface CheckboxGroup {
  /** A sub-heading (e.g. the framework); null when the options need none. */
  label: string | null;
  options: readonly CheckboxOption[];
}

export interface CheckboxDisclosureProps {
  label: string;
  groups: readonly CheckboxGroup[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
}

/**
 * A multi-select that works everywhere without a custom widget: a native disclosure
 * (<details>/<summary>, which says how many are chosen) holding labelled checkboxes in fieldsets.
 */
export function CheckboxDisclosure({ label, groups, selected, onChange }: CheckboxDisclosureProps) {
  const chosen = new Set(selected);
  const readOnly = useReadOnly();
  if (readOnly) return <ChosenList label={label} groups={groups} chosen={chosen} />;
  const total = groups.reduce((sum, group) => sum + group.options.length, 0);
  const toggle = (value: string, on: boolean) =>
    onChange(on ? [...selected, value] : selected.filter((v) => v !== value));
  return (
    <details className="checkbox-disclosure">
      <summary>
        {label} <span className="muted">({strings.links.chosen(chosen.size)})</span>
      </summary>
      <fieldset className="checkbox-disclosure-body">
        <legend className="visually-hidden">{label}</legend>
        {total === 0 ? <p className="muted">{strings.links.noneAvailable}</p> : null}
        {groups.map((group, groupIndex) => {
          const options = group.options.map((option) => (
            <label key={option.value} className="checkbox-option">
              <input
                type="checkbox"
                checked={chosen.has(option.value)}
                onChange={(event) => toggle(option.value, event.target.checked)}
              />
              <span>{option.label}</span>
            </label>
          ));
          return group.label === null ? (
            <div key={groupIndex} className="checkbox-options">
              {options}
            </div>
          ) : (
            <fieldset key={groupIndex} className="checkbox-options">
              <legend>{group.label}</legend>
              {options}
            </fieldset>
          );
        })}
      </fieldset>
    </details>
  );
}

/** A read-only portfolio shows what was chosen, as a list, instead of the checkboxes. */
function ChosenList({
  label,
  groups,
  chosen,
}: {
  label: string;
  groups: readonly CheckboxGroup[];
  chosen: ReadonlySet<string>;
}) {
  const labels = groups.flatMap((g) => g.options.filter((o) => chosen.has(o.value)));
  return (
    <ReadOnlyValue
      label={label}
      value={
        labels.length === 0 ? (
          strings.noneChosen
        ) : (
          <ul className="link-list">
            {labels.map((option) => (
              <li key={option.value}>{option.label}</li>
            ))}
          </ul>
        )
      }
    />
  );
}
