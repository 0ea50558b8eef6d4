import { SafeHtml } from '../site/html';

/**
 * A web-version section made fit for paper: links become plain text (their targets are pages and
 * files of the web version, which a PDF does not carry) and inline images go (the PDF lists the
 * artifacts; their files travel in a bundle). The markup is our own (`html` escapes every `<` of
 * the data), so every tag matched here is one a page template wrote.
 */
export function forPrint(section: SafeHtml): SafeHtml {
  return new SafeHtml(
    section.markup
      .replace(/<a\b[^>]*>/g, '<span class="link-text">')
      .replace(/<\/a>/g, '</span>')
      .replace(/<img\b[^>]*>/g, ''),
  );
}
