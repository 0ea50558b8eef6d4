import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProgressReport } from '@shared/review/review-layer';
import { ReviewLayerStore } from '../../../electron/core/review/review-layer-store';
import { snapshotFolder } from '../../support/folder-snapshot';
import { openTestCore, type TestCore } from '../../support/test-core';
import { candidate, edit, importForReview, writeCandidateBundle } from './candidate-fixture';

let t: TestCore;
beforeEach(async () => {
  t = await openTestCore('2026-11-10T12:00:00.000Z');
});
afterEach(() => t.close());

const NOV = '2026-11-02T10:00:00.000Z';
const DEC = '2026-12-03T10:00:00.000Z';

async function importCandidate(parts: ReturnType<typeof candidate>, exportedAt = NOV) {
  await importForReview(t.core, await writeCandidateBundle(t.dataDir, parts, exportedAt));
}

function meta(id: string, at: string) {
  return { id, createdAt: at, updatedAt: at, revision: 1, deletedAt: null };
}

describe('candidates-list', () => {
  it('is empty, with no notice, before any bundle is imported', async () => {
    expect(await t.call('candidates-list', {})).toEqual({ rows: [], notice: null });
  });

  it('gives one row per imported portfolio with its figures, sorted by name', async () => {
    const jordan = candidate('cand-jordan', 'Jordan Lee', 'Lakeview USD');
    const sessions = jordan.data.portfolio.sessions;
    sessions
      .filter((s) => s.number >= 1 && s.number <= 3)
      .forEach((s) => (s.attendance = 'attended'));
    const [first, second] = jordan.data.portfolio.assignments;
    first!.due = '2026-11-01';
    first!.status = 'in-progress';
    second!.status = 'passed';
    await importCandidate(jordan);
    await importCandidate(candidate('cand-ana', 'Ana Ruiz', 'Hill County'));

    const { rows, notice } = await t.call('candidates-list', {});
    expect(notice).toBeNull();
    expect(rows.map((r) => r.name)).toEqual(['Ana Ruiz', 'Jordan Lee']);
    const live =
      jordan.data.portfolio.sessions.length +
      jordan.data.portfolio.assignments.length +
      jordan.data.reflections.length +
      jordan.data.portfolio.artifacts.length;
    expect(rows[1]).toMatchObject({
      portfolioId: 'cand-jordan',
      organisation: 'Lakeview USD',
      cohortYear: 2026,
      sessionsAttended: 3,
      assignmentsPassed: 1,
      assignmentsTotal: jordan.data.portfolio.assignments.length,
      overdue: 1,
      latestBundleAt: NOV,
      changesSinceLastLook: live,
      seenAt: null,
      nextReport: { month: '2026-11', due: '2026-12-05' },
      lastReportState: null,
      stale: false,
    });
    t.clock.set('2026-12-03T10:00:01.000Z');
    expect((await t.call('candidates-list', {})).rows[1]!.stale).toBe(true);
  });

  it('counts passed by the reviewer’s newest evaluation, and moves the report due past final ones', async () => {
    const jordan = candidate('cand-jordan', 'Jordan Lee');
    const [a, b] = jordan.data.portfolio.assignments;
    a!.status = 'passed';
    b!.status = 'submitted';
    await importCandidate(jordan);
    const layers = new ReviewLayerStore(t.dataDir, t.clock);
    const evaluation = (
      id: string,
      assignmentId: string,
      result: 'passed' | 'needs-revision',
      at: string,
    ) => ({
      ...meta(id, at),
      assignmentId,
      result,
      rubric: [],
      comment: '',
    });
    const report = (month: string, state: 'draft' | 'final'): ProgressReport => ({
      ...meta(`report-${month}`, NOV),
      month,
      facts: {
        from: null,
        to: '2026-11-30',
        sessionsAttended: 0,
        assignmentsSubmitted: 0,
        assignmentsPassed: 0,
        newReflections: 0,
        newArtifacts: 0,
        contacts: 0,
        workStudyHours: 0,
      },
      ratings: [],
      strengths: '',
      concerns: '',
      nextSteps: '',
      employmentConfirmed: true,
      signOff: null,
      state,
      finalizedAt: null,
      sha256: null,
    });
    await layers.update('cand-jordan', (layer) => ({
      layer: {
        ...layer,
        evaluations: [
          evaluation('e1', a!.id, 'passed', '2026-11-03T10:00:00.000Z'),
          evaluation('e2', a!.id, 'needs-revision', '2026-11-04T10:00:00.000Z'),
          evaluation('e3', b!.id, 'passed', '2026-11-04T10:00:00.000Z'),
        ],
        reports: [report('2026-11', 'final'), report('2026-12', 'draft')],
      },
      result: null,
    }));
    const [row] = (await t.call('candidates-list', {})).rows;
    expect(row).toMatchObject({
      assignmentsPassed: 1,
      nextReport: { month: '2026-12', due: '2027-01-05' },
      lastReportState: 'draft',
    });
  });

  it('says in one sentence that a damaged copy is left out, and lists the others', async () => {
    await importCandidate(candidate('cand-ana', 'Ana Ruiz'));
    await importCandidate(candidate('cand-jordan', 'Jordan Lee'));
    const { writeFile } = await import('node:fs/promises');
    await writeFile(join(t.dataDir, 'reviewed', 'cand-jordan', 'review.json'), '{');
    const { rows, notice } = await t.call('candidates-list', {});
    expect(rows.map((r) => r.portfolioId)).toEqual(['cand-ana']);
    expect(notice).toMatch(/^One reviewed portfolio is damaged[^\n]*\.$/);
  });
});

