import type { RichTextDoc, RichTextNode } from '@shared/rich-text/rich-text-schema';

const WORDS = (
  'board budget cabinet coaching curriculum data device district equity firewall funding ' +
  'helpdesk infrastructure leadership network plan policy principal privacy procurement ' +
  'project refresh security staff strategy students survey teachers training vendor wireless'
).split(' ');

const text = (value: string): RichTextNode => ({ type: 'text', text: value });

/**
 * A reflection body of exactly `words` words, shaped like a long real one: sections of a level-2
 * heading (4 words), two paragraphs (40 words each, one bold phrase) and a bulleted list (three
 * items of 6 words), cut short at the end so the total is exact. Deterministic: every run edits
 * the same document.
 */
export function longReflectionDoc(words: number): RichTextDoc {
  let next = 0;
  const phrase = (count: number) =>
    Array.from({ length: count }, () => WORDS[next++ % WORDS.length]!).join(' ');
  const content: RichTextNode[] = [];
  let left = words;
  const take = (count: number) => {
    const n = Math.min(count, left);
    left -= n;
    return n;
  };
  while (left > 0) {
    content.push({ type: 'heading', attrs: { level: 2 }, content: [text(phrase(take(4)))] });
    for (let p = 0; p < 2 && left > 0; p += 1) {
      const before = take(30);
      const bold = take(4);
      const after = take(6);
      content.push({
        type: 'paragraph',
        content: [
          text(`${phrase(before)} `),
          ...(bold > 0 ? [{ ...text(phrase(bold)), marks: [{ type: 'bold' as const }] }] : []),
          ...(after > 0 ? [text(` ${phrase(after)}.`)] : []),
        ],
      });
    }
    const items = [take(6), take(6), take(6)].filter((n) => n > 0);
    if (items.length > 0) {
      content.push({
        type: 'bulletList',
        content: items.map((n) => ({
          type: 'listItem',
          content: [{ type: 'paragraph', content: [text(phrase(n))] }],
        })),
      });
    }
  }
  return { type: 'doc', content };
}
