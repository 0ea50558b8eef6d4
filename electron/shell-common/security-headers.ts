import { CONTENT_SECURITY_POLICY } from './content-security-policy';

/**
 * Sent on every response of the loopback host, files and API alike. The CSP is the one
 * Electron's app:// protocol sends too, so the app runs under the same policy in both shells.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};
