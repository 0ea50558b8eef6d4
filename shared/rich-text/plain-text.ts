import type { RichTextDoc, RichTextNode } from './rich-text-schema';

/** Nodes whose end starts a new line in plain text, so their words never run together. */
const LINE_ENDING_NODES = new Set<RichTextNode['type']>([
  'paragraph',
  'heading',
  'listItem',
  'blockquote',
  'horizontalRule',
  'table',
  'tableRow',
  'bulletList',
  'orderedList',
]);

function collect(node: RichTextNode, out: string[]): void {
  if (node.type === 'text') {
    out.push(node.text ?? '');
    return;
  }
  if (node.type === 'hardBreak') {
    out.push('\n');
    return;
  }
  for (const child of node.content ?? []) collect(child, out);
  if (node.type === 'tableCell' || node.type === 'tableHeader') out.push('\t');
  else if (LINE_ENDING_NODES.has(node.type)) out.push('\n');
}

/**
 * The document's text without formatting: one line per paragraph, heading or list item, table
 * cells separated by tabs. What search indexes and word counts read.
 */
export function richTextToPlainText(doc: RichTextDoc): string {
  const out: string[] = [];
  for (const node of doc.content) collect(node, out);
  return out
    .join('')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{2,}/g, '\n')
    .trim();
}

/** A word has at least one letter or digit: "K-12", "don't" and "e-mail" are one word; "—" is none. */
const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** Words as a person counts them in running text. */
export function countWords(text: string): number {
  let count = 0;
  for (const token of text.split(/\s+/u)) if (WORD_CHARACTER.test(token)) count += 1;
  return count;
}

export function richTextWordCount(doc: RichTextDoc): number {
  return countWords(richTextToPlainText(doc));
}

export const EXCERPT_LENGTH = 200;

/**
 * The start of the text on one line, cut at a word boundary with an ellipsis when longer than
 * `maxLength` characters (at most 400, the summary's limit).
 */
export function excerptOf(text: string, maxLength = EXCERPT_LENGTH): string {
  const oneLine = text.replace(/\s+/gu, ' ').trim();
  if (oneLine.length <= maxLength) return oneLine;
  const cut = oneLine.slice(0, maxLength - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > maxLength / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}
