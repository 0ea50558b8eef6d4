import { LayerPageNotReady } from '../LayerPageNotReady';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { isLive } from '@shared/domain/record';
import { monthLabel, reportDueDate } from '@shared/review/report-month';
import { paths } from '../../../app/paths';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Page } from '../../../components/Page';
import { TextField } from '../../../components/TextField';
import { formatDate } from '../../../components/format-date';
import { useToday } from '../../../data/use-today';
import { reviewLayerStrings } from '../strings';
import { useReviewChange, useReviewLayer } from '../use-review-layer';
import '../review-layer.css';

const text = reviewLayerStrings.reports;

/** The reviewer's monthly progress reports of one candidate, newest month first. */
export function ReportsPage() {
  const portfolioId = useParams().portfolioId ?? '';
  const today = useToday();
  const navigate = useNavigate();
  const view = useReviewLayer(portfolioId);
  const create = useReviewChange('review-report-create', portfolioId);
  const [month, setMonth] = useState(today.slice(0, 7));
  if (!view.data) return <LayerPageNotReady view={view} title={text.title} />;
  const { layer, program, reviewer, candidate } = view.data;
  const reports = layer.reports.filter(isLive).sort((a, b) => b.month.localeCompare(a.month));
  const start = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      { portfolioId, month },
      { onSuccess: (report) => void navigate(paths.candidateReport(portfolioId, report.id)) },
    );
  };
  return (
    <Page title={`${text.title}: ${candidate.name}`}>
      <p className="lead">{text.intro(program.reportDueDay)}</p>
      {reviewer ? (
        <form className="form card" noValidate onSubmit={start} aria-label={text.start}>
          <TextField label={text.month} help="YYYY-MM" value={month} onChange={setMonth} />
          <ErrorAlert error={create.error} />
          <div className="form-actions">
            <button type="submit" className="button button-primary" disabled={create.isPending}>
              {text.start}
            </button>
          </div>
        </form>
      ) : null}
      {reports.length === 0 ? (
        <p>{text.none}</p>
      ) : (
        <ul className="card-list">
          {reports.map((report) => (
            <li key={report.id} className="card">
              <h2 className="card-title">
                <Link to={paths.candidateReport(portfolioId, report.id)}>
                  {monthLabel(report.month)}
                </Link>
              </h2>
              <p>
                {report.state === 'final' ? text.final : text.draft}
                {' · '}
                {text.due(formatDate(reportDueDate(report.month, program.reportDueDay)))}
              </p>
            </li>
          ))}
        </ul>
      )}
    </Page>
  );
}
