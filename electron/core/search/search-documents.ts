import { LOG_CHANNEL_LABELS } from '@shared/domain/log-entry';
import type { Portfolio } from '@shared/domain/portfolio';
import type { ReflectionSummary } from '@shared/domain/reflection';
import { sessionLabel } from '@shared/domain/session';
import type { SearchKind } from '@shared/search/search-result';

/**
 * One searchable record, flattened: `title` is what a result shows (and highlights), `body` the
 * longer text a snippet is cut from, `keywords` the short labels (tags, file name, topics, place).
 */
export interface SearchDocument {
  key: string;
  kind: SearchKind;
  id: string;
  revision: number;
  title: string;
  body: string;
  keywords: string;
}

export const searchKey = (kind: SearchKind, id: string): string => `${kind}:${id}`;

const lines = (...parts: string[]) => parts.filter((p) => p.trim() !== '').join('\n');

/** `body` is the reflection's plain text (see reflection-texts.ts); memory holds only summaries. */
export function reflectionDocument(
  reflection: Pick<ReflectionSummary, 'id' | 'revision' | 'title'>,
  body: string,
): SearchDocument {
  return {
    key: searchKey('reflection', reflection.id),
    kind: 'reflection',
    id: reflection.id,
    revision: reflection.revision,
    title: reflection.title,
    body,
    keywords: '',
  };
}

/** The live records of the portfolio itself (not reflections), as documents made on demand. */
export function portfolioDocuments(
  portfolio: Portfolio,
): { key: string; revision: number; make: () => SearchDocument }[] {
  const out: { key: string; revision: number; make: () => SearchDocument }[] = [];
  const add = (
    kind: SearchKind,
    id: string,
    revision: number,
    make: () => Omit<SearchDocument, 'key' | 'kind' | 'id' | 'revision'>,
  ) => {
    const key = searchKey(kind, id);
    out.push({ key, revision, make: () => ({ key, kind, id, revision, ...make() }) });
  };
  for (const a of portfolio.artifacts) {
    if (a.deletedAt !== null) continue;
    add('artifact', a.id, a.revision, () => ({
      title: a.title,
      body: a.description,
      keywords: lines(a.fileName, ...a.tags),
    }));
  }
  for (const a of portfolio.assignments) {
    if (a.deletedAt !== null) continue;
    add('assignment', a.id, a.revision, () => ({
      title: a.title,
      body: lines(a.description, a.graderComment),
      keywords: a.grade,
    }));
  }
  for (const s of portfolio.sessions) {
    if (s.deletedAt !== null) continue;
    add('session', s.id, s.revision, () => ({
      title: `${sessionLabel(s.number)}: ${s.title}`,
      body: lines(s.notes, s.feedback.comments),
      keywords: lines(s.place, ...s.topics),
    }));
  }
  for (const e of portfolio.logEntries) {
    if (e.deletedAt !== null) continue;
    add('log', e.id, e.revision, () => ({
      title: e.summary,
      body: e.followUps,
      keywords: `${LOG_CHANNEL_LABELS[e.channel]} ${e.date}`,
    }));
  }
  return out;
}
