import { useCallback, useRef, useState } from 'react';
import type { Portfolio } from '@shared/domain/portfolio';
import { reflectionFieldsSchema, type Reflection } from '@shared/domain/reflection';
import { TextField } from '../../components/TextField';
import { richTextToPlainText } from '@shared/rich-text/plain-text';
import { ReflectionReviewSlot } from '../review-scope/ReviewSlots';
import { selectedPassageIn } from './selected-passage';
import { useReflectionAutosave, type UnsavedReflection } from '../../data/use-reflection-autosave';
import { reflectionStrings } from './strings';
import {
  ReflectionLinksCard,
  type ChooseReflection,
  type ReflectionChoices,
} from './ReflectionLinksCard';
import { RichTextEditor } from './RichTextEditor';
import { SaveStatus } from './SaveStatus';
import { WritingPrompts } from './WritingPrompts';

export interface ReflectionEditorProps {
  reflection: Reflection;
  portfolio: Portfolio;
  /** A new reflection not stored yet: the first change makes it. */
  unsaved?: UnsavedReflection | undefined;
}

/**
 * A reflection being written: title, body, status and links, each change saved as the user goes
 * (text once typing pauses, choices at once). There is no Save button; the status line says
 * whether everything has reached the disk.
 */
export function ReflectionEditor({ reflection, portfolio, unsaved }: ReflectionEditorProps) {
  const autosave = useReflectionAutosave(unsaved ? null : reflection.id, unsaved);
  const [title, setTitle] = useState(reflection.title);
  const [titleError, setTitleError] = useState<string | undefined>(undefined);
  const [fields, setFields] = useState<ReflectionChoices>({
    status: reflection.status,
    session: reflection.session,
    private: reflection.private,
    assignmentIds: reflection.assignmentIds,
    artifactIds: reflection.artifactIds,
    competencyIds: reflection.competencyIds,
  });
  const [wordCount, setWordCount] = useState(reflection.wordCount);
  const mainRef = useRef<HTMLDivElement>(null);
  // The saved text: feedback is anchored to what reviewers read, not to unsaved typing.
  const selectedPassage = useCallback(
    () => selectedPassageIn(mainRef.current, richTextToPlainText(reflection.content)),
    [reflection.content],
  );
  const text = reflectionStrings;

  const choose: ChooseReflection = (key, value) => {
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
      <div className="reflection-editor-main" ref={mainRef}>
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
        <ReflectionLinksCard fields={fields} portfolio={portfolio} onChoose={choose} />
        {fields.session === null ? null : (
          <WritingPrompts session={fields.session} prompts={prompts} />
        )}
        <ReflectionReviewSlot reflection={reflection} selectedPassage={selectedPassage} />
      </div>
    </div>
  );
}
