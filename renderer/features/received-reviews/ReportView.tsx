import type { ProgressReport } from '@shared/review/review-layer';
import { ratingText, REPORT_FACT_LABELS } from '@shared/review/review-labels';
import { formatDate } from '../../components/format-date';
import { receivedStrings as text } from './strings';

export interface ReportViewProps {
  report: ProgressReport;
  /** Competency titles (the nine candidate areas among them), by id. */
  areas: ReadonlyMap<string, string>;
}

const Texts = ({ rows }: { rows: ReadonlyArray<readonly [string, string]> }) => (
  <dl className="figure-list report-texts">
    {rows.map(([label, value]) => (
      <div key={label}>
        <dt>{label}</dt>
        <dd className="multiline">{value || '—'}</dd>
      </div>
    ))}
  </dl>
);

/** A final monthly progress report, read-only: facts, ratings with labels, texts, sign-off. */
export function ReportView({ report, areas }: ReportViewProps) {
  const { signOff } = report;
  return (
    <div className="received-feedback report-view">
      <h2>{text.factsHeading}</h2>
      <dl className="figure-list">
        {REPORT_FACT_LABELS.map(([key, label]) => (
          <div key={key}>
            <dt>{label}</dt>
            <dd>{report.facts[key]}</dd>
          </div>
        ))}
      </dl>
      {report.ratings.length > 0 ? (
        <>
          <h2>{text.ratingsHeading}</h2>
          <table>
            <caption>{text.ratingsCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{text.area}</th>
                <th scope="col">{text.rating}</th>
                <th scope="col">{text.note}</th>
              </tr>
            </thead>
            <tbody>
              {report.ratings.map((rating) => (
                <tr key={rating.areaId}>
                  <th scope="row">{areas.get(rating.areaId) ?? rating.areaId}</th>
                  <td>{ratingText(rating.level)}</td>
                  <td className="multiline">{rating.note}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
      <Texts
        rows={[
          [text.strengths, report.strengths],
          [text.concerns, report.concerns],
          [text.nextSteps, report.nextSteps],
          [text.employment, report.employmentConfirmed ? text.yes : text.no],
          [
            text.signOff,
            signOff ? text.signedBy(signOff.name, formatDate(signOff.date)) : text.notSigned,
          ],
        ]}
      />
      <p className="report-hash">{text.finalHash(report.sha256 ?? '')}</p>
    </div>
  );
}
