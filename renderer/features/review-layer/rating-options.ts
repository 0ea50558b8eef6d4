import { RATING_LABELS, RATING_LEVELS, type RatingLevel } from '@shared/review/rating-scale';
import type { SelectOption } from '../../components/SelectField';

/** A level as a radio value: '' is "not rated". */
export type LevelChoice = '' | `${RatingLevel}`;

/** "Not scored" first, then the four levels with their words: "3 · Proficient". */
export function levelOptions(noneLabel: string): SelectOption<LevelChoice>[] {
  return [
    { value: '', label: noneLabel },
    ...RATING_LEVELS.map((level) => ({
      value: `${level}` as const,
      label: `${level} · ${RATING_LABELS[level]}`,
    })),
  ];
}

export const choiceOf = (level: RatingLevel | null): LevelChoice =>
  level === null ? '' : `${level}`;

export const levelOf = (choice: LevelChoice): RatingLevel | null =>
  choice === '' ? null : (Number(choice) as RatingLevel);
