import { describe, expect, it } from 'vitest';
import type { BundleData } from '@shared/bundle/bundle-schemas';
import { countChanges, portfolioChanges, recordStamps } from '@shared/review/portfolio-changes';
import { validBundleParts } from '../bundle/bundle-fixtures';

const LATER = '2026-12-01T10:00:00.000Z';

function base(): BundleData {
  return structuredClone(validBundleParts().data) as BundleData;
}

/** One edit of a record: a new revision, as the candidate's app makes it. */
function bump<T extends { revision: number; updatedAt: string }>(record: T, fields: Partial<T>) {
  Object.assign(record, fields, { revision: record.revision + 1, updatedAt: LATER });
}

type Edit = (data: BundleData) => void;

describe('portfolioChanges', () => {
  const cases: { name: string; edit: Edit; expected: object[] }[] = [
    { name: 'nothing changed', edit: () => undefined, expected: [] },
    {
      name: 'a reflection edited',
      edit: (d) => bump(d.reflections[0]!, { title: 'Edited' }),
      expected: [{ kind: 'reflection', id: 'reflection-1', title: 'Edited', what: 'changed' }],
    },
    {
      name: 'a reflection added',
      edit: (d) => d.reflections.push({ ...d.reflections[0]!, id: 'reflection-2', title: 'More' }),
      expected: [{ kind: 'reflection', id: 'reflection-2', title: 'More', what: 'new' }],
    },
    {
      name: 'an artifact deleted (tombstone)',
      edit: (d) => bump(d.portfolio.artifacts[0]!, { deletedAt: LATER }),
      expected: [{ kind: 'artifact', id: 'artifact-1', what: 'deleted' }],
    },
    {
      name: 'a reflection left out of the newer bundle',
      edit: (d) => d.reflections.splice(0, 1),
      expected: [
        { kind: 'reflection', id: 'reflection-1', title: 'What I learned', what: 'deleted' },
      ],
    },
    {
      name: 'a session and an assignment edited',
      edit: (d) => {
        bump(d.portfolio.sessions[1]!, { attendance: 'attended' });
        bump(d.portfolio.assignments[0]!, { status: 'submitted' });
      },
      expected: [
        { kind: 'session', what: 'changed', title: expect.stringMatching(/^Session 1/) },
        { kind: 'assignment', what: 'changed' },
      ],
    },
    {
      name: 'a mentor log entry added',
      edit: (d) =>
        d.portfolio.logEntries.push({
          ...d.reflections[0]!,
          id: 'log-1',
          date: '2026-11-30',
          channel: 'call',
          summary: 'Budget call',
          followUps: '',
        }),
      expected: [{ kind: 'log-entry', id: 'log-1', title: '2026-11-30: Budget call', what: 'new' }],
    },
  ];
  it.each(cases)('$name', ({ edit, expected }) => {
    const older = base();
    const newer = structuredClone(older);
    edit(newer);
    const changes = portfolioChanges(older, newer);
    expect(changes).toEqual(expected.map((e) => expect.objectContaining(e)));
    expect(countChanges(recordStamps(older), recordStamps(newer))).toBe(changes.length);
  });

  it('counts every live record as new when there is nothing to compare with', () => {
    const data = base();
    data.portfolio.artifacts[0]!.deletedAt = LATER;
    const live =
      data.portfolio.sessions.length +
      data.portfolio.assignments.length +
      data.reflections.length +
      data.portfolio.logEntries.length;
    const changes = portfolioChanges(null, data);
    expect(changes).toHaveLength(live);
    expect(new Set(changes.map((c) => c.what))).toEqual(new Set(['new']));
  });

  it('compares 2,000 reflections in well under 200 ms', () => {
    const older = base();
    const template = older.reflections[0]!;
    older.reflections = Array.from({ length: 2000 }, (_, i) => ({ ...template, id: `r-${i}` }));
    const newer = structuredClone(older);
    for (let i = 0; i < 2000; i += 10) bump(newer.reflections[i]!, { title: `Edited ${i}` });
    const started = performance.now();
    const changes = portfolioChanges(older, newer);
    expect(performance.now() - started).toBeLessThan(200);
    expect(changes).toHaveLength(200);
  });
});
