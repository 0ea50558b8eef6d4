import { ErrorAlert } from '../../../components/ErrorAlert';
import { StatusMessage } from '../../../components/StatusMessage';
import { reviewLayerStrings } from '../strings';
import { useReviewExport } from './use-review-export';

/** Sends the review back: the candidate opens the file to see grades, comments and reports. */
export function ExportReviewButton({
  portfolioId,
  candidateName,
}: {
  portfolioId: string;
  candidateName: string;
}) {
  const exporting = useReviewExport(portfolioId, candidateName);
  const text = reviewLayerStrings.exportReview;
  return (
    <div className="export-review">
      <button
        type="button"
        className="button"
        disabled={exporting.busy}
        onClick={() => void exporting.run()}
      >
        {text.button(candidateName)}
      </button>
      <StatusMessage message={exporting.message} />
      <ErrorAlert error={exporting.error} />
    </div>
  );
}
