import { z } from 'zod';

/** A file an export channel answers with, for the renderer to save (calendar, CSV, ...). */
export const exportedFileSchema = z.object({
  fileName: z.string(),
  mimeType: z.string(),
  content: z.string(),
});
export type ExportedFile = z.infer<typeof exportedFileSchema>;
