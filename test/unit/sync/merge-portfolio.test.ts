import { describe, expect, it } from 'vitest';
import type { Portfolio } from '@shared/domain/portfolio';
import type { Conflict, ConflictRecordKind } from '@shared/sync/conflict';
import { mergePortfolios, type PortfolioSide } from '@shared/sync/merge-portfolio';
import {
  NOW,
  T1,
  artifact,
  assignment,
  doc,
  idsFrom,
  logEntry,
  portfolioWith,
  profile,
  reflection,
  session,
  sideWith,
} from './sync-fixture';

const NO_CHANGES = { added: 0, updated: 0, deleted: 0, conflicts: 0, unchanged: 0 };

function merge(local: PortfolioSide, incoming: PortfolioSide, conflicts: Conflict[] = []) {
  return mergePortfolios({ local, incoming, conflicts, now: NOW, newId: idsFrom('conflict') });
}

describe('mergePortfolios', () => {
  it('adds records it did not have, after its own, in the other computer’s order', () => {
    const local = sideWith({ assignments: [assignment('a-1', { '.': 1 })] });
    const incoming = sideWith(
      {
        assignments: [
          assignment('a-3', { b: 1 }, { title: 'Third' }),
          assignment('a-1', { '.': 1 }),
          assignment('a-2', { b: 1 }, { title: 'Second' }),
        ],
      },
      [reflection('r-1', { b: 1 })],
    );
    const result = merge(local, incoming);
    expect(result.portfolio.assignments.map((a) => a.id)).toEqual(['a-1', 'a-3', 'a-2']);
    expect(result.reflections.map((r) => r.id)).toEqual(['r-1']);
    expect(result.changes).toEqual({ ...NO_CHANGES, added: 3, unchanged: 2 });
    expect(result.changed).toBe(true);
  });

  it('takes the other computer’s version when it contains ours and more', () => {
    const local = sideWith({ assignments: [{ ...assignment('a-1', { '.': 1 }), revision: 4 }] });
    const theirs = {
      ...assignment('a-1', { '.': 1, b: 2 }, { grade: 'A', updatedAt: T1 }),
      revision: 2,
    };
    const result = merge(local, sideWith({ assignments: [theirs] }));
    expect(result.portfolio.assignments).toEqual([{ ...theirs, revision: 5 }]);
    expect(result.changes).toEqual({ ...NO_CHANGES, updated: 1, unchanged: 1 });
    expect(result.changed).toBe(true);
  });

  it('counts a tombstone that arrives for a live record as a deletion, and a restore as an update', () => {
    const local = sideWith({
      artifacts: [
        artifact('f-live', { '.': 1 }),
        artifact('f-gone', { '.': 2 }, { deletedAt: T1 }),
      ],
    });
    const incoming = sideWith({
      artifacts: [
        { ...artifact('f-live', { '.': 1, b: 1 }), deletedAt: T1 },
        artifact('f-gone', { '.': 2, b: 1 }),
      ],
    });
    const result = merge(local, incoming);
    expect(result.portfolio.artifacts.map((a) => a.deletedAt)).toEqual([T1, null]);
    expect(result.changes).toEqual({ ...NO_CHANGES, deleted: 1, updated: 1, unchanged: 1 });
  });

  it('keeps its own version when it contains theirs and more, and writes nothing', () => {
    const local = sideWith({ sessions: [session('s-1', { '.': 2, b: 1 }, { notes: 'Mine' })] });
    const incoming = sideWith({ sessions: [session('s-1', { b: 1 }, { notes: 'Older' })] });
    const result = merge(local, incoming);
    expect(result.portfolio.sessions[0]?.notes).toBe('Mine');
    expect(result.changes).toEqual({ ...NO_CHANGES, unchanged: 2 });
    expect(result.changed).toBe(false);
    expect(result.reflections).toEqual([]);
  });

  it('changes nothing when both sides hold the same versions', () => {
    const local = sideWith({ logEntries: [logEntry('l-1', { '.': 1, b: 1 })] }, [
      reflection('r-1', { b: 3 }),
    ]);
    const result = merge(local, structuredClone(local));
    expect(result.changes).toEqual({ ...NO_CHANGES, unchanged: 3 });
    expect(result.changed).toBe(false);
    expect(result.portfolio).toEqual(local.portfolio);
  });

  it('joins the version vectors of the same change made on both sides, without a conflict', () => {
    const mine = reflection('r-1', { '.': 2 }, { title: 'Same words', revision: 2 });
    const theirs = reflection('r-1', { '.': 1, b: 1 }, { title: 'Same words' });
    const result = merge(sideWith({}, [mine]), sideWith({}, [theirs]));
    expect(result.reflections).toEqual([{ ...mine, versions: { '.': 2, b: 1 }, revision: 3 }]);
    expect(result.changes).toEqual({ ...NO_CHANGES, unchanged: 2 });
    expect(result.conflicts).toEqual([]);
    expect(result.changed).toBe(true);
  });

  it('keeps ours and lists theirs as a conflict when both sides changed the record', () => {
    const mine = assignment('a-1', { '.': 2, b: 1 }, { grade: 'B' });
    const theirs = assignment('a-1', { '.': 1, b: 2 }, { grade: 'A' });
    const result = merge(sideWith({ assignments: [mine] }), sideWith({ assignments: [theirs] }));
    expect(result.portfolio.assignments).toEqual([mine]);
    expect(result.conflicts).toEqual([
      {
        id: 'conflict-1',
        recordKind: 'assignment',
        recordId: 'a-1',
        detectedAt: NOW.toISOString(),
        theirs,
      },
    ]);
    expect(result.changes).toEqual({ ...NO_CHANGES, conflicts: 1, unchanged: 1 });
    expect(result.changed).toBe(true);
  });

  it('treats equal versions with different content (a file edited by hand) as a conflict', () => {
    const local = sideWith({ logEntries: [logEntry('l-1', { '.': 1 }, { summary: 'Mine' })] });
    const incoming = sideWith({ logEntries: [logEntry('l-1', { '.': 1 }, { summary: 'Edited' })] });
    expect(merge(local, incoming).conflicts.map((c) => c.recordKind)).toEqual(['logEntry']);
  });

  it.each([
    [
      'profile',
      { profile: profile({ '.': 2 }, { name: 'Mine' }) },
      { profile: profile({ '.': 1, b: 1 }, { name: 'Theirs' }) },
    ],
    [
      'session',
      { sessions: [session('s-1', { '.': 2 }, { notes: 'Mine' })] },
      { sessions: [session('s-1', { b: 1 }, { notes: 'Theirs' })] },
    ],
    [
      'artifact',
      { artifacts: [artifact('f-1', { '.': 2 }, { title: 'Mine' })] },
      { artifacts: [artifact('f-1', { b: 1 }, { title: 'Theirs' })] },
    ],
  ] satisfies [ConflictRecordKind, Partial<Portfolio>, Partial<Portfolio>][])(
    'names the kind of record in a conflict about a %s',
    (kind, mine, theirs) => {
      const result = merge(sideWith(mine), sideWith(theirs));
      expect(result.conflicts.map((c) => c.recordKind)).toEqual([kind]);
      expect(result.portfolio).toEqual(portfolioWith(mine));
    },
  );

  it('lists a conflict about a reflection and writes no reflection', () => {
    const mine = reflection('r-1', { '.': 2 }, { content: doc('Mine') });
    const theirs = reflection('r-1', { b: 1 }, { content: doc('Theirs') });
    const result = merge(sideWith({}, [mine]), sideWith({}, [theirs]));
    expect(result.conflicts.map((c) => [c.recordKind, c.recordId])).toEqual([
      ['reflection', 'r-1'],
    ]);
    expect(result.reflections).toEqual([]);
  });

  it('changes nothing when the same file is imported twice', () => {
    const local = sideWith(
      {
        assignments: [assignment('a-1', { '.': 2 }, { grade: 'B' })],
        logEntries: [logEntry('l-1', { '.': 1 })],
      },
      [reflection('r-1', { '.': 1 })],
    );
    const incoming = sideWith(
      {
        assignments: [assignment('a-1', { '.': 1, b: 1 }, { grade: 'A' })],
        logEntries: [
          logEntry('l-1', { '.': 1, b: 1 }, { summary: 'Theirs' }),
          logEntry('l-2', { b: 1 }),
        ],
      },
      [reflection('r-1', { '.': 1, b: 1 }, { title: 'Theirs' })],
    );
    const first = merge(local, incoming);
    const afterFirst = {
      portfolio: first.portfolio,
      reflections: [...first.reflections],
    };
    const second = merge(afterFirst, incoming, first.conflicts);
    expect(second.changed).toBe(false);
    expect(second.changes).toEqual({ ...NO_CHANGES, unchanged: 5 });
    expect(second.conflicts).toEqual(first.conflicts);
    expect(second.portfolio).toEqual(first.portfolio);
    expect(second.reflections).toEqual([]);
  });

  it('replaces a pending conflict by the other computer’s newer version of the same record', () => {
    const mine = assignment('a-1', { '.': 2 }, { grade: 'B' });
    const older = assignment('a-1', { '.': 1, b: 1 }, { grade: 'A' });
    const newer = assignment('a-1', { '.': 1, b: 2 }, { grade: 'A+' });
    const first = merge(sideWith({ assignments: [mine] }), sideWith({ assignments: [older] }));
    const second = merge(
      sideWith({ assignments: [mine] }),
      sideWith({ assignments: [newer] }),
      first.conflicts,
    );
    expect(second.conflicts.map((c) => c.theirs)).toEqual([newer]);
    expect(second.changes.conflicts).toBe(1);
  });

  it('raises nothing new for an older version than the one a pending conflict holds', () => {
    const mine = assignment('a-1', { '.': 2 }, { grade: 'B' });
    const older = assignment('a-1', { '.': 1, b: 1 }, { grade: 'A' });
    const newer = assignment('a-1', { '.': 1, b: 2 }, { grade: 'A+' });
    const first = merge(sideWith({ assignments: [mine] }), sideWith({ assignments: [newer] }));
    const second = merge(
      sideWith({ assignments: [mine] }),
      sideWith({ assignments: [older] }),
      first.conflicts,
    );
    expect(second.conflicts).toEqual(first.conflicts);
    expect(second.changed).toBe(false);
  });

  it('drops a pending conflict once the other computer sends a version that settles it', () => {
    const mine = assignment('a-1', { '.': 2 }, { grade: 'B' });
    const theirs = assignment('a-1', { '.': 1, b: 1 }, { grade: 'A' });
    const first = merge(sideWith({ assignments: [mine] }), sideWith({ assignments: [theirs] }));
    // The other computer resolved it (kept its grade) after seeing ours.
    const resolved = assignment('a-1', { '.': 2, b: 2 }, { grade: 'A' });
    const second = merge(
      sideWith({ assignments: [mine] }),
      sideWith({ assignments: [resolved] }),
      first.conflicts,
    );
    expect(second.conflicts).toEqual([]);
    expect(second.portfolio.assignments[0]?.grade).toBe('A');
    expect(second.changes).toEqual({ ...NO_CHANGES, updated: 1, unchanged: 1 });
  });

  it('keeps records only this computer has, and its own portfolio-level fields', () => {
    const local = sideWith({ logEntries: [logEntry('l-mine', { '.': 1 })] });
    const incoming = sideWith({});
    incoming.portfolio = {
      ...incoming.portfolio,
      createdAt: T1,
      program: { ...incoming.portfolio.program, title: 'Another program' },
    };
    const result = merge(local, incoming);
    expect(result.portfolio).toEqual(local.portfolio);
    expect(result.changed).toBe(false);
  });
});
