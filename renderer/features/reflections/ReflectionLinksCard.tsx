import { useId } from 'react';
import type { Portfolio } from '@shared/domain/portfolio';
import {
  REFLECTION_STATUSES,
  type Reflection,
  type ReflectionStatus,
} from '@shared/domain/reflection';
import { CheckboxDisclosure } from '../../components/CheckboxDisclosure';
import { EditOnly } from '../../components/EditOnly';
import { RadioGroupField } from '../../components/RadioGroupField';
import { SelectField } from '../../components/SelectField';
import { liveSessions } from '../../data/live-records';
import { labelledOptions, sessionOptions } from '../../forms/options';
import { strings } from '../../strings';
import { artifactGroups, assignmentGroups, competencyGroups } from './link-options';
import { reflectionStrings as text } from './strings';

/** What the user chooses about a reflection beside its text; each choice is saved at once. */
export type ReflectionChoices = Pick<
  Reflection,
  'status' | 'session' | 'private' | 'assignmentIds' | 'artifactIds' | 'competencyIds'
>;
export type ChooseReflection = <K extends keyof ReflectionChoices>(
  key: K,
  value: ReflectionChoices[K],
) => void;

const STATUS_OPTIONS = labelledOptions(REFLECTION_STATUSES, text.status);

/** The editor's side card: status, session, the links to evidence, and whether it is private. */
export function ReflectionLinksCard({
  fields,
  portfolio,
  onChoose,
}: {
  fields: ReflectionChoices;
  portfolio: Portfolio;
  onChoose: ChooseReflection;
}) {
  const privateId = useId();
  return (
    <section className="card reflection-links" aria-labelledby={`${privateId}-links`}>
      <h2 id={`${privateId}-links`}>{text.linksHeading}</h2>
      <RadioGroupField<ReflectionStatus>
        label={text.statusLabel}
        value={fields.status}
        options={STATUS_OPTIONS}
        onChange={(status) => onChoose('status', status)}
      />
      <SelectField
        label={text.session}
        value={fields.session === null ? '' : String(fields.session)}
        options={[
          { value: '', label: text.noSession },
          ...sessionOptions(liveSessions(portfolio), 'number-and-title'),
        ]}
        onChange={(value) => onChoose('session', value === '' ? null : Number(value))}
      />
      <CheckboxDisclosure
        label={strings.links.assignments}
        groups={assignmentGroups(portfolio)}
        selected={fields.assignmentIds}
        onChange={(ids) => onChoose('assignmentIds', ids)}
      />
      <CheckboxDisclosure
        label={strings.links.artifacts}
        groups={artifactGroups(portfolio)}
        selected={fields.artifactIds}
        onChange={(ids) => onChoose('artifactIds', ids)}
      />
      <CheckboxDisclosure
        label={strings.links.competencies}
        groups={competencyGroups(portfolio)}
        selected={fields.competencyIds}
        onChange={(ids) => onChoose('competencyIds', ids)}
      />
      <EditOnly>
        <label className="checkbox-option" htmlFor={privateId}>
          <input
            id={privateId}
            type="checkbox"
            checked={fields.private}
            onChange={(event) => onChoose('private', event.target.checked)}
          />
          <span>{strings.links.private}</span>
        </label>
      </EditOnly>
    </section>
  );
}
