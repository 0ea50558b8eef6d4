import { z } from 'zod';

/**
 * The forms a whole portfolio can be saved in. One list for the contract, the Exports page, the
 * command line's `--format` and the save dialog's file types, so a format is added in one place.
 */
export const EXPORT_FORMATS = ['bundle', 'web', 'leap2a', 'pdf'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const exportFormatSchema = z.enum(EXPORT_FORMATS);

export interface ExportFormatInfo {
  /** The file name's middle word: "Jordan Rivera <label> 2026-12-05<extension>". */
  label: string;
  extension: string;
  mimeType: string;
  /** The save dialog's name for the file type. */
  fileTypeName: string;
}

export const EXPORT_FORMAT_INFO: Readonly<Record<ExportFormat, ExportFormatInfo>> = {
  bundle: {
    label: 'portfolio',
    extension: '.ctoportfolio',
    mimeType: 'application/x-ctoportfolio',
    fileTypeName: 'CTO Mentor Portfolio bundle',
  },
  web: {
    label: 'web portfolio',
    extension: '.zip',
    mimeType: 'application/zip',
    fileTypeName: 'Zip archive',
  },
  leap2a: {
    label: 'Leap2A portfolio',
    extension: '.zip',
    mimeType: 'application/zip',
    fileTypeName: 'Zip archive',
  },
  pdf: {
    label: 'portfolio',
    extension: '.pdf',
    mimeType: 'application/pdf',
    fileTypeName: 'PDF document',
  },
};

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}
