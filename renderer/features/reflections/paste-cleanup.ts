import { isSafeHref } from '@shared/rich-text/safe-href';

/** Elements whose content is never text to keep: code, embedded pages, forms, metadata. */
const DROPPED_ELEMENTS =
  'script, style, iframe, frame, frameset, object, embed, applet, link, meta, base, template, noscript, form, input, button, select, textarea, svg, math, video, audio, source, canvas';

/** Word marks list paragraphs with these classes; the bullet or number is a text span. */
const WORD_LIST_PARAGRAPH = /^MsoListParagraph/;
const WORD_ORDERED_MARKER = /^\s*(\d+|[a-z]|[ivxlcdm]+)[.)]\s*$/i;

function stripAttributes(root: ParentNode): void {
  for (const element of root.querySelectorAll('*')) {
    for (const { name, value } of [...element.attributes]) {
      const lower = name.toLowerCase();
      const unsafeLink = (lower === 'href' || lower === 'src') && !isSafeHref(value.trim());
      // Styles stay: the editor reads bold/italic from Google Docs' inline styles, then drops them.
      if (lower.startsWith('on') || unsafeLink || lower === 'srcdoc' || lower === 'formaction') {
        element.removeAttribute(name);
      }
    }
  }
}

/** Google Docs wraps a copy in <b style="font-weight:normal" id="docs-internal-guid-…">. */
function unwrapGoogleDocsWrapper(body: HTMLElement): void {
  for (const wrapper of body.querySelectorAll('b[id^="docs-internal-guid"]')) {
    wrapper.replaceWith(...wrapper.childNodes);
  }
}

/** Word pastes lists as paragraphs with a hand-made bullet; turn runs of them into real lists. */
function rebuildWordLists(doc: Document): void {
  const items = [...doc.body.querySelectorAll('p')].filter((p) =>
    WORD_LIST_PARAGRAPH.test(p.className),
  );
  let list: HTMLElement | null = null;
  let previous: Element | null = null;
  for (const paragraph of items) {
    const marker = paragraph.querySelector('span[style*="mso-list:Ignore" i]');
    const ordered = marker !== null && WORD_ORDERED_MARKER.test(marker.textContent ?? '');
    marker?.remove();
    if (
      !list ||
      previous?.nextElementSibling !== paragraph ||
      (list.tagName === 'OL') !== ordered
    ) {
      list = doc.createElement(ordered ? 'ol' : 'ul');
      paragraph.before(list);
    }
    const item = doc.createElement('li');
    item.append(...paragraph.childNodes);
    paragraph.replaceWith(item);
    list.append(item);
    previous = list;
  }
}

/**
 * Pasted HTML (from Word, Google Docs, web pages) before the editor parses it: anything that could
 * run or load something is removed, and the structure the editor cannot see (Word's fake lists,
 * Google Docs' wrapper) is made plain. The editor's schema then keeps headings, lists, tables,
 * emphasis and safe links, and drops every other element and attribute.
 */
export function cleanPastedHtml(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  for (const element of doc.querySelectorAll(DROPPED_ELEMENTS)) element.remove();
  stripAttributes(doc.body);
  unwrapGoogleDocsWrapper(doc.body);
  rebuildWordLists(doc);
  return doc.body.innerHTML;
}
