// Importing a review file with 500 comments (the target: <= 500 ms), inspect + apply
// through the core's channels on a candidate's data folder, beside a baseline measured in the
// same run: reading the same review.json from disk and JSON.parse alone, with no checks.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { newRecordMeta } from '@shared/domain/record';
import { openCore } from '../../electron/core/app-core';
import { buildReviewData } from '../../electron/core/review-file/export/build-review-data';
import { writeReviewFile } from '../../electron/core/review-file/export/write-review-file';
import { reportSha256 } from '../../electron/core/review/report-sha256';
import type { ProgressReport, Thread } from '@shared/review/review-layer';
import { median, type Bench } from './report';

const COMMENTS = 500;
const RUNS = 5;
const REVIEWER = { reviewerId: 'bench-mentor', name: 'Morgan Reyes', role: 'mentor' as const };

function threads(at: Date): Thread[] {
  // 100 threads of 5 comments, each comment a paragraph of mentor prose.
  return Array.from({ length: COMMENTS / 5 }, (_, t) => ({
    ...newRecordMeta(`thread-${t}`, at),
    target: { kind: 'reflection' as const, id: `reflection-${t % 40}` },
    anchor: { quote: 'the district budget', prefix: 'we moved ', suffix: ' into' },
    comments: Array.from({ length: 5 }, (_, c) => ({
      id: `thread-${t}-c${c}`,
      authorRole: 'mentor' as const,
      authorName: REVIEWER.name,
      body: 'Say more about how the refresh cycle fits the budget and who decided it. '.repeat(6),
      createdAt: at.toISOString(),
    })),
    resolvedAt: null,
  }));
}

function report(at: Date): ProgressReport {
  const draft: ProgressReport = {
    ...newRecordMeta('report-1', at),
    month: '2026-10',
    facts: {
      from: null,
      to: '2026-10-31',
      sessionsAttended: 2,
      assignmentsSubmitted: 4,
      assignmentsPassed: 3,
      newReflections: 5,
      newArtifacts: 2,
      contacts: 6,
      workStudyHours: 12,
    },
    ratings: [],
    strengths: 'Clear writing.',
    concerns: '',
    nextSteps: 'Budget.',
    employmentConfirmed: true,
    signOff: { name: REVIEWER.name, date: '2026-11-03' },
    state: 'final',
    finalizedAt: at.toISOString(),
    sha256: null,
  };
  return { ...draft, sha256: reportSha256(draft) };
}

const bench: Bench = async ({ row, tempDir }) => {
  const core = await openCore({
    dataDir: join(tempDir, 'candidate'),
    host: 'browser',
    appVersion: '0.0.0-bench',
  });
  try {
    const portfolioId = (await core.handlers['portfolio-get']({})).portfolioId;
    const times: number[] = [];
    const baselines: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      // A new export each run (a later exportedAt), so every apply really writes.
      const exportedAt = new Date(Date.UTC(2026, 10, 3, 9, run));
      const data = buildReviewData({
        portfolioId,
        candidateName: 'Jordan Lee',
        reviewer: REVIEWER,
        exportedAt,
        layer: {
          evaluations: [],
          threads: threads(exportedAt),
          attendance: [],
          workStudy: [],
          reports: [report(exportedAt)],
        },
      });
      const file = join(tempDir, `review-${run}.ctoreview`);
      await writeReviewFile({ outPath: file, data, appVersion: '0.0.0-bench' });
      const rawJson = join(tempDir, `review-${run}.json`);
      await writeFile(rawJson, JSON.stringify(data, null, 2));

      const started = performance.now();
      const summary = await core.handlers['review-import-inspect']({
        source: { kind: 'path', path: file },
      });
      await core.handlers['review-import-apply']({ inspectionId: summary.inspectionId });
      times.push(performance.now() - started);

      const baseStarted = performance.now();
      JSON.parse(await readFile(rawJson, 'utf8'));
      baselines.push(performance.now() - baseStarted);
    }
    row({
      name: `review import, ${COMMENTS} comments (inspect + apply), median of ${RUNS}`,
      value: median(times),
      unit: 'ms',
      target: '<= 500 ms',
      baseline: { name: 'read review.json + JSON.parse, no checks', value: median(baselines) },
    });
  } finally {
    await core.close();
  }
};

export default bench;
