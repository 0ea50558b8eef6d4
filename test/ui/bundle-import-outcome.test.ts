import { describe, expect, it } from 'vitest';
import type { ImportResult } from '@shared/bundle/import-summary';
import { jobProgressText } from '../../renderer/components/job-progress-text';
import {
  importedMessage,
  pathAfterImport,
} from '../../renderer/features/bundle-import/import-outcome';

const result = (overrides: Partial<ImportResult>): ImportResult => ({
  kind: 'merge',
  changes: { added: 2, updated: 1, deleted: 0, conflicts: 0, unchanged: 5 },
  contents: { name: 'Jordan Rivera', assignments: 21, reflections: 8, artifacts: 5 },
  openConflicts: 0,
  reviewedPortfolioId: null,
  ...overrides,
});

describe('after an import', () => {
  it('goes to the conflicts a merge left, else to the dashboard', () => {
    expect(pathAfterImport(result({ openConflicts: 2 }))).toBe('/conflicts');
    expect(pathAfterImport(result({}))).toBe('/');
    expect(pathAfterImport(result({ kind: 'adopt' }))).toBe('/');
  });

  it("goes to the candidate's screens of the copy that was added or updated", () => {
    expect(pathAfterImport(result({ kind: 'review-new', reviewedPortfolioId: 'p 1' }))).toBe(
      '/candidates/p%201',
    );
    expect(pathAfterImport(result({ kind: 'review-update', reviewedPortfolioId: 'p2' }))).toBe(
      '/candidates/p2',
    );
  });

  it('says what changed and how many conflicts wait', () => {
    expect(importedMessage(result({ openConflicts: 1 }))).toBe(
      'Merged your portfolio from the other computer: 2 new items, 1 changed. 1 conflict to resolve: choose which version to keep.',
    );
    const nothing = { added: 0, updated: 0, deleted: 0, conflicts: 0, unchanged: 7 };
    expect(importedMessage(result({ changes: nothing }))).toBe(
      'Merged your portfolio from the other computer: nothing was new.',
    );
  });

  it("says whose portfolio came in and the work it holds, in the user's words", () => {
    expect(importedMessage(result({ kind: 'adopt' }))).toBe(
      'Imported Jordan Rivera’s portfolio: 21 assignments, 8 reflections, 5 artifacts.',
    );
    expect(importedMessage(result({ kind: 'review-new' }))).toBe(
      'Added Jordan Rivera’s portfolio to My candidates: 21 assignments, 8 reflections, 5 artifacts.',
    );
    const single = { name: '', assignments: 1, reflections: 0, artifacts: 1 };
    expect(importedMessage(result({ kind: 'review-update', contents: single }))).toBe(
      'Updated the portfolio in My candidates: 1 assignment, 0 reflections, 1 artifact.',
    );
  });
});

describe('job progress in words', () => {
  it('names bytes and files, or says it is starting before the size is known', () => {
    expect(
      jobProgressText({
        bytesDone: 120 * 1024 ** 2,
        bytesTotal: 1024 ** 3,
        itemsDone: 35,
        itemsTotal: 80,
      }),
    ).toBe('120 MB of 1 GB, 35 of 80 files');
    expect(jobProgressText({ bytesDone: 0, bytesTotal: 0, itemsDone: 0, itemsTotal: 0 })).toBe(
      'Starting…',
    );
  });
});
