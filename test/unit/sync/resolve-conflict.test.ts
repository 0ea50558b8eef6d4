import { describe, expect, it } from 'vitest';
import { assignmentSchema } from '@shared/domain/assignment';
import type { Portfolio } from '@shared/domain/portfolio';
import type { Reflection } from '@shared/domain/reflection';
import type { Conflict, ConflictChoice } from '@shared/sync/conflict';
import { mergePortfolios, openConflicts, type PortfolioSide } from '@shared/sync/merge-portfolio';
import { KEPT_COPY_SUFFIX, resolveConflict } from '@shared/sync/resolve-conflict';
import {
  NOW,
  artifact,
  assignment,
  doc,
  exchanged,
  idsFrom,
  logEntry,
  profile,
  reflection,
  session,
  sideWith,
} from './sync-fixture';

/** This computer ('.', known elsewhere as dev-a) after merging a version made on dev-b. */
function conflicted(local: PortfolioSide, incoming: PortfolioSide) {
  const merged = mergePortfolios({
    local,
    incoming,
    conflicts: [],
    now: NOW,
    newId: idsFrom('conflict'),
  });
  const [conflict] = merged.conflicts;
  if (!conflict) throw new Error('expected a conflict');
  return { portfolio: merged.portfolio, conflict };
}

function resolve(
  portfolio: Portfolio,
  conflict: Conflict,
  keep: ConflictChoice,
  localReflection: Reflection | null = null,
) {
  return resolveConflict({
    portfolio,
    localReflection,
    conflict,
    keep,
    now: NOW,
    newId: idsFrom('copy'),
  });
}

const mine = assignment('a-1', { '.': 2, 'dev-b': 1 }, { grade: 'B', revision: 3 });
const theirs = assignment('a-1', { '.': 1, 'dev-b': 2 }, { grade: 'A', revision: 7 });

