import type { RichTextDoc, RichTextMark, RichTextNode } from '@shared/rich-text/rich-text-schema';
import { renderRichTextHtml } from '@shared/rich-text/render-html';
import { isSafeHref } from '@shared/rich-text/safe-href';
import { trustedHtml, type SafeHtml } from './html';

/** The page's own title is the h1 and its sections are h2, so body headings start at h2. */
const TOP_BODY_HEADING = 2;

const nodesOf = (value: unknown): RichTextNode[] =>
  Array.isArray(value)
    ? value.filter((n): n is RichTextNode => typeof n === 'object' && n !== null)
    : [];

const linkHref = (node: RichTextNode): string | null => {
  const marks: unknown[] = Array.isArray(node.marks) ? node.marks : [];
  for (const mark of marks) {
    const m = mark as RichTextMark | null;
    if (m && typeof m === 'object' && m.type === 'link') {
      const href: unknown = m.attrs?.href;
      return typeof href === 'string' ? href : '';
    }
  }
  return null;
};

const withoutLink = (node: RichTextNode): RichTextNode => {
  const marks = (Array.isArray(node.marks) ? node.marks : []).filter(
    (m) => !(m && typeof m === 'object' && m.type === 'link'),
  );
  const { marks: _dropped, ...rest } = node;
  return marks.length > 0 ? { ...rest, marks } : rest;
};

/**
 * Inline content with every link turned into its text, followed by the address in brackets when
 * the text does not already show it. The web version holds no external URL a browser could load
 * or follow by a click; a reader can still see and copy where a link went. Adjacent pieces of one
 * link (part of it bold, say) show the address once, after the last piece. Unsafe links
 * (javascript: and the like) keep their text only, as the shared renderer does.
 */
function unlinkInline(nodes: readonly RichTextNode[]): RichTextNode[] {
  const out: RichTextNode[] = [];
  nodes.forEach((node, index) => {
    const href = linkHref(node);
    if (href === null) {
      out.push(node);
      return;
    }
    out.push(withoutLink(node));
    const next = nodes[index + 1];
    const runEnds = !next || linkHref(next) !== href;
    if (!runEnds || !isSafeHref(href)) return;
    let shown = '';
    for (let i = index; i >= 0 && linkHref(nodes[i]!) === href; i -= 1) {
      shown = (typeof nodes[i]!.text === 'string' ? nodes[i]!.text : '') + shown;
    }
    if (shown.trim() !== href) out.push({ type: 'text', text: ` (${href})` });
  });
  return out;
}

interface AdaptState {
  previous: number;
  unlink: boolean;
}

/** The node with links unlinked (when asked) and headings kept in order below the page's own. */
function adaptNode(node: RichTextNode, state: AdaptState): RichTextNode {
  const children = nodesOf(node.content);
  const adapted: RichTextNode = { ...node };
  if (children.length > 0) {
    const inline = children.some((c) => c.type === 'text' || c.type === 'hardBreak');
    adapted.content = !inline
      ? children.map((child) => adaptNode(child, state))
      : state.unlink
        ? unlinkInline(children)
        : children;
  }
  if (node.type === 'heading') {
    const asked = typeof node.attrs?.level === 'number' ? node.attrs.level : TOP_BODY_HEADING;
    // Never above h2, never more than one level below the heading before it.
    const level = Math.min(Math.max(asked, TOP_BODY_HEADING), state.previous + 1, 6);
    state.previous = level;
    adapted.attrs = { level };
  }
  return adapted;
}

/**
 * The document as the web version shows it (see unlinkInline and adaptNode). `unlink: false`
 * keeps safe links as links, for an export read by a web ePortfolio where links are expected.
 */
export function adaptDocForSite(doc: RichTextDoc, { unlink = true } = {}): RichTextDoc {
  const state: AdaptState = { previous: TOP_BODY_HEADING - 1, unlink };
  return { type: 'doc', content: nodesOf(doc.content).map((n) => adaptNode(n, state)) };
}

/** A reflection's body as safe, inert HTML with no external address in any attribute. */
export function renderReflectionBody(doc: RichTextDoc): SafeHtml {
  return trustedHtml(renderRichTextHtml(adaptDocForSite(doc)));
}

/**
 * A reflection's body as well-formed, inert XHTML (the Leap2A export): the same rendering as the
 * web version, with http(s) and mailto links kept as links (the shared renderer drops any other).
 */
export function renderReflectionXhtml(doc: RichTextDoc): string {
  return renderRichTextHtml(adaptDocForSite(doc, { unlink: false }), 'xhtml');
}
