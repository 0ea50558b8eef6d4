import { escapeHtml } from '@shared/rich-text/render-html';

/**
 * Markup that is already safe to place in a page. Only `html` (which escapes every value it is
 * given) and `trustedHtml` (for output of the shared safe renderer and our own style sheet) make
 * one, so a text from the data can never reach a page unescaped by accident.
 */
export class SafeHtml {
  constructor(readonly markup: string) {}
  toString(): string {
    return this.markup;
  }
}

/** What a page template may interpolate: text is escaped, markup is kept, nothing renders empty. */
export type HtmlValue =
  SafeHtml | string | number | null | undefined | false | readonly HtmlValue[];

function render(value: HtmlValue): string {
  if (value instanceof SafeHtml) return value.markup;
  if (Array.isArray(value)) return value.map(render).join('');
  if (value === null || value === undefined || value === false) return '';
  return escapeHtml(String(value));
}

/**
 * A template tag for pages: `html\`<p>${title}</p>\`` escapes `title` (quotes too, so values are
 * safe inside quoted attributes), inserts SafeHtml as it is and joins arrays.
 */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((value, index) => {
    out += render(value) + (strings[index + 1] ?? '');
  });
  return new SafeHtml(out);
}

/** Markup made by a renderer that guarantees its own safety (renderRichTextHtml). */
export function trustedHtml(markup: string): SafeHtml {
  return new SafeHtml(markup);
}
