import { useInvoke } from '../../../api/api-context';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { StatusMessage } from '../../../components/StatusMessage';
import { useSavedFile } from '../export/use-saved-file';
import { reviewLayerStrings } from '../strings';

const text = reviewLayerStrings.print;

/** The report as a PDF file, printed by the core (the same engine as the whole portfolio's). */
export function SaveReportPdfButton({
  portfolioId,
  reportId,
  suggestedName,
}: {
  portfolioId: string;
  reportId: string;
  suggestedName: string;
}) {
  const invoke = useInvoke();
  const saving = useSavedFile((destination) =>
    invoke(
      'review-report-pdf',
      destination === null ? { portfolioId, reportId } : { portfolioId, reportId, destination },
    ),
  );
  return (
    <>
      <button
        type="button"
        className="button"
        disabled={saving.busy}
        aria-busy={saving.busy}
        onClick={() => void saving.run(suggestedName, (saved) => text.savedPdf(saved.fileName))}
      >
        {text.savePdf}
      </button>
      <StatusMessage message={saving.message} />
      <ErrorAlert error={saving.error} />
    </>
  );
}
