import { renderRichTextHtml } from '@shared/rich-text/render-html';
import type { RichTextNode } from '@shared/rich-text/rich-text-schema';
import type { LeapEntry } from './feed-parts';

/** A paragraph as a label and the text people typed (kept on its lines), or text alone. */
export type TextParagraph = string | readonly [label: string, text: string];

function lines(text: string): RichTextNode[] {
  return text.split(/\r\n|\r|\n/).flatMap((line, index): RichTextNode[] => {
    const piece: RichTextNode[] = line === '' ? [] : [{ type: 'text', text: line }];
    return index === 0 ? piece : [{ type: 'hardBreak' }, ...piece];
  });
}

function paragraph(item: TextParagraph): RichTextNode | null {
  const [label, text] = typeof item === 'string' ? ['', item] : item;
  if (text.trim() === '') return null;
  const content: RichTextNode[] = label
    ? [
        { type: 'text', text: `${label}:`, marks: [{ type: 'bold' }] },
        { type: 'text', text: ' ' },
      ]
    : [];
  return { type: 'paragraph', content: [...content, ...lines(text)] };
}

/**
 * Content for items whose fields are plain text (sessions, artifacts, grades, reports): one
 * paragraph each, empty ones left out, written by the same renderer as reflections, so every
 * XHTML body of the feed comes from one place and is escaped the same way.
 */
export function paragraphsContent(items: readonly TextParagraph[]): LeapEntry['content'] {
  const content = items.flatMap((item) => paragraph(item) ?? []);
  return { type: 'xhtml', markup: renderRichTextHtml({ type: 'doc', content }, 'xhtml') };
}
