import { html, type HtmlValue, type SafeHtml } from './html';
import { SITE_TEXT } from './site-text';

/** Label/value pairs as a description list; an empty value reads "Not set", as in the app. */
export function detailsList(rows: ReadonlyArray<readonly [string, HtmlValue]>): SafeHtml {
  const items = rows.map(([label, value]) => {
    const empty = value === '' || value === null || value === undefined || value === false;
    return html`<div>
      <dt>${label}</dt>
      <dd>${empty ? SITE_TEXT.notSet : value}</dd>
    </div>`;
  });
  return html`<dl class="details">${items}</dl>`;
}

/** Text people typed on several lines, kept on those lines (the style sheet keeps line breaks). */
export function multilineText(text: string): SafeHtml {
  return html`<p class="multiline">${text}</p>`;
}
