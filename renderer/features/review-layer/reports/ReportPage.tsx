import { LayerPageNotReady } from '../LayerPageNotReady';
import { Link } from 'react-router';
import { monthLabel } from '@shared/review/report-month';
import { paths } from '../../../app/paths';
import { Page } from '../../../components/Page';
import { StatusMessage } from '../../../components/StatusMessage';
import { formatDateTime } from '../../../components/format-date';
import { reviewLayerStrings } from '../strings';
import { useReviewChange } from '../use-review-layer';
import { ReportDocument } from './ReportDocument';
import { ReportForm } from './ReportForm';
import type { ReportDraftEdits } from './report-form';
import { useReportOfAddress } from './use-report';
import '../review-layer.css';
import './report.css';

const text = reviewLayerStrings.reports;

/** One monthly report: a form while it is a draft, read-only once final. */
export function ReportPage() {
  const { portfolioId, reportId, view, report } = useReportOfAddress();
  const update = useReviewChange('review-report-update', portfolioId);
  const finalize = useReviewChange('review-report-finalize', portfolioId);
  if (!view.data) return <LayerPageNotReady view={view} title={text.title} />;
  const back = (
    <Link to={paths.candidateReports(portfolioId)} className="button button-quiet">
      {text.back}
    </Link>
  );
  if (!report) {
    return (
      <Page title={text.title}>
        <p role="alert">{text.notFound}</p>
        {back}
      </Page>
    );
  }
  const { program, candidate, reviewer } = view.data;
  const title = text.reportTitle(monthLabel(report.month));
  const finalise = async (edits: ReportDraftEdits) => {
    try {
      await update.mutateAsync({ portfolioId, id: report.id, ...edits });
      await finalize.mutateAsync({ portfolioId, id: report.id });
    } catch {
      // Shown by the form as one sentence (the mutation's error).
    }
  };
  const editable = report.state === 'draft' && reviewer !== null;
  return (
    <Page
      title={`${title}: ${candidate.name}`}
      actions={
        <>
          {back}
          <Link to={paths.candidateReportPrint(portfolioId, reportId)} className="button">
            {text.print}
          </Link>
        </>
      }
    >
      {editable ? (
        <ReportForm
          key={`${report.id}-${report.revision}`}
          report={report}
          areas={program.areas}
          pending={update.isPending || finalize.isPending}
          error={update.error ?? finalize.error}
          onSave={(edits) => update.mutate({ portfolioId, id: report.id, ...edits })}
          onFinalise={(edits) => void finalise(edits)}
        />
      ) : (
        <>
          {report.finalizedAt ? (
            <p className="report-final-note">
              {text.finalNote(formatDateTime(report.finalizedAt))}
            </p>
          ) : null}
          <ReportDocument report={report} areas={program.areas} candidate={candidate} />
        </>
      )}
      <StatusMessage
        message={update.isSuccess && !finalize.isSuccess && editable ? text.saved : ''}
      />
    </Page>
  );
}
