import { useId, useState } from 'react';
import type { Portfolio } from '@shared/domain/portfolio';
import {
  REFLECTION_STATUSES,
  reflectionFieldsSchema,
  type Reflection,
  type ReflectionStatus,
} from '@shared/domain/reflection';
import { CheckboxDisclosure } from '../../components/CheckboxDisclosure';
import { RadioGroupField } from '../../components/RadioGroupField';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { liveSessions } from '../../data/live-records';
import { useReflectionAutosave } from '../../data/use-reflection-autosave';
import { labelledOptions, sessionOptions } from '../../forms/options';
import { strings } from '../../strings';
import { reflectionStrings } from './strings';
import { artifactGroups, assignmentGroups, competencyGroups } from './link-options';
import { RichTextEditor } from './RichTextEditor';
import { SaveStatus } from './SaveStatus';
import { WritingPrompts } from './WritingPrompts';

export interface ReflectionEditorProps {
  reflection: Reflection;
  portfolio: Portfolio;
}

const STATUS_OPTIONS = labelledOptions(REFLECTION_STATUSES, reflectionStrings.status);

/**
 * A reflection being written: title, body, status and links, each change saved as the user goes
 * (text once typing pauses, choices at once). There is no Save button; the status line says
 * whether everything has reached the disk.
 */
export function ReflectionEditor({ reflection, portfolio }: ReflectionEditorProps) {
  const autosave = useReflectionAutosave(reflection.id);
  const [title, setTitle] = useState(reflection.title);
  const [titleError, setTitleError] = useState<string | undefined>(undefined);
  const [fields, setFields] = useState({
    status: reflection.status,
    session: reflection.session,
    private: reflection.private,
    assignmentIds: reflection.assignmentIds,
    artifactIds: reflection.artifactIds,
    competencyIds: reflection.competencyIds,
  });
  const [wordCount, setWordCount] = useState(reflection.wordCount);
  const privateId = useId();
  const text = reflectionStrings;

  const choose = <K extends keyof typeof fields>(key: K, value: (typeof fields)[K]) => {
    setFields((current) => ({ ...current, [key]: value }));
    autosave.queue({ [key]: value }, { immediate: true });
  };

  const changeTitle = (value: string) => {
    setTitle(value);
    const checked = reflectionFieldsSchema.shape.title.safeParse(value);
    setTitleError(checked.success ? undefined : checked.error.issues[0]?.message);
    if (checked.success) autosave.queue({ title: checked.data });
  };

  const prompts =
    fields.session === null
      ? []
      : (portfolio.program.sessions.find((s) => s.number === fields.session)?.prompts ?? []);

  return (
    <div className="reflection-editor">
      <div className="reflection-editor-main">
        <div className="reflection-editor-bar">
          <SaveStatus state={autosave.state} error={autosave.error} onRetry={autosave.flush} />
          <p className="muted word-count">{text.words(wordCount)}</p>
        </div>
        <TextField
          label={text.fieldTitle}
          value={title}
          required
          error={titleError}
          onChange={changeTitle}
        />
        <RichTextEditor
          content={reflection.content}
          label={text.editorLabel}
          onChange={(readContent) => autosave.queue({ content: readContent })}
          onWordCount={setWordCount}
        />
      </div>
      <div className="reflection-editor-side">
        <section className="card reflection-links" aria-labelledby={`${privateId}-links`}>
          <h2 id={`${privateId}-links`}>{text.linksHeading}</h2>
          <RadioGroupField<ReflectionStatus>
            label={text.statusLabel}
            value={fields.status}
            options={STATUS_OPTIONS}
            onChange={(status) => choose('status', status)}
          />
          <SelectField
            label={text.session}
            value={fields.session === null ? '' : String(fields.session)}
            options={[
              { value: '', label: text.noSession },
              ...sessionOptions(liveSessions(portfolio), 'number-and-title'),
            ]}
            onChange={(value) => choose('session', value === '' ? null : Number(value))}
          />
          <CheckboxDisclosure
            label={strings.links.assignments}
            groups={assignmentGroups(portfolio)}
            selected={fields.assignmentIds}
            onChange={(ids) => choose('assignmentIds', ids)}
          />
          <CheckboxDisclosure
            label={strings.links.artifacts}
            groups={artifactGroups(portfolio)}
            selected={fields.artifactIds}
            onChange={(ids) => choose('artifactIds', ids)}
          />
          <CheckboxDisclosure
            label={strings.links.competencies}
            groups={competencyGroups(portfolio)}
            selected={fields.competencyIds}
            onChange={(ids) => choose('competencyIds', ids)}
          />
          <label className="checkbox-option" htmlFor={privateId}>
            <input
              id={privateId}
              type="checkbox"
              checked={fields.private}
              onChange={(event) => choose('private', event.target.checked)}
            />
            <span>{strings.links.private}</span>
          </label>
        </section>
        {fields.session === null ? null : (
          <WritingPrompts session={fields.session} prompts={prompts} />
        )}
      </div>
    </div>
  );
}
