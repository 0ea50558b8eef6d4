import type { Competency } from '@shared/program/template-schema';
import type { AreaRating } from '@shared/review/review-layer';
import { RadioGroupField } from '../../../components/RadioGroupField';
import { TextAreaField } from '../../../components/TextAreaField';
import { choiceOf, levelOf, levelOptions } from '../rating-options';
import { reviewLayerStrings } from '../strings';

export interface AreaRatingFieldProps {
  area: Competency;
  rating: AreaRating;
  onChange: (rating: AreaRating) => void;
}

const text = reviewLayerStrings.reports;
const OPTIONS = levelOptions(text.notRated);

/** One candidate area: its rating on the 4-level scale and a note. */
export function AreaRatingField({ area, rating, onChange }: AreaRatingFieldProps) {
  return (
    <div className="review-area">
      <RadioGroupField
        label={area.title}
        value={choiceOf(rating.level)}
        options={OPTIONS}
        onChange={(choice) => onChange({ ...rating, level: levelOf(choice) })}
      />
      <TextAreaField
        label={text.note(area.title)}
        value={rating.note}
        rows={2}
        onChange={(note) => onChange({ ...rating, note })}
      />
    </div>
  );
}
