import { html, trustedHtml, type SafeHtml } from '../site/html';
import { PRINT_STYLE } from './print-style';

/** Nothing loads and nothing runs: the style is inline, there are no images and no script. */
const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'";

/** A whole print document around `body`: one file, nothing outside it. */
export function printDocument(title: string, body: SafeHtml, appVersion: string): string {
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />
        <meta name="generator" content="CTO Mentor Portfolio ${appVersion}" />
        <title>${title}</title>
        <style>
          ${trustedHtml(PRINT_STYLE)}
        </style>
      </head>
      <body>
        <main>${body}</main>
      </body>
    </html>`.markup;
}
