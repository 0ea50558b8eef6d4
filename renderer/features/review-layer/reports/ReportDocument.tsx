import type { Competency } from '@shared/program/template-schema';
import { monthLabel } from '@shared/review/report-month';
import type { ProgressReport } from '@shared/review/review-layer';
import { formatDate } from '../../../components/format-date';
import { reviewLayerStrings } from '../strings';
import { RatingsTable } from './RatingsTable';
import { ReportFactsList } from './ReportFactsList';

export interface ReportDocumentProps {
  report: ProgressReport;
  areas: readonly Competency[];
  candidate: { name: string; organisation: string };
}

const text = reviewLayerStrings;

/** A report as read (a final one, and the print view): every section, nothing to edit. */
export function ReportDocument({ report, areas, candidate }: ReportDocumentProps) {
  const areaTitle = (id: string) => areas.find((a) => a.id === id)?.title ?? id;
  const none = text.print.none;
  return (
    <div className="report-document">
      <dl className="report-heading-facts">
        <div>
          <dt>{text.print.candidate}</dt>
          <dd>{candidate.name || none}</dd>
        </div>
        <div>
          <dt>{text.print.organisation}</dt>
          <dd>{candidate.organisation || none}</dd>
        </div>
        <div>
          <dt>{text.print.month}</dt>
          <dd>{monthLabel(report.month)}</dd>
        </div>
        <div>
          <dt>{text.print.status}</dt>
          <dd>{report.state === 'final' ? text.reports.final : text.reports.draft}</dd>
        </div>
      </dl>
      <section className="report-section" aria-labelledby="report-facts">
        <h2 id="report-facts">{text.reports.facts}</h2>
        <ReportFactsList facts={report.facts} />
      </section>
      <section className="report-section" aria-labelledby="report-ratings">
        <h2 id="report-ratings">{text.reports.ratings}</h2>
        <RatingsTable ratings={report.ratings} areaTitle={areaTitle} />
      </section>
      {(['strengths', 'concerns', 'nextSteps'] as const).map((key) => (
        <section key={key} className="report-section" aria-labelledby={`report-${key}`}>
          <h2 id={`report-${key}`}>{text.reports[key]}</h2>
          <p className="review-text-block">{report[key] || none}</p>
        </section>
      ))}
      <section className="report-section report-signature" aria-labelledby="report-signature">
        <h2 id="report-signature">{text.print.signature}</h2>
        <dl className="report-heading-facts">
          <div>
            <dt>{text.print.employment}</dt>
            <dd>{report.employmentConfirmed ? text.print.yes : text.print.no}</dd>
          </div>
          <div>
            <dt>{text.print.name}</dt>
            <dd>{report.signOff?.name ?? none}</dd>
          </div>
          <div>
            <dt>{text.print.date}</dt>
            <dd>{report.signOff ? formatDate(report.signOff.date) : none}</dd>
          </div>
          {report.sha256 ? (
            <div>
              <dt>{text.print.digest}</dt>
              <dd className="report-digest">{report.sha256}</dd>
            </div>
          ) : null}
        </dl>
      </section>
    </div>
  );
}
