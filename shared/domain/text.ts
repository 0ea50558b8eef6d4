import { z } from 'zod';

/** Field lengths users can see in messages; one place so forms and the core agree. */
export const LIMITS = {
  shortText: 200,
  longText: 20_000,
} as const;

export const shortTextSchema = z
  .string()
  .trim()
  .max(LIMITS.shortText, { error: `Keep this under ${LIMITS.shortText} characters.` });

export const requiredShortTextSchema = shortTextSchema.min(1, { error: 'This field is required.' });

export const longTextSchema = z
  .string()
  .max(LIMITS.longText, { error: `Keep this under ${LIMITS.longText} characters.` });