describe('changes since the last look', () => {
  it('counts everything as new before a mark, nothing after it, then what a newer bundle changed', async () => {
    const jordan = candidate('cand-jordan', 'Jordan Lee');
    await importCandidate(jordan);
    const before = await t.call('candidate-changes', {
      portfolioId: 'cand-jordan',
      since: 'last-look',
    });
    expect(before.since).toBeNull();
    expect(new Set(before.changes.map((c) => c.what))).toEqual(new Set(['new']));

    const row = await t.call('candidate-mark-seen', { portfolioId: 'cand-jordan' });
    expect(row).toMatchObject({ changesSinceLastLook: 0, seenAt: '2026-11-10T12:00:00.000Z' });
    const copy = join(t.dataDir, 'reviewed', 'cand-jordan');
    expect(await readFile(join(copy, 'mentor', 'seen-portfolio.json'), 'utf8')).toBe(
      await readFile(join(copy, 'portfolio.json'), 'utf8'),
    );
    expect(JSON.parse(await readFile(join(copy, 'mentor', 'seen.json'), 'utf8'))).toMatchObject({
      seenAt: '2026-11-10T12:00:00.000Z',
      exportedAt: NOV,
    });

    edit(jordan.data.reflections[0]!, { title: 'Budget season' }, '2026-12-01T09:00:00.000Z');
    edit(
      jordan.data.portfolio.artifacts[0]!,
      { deletedAt: '2026-12-01T09:00:00.000Z' },
      '2026-12-01T09:00:00.000Z',
    );
    await importCandidate(jordan, DEC);
    expect((await t.call('candidates-list', {})).rows[0]!.changesSinceLastLook).toBe(2);
    const expected = [
      { kind: 'reflection', id: 'reflection-1', title: 'Budget season', what: 'changed' },
      { kind: 'artifact', id: 'artifact-1', title: expect.any(String), what: 'deleted' },
    ];
    const sinceLook = await t.call('candidate-changes', {
      portfolioId: 'cand-jordan',
      since: 'last-look',
    });
    expect(sinceLook.changes).toEqual(expect.arrayContaining(expected));
    expect(sinceLook.changes).toHaveLength(2);
    const sinceBundle = await t.call('candidate-changes', {
      portfolioId: 'cand-jordan',
      since: 'previous-bundle',
    });
    expect(sinceBundle.changes).toHaveLength(2);
  });

  it('refuses an unknown candidate in one sentence and changes nothing', async () => {
    await importCandidate(candidate('cand-ana', 'Ana Ruiz'));
    const before = await snapshotFolder(t.dataDir);
    for (const channel of ['candidate-mark-seen', 'candidate-changes'] as const) {
      const input =
        channel === 'candidate-changes'
          ? { portfolioId: 'nobody', since: 'last-look' }
          : { portfolioId: 'nobody' };
      const envelope = await t.send(channel, input);
      expect(envelope).toMatchObject({ ok: false, error: { code: 'not-found' } });
      if (!envelope.ok) expect(envelope.error.message).toMatch(/^[^\n]+\.$/);
    }
    expect(
      await t.send('candidate-changes', { portfolioId: '../x', since: 'last-look' }),
    ).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await snapshotFolder(t.dataDir)).toEqual(before);
  });
});

