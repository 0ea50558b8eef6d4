import { useId, useMemo } from 'react';
import type { Reflection } from '@shared/domain/reflection';
import { richTextToPlainText } from '@shared/rich-text/plain-text';
import { textChangeStrings as text } from '../candidate-view/strings';
import { textDiff } from './text-diff';

export interface ReflectionTextChangesProps {
  current: Reflection;
  /** The reflection in the candidate's previous bundle; null when it was not in it. */
  previous: Reflection | null;
}

/**
 * What changed in a reflection's text since the previous bundle, word by word: insertions in
 * <ins>, deletions in <del>, each also said in words for screen readers, with a count first.
 */
export function ReflectionTextChanges({ current, previous }: ReflectionTextChangesProps) {
  const headingId = useId();
  const diff = useMemo(
    () =>
      previous === null
        ? null
        : textDiff(richTextToPlainText(previous.content), richTextToPlainText(current.content)),
    [current, previous],
  );
  let body;
  if (previous === null) body = <p>{text.newReflection}</p>;
  else if (diff === null) body = <p>{text.tooLong}</p>;
  else if (diff.added === 0 && diff.removed === 0) body = <p>{text.unchanged}</p>;
  else {
    body = (
      <>
        <p>{text.summary(diff.added, diff.removed)}</p>
        <p className="text-diff">
          {diff.parts.map((part, index) =>
            part.added ? (
              <ins key={index}>
                <span className="visually-hidden">{text.addedStart}</span>
                {part.value}
                <span className="visually-hidden">{text.end}</span>
              </ins>
            ) : part.removed ? (
              <del key={index}>
                <span className="visually-hidden">{text.removedStart}</span>
                {part.value}
                <span className="visually-hidden">{text.end}</span>
              </del>
            ) : (
              <span key={index}>{part.value}</span>
            ),
          )}
        </p>
      </>
    );
  }
  return (
    <section className="card text-changes" aria-labelledby={headingId}>
      <h2 id={headingId}>{text.heading}</h2>
      {body}
    </section>
  );
}
