import type { SavedFile } from '@shared/contract/review-layer-channels';
import { competencyTitles } from '@shared/review/review-labels';
import { reportPdfFileName } from '@shared/exports/file-names';
import { UserError, userErrorFromFs } from '../errors';
import type { Clock } from '../platform';
import type { IdentityStore } from '../review/identity-store';
import type { ReviewLayerStore } from '../review/review-layer-store';
import type { CandidateCopies } from '../reviewed/candidate-copies';
import { readCandidateCopy } from '../review/layer/candidate-copy';
import { writeFileAtomic } from '../store/atomic-write';
import type { PdfPrinter } from './pdf-printer';
import { reportPrintHtml } from './report-print-html';

export interface ReportPdfsDeps {
  copies: CandidateCopies;
  layers: ReviewLayerStore;
  identity: IdentityStore;
  pdfPrinter: PdfPrinter;
  appVersion: string;
  clock: Clock;
}

/** The reviewer's monthly progress reports as PDFs, printed like the whole portfolio's. */
export class ReportPdfs {
  constructor(private readonly deps: ReportPdfsDeps) {}

  /** The PDF's bytes and its suggested name. */
  async print(portfolioId: string, reportId: string): Promise<{ fileName: string; pdf: Buffer }> {
    const { copies, layers, identity, pdfPrinter, appVersion, clock } = this.deps;
    // The core's cache of parsed copies, which the reviewer's screens have usually filled.
    const { portfolio } = await readCandidateCopy(copies, portfolioId);
    const report = (await layers.read(portfolioId)).reports.find(
      (r) => r.id === reportId && r.deletedAt === null,
    );
    if (!report) {
      throw new UserError(
        'not-found',
        'That progress report is not there any more; choose another from the list.',
      );
    }
    const html = reportPrintHtml({
      programTitle: portfolio.program.title,
      candidate: { name: portfolio.profile.name, organisation: portfolio.profile.organisation },
      reviewer: await identity.reviewer().catch(() => null),
      report,
      areas: competencyTitles(portfolio.program),
      appVersion,
    });
    const fileName = reportPdfFileName(portfolio.profile.name, report.month, clock.now());
    return { fileName, pdf: await pdfPrinter.print(html) };
  }

  /** Electron: written to the save dialog's path; browser host: the bytes, to download. */
  async save(
    portfolioId: string,
    reportId: string,
    destination: string | null,
  ): Promise<SavedFile> {
    const { fileName, pdf } = await this.print(portfolioId, reportId);
    const answer = { fileName, mimeType: 'application/pdf', bytes: pdf.byteLength };
    if (destination === null) return { ...answer, savedTo: null, base64: pdf.toString('base64') };
    try {
      await writeFileAtomic(destination, pdf);
    } catch (error) {
      throw userErrorFromFs(error, 'write the PDF', destination) ?? error;
    }
    return { ...answer, savedTo: destination, base64: null };
  }
}
