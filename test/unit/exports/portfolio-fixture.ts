import type { Portfolio } from '@shared/domain/portfolio';
import { DEFAULT_PROGRAM } from '@shared/program/default-program';
import { newPortfolio } from '@shared/program/new-portfolio';

export const FIXED_NOW = new Date('2026-03-01T09:30:00.000Z');

/** Ids that read well in failures: "id-1", "id-2", ... */
export function counterIds(prefix = 'id'): () => string {
  let next = 0;
  return () => `${prefix}-${++next}`;
}

/** A fresh portfolio from the default template with the given session dates. */
export function datedPortfolio(sessionDates: Partial<Record<number, string>> = {}): Portfolio {
  return newPortfolio({
    template: DEFAULT_PROGRAM,
    now: FIXED_NOW,
    newId: counterIds(),
    sessionDates,
  });
}
