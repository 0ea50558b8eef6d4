import { describe, expect, it } from 'vitest';
import { conflictViewSchema, type Conflict } from '@shared/sync/conflict';
import { CONFLICT_VALUE_LENGTH, describeConflict } from '@shared/sync/describe-conflict';
import type { SyncedRecord } from '@shared/sync/record-kinds';
import { DEFAULT_PROGRAM } from '@shared/program/default-program';
import {
  NOW,
  T1,
  artifact,
  assignment,
  doc,
  logEntry,
  profile,
  reflection,
  session,
} from './sync-fixture';

function conflictAbout<T extends SyncedRecord>(kind: Conflict['recordKind'], theirs: T): Conflict {
  return {
    id: 'conflict-1',
    recordKind: kind,
    recordId: theirs.id,
    detectedAt: NOW.toISOString(),
    theirs,
  } as Conflict;
}

describe('describeConflict', () => {
  it('names the record in words and shows each side’s differing fields only', () => {
    const mine = assignment('a-1', { '.': 2 }, { grade: 'B', status: 'returned' });
    const theirs = assignment(
      'a-1',
      { b: 1 },
      { grade: 'A', status: 'passed', updatedAt: T1, revision: 9 },
    );
    const view = describeConflict(conflictAbout('assignment', theirs), mine);
    expect(conflictViewSchema.parse(view)).toEqual({
      id: 'conflict-1',
      recordKind: 'assignment',
      recordId: 'a-1',
      label: 'Assignment “Budget memo”',
      detectedAt: NOW.toISOString(),
      mine: {
        updatedAt: mine.updatedAt,
        deleted: false,
        fields: [
          { label: 'Status', value: 'Returned with grade' },
          { label: 'Grade', value: 'B' },
        ],
      },
      theirs: {
        updatedAt: T1,
        deleted: false,
        fields: [
          { label: 'Status', value: 'Passed' },
          { label: 'Grade', value: 'A' },
        ],
      },
      canKeepBoth: true,
    });
  });

  it.each([
    ['profile', profile({ '.': 1 }), 'Profile', false],
    ['session', session('s-1', { '.': 1 }), 'Session 3', false],
    ['logEntry', logEntry('l-1', { '.': 1 }), 'Mentor log entry of 2026-10-02', true],
    ['artifact', artifact('f-1', { '.': 1 }), 'Artifact “Network plan”', true],
    ['reflection', reflection('r-1', { '.': 1 }), 'Reflection “What I learned”', true],
  ] as const)('labels a conflict about a %s in words', (kind, record, label, canKeepBoth) => {
    const view = describeConflict(conflictAbout(kind, record), record);
    expect([view.label, view.canKeepBoth]).toEqual([label, canKeepBoth]);
  });

  it('shows a reflection’s text as plain words, shortened', () => {
    const long = 'budget '.repeat(100).trim();
    const view = describeConflict(
      conflictAbout('reflection', reflection('r-1', { b: 1 }, { content: doc(long) })),
      reflection('r-1', { '.': 2 }, { content: doc('Short **and** plain') }),
    );
    expect(view.mine.fields).toEqual([{ label: 'Text', value: 'Short **and** plain' }]);
    const [theirText] = view.theirs.fields;
    expect(theirText?.value.endsWith('…')).toBe(true);
    expect(theirText?.value.length).toBeLessThanOrEqual(CONFLICT_VALUE_LENGTH);
    expect(theirText?.value).not.toMatch(/[{}"]/);
  });

  it('writes yes/no, joined lists, competency titles and session names', () => {
    const competency = DEFAULT_PROGRAM.frameworks[0]!.competencies[0]!;
    const view = describeConflict(
      conflictAbout(
        'artifact',
        artifact(
          'f-1',
          { b: 1 },
          {
            private: true,
            tags: ['network', 'budget'],
            competencyIds: [competency.id],
            sessionNumbers: [0, 3],
            assignmentIds: ['a-1', 'a-2'],
          },
        ),
      ),
      artifact('f-1', { '.': 2 }),
      DEFAULT_PROGRAM,
    );
    expect(view.theirs.fields).toEqual([
      { label: 'Tags', value: 'network, budget' },
      { label: 'Competencies', value: competency.title },
      { label: 'Sessions', value: 'Kickoff, Session 3' },
      { label: 'Assignments', value: '2 assignments linked' },
      { label: 'Private', value: 'yes' },
    ]);
    expect(view.mine.fields.map((f) => f.value)).toEqual(['None', 'None', 'None', 'None', 'no']);
  });

  it('shows a session’s feedback fields by name and a deletion as deleted', () => {
    const view = describeConflict(
      conflictAbout(
        'session',
        session(
          's-1',
          { b: 1 },
          {
            deletedAt: T1,
            feedback: { rating: 4, comments: 'Useful', updatedAt: T1 },
          },
        ),
      ),
      session('s-1', { '.': 2 }),
    );
    expect(view.theirs).toEqual({
      updatedAt: session('s-1', {}).updatedAt,
      deleted: true,
      fields: [
        { label: 'Feedback rating', value: '4' },
        { label: 'Feedback comments', value: 'Useful' },
      ],
    });
    expect(view.mine.deleted).toBe(false);
  });
});
