import { describe, expect, it } from 'vitest';
import {
  paragraphPassage,
  passageIn,
} from '../../../renderer/features/reflections/selected-passage';
import { textDiff } from '../../../renderer/features/reflections/text-diff';

describe('a selected passage of a reflection', () => {
  const plain = 'The budget grew.\nThe budget shrank in spring, and the board asked why.';

  it('is the quote with up to 40 characters of plain text either side', () => {
    expect(passageIn(plain, 'shrank in spring', 30)).toEqual({
      quote: 'shrank in spring',
      prefix: 'The budget grew.\nThe budget ',
      suffix: ', and the board asked why.',
    });
    const long = `${'a'.repeat(60)} quote ${'b'.repeat(60)}`;
    const anchor = passageIn(long, 'quote', 61)!;
    expect([anchor.prefix.length, anchor.suffix.length]).toEqual([40, 40]);
  });

  it('takes the occurrence nearest the selection when the words occur twice', () => {
    expect(passageIn(plain, 'The budget', 0)?.prefix).toBe('');
    expect(passageIn(plain, 'The budget', 16)?.prefix).toBe('The budget grew.\n');
  });

  it('spans blocks as the browser gives them, and is null for text not in the reflection', () => {
    expect(passageIn(plain, 'grew.\n\nThe budget', 11)?.quote).toBe('grew.\nThe budget');
    expect(passageIn(plain, 'not there', 0)).toBeNull();
    expect(passageIn(plain, '   ', 0)).toBeNull();
  });
});

describe('a chosen paragraph as a passage', () => {
  it('quotes the paragraph with the plain text either side', () => {
    const plain = 'The budget grew.\nThe board asked why.\nWe answered.';
    expect(paragraphPassage(plain, { text: 'The board asked why.', start: 17 })).toEqual({
      quote: 'The board asked why.',
      prefix: 'The budget grew.\n',
      suffix: '\nWe answered.',
    });
  });

  it('cuts a paragraph longer than a quote may be to 2,000 characters', () => {
    const text = 'word '.repeat(1_000).trim();
    const anchor = paragraphPassage(`Intro.\n${text}`, { text, start: 7 });
    expect(anchor.quote.length).toBeLessThanOrEqual(2_000);
    expect(text.startsWith(anchor.quote)).toBe(true);
    expect(anchor.prefix).toBe('Intro.\n');
    expect(anchor.suffix).toBe(text.slice(anchor.quote.length, anchor.quote.length + 40));
  });
});

describe('a reflection’s text diff', () => {
  it('counts the words added and removed', () => {
    const diff = textDiff('We bought ten carts.', 'We bought twelve carts and chargers.')!;
    expect([diff.added, diff.removed]).toEqual([3, 1]);
    expect(diff.parts.filter((p) => p.removed).map((p) => p.value.trim())).toEqual(['ten']);
  });

  it('gives up, rather than stalling the page, on texts that share nothing and are huge', () => {
    const words = (prefix: string) =>
      Array.from({ length: 20_000 }, (_, i) => `${prefix}${i}`).join(' ');
    expect(textDiff(words('a'), words('b'))).toBeNull();
  });
});
