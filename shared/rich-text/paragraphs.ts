import { richTextToPlainText } from './plain-text';
import type { RichTextDoc, RichTextNode } from './rich-text-schema';

/** A paragraph (or heading) with text, and where it starts in the document's plain text. */
export interface Paragraph {
  text: string;
  start: number;
}

/** Blocks that hold text directly; lists, quotes and tables are made of them. */
const TEXT_BLOCKS = new Set<RichTextNode['type']>(['paragraph', 'heading']);

function collectBlocks(node: RichTextNode, out: RichTextNode[]): void {
  if (TEXT_BLOCKS.has(node.type)) out.push(node);
  else for (const child of node.content ?? []) collectBlocks(child, out);
}

/**
 * The document's paragraphs and headings that have text, in order, each as its plain text
 * (`richTextToPlainText` of that block) and its offset in the whole document's plain text, so a
 * passage anchor can take its context from either side.
 */
export function paragraphsOf(doc: RichTextDoc): Paragraph[] {
  const blocks: RichTextNode[] = [];
  for (const node of doc.content) collectBlocks(node, blocks);
  const plain = richTextToPlainText(doc);
  const found: Paragraph[] = [];
  let from = 0;
  for (const block of blocks) {
    const text = richTextToPlainText({ type: 'doc', content: [block] });
    // Searching on from the previous paragraph finds this one, not an earlier repeat of its words.
    const start = text === '' ? -1 : plain.indexOf(text, from);
    if (start === -1) continue;
    found.push({ text, start });
    from = start + text.length;
  }
  return found;
}
