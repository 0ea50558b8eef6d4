import { sessionLabel } from '@shared/domain/session';
import type { SiteModel } from './site-model';
import { SITE_TEXT } from './site-text';

const listed = (names: readonly string[]) => (names.length > 0 ? names.join(', ') : SITE_TEXT.none);

/** Competency titles for ids (an id the program does not know shows as itself). */
export function competencyNames(model: SiteModel, ids: readonly string[]): string {
  return listed([...new Set(ids)].map((id) => model.competencyTitleById.get(id) ?? id));
}

/** "Kickoff, Session 3" for session numbers. */
export function sessionNames(numbers: readonly number[]): string {
  return listed([...new Set(numbers)].sort((a, b) => a - b).map(sessionLabel));
}

/** Titles of the live assignments among `ids`. */
export function assignmentTitles(model: SiteModel, ids: readonly string[]): string {
  return listed(
    [...new Set(ids)].flatMap((id) => {
      const assignment = model.assignmentById.get(id);
      return assignment ? [assignment.title] : [];
    }),
  );
}

/** A session number as people name it, or "No session". */
export function sessionName(number: number | null): string {
  return number === null ? SITE_TEXT.noSession : sessionLabel(number);
}
