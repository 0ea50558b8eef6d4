import { addDays, localIsoDate } from '@shared/domain/dates';
import type { AssignmentFields } from '@shared/domain/assignment';
import type { TestCore } from './test-core';

/** Days from today, in the user's own time zone, as the dashboard counts them. */
export const fromToday = (days: number) => addDays(localIsoDate(new Date()), days);

/** Past the welcome, so the app opens on its pages. */
export async function skipWelcome(core: TestCore) {
  await core.call('welcome-skip', {});
}

export async function createAssignment(core: TestCore, fields: Partial<AssignmentFields>) {
  return core.call('assignment-create', {
    title: 'Untitled',
    kind: 'session',
    session: null,
    description: '',
    due: null,
    status: 'not-started',
    grade: '',
    graderComment: '',
    ...fields,
  });
}
