import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * The loopback host's gatekeeping as pure verdicts, so each rule is tested against hostile
 * inputs without a server.
 */

/** The only names a page of this host may be reached by: loopback, with the port we listen on. */
function allowedAuthorities(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

/**
 * DNS-rebinding guard: a page of another site whose name was re-pointed at 127.0.0.1 still sends
 * its own name in the Host header, so anything but our loopback names and port is refused.
 */
export function isAllowedHost(hostHeader: unknown, port: number): boolean {
  if (typeof hostHeader !== 'string') return false;
  return allowedAuthorities(port).includes(hostHeader.trim().toLowerCase());
}

/**
 * How many Host header lines a request has. Node keeps only the first of several in
 * `req.headers`, so the raw list is counted: RFC 9112 (3.2) has a server answer 400 to more than
 * one, since two Host lines mean two readers may take the request for two different sites.
 */
export function hostHeaderCount(rawHeaders: readonly string[]): number {
  let count = 0;
  for (let i = 0; i < rawHeaders.length; i += 2) {
    if (rawHeaders[i]?.toLowerCase() === 'host') count++;
  }
  return count;
}

/**
 * A browser sends Origin on cross-site POSTs; when present it must be one of our own origins.
 * Absent (same-origin GET, non-browser clients) is fine: the token still has to match.
 */
export function isAllowedOrigin(originHeader: unknown, port: number): boolean {
  if (originHeader === undefined) return true;
  if (typeof originHeader !== 'string') return false;
  const origin = originHeader.trim().toLowerCase();
  return allowedAuthorities(port).some((authority) => origin === `http://${authority}`);
}

const digest = (value: string): Buffer => createHash('sha256').update(value, 'utf8').digest();

/**
 * Compare the presented token with the secret in constant time. Hashing first gives both sides
 * the same length, so neither the content nor the length leaks through timing.
 */
export function tokenMatches(presented: unknown, secret: string): boolean {
  if (typeof presented !== 'string' || presented.length === 0) return false;
  return timingSafeEqual(digest(presented), digest(secret));
}
