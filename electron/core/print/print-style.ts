import { SITE_STYLE } from '../site/site-style';

/**
 * The PDF's style: the web version's sheet, then paper. US Letter with room for the page number
 * Chromium draws in the bottom margin box (`@page` margin boxes, Chromium 131 and later); each
 * part begins on a new page; the web version's way back and its links-as-underlines are hidden.
 */
export const PRINT_STYLE = `${SITE_STYLE}
@page {
  size: letter;
  margin: 0.75in 0.75in 0.8in;
  @bottom-center { content: counter(page) " of " counter(pages); font-size: 9pt; color: #4a5360; }
}
@page :first { @bottom-center { content: none; } }
html { font-size: 10.5pt; }
main { max-width: none; padding: 0; }
.back { display: none; }
.details { grid-template-columns: minmax(8rem, 16rem) 1fr; }
.link-text { color: inherit; }
.cover { min-height: 8.5in; display: flex; flex-direction: column; justify-content: center; }
.cover h1 { font-size: 2.4rem; margin-bottom: 0.5rem; }
.cover .program { font-size: 1.3rem; color: var(--muted); margin: 0 0 2rem; }
.cover .exported { color: var(--muted); margin-top: 3rem; }
.print-part, .toc, .print-reflection { break-before: page; }
.toc ol { padding-left: 1.2rem; }
.toc li { margin: 0.15rem 0; }
.toc a { color: inherit; text-decoration: none; }
.toc ol ol { columns: 2; column-gap: 2rem; font-size: 0.95em; }
h1, h2, h3 { break-after: avoid; }
tr, .details > div { break-inside: avoid; }
`;