describe('resolveConflict', () => {
  it('keeps mine with a version that supersedes both sides', () => {
    const { portfolio, conflict } = conflicted(
      sideWith({ assignments: [mine] }),
      sideWith({ assignments: [theirs] }),
    );
    const result = resolve(portfolio, conflict, 'mine');
    expect(result.portfolio.assignments).toEqual([
      { ...mine, revision: 4, versions: { '.': 3, 'dev-b': 2 } },
    ]);
    expect(result.reflections).toEqual([]);
    expect(openConflicts([conflict], result.portfolio, [])).toEqual([]);
  });

  it('keeps theirs with a version that supersedes both sides and our revision counting on', () => {
    const { portfolio, conflict } = conflicted(
      sideWith({ assignments: [mine] }),
      sideWith({ assignments: [theirs] }),
    );
    const result = resolve(portfolio, conflict, 'theirs');
    expect(result.portfolio.assignments).toEqual([
      { ...theirs, revision: 4, versions: { '.': 3, 'dev-b': 2 } },
    ]);
  });

  it.each(['mine', 'theirs'] as const)(
    'raises no conflict again when the other computer’s old version arrives after keeping %s',
    (keep) => {
      const incoming = sideWith({ assignments: [theirs] });
      const { portfolio, conflict } = conflicted(sideWith({ assignments: [mine] }), incoming);
      const resolved = resolve(portfolio, conflict, keep);
      const again = mergePortfolios({
        local: { portfolio: resolved.portfolio, reflections: [] },
        incoming,
        conflicts: [],
        now: NOW,
        newId: idsFrom('conflict'),
      });
      expect(again.conflicts).toEqual([]);
      expect(again.changed).toBe(false);
    },
  );

  it('hands the decision to the other computer at the next exchange, settling its conflict', () => {
    // dev-a and dev-b both edited the grade; each listed the other's version as a conflict.
    const base = { 'dev-a': 1 };
    const onA = sideWith({ assignments: [assignment('a-1', { '.': 2 }, { grade: 'B' })] });
    const onB = sideWith({
      assignments: [assignment('a-1', { ...base, '.': 1 }, { grade: 'A' })],
    });
    const atA = conflicted(onA, exchanged(onB, 'dev-b', 'dev-a'));
    const atB = conflicted(onB, exchanged(onA, 'dev-a', 'dev-b'));
    const resolvedOnA = resolve(atA.portfolio, atA.conflict, 'theirs');
    const bTakes = mergePortfolios({
      local: { portfolio: atB.portfolio, reflections: [] },
      incoming: exchanged({ portfolio: resolvedOnA.portfolio, reflections: [] }, 'dev-a', 'dev-b'),
      conflicts: [atB.conflict],
      now: NOW,
      newId: idsFrom('conflict'),
    });
    expect(bTakes.conflicts).toEqual([]);
    expect(bTakes.portfolio.assignments[0]?.grade).toBe('A');
    expect(bTakes.portfolio.assignments[0]?.versions).toEqual({ 'dev-a': 3, '.': 1 });
  });

  it('keeps both: mine in place, theirs as a new record named as the other computer’s', () => {
    const { portfolio, conflict } = conflicted(
      sideWith({ assignments: [mine] }),
      sideWith({ assignments: [theirs] }),
    );
    const result = resolve(portfolio, conflict, 'both');
    const [kept, copy] = result.portfolio.assignments;
    expect(kept).toEqual({ ...mine, revision: 4, versions: { '.': 3, 'dev-b': 2 } });
    expect(copy).toEqual({
      ...theirs,
      id: 'copy-1',
      title: `Budget memo${KEPT_COPY_SUFFIX}`,
      createdAt: NOW.toISOString(),
      updatedAt: NOW.toISOString(),
      revision: 1,
      versions: { '.': 1 },
    });
  });

  it('shortens a long title so that the copy’s name still fits', () => {
    const long = 'x'.repeat(200);
    const { portfolio, conflict } = conflicted(
      sideWith({ assignments: [{ ...mine, title: long }] }),
      sideWith({ assignments: [{ ...theirs, title: long }] }),
    );
    const copy = resolve(portfolio, conflict, 'both').portfolio.assignments[1];
    expect(copy?.title.endsWith(KEPT_COPY_SUFFIX)).toBe(true);
    expect(assignmentSchema.safeParse(copy).success).toBe(true);
  });

  it('keeps both of a mentor log entry, naming the copy in its summary', () => {
    const { portfolio, conflict } = conflicted(
      sideWith({ logEntries: [logEntry('l-1', { '.': 2 }, { summary: 'Mine' })] }),
      sideWith({ logEntries: [logEntry('l-1', { b: 1 }, { summary: 'Theirs' })] }),
    );
    const result = resolve(portfolio, conflict, 'both');
    expect(result.portfolio.logEntries.map((l) => l.summary)).toEqual([
      'Mine',
      `Theirs${KEPT_COPY_SUFFIX}`,
    ]);
  });

  it('keeps a deletion from the other computer as a deleted copy, never as a live one', () => {
    const { portfolio, conflict } = conflicted(
      sideWith({ artifacts: [artifact('f-1', { '.': 2 }, { title: 'Mine' })] }),
      sideWith({ artifacts: [artifact('f-1', { b: 1 }, { deletedAt: NOW.toISOString() })] }),
    );
    const [kept, copy] = resolve(portfolio, conflict, 'both').portfolio.artifacts;
    expect(kept?.deletedAt).toBeNull();
    expect(copy?.deletedAt).toBe(NOW.toISOString());
  });

  it('resolves a reflection through the reflections to write, leaving the portfolio alone', () => {
    const ours = reflection('r-1', { '.': 2 }, { content: doc('Mine') });
    const { portfolio, conflict } = conflicted(
      sideWith({}, [ours]),
      sideWith({}, [reflection('r-1', { b: 1 }, { content: doc('Theirs') })]),
    );
    const result = resolve(portfolio, conflict, 'both', ours);
    expect(result.portfolio).toBe(portfolio);
    expect(result.reflections.map((r) => [r.id, r.title, r.content])).toEqual([
      ['r-1', 'What I learned', doc('Mine')],
      ['copy-1', `What I learned${KEPT_COPY_SUFFIX}`, doc('Theirs')],
    ]);
  });

  it('takes the other computer’s profile when asked', () => {
    const { portfolio, conflict } = conflicted(
      sideWith({ profile: profile({ '.': 2 }, { name: 'Mine' }) }),
      sideWith({ profile: profile({ b: 1 }, { name: 'Theirs' }) }),
    );
    expect(resolve(portfolio, conflict, 'theirs').portfolio.profile.name).toBe('Theirs');
  });

  it.each([
    ['profile', { profile: profile({ '.': 2 }, { name: 'Mine' }) }, { profile: profile({ b: 1 }) }],
    [
      'session',
      { sessions: [session('s-1', { '.': 2 }, { notes: 'Mine' })] },
      { sessions: [session('s-1', { b: 1 })] },
    ],
  ] satisfies [string, Partial<Portfolio>, Partial<Portfolio>][])(
    'refuses to keep two copies of a %s',
    (_kind, ours, others) => {
      const { portfolio, conflict } = conflicted(sideWith(ours), sideWith(others));
      expect(() => resolve(portfolio, conflict, 'both')).toThrow(/keeping both is not possible/);
    },
  );
});
