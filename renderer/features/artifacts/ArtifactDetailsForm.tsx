import { useId, useState } from 'react';
import type { Artifact } from '@shared/domain/artifact';
import type { Portfolio } from '@shared/domain/portfolio';
import { CheckboxDisclosure } from '../../components/CheckboxDisclosure';
import { ErrorAlert } from '../../components/ErrorAlert';
import { StatusMessage } from '../../components/StatusMessage';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { useUpdateArtifact } from '../../data/mutations';
import { useValidatedForm } from '../../forms/use-validated-form';
import { strings } from '../../strings';
import { artifactStrings } from './strings';
import { assignmentGroups, competencyGroups, sessionGroups } from '../reflections/link-options';
import { artifactFormValuesOf, validateArtifactEdit } from './artifact-form';
import { EditOnly } from '../../components/EditOnly';

export interface ArtifactDetailsFormProps {
  artifact: Artifact;
  portfolio: Portfolio;
}

/** Title, description, tags, competencies and links of an artifact, saved with one button. */
export function ArtifactDetailsForm({ artifact, portfolio }: ArtifactDetailsFormProps) {
  const [saved, setSaved] = useState('');
  const updateArtifact = useUpdateArtifact();
  const headingId = useId();
  const text = artifactStrings;
  const { values, setField, field, errors, submit } = useValidatedForm({
    initialValues: () => artifactFormValuesOf(artifact),
    validate: (values) => validateArtifactEdit(artifact.id, values),
    onValid: (input) => updateArtifact.mutate(input, { onSuccess: () => setSaved(text.saved) }),
    onActivity: () => setSaved(''),
  });

  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{text.detailsHeading}</h2>
      <form className="form" noValidate onSubmit={submit}>
        <TextField label={text.fieldTitle} {...field('title')} required />
        <TextAreaField label={text.description} {...field('description')} />
        <TextField
          label={text.tagsField}
          value={values.tags}
          help={text.tagsHelp}
          error={errors.tags ?? Object.entries(errors).find(([k]) => k.startsWith('tags.'))?.[1]}
          onChange={setField('tags')}
        />
        <CheckboxDisclosure
          label={strings.links.sessions}
          groups={sessionGroups(portfolio)}
          selected={values.sessionNumbers}
          onChange={setField('sessionNumbers')}
        />
        <CheckboxDisclosure
          label={strings.links.assignments}
          groups={assignmentGroups(portfolio)}
          selected={values.assignmentIds}
          onChange={setField('assignmentIds')}
        />
        <CheckboxDisclosure
          label={strings.links.competencies}
          groups={competencyGroups(portfolio)}
          selected={values.competencyIds}
          onChange={setField('competencyIds')}
        />
        <EditOnly>
          <label className="checkbox-option">
            <input
              type="checkbox"
              checked={values.private}
              onChange={(event) => setField('private')(event.target.checked)}
            />
            <span>{strings.links.private}</span>
          </label>
        </EditOnly>
        <EditOnly>
          <div className="form-actions">
            <button
              type="submit"
              className="button button-primary"
              disabled={updateArtifact.isPending}
            >
              {updateArtifact.isPending ? strings.saving : text.save}
            </button>
            <StatusMessage message={saved} />
          </div>
        </EditOnly>
        <ErrorAlert error={updateArtifact.error} />
      </form>
    </section>
  );
}
