import Papa from 'papaparse';
import type { ExportedFile } from '@shared/contract/exported-file';
import { localIsoDate } from '@shared/domain/dates';
import { isLive } from '@shared/domain/record';
import { urgencyOf } from '@shared/progress/assignment-urgency';
import { evidenceCoverage } from '@shared/progress/evidence-coverage';
import { CSV_MIME_TYPE, FORMULA_START, UTF8_BOM } from '../exports/assignments-csv';
import { candidateSummary } from '../reviewed/candidate-summary';
import { reviewedStatuses } from './candidate-row';
import type { CohortMember } from './candidates-service';

export const COHORT_CSV_HEADER = [
  'Candidate',
  'District',
  'Cohort',
  'Sessions attended',
  'Assignments passed',
  'Assignments total',
  'Overdue',
  'Evidence coverage',
  'Latest final report',
  'Work-study hours',
  'Latest bundle',
];

/** "Program areas 5/9; CoSN 3/10": the candidate's evidence map, framework by framework. */
function coverageText({ data }: CohortMember): string {
  const coverage = evidenceCoverage(
    data.portfolio.program.frameworks,
    data.reflections,
    data.portfolio.artifacts,
  );
  return coverage.frameworks.map((f) => `${f.title} ${f.covered}/${f.total}`).join('; ');
}

function rowOf(member: CohortMember, now: Date): (string | number)[] {
  const { review, data, layer } = member;
  const summary = review.summary ?? candidateSummary(data, review.origin.exportedAt);
  const today = localIsoDate(now);
  const assignments = reviewedStatuses(summary, layer);
  const overdue = assignments.filter((a) => urgencyOf(a, today) === 'overdue');
  const finals = layer.reports.filter((r) => isLive(r) && r.state === 'final').map((r) => r.month);
  const hours = layer.workStudy.filter(isLive).reduce((sum, entry) => sum + entry.hours, 0);
  return [
    review.origin.name,
    review.origin.organisation,
    review.origin.cohortYear ?? '',
    summary.sessionsAttended,
    assignments.filter((a) => a.status === 'passed').length,
    assignments.length,
    overdue.length,
    coverageText(member),
    finals.sort().at(-1) ?? '',
    Math.round(hours * 100) / 100,
    review.origin.exportedAt.slice(0, 10),
  ];
}

/** The cohort as a spreadsheet: one row per candidate, quoted and guarded like every CSV export. */
export function cohortCsvExport(members: readonly CohortMember[], now: Date): ExportedFile {
  const csv = Papa.unparse([COHORT_CSV_HEADER, ...members.map((m) => rowOf(m, now))], {
    newline: '\r\n',
    escapeFormulae: FORMULA_START,
  });
  return {
    fileName: `cto-portfolio-cohort-${localIsoDate(now)}.csv`,
    mimeType: CSV_MIME_TYPE,
    content: `${UTF8_BOM}${csv}\r\n`,
  };
}
