import { useId } from 'react';
import { sessionLabel } from '@shared/domain/session';
import { reflectionStrings } from './strings';

export interface WritingPromptsProps {
  session: number;
  prompts: readonly string[];
}

/** The program template's questions for the linked session, beside the editor. */
export function WritingPrompts({ session, prompts }: WritingPromptsProps) {
  const headingId = useId();
  if (prompts.length === 0) return null;
  return (
    <aside className="card writing-prompts" aria-labelledby={headingId}>
      <h2 id={headingId}>{reflectionStrings.promptsFor(sessionLabel(session))}</h2>
      <ul>
        {prompts.map((prompt) => (
          <li key={prompt}>{prompt}</li>
        ))}
      </ul>
    </aside>
  );
}
