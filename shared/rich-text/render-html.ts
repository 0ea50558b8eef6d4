import type { RichTextDoc, RichTextMark, RichTextNode } from './rich-text-schema';
import { isSafeHref } from './safe-href';
import { withoutNonXmlChars } from './xml-text';

/** Text and attribute values both: nothing in them can open a tag, end an attribute or start an entity. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** The only element each node type may become; a type not listed renders its children alone. */
const BLOCK_TAGS: Partial<Record<string, string>> = {
  paragraph: 'p',
  bulletList: 'ul',
  orderedList: 'ol',
  listItem: 'li',
  blockquote: 'blockquote',
  tableRow: 'tr',
  tableHeader: 'th',
  tableCell: 'td',
};

const MARK_TAGS: Partial<Record<string, string>> = {
  bold: 'strong',
  italic: 'em',
  underline: 'u',
  strike: 's',
  code: 'code',
};

/** The tag for `type`, never one inherited from Object.prototype ("constructor", "__proto__"). */
function ownTag(tags: Partial<Record<string, string>>, type: unknown): string | undefined {
  return typeof type === 'string' && Object.hasOwn(tags, type) ? tags[type] : undefined;
}

/** A whole number in [min, max], or null: attributes are only ever numbers we wrote ourselves. */
function intAttr(node: RichTextNode, name: string, min: number, max: number): number | null {
  const value: unknown = node.attrs?.[name];
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max
    ? value
    : null;
}

function openMark(mark: RichTextMark): [string, string] {
  if (typeof mark !== 'object' || mark === null) return ['', ''];
  if (mark.type === 'link') {
    const href: unknown = mark.attrs?.href;
    // An unsafe link keeps its text and loses the link.
    if (!isSafeHref(href)) return ['', ''];
    return [`<a href="${escapeHtml(href)}" rel="noopener noreferrer">`, '</a>'];
  }
  const tag = ownTag(MARK_TAGS, mark.type);
  return tag ? [`<${tag}>`, `</${tag}>`] : ['', ''];
}

function withMarks(html: string, marks: readonly RichTextMark[] | undefined): string {
  let out = html;
  for (const mark of [...(Array.isArray(marks) ? marks : [])].reverse()) {
    const [open, close] = openMark(mark);
    out = `${open}${out}${close}`;
  }
  return out;
}

/** HTML for the web version; XHTML (void elements closed, so XML parsers accept it) for Leap2A. */
export type RichTextMarkup = 'html' | 'xhtml';

function renderChildren(node: RichTextNode, markup: RichTextMarkup): string {
  return (Array.isArray(node.content) ? node.content : [])
    .map((child) => renderNode(child, markup))
    .join('');
}

function renderNode(node: RichTextNode, markup: RichTextMarkup): string {
  if (typeof node !== 'object' || node === null) return '';
  switch (node.type) {
    case 'text':
      return withMarks(escapeHtml(typeof node.text === 'string' ? node.text : ''), node.marks);
    case 'hardBreak':
      return markup === 'xhtml' ? '<br/>' : '<br>';
    case 'horizontalRule':
      return markup === 'xhtml' ? '<hr/>' : '<hr>';
    case 'heading': {
      const level = intAttr(node, 'level', 1, 6) ?? 2;
      return `<h${level}>${renderChildren(node, markup)}</h${level}>`;
    }
    case 'orderedList': {
      const start = intAttr(node, 'start', 0, 100_000);
      const startAttr = start === null || start === 1 ? '' : ` start="${start}"`;
      return `<ol${startAttr}>${renderChildren(node, markup)}</ol>`;
    }
    case 'table':
      return `<table><tbody>${renderChildren(node, markup)}</tbody></table>`;
    case 'tableCell':
    case 'tableHeader': {
      const tag = node.type === 'tableHeader' ? 'th' : 'td';
      const colspan = intAttr(node, 'colspan', 2, 50);
      const rowspan = intAttr(node, 'rowspan', 2, 500);
      const spans =
        (colspan === null ? '' : ` colspan="${colspan}"`) +
        (rowspan === null ? '' : ` rowspan="${rowspan}"`);
      return `<${tag}${spans}>${renderChildren(node, markup)}</${tag}>`;
    }
    default: {
      const tag = ownTag(BLOCK_TAGS, node.type);
      return tag
        ? `<${tag}>${renderChildren(node, markup)}</${tag}>`
        : renderChildren(node, markup);
    }
  }
}

/**
 * A reflection's body as an HTML fragment for the static web export: every text escaped, only
 * allowlisted tags, no attribute but numbers we produce and safe link targets. Written to be
 * safe even for a document that never passed the schema (an element we do not know renders as
 * its escaped text, never as a tag).
 */
export function renderRichTextHtml(doc: RichTextDoc, markup: RichTextMarkup = 'html'): string {
  const out = (Array.isArray(doc.content) ? doc.content : [])
    .map((node) => renderNode(node, markup))
    .join('\n');
  // Every tag and attribute we write is plain ASCII, so this only ever removes data characters.
  return markup === 'xhtml' ? withoutNonXmlChars(out) : out;
}
