import { Link } from 'react-router';
import { monthLabel } from '@shared/review/report-month';
import { paths } from '../../../app/paths';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { LoadingState } from '../../../components/LoadingState';
import { usePageTitle } from '../../../components/use-page-title';
import { reviewLayerStrings } from '../strings';
import { ReportDocument } from './ReportDocument';
import { SaveReportPdfButton } from './SaveReportPdfButton';
import { dayAsDate, reportPdfFileName } from '@shared/exports/file-names';
import { useToday } from '../../../data/use-today';
import { useReportOfAddress } from './use-report';
import '../review-layer.css';
import './report.css';

const text = reviewLayerStrings;

/**
 * A report laid out for paper: the program's name, the candidate, the month, the facts, the
 * ratings table, the texts and a signature block. Printing hides the app around it (report.css),
 * so the browser's or the desktop's print dialog makes a clean PDF.
 */
export function ReportPrintPage() {
  const { portfolioId, reportId, view, report } = useReportOfAddress();
  const today = useToday();
  const title = report ? text.reports.reportTitle(monthLabel(report.month)) : text.reports.title;
  usePageTitle(view.data ? `${title}: ${view.data.candidate.name}` : title);
  if (view.isError) return <ErrorAlert error={view.error} onRetry={() => void view.refetch()} />;
  if (!view.data) return <LoadingState message={reviewLayerStrings.loading} />;
  if (!report) return <p role="alert">{text.reports.notFound}</p>;
  const { program, candidate } = view.data;
  return (
    <article className="report-print" aria-labelledby="report-print-title">
      <div className="report-print-actions">
        <Link to={paths.candidateReport(portfolioId, reportId)} className="button button-quiet">
          {text.print.back}
        </Link>
        <SaveReportPdfButton
          portfolioId={portfolioId}
          reportId={reportId}
          suggestedName={reportPdfFileName(candidate.name, report.month, dayAsDate(today))}
        />
        <button type="button" className="button button-primary" onClick={() => window.print()}>
          {text.print.button}
        </button>
      </div>
      <header className="report-print-header">
        <p className="report-program">{program.title}</p>
        <h1 id="report-print-title" tabIndex={-1}>
          {title}
        </h1>
      </header>
      <ReportDocument report={report} areas={program.areas} candidate={candidate} />
    </article>
  );
}
