import { useId } from 'react';
import { excerptOf } from '@shared/rich-text/plain-text';
import type { Paragraph } from '@shared/rich-text/paragraphs';
import { reviewLayerStrings } from './strings';

/** What a new comment is about: the whole reflection, one of its paragraphs, or a selection. */
export type PassageChoiceValue = 'whole' | 'selection' | number;

export interface PassageChoiceProps {
  paragraphs: Paragraph[];
  value: PassageChoiceValue;
  onChange: (value: PassageChoiceValue) => void;
}

const text = reviewLayerStrings.threads;
const OPTION_LENGTH = 80;

/**
 * The passage as a radio group, so the keyboard alone can anchor a comment: read-only text
 * cannot be selected without a mouse. Nothing is checked while a mouse selection is the passage.
 */
export function PassageChoice({ paragraphs, value, onChange }: PassageChoiceProps) {
  const name = useId();
  return (
    <fieldset className="review-passage-choice">
      <legend>{text.passageChoice}</legend>
      <label className="radio-option">
        <input
          type="radio"
          name={name}
          checked={value === 'whole'}
          onChange={() => onChange('whole')}
        />
        <span>{text.wholeReflection}</span>
      </label>
      {paragraphs.map((paragraph, index) => (
        <label key={paragraph.start} className="radio-option">
          <input
            type="radio"
            name={name}
            checked={value === index}
            onChange={() => onChange(index)}
          />
          <span>{text.paragraphOption(index + 1, excerptOf(paragraph.text, OPTION_LENGTH))}</span>
        </label>
      ))}
    </fieldset>
  );
}
