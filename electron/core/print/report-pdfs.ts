import type { SavedFile } from '@shared/contract/review-layer-channels';
import { competencyTitles } from '@shared/review/review-labels';
import { bundleFileName } from '../bundle/export/bundle-file-name';
import { UserError, userErrorFromFs } from '../errors';
import type { IdentityStore } from '../review/identity-store';
import type { ReviewLayerStore } from '../review/review-layer-store';
import type { ReviewedLibrary } from '../reviewed/reviewed-library';
import { writeFileAtomic } from '../store/atomic-write';
import type { PdfPrinter } from './pdf-printer';
import { reportPrintHtml } from './report-print-html';

export interface ReportPdfsDeps {
  reviewed: ReviewedLibrary;
  layers: ReviewLayerStore;
  identity: IdentityStore;
  pdfPrinter: PdfPrinter;
  appVersion: string;
}

const PDF = { label: 'progress report', extension: '.pdf' };

/** The reviewer's monthly progress reports as PDFs, printed like the whole portfolio's. */
export class ReportPdfs {
  constructor(private readonly deps: ReportPdfsDeps) {}

  /** The PDF's bytes and its suggested name. */
  async print(portfolioId: string, reportId: string): Promise<{ fileName: string; pdf: Buffer }> {
    const { reviewed, layers, identity, pdfPrinter, appVersion } = this.deps;
    const copy = await reviewed.read(portfolioId);
    if (copy === null) {
      throw new UserError(
        'not-found',
        "That candidate's portfolio is not in My candidates any more: import their bundle again.",
      );
    }
    const report = (await layers.read(portfolioId)).reports.find(
      (r) => r.id === reportId && r.deletedAt === null,
    );
    if (!report) {
      throw new UserError(
        'not-found',
        'That progress report is not there any more; choose another from the list.',
      );
    }
    const { portfolio } = copy.data;
    const html = reportPrintHtml({
      programTitle: portfolio.program.title,
      candidate: { name: portfolio.profile.name, organisation: portfolio.profile.organisation },
      reviewer: await identity.reviewer().catch(() => null),
      report,
      areas: competencyTitles(portfolio.program),
      appVersion,
    });
    const name = `${portfolio.profile.name} ${report.month}`.trim();
    return { fileName: bundleFileName(name, new Date(), PDF), pdf: await pdfPrinter.print(html) };
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
