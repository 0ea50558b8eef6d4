/** Link targets a document may carry: web pages and e-mail addresses, nothing that runs. */
export const SAFE_LINK_PROTOCOLS = ['http:', 'https:', 'mailto:'] as const;
export const MAX_HREF_LENGTH = 2048;

/**
 * Whether `href` is an absolute http(s) or mailto link. Parsed with URL, so tricks such as
 * " javascript:", "JaVaScRiPt:" or control characters inside the scheme are caught.
 */
export function isSafeHref(href: unknown): href is string {
  if (typeof href !== 'string' || href.length === 0 || href.length > MAX_HREF_LENGTH) return false;
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return false;
  }
  if (!(SAFE_LINK_PROTOCOLS as readonly string[]).includes(url.protocol)) return false;
  return url.username === '' && url.password === '';
}
