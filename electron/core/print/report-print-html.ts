import type { ProgressReport } from '@shared/review/review-layer';
import { reportMonthLabel, reviewerLine } from '@shared/review/review-labels';
import type { Reviewer } from '@shared/review/roles';
import { detailsList } from '../site/details-list';
import { html } from '../site/html';
import { reportSection } from '../site/pages/reports-page';
import { printDocument } from './print-document';

export interface ReportPrintFacts {
  programTitle: string;
  candidate: { name: string; organisation: string };
  reviewer: Reviewer | null;
  report: ProgressReport;
  /** Each candidate area's id → its title, for the ratings table. */
  areas: ReadonlyMap<string, string>;
  appVersion: string;
}

/**
 * One monthly progress report as a document to print: the program, the candidate and the month
 * at the top, then the report as the web version shows it (facts, ratings, texts, sign-off).
 * A draft says so at the top, so a printed draft is never taken for the final report.
 */
export function reportPrintHtml(facts: ReportPrintFacts): string {
  const { report, candidate } = facts;
  const month = reportMonthLabel(report.month);
  const body = html`<header>
      <p class="program">${facts.programTitle}</p>
      <h1>Monthly progress report: ${month}</h1>
      ${detailsList([
        ['Candidate', candidate.name],
        ['District or organisation', candidate.organisation],
        ['Reviewer', facts.reviewer ? reviewerLine(facts.reviewer) : ''],
        ['State', report.state === 'final' ? 'Final' : 'Draft — not final'],
      ])}
    </header>
    ${reportSection(report, 'report', facts.areas)}`;
  return printDocument(`${month} progress report · ${candidate.name}`, body, facts.appVersion);
}
