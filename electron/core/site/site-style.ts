/**
 * site/style.css: one light, readable style sheet that also prints well. Colours keep at least
 * 4.5:1 contrast; nothing depends on script.
 */
export const SITE_STYLE = `:root {
  color-scheme: light;
  --text: #1b1f24;
  --muted: #4a5360;
  --link: #0b4f9c;
  --line: #c9d0d8;
  --band: #f2f5f8;
  --focus: #b35c00;
}
* { box-sizing: border-box; }
html { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; line-height: 1.5; color: var(--text); background: #fff; }
body { margin: 0; }
a { color: var(--link); text-decoration: underline; }
a:focus-visible, main:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.skip-link { position: absolute; left: 0.5rem; top: -10rem; padding: 0.5rem 1rem; background: #fff; border: 2px solid var(--link); z-index: 1; }
.skip-link:focus { top: 0.5rem; }
.site-header { background: var(--band); border-bottom: 1px solid var(--line); padding: 0.75rem max(1rem, calc((100% - 60rem) / 2)); }
.site-name { margin: 0 0 0.5rem; font-weight: 600; font-size: 1.1rem; }
nav ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.25rem 1.25rem; }
nav a[aria-current] { font-weight: 700; text-decoration-thickness: 3px; }
main { display: block; max-width: 60rem; margin: 0 auto; padding: 1rem; }
main:focus { outline: none; }
h1 { font-size: 1.8rem; line-height: 1.2; margin: 0.5rem 0 1rem; }
h2 { font-size: 1.35rem; margin: 2rem 0 0.75rem; border-bottom: 1px solid var(--line); padding-bottom: 0.25rem; }
h3 { font-size: 1.1rem; margin: 1.5rem 0 0.5rem; }
h4, h5, h6 { font-size: 1rem; margin: 1rem 0 0.25rem; }
.details { display: grid; grid-template-columns: minmax(8rem, max-content) 1fr; gap: 0.25rem 1rem; margin: 0.5rem 0 1rem; }
.details > div { display: contents; }
.details dt { font-weight: 600; color: var(--muted); }
.details dd { margin: 0; }
.multiline { white-space: pre-line; }
.links { margin: 0; padding-left: 1.1rem; }
.back { margin: 0; }
table { border-collapse: collapse; width: 100%; margin: 0.5rem 0 1.5rem; }
caption { text-align: left; font-weight: 600; padding: 0.25rem 0; color: var(--muted); }
th, td { border: 1px solid var(--line); padding: 0.4rem 0.5rem; text-align: left; vertical-align: top; }
thead th { background: var(--band); }
img { display: block; max-width: 100%; height: auto; border: 1px solid var(--line); margin: 0.5rem 0; }
.rich-text { margin-top: 1.5rem; }
.rich-text blockquote { margin: 1rem 0; padding-left: 1rem; border-left: 4px solid var(--line); color: var(--muted); }
.rich-text code { font-family: ui-monospace, Menlo, Consolas, monospace; background: var(--band); padding: 0 0.2rem; }
.site-footer { max-width: 60rem; margin: 2rem auto 0; padding: 1rem; border-top: 1px solid var(--line); color: var(--muted); font-size: 0.9rem; }
@media print {
  .skip-link, nav { display: none; }
  .site-header { background: none; border: 0; padding: 0; }
  main { max-width: none; padding: 0; }
  a { color: inherit; }
  section, tr, img { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
}
`;
