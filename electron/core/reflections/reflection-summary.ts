import type { Reflection, ReflectionSummary } from '@shared/domain/reflection';
import { excerptOf, richTextToPlainText } from '@shared/rich-text/plain-text';

/**
 * Plain text per saved revision. Records are replaced, never changed in place, so the record
 * object itself is the cache key and a new revision is computed once.
 */
const plainTexts = new WeakMap<Reflection, string>();

export function reflectionPlainText(reflection: Reflection): string {
  let text = plainTexts.get(reflection);
  if (text === undefined) {
    text = richTextToPlainText(reflection.content);
    plainTexts.set(reflection, text);
  }
  return text;
}

/** What lists show: everything but the body, plus an excerpt of it. */
export function toReflectionSummary(reflection: Reflection): ReflectionSummary {
  const { content: _body, ...rest } = reflection;
  return { ...rest, excerpt: excerptOf(reflectionPlainText(reflection)) };
}