describe('the cohort', () => {
  it('exports one CSV row per candidate, guarding cells a spreadsheet would run', async () => {
    const jordan = candidate('cand-jordan', '=HYPERLINK("x")', 'Lakeview USD');
    jordan.data.portfolio.sessions[1]!.attendance = 'attended';
    await importCandidate(jordan);
    await importCandidate(candidate('cand-ana', 'Ana Ruiz', 'Hill County'));
    const file = await t.call('cohort-csv-export', {});
    expect(file).toMatchObject({
      mimeType: 'text/csv',
      fileName: 'cto-portfolio-cohort-2026-11-10.csv',
    });
    const rows = Papa.parse<string[]>(file.content.replace(/^\uFEFF/, '').trim()).data;
    expect(rows).toHaveLength(3);
    expect(rows[0]).toContain('Evidence coverage');
    const jordanRow = rows.find((r) => r[0]!.includes('HYPERLINK'))!;
    expect(jordanRow[0]).toBe('\'=HYPERLINK("x")');
    expect(jordanRow.slice(1, 4)).toEqual(['Lakeview USD', '2026', '1']);
    expect(jordanRow.at(-1)).toBe('2026-11-02');
  });

  it('summarises the program feedback per session across the candidates', async () => {
    const ana = candidate('cand-ana', 'Ana Ruiz');
    const jordan = candidate('cand-jordan', 'Jordan Lee');
    ana.data.portfolio.sessions[1]!.feedback = {
      rating: 4,
      comments: 'Useful budget examples.',
      updatedAt: NOV,
    };
    jordan.data.portfolio.sessions[1]!.feedback = { rating: 5, comments: '', updatedAt: NOV };
    await importCandidate(ana);
    await importCandidate(jordan);
    const { sessions, candidates } = await t.call('cohort-feedback-summary', {});
    expect(candidates).toBe(2);
    const one = sessions.find((s) => s.number === ana.data.portfolio.sessions[1]!.number)!;
    expect(one).toMatchObject({
      ratingCount: 2,
      averageRating: 4.5,
      comments: [{ candidate: 'Ana Ruiz', text: 'Useful budget examples.' }],
    });
    expect(sessions.find((s) => s.number === 2)).toMatchObject({
      ratingCount: 0,
      averageRating: null,
    });
  });
});

describe('reading never writes', () => {
  it('leaves the data folder as it was after listing, changes, CSV and feedback', async () => {
    await importCandidate(candidate('cand-ana', 'Ana Ruiz'));
    const before = await snapshotFolder(t.dataDir);
    await t.call('candidates-list', {});
    await t.call('candidate-changes', { portfolioId: 'cand-ana', since: 'previous-bundle' });
    await t.call('cohort-csv-export', {});
    await t.call('cohort-feedback-summary', {});
    expect(await snapshotFolder(t.dataDir)).toEqual(before);
    await expect(stat(join(t.dataDir, 'reviewed', 'cand-ana', 'mentor'))).rejects.toThrow();
  });
});
