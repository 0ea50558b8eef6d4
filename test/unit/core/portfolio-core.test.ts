import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../../support/test-core';

let t: TestCore;
beforeEach(async () => {
  t = await openTestCore();
});
afterEach(async () => {
  await t.close();
});

describe('first run', () => {
  it('creates the portfolio from the built-in program and writes it to disk', async () => {
    const disk = await t.readDisk();
    expect(disk.sessions.map((s) => s.number)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(disk.sessions[3]?.title).toBe('Fiscal Management');
    for (let n = 1; n <= 8; n++) {
      const kinds = disk.assignments.filter((a) => a.session === n).map((a) => a.kind);
      expect(kinds).toContain('prerequisite');
      expect(kinds).toContain('session');
    }
    const kinds = new Set(disk.assignments.map((a) => a.kind));
    expect([...kinds].sort()).toEqual(
      [
        'class-presentation',
        'final-presentation',
        'portfolio-milestone',
        'prerequisite',
        'program-feedback',
        'session',
      ].sort(),
    );
    expect(disk.program.frameworks.map((f) => f.id)).toEqual([
      'cite-candidate-areas',
      'cosn-essential-skills',
    ]);
    expect(disk.profile.welcomeCompletedAt).toBeNull();
  });

  it('keeps the same portfolio id when the folder is opened again', async () => {
    const first = await t.readDisk();
    const info = await t.call('app-info', {});
    expect(info.workspace).toBe('own');
    expect(info.notice).toBeNull();
    expect((await t.call('portfolio-get', {})).portfolioId).toBe(first.portfolioId);
  });
});

describe('welcome', () => {
  it('saves the profile and session dates, and template due dates follow the sessions', async () => {
    await t.call('welcome-complete', {
      profile: {
        name: 'Ana Ortiz',
        organisation: 'Fresno USD',
        mentorName: 'Sam Lee',
        cohortYear: 2026,
      },
      sessionDates: [{ number: 3, date: '2026-11-14' }],
    });
    const disk = await t.readDisk();
    expect(disk.profile.name).toBe('Ana Ortiz');
    expect(disk.profile.welcomeCompletedAt).not.toBeNull();
    expect(disk.sessions.find((s) => s.number === 3)?.date).toBe('2026-11-14');
    const dues = Object.fromEntries(
      disk.assignments.filter((a) => a.session === 3).map((a) => [a.kind, a.due]),
    );
    expect(dues).toEqual({ prerequisite: '2026-11-11', session: '2026-11-28' });
  });

  it('can be skipped, and is then not shown again', async () => {
    const profile = await t.call('welcome-skip', {});
    expect(profile.welcomeCompletedAt).toBe('2026-09-01T09:00:00.000Z');
    expect((await t.readDisk()).profile.name).toBe('');
  });
});

describe('sessions', () => {
  it('records attendance and notes with a new revision, and moves derived due dates with the date', async () => {
    const { sessions, assignments } = await t.readDisk();
    const session3 = sessions.find((s) => s.number === 3)!;
    const prerequisite = assignments.find((a) => a.session === 3 && a.kind === 'prerequisite')!;
    await t.call('assignment-update', { id: prerequisite.id, due: '2026-10-01' });

    t.clock.set('2026-09-02T10:00:00.000Z');
    const updated = await t.call('session-update', {
      id: session3.id,
      attendance: 'attended',
      notes: 'Budget cycle',
      date: '2026-11-14',
    });
    expect(updated.revision).toBe(session3.revision + 1);
    expect(updated.updatedAt).toBe('2026-09-02T10:00:00.000Z');

    const disk = await t.readDisk();
    const onDisk = disk.sessions.find((s) => s.id === session3.id)!;
    expect(onDisk.attendance).toBe('attended');
    expect(onDisk.notes).toBe('Budget cycle');
    const session3Dues = disk.assignments
      .filter((a) => a.session === 3)
      .map((a) => [a.kind, a.due]);
    // The prerequisite's date was set by hand, so it stays; the session assignment follows.
    expect(Object.fromEntries(session3Dues)).toEqual({
      prerequisite: '2026-10-01',
      session: '2026-11-28',
    });
  });

  it('stores program feedback with a rating', async () => {
    const session1 = (await t.readDisk()).sessions.find((s) => s.number === 1)!;
    await t.call('session-feedback-set', {
      id: session1.id,
      rating: 4,
      comments: 'Great case studies.',
    });
    const feedback = (await t.readDisk()).sessions.find((s) => s.number === 1)!.feedback;
    expect(feedback).toEqual({
      rating: 4,
      comments: 'Great case studies.',
      updatedAt: '2026-09-01T09:00:00.000Z',
    });
  });
});

describe('assignments', () => {
  const fields = {
    title: 'Read the district tech plan',
    kind: 'session' as const,
    session: 2,
    description: '',
    due: '2026-10-05',
    status: 'not-started' as const,
    grade: '',
    graderComment: '',
  };

  it('creates, moves through the workflow, deletes by tombstone and restores', async () => {
    const created = await t.call('assignment-create', fields);
    await t.call('assignment-update', { id: created.id, status: 'submitted' });
    expect((await t.readDisk()).assignments.find((a) => a.id === created.id)?.status).toBe(
      'submitted',
    );

    await t.call('assignment-delete', { id: created.id });
    const tombstone = (await t.readDisk()).assignments.find((a) => a.id === created.id);
    expect(tombstone?.deletedAt).toBe('2026-09-01T09:00:00.000Z');
    expect(tombstone?.title).toBe(fields.title);

    const restored = await t.call('assignment-restore', { id: created.id });
    expect(restored.deletedAt).toBeNull();
    expect(restored.status).toBe('submitted');
    expect(restored.revision).toBe(4);
  });

  it('refuses to edit a deleted assignment with a sentence, and changes nothing', async () => {
    const created = await t.call('assignment-create', fields);
    await t.call('assignment-delete', { id: created.id });
    const before = await t.readDiskBytes();
    const answer = await t.send('assignment-update', { id: created.id, status: 'passed' });
    expect(answer).toEqual({
      ok: false,
      error: {
        code: 'not-found',
        message:
          'That assignment no longer exists; it may have been deleted elsewhere. Reload and try again.',
      },
    });
    expect(await t.readDiskBytes()).toEqual(before);
  });
});

describe('mentor log', () => {
  it('adds, edits, deletes and restores entries', async () => {
    const entry = await t.call('log-create', {
      date: '2026-09-01',
      channel: 'call',
      summary: 'Talked budget',
      followUps: 'Send plan',
    });
    await t.call('log-update', { id: entry.id, summary: 'Talked budget and staffing' });
    await t.call('log-delete', { id: entry.id });
    expect((await t.readDisk()).logEntries[0]?.deletedAt).not.toBeNull();
    await t.call('log-restore', { id: entry.id });
    const onDisk = (await t.readDisk()).logEntries[0];
    expect(onDisk).toMatchObject({
      summary: 'Talked budget and staffing',
      deletedAt: null,
      revision: 4,
    });
  });
});

describe('bad input', () => {
  const hostile: Array<[string, unknown, unknown]> = [
    ['an unknown channel', 'fs-delete-everything', {}],
    ['a channel that is not a string', 42, {}],
    ['a prototype key as channel', '__proto__', {}],
    [
      'a date that is not a date',
      'log-create',
      { date: '2026-13-45', channel: 'call', summary: 'x', followUps: '' },
    ],
    ['an unknown field', 'profile-update', { name: 'A', isAdmin: true }],
    [
      'a title over the limit',
      'assignment-create',
      {
        title: 'x'.repeat(201),
        kind: 'session',
        session: 1,
        description: '',
        due: null,
        status: 'not-started',
        grade: '',
        graderComment: '',
      },
    ],
    ['an attendance outside the list', 'session-update', { id: 'id-2', attendance: 'maybe' }],
    ['a rating of 9', 'session-feedback-set', { id: 'id-2', rating: 9, comments: '' }],
    ['no input at all for a channel that needs one', 'assignment-delete', undefined],
    ['an array instead of an object', 'log-create', ['2026-01-01']],
  ];

  it.each(hostile)(
    'answers %s with one sentence and leaves the file byte-identical',
    async (_what, channel, input) => {
      const before = await t.readDiskBytes();
      const answer = await t.send(channel, input);
      expect(answer.ok).toBe(false);
      if (answer.ok) return;
      expect(['invalid-input', 'unknown-channel']).toContain(answer.error.code);
      expect(answer.error.message).toMatch(/^[A-Z].*\.$/);
      expect(answer.error.message).not.toMatch(/\n|at .*\.ts/);
      expect(await t.readDiskBytes()).toEqual(before);
    },
  );

  it('says which field was wrong', async () => {
    const answer = await t.send('log-create', {
      date: 'soon',
      channel: 'call',
      summary: 'x',
      followUps: '',
    });
    expect(answer).toMatchObject({
      ok: false,
      error: { message: 'The request is not valid (date): Use a date in the form YYYY-MM-DD.' },
    });
  });
});

describe('sample portfolio', () => {
  it('opens the sample beside the own portfolio and returns to it untouched', async () => {
    const own = await t.readDiskBytes();
    const info = await t.call('sample-open', {});
    expect(info.workspace).toBe('sample');
    const sample = await t.call('portfolio-get', {});
    expect(sample.profile.name).not.toBe('');
    await t.call('log-create', {
      date: '2026-09-01',
      channel: 'visit',
      summary: 'Sample edit',
      followUps: '',
    });
    const back = await t.call('sample-close', {});
    expect(back.workspace).toBe('own');
    expect(await t.readDiskBytes()).toEqual(own);
  });
});
