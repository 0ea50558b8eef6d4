import { describe, expect, it } from 'vitest';
import { paragraphsOf } from '@shared/rich-text/paragraphs';
import { richTextToPlainText } from '@shared/rich-text/plain-text';
import type { RichTextDoc, RichTextNode } from '@shared/rich-text/rich-text-schema';

const t = (text: string): RichTextNode => ({ type: 'text', text });
const p = (...content: RichTextNode[]): RichTextNode => ({ type: 'paragraph', content });
const doc = (...content: RichTextNode[]): RichTextDoc => ({ type: 'doc', content });
const list = (...items: string[]): RichTextNode => ({
  type: 'bulletList',
  content: items.map((item) => ({ type: 'listItem', content: [p(t(item))] })),
});

describe('paragraphsOf', () => {
  it.each<[string, RichTextDoc, string[]]>([
    ['an empty document', doc(), []],
    ['one paragraph', doc(p(t('Budget plan.'))), ['Budget plan.']],
    [
      'a heading, paragraphs and list items, in order',
      doc(
        { type: 'heading', attrs: { level: 2 }, content: [t('Budget')] },
        p(t('First '), t('part.')),
        list('one', 'two'),
      ),
      ['Budget', 'First part.', 'one', 'two'],
    ],
    ['empty paragraphs left out', doc(p(), p(t('  ')), p(t('Kept.'))), ['Kept.']],
    [
      'a hard break kept inside its paragraph',
      doc(p(t('Line one'), { type: 'hardBreak' }, t('line two'))),
      ['Line one\nline two'],
    ],
    [
      'a quote’s paragraphs',
      doc({ type: 'blockquote', content: [p(t('Quoted.'))] }, p(t('After.'))),
      ['Quoted.', 'After.'],
    ],
  ])('%s', (_name, body, texts) => {
    const paragraphs = paragraphsOf(body);
    expect(paragraphs.map((paragraph) => paragraph.text)).toEqual(texts);
    const plain = richTextToPlainText(body);
    for (const { text, start } of paragraphs)
      expect(plain.slice(start, start + text.length)).toBe(text);
  });

  it('places a repeated paragraph at its own offset, not at the first repeat', () => {
    const paragraphs = paragraphsOf(doc(p(t('Same.')), p(t('Other.')), p(t('Same.'))));
    expect(paragraphs.map((paragraph) => paragraph.start)).toEqual([0, 6, 13]);
  });
});
