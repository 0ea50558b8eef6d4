import { z } from 'zod';

/**
 * One 4-level scale for rubric criteria and for the monthly report's rating of each candidate
 * area, so a mentor learns one set of words.
 */
export const RATING_LEVELS = [1, 2, 3, 4] as const;
export const ratingLevelSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);
export type RatingLevel = z.infer<typeof ratingLevelSchema>;

export const RATING_LABELS: Record<RatingLevel, string> = {
  1: 'Beginning',
  2: 'Developing',
  3: 'Proficient',
  4: 'Exemplary',
};
