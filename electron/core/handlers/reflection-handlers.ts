import type { Handlers } from '@shared/contract/contract';
import type { Portfolio } from '@shared/domain/portfolio';
import { newRecordMeta } from '@shared/domain/record';
import {
  NEW_REFLECTION_FIELDS,
  type Reflection,
  type ReflectionFields,
} from '@shared/domain/reflection';
import { richTextWordCount } from '@shared/rich-text/plain-text';
import { UserError } from '../errors';
import { invalidLinkReason } from '../reflections/reflection-links';
import type { ReflectionStore } from '../reflections/reflection-store';
import { toReflectionSummary } from '../reflections/reflection-summary';
import type { HandlerContext } from './handler-context';
import { definedOnly } from './records';

type ReflectionHandlers = Pick<
  Handlers,
  | 'reflection-list'
  | 'reflection-get'
  | 'reflection-create'
  | 'reflection-update'
  | 'reflection-delete'
  | 'reflection-restore'
>;

function requireValidLinks(
  portfolio: Portfolio,
  links: Partial<ReflectionFields>,
  current?: Reflection,
): void {
  const reason = invalidLinkReason(portfolio, links, current);
  if (reason) throw new UserError('invalid-input', reason);
}

/**
 * Reflections live in their own folder store (one file each), not in portfolio.json; their links
 * point into the portfolio and are checked against it. Bodies arrive already checked by the
 * contract's rich-text schema, so nothing executable can be stored.
 */
export function reflectionHandlers(
  { store, clock, newId }: HandlerContext,
  reflections: () => ReflectionStore,
): ReflectionHandlers {
  return {
    // Summaries are what the store keeps in memory; a body is read (and validated) when opened.
    'reflection-list': async () => [...reflections().all()],
    'reflection-get': ({ id }) => reflections().read(id),
    'reflection-create': async (input) => {
      const fields: ReflectionFields = { ...NEW_REFLECTION_FIELDS, ...definedOnly(input) };
      requireValidLinks(store().get(), fields);
      return reflections().create({
        ...newRecordMeta(newId(), clock.now()),
        ...fields,
        wordCount: richTextWordCount(fields.content),
      });
    },
    'reflection-update': async ({ id, ...input }) => {
      const changes: Partial<Reflection> = definedOnly(input);
      const saved = await reflections().change(id, (current) => {
        requireValidLinks(store().get(), changes, current);
        return changes.content
          ? { ...changes, wordCount: richTextWordCount(changes.content) }
          : changes;
      });
      return toReflectionSummary(saved);
    },
    'reflection-delete': async ({ id }) => toReflectionSummary(await reflections().delete(id)),
    'reflection-restore': async ({ id }) => toReflectionSummary(await reflections().restore(id)),
  };
}
