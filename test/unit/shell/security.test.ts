import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seedNote, testSeed } from '../../support/seeded-random';
import { resolveAppAsset } from '../../../electron/shell-common/app-asset';
import { APP_ORIGIN, APP_START_URL } from '../../../electron/shell-common/app-origin';
import {
  CONTENT_SECURITY_POLICY,
  cspFor,
} from '../../../electron/shell-common/content-security-policy';
import {
  denyPermissionCheck,
  denyPermissionRequest,
  isAllowedNavigation,
  isSafeExternalUrl,
  isTrustedSender,
  openExternalIfSafe,
  secureWebPreferences,
  windowOpenDecision,
} from '../../../electron/main/security';

const SEED = testSeed();

const HUGE = `https://example.com/${'a'.repeat(3000)}`;

/** Inputs that must never reach the system's URL opener. */
const UNSAFE_EXTERNAL: unknown[] = [
  'javascript:alert(1)',
  'JavaScript:alert(1)',
  ' javascript:alert(1)',
  'java\nscript:alert(1)',
  'java\tscript:alert(1)',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  'file://server/share/setup.exe',
  'FILE:///C:/Windows/System32/calc.exe',
  'data:text/html,<script>alert(1)</script>',
  'blob:https://example.com/1234',
  'app://portfolio/index.html',
  'ms-msdt:/id PCWDiagnostic',
  'search-ms:query=setup&crumb=location:\\\\evil\\share',
  'smb://evil/share',
  'ftp://example.com/file',
  'chrome://settings',
  'about:blank',
  'https://user:secret@example.com/',
  'https://user@example.com/',
  'mailto:a@example.com?attach=/etc/passwd',
  'mailto:a@example.com?Attachment=~/.ssh/id_rsa',
  'mailto:',
  'https://',
  'https://example.com/\u0000',
  'not a url',
  '//example.com/path',
  '/relative/path',
  '',
  HUGE,
  null,
  undefined,
  42,
  true,
  { href: 'https://example.com' },
  ['https://example.com'],
  new URL('https://example.com'),
];

const SAFE_EXTERNAL: Array<[string, string]> = [
  ['https://www.cosn.org/', 'https://www.cosn.org/'],
  ['http://example.com/a?b=c#d', 'http://example.com/a?b=c#d'],
  ['HTTPS://Example.COM/Path', 'https://example.com/Path'],
  ['mailto:mentor@example.org', 'mailto:mentor@example.org'],
  [
    'mailto:mentor@example.org?subject=Session%203&body=Hello',
    'mailto:mentor@example.org?subject=Session%203&body=Hello',
  ],
];

const neverOpen = async (url: string): Promise<void> => {
  expect.fail(`openExternal ran for a URL that must be refused: ${url}`);
};

describe('external links', () => {
  it.each(UNSAFE_EXTERNAL.map((url) => [url]))('refuses to open %j', async (url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
    await expect(openExternalIfSafe(url, neverOpen)).resolves.toBe(false);
    expect(windowOpenDecision(url)).toEqual({ action: 'deny', openExternally: false });
  });

  it.each(SAFE_EXTERNAL)('opens %s in the system handler as %s', async (url, normalised) => {
    const opened: string[] = [];
    await expect(
      openExternalIfSafe(url, async (safe) => {
        opened.push(safe);
      }),
    ).resolves.toBe(true);
    expect(opened).toEqual([normalised]);
  });

  it('never lets a link open a second app window, even a safe one', () => {
    for (const [url] of SAFE_EXTERNAL) {
      expect(windowOpenDecision(url)).toEqual({ action: 'deny', openExternally: true });
    }
    expect(windowOpenDecision(APP_START_URL)).toEqual({ action: 'deny', openExternally: false });
  });
});

describe('navigation', () => {
  it.each([APP_START_URL, `${APP_ORIGIN}/`, `${APP_ORIGIN}/index.html#/sessions?x=1`])(
    'stays on the app page %s',
    (url) => expect(isAllowedNavigation(url)).toBe(true),
  );

  it.each([
    'app://evil/index.html',
    'app://portfolio.evil.com/index.html',
    'app://portfolio@evil/index.html',
    'app://user:pw@portfolio/index.html',
    'app://portfolio:8080/index.html',
    'app://PORTFOLIO/index.html',
    'other://portfolio/index.html',
    'https://portfolio/index.html',
    'https://example.com/',
    'http://127.0.0.1:3000/',
    'file:///etc/passwd',
    'devtools://devtools/bundled/inspector.html',
    'about:blank',
    'data:text/html,hi',
    'javascript:alert(1)',
    `${APP_ORIGIN}/${'a'.repeat(3000)}`,
    '',
    null,
    undefined,
    7,
    { toString: () => APP_START_URL },
  ])('denies navigating to %j', (url) => {
    expect(isAllowedNavigation(url)).toBe(false);
  });
});

describe('IPC sender check', () => {
  it('trusts the app page in the top-level frame', () => {
    expect(isTrustedSender({ url: APP_START_URL, isMainFrame: true })).toBe(true);
  });

  it.each([
    ['a subframe of the app', { url: APP_START_URL, isMainFrame: false }],
    ['a foreign page', { url: 'https://evil.example/', isMainFrame: true }],
    ['a file page', { url: 'file:///tmp/evil.html', isMainFrame: true }],
    ['a look-alike origin', { url: 'app://portfolio.evil/', isMainFrame: true }],
    ['a frame whose kind is unknown', { url: APP_START_URL, isMainFrame: 'true' }],
    ['a frame with no url', { url: undefined, isMainFrame: true }],
    ['a frame with a non-string url', { url: 42, isMainFrame: true }],
    ['a destroyed frame', null],
    ['nothing at all', undefined],
  ])('refuses %s', (_name, frame) => {
    expect(isTrustedSender(frame as Parameters<typeof isTrustedSender>[0])).toBe(false);
  });
});

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values];
    }),
  );
}

describe('content security policy', () => {
  const csp = directives(CONTENT_SECURITY_POLICY);

  it('allows scripts only from the app itself: no inline script, no eval', () => {
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('default-src')).toEqual(["'none'"]);
  });

  it('refuses style elements and sheets from anywhere but the app', () => {
    expect(csp.get('style-src')).toEqual(["'self'"]);
    expect(csp.get('style-src-elem')).toEqual(["'self'"]);
  });

  it('forbids plugins, base rewriting, form posts and framing', () => {
    for (const name of ['object-src', 'base-uri', 'form-action', 'frame-ancestors']) {
      expect(csp.get(name), name).toEqual(["'none'"]);
    }
    expect(csp.get('connect-src')).toEqual(["'self'"]);
    expect(csp.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
  });

  it('lets media and frames come only from the app itself, for artifact previews', () => {
    expect(csp.get('media-src')).toEqual(["'self'"]);
    expect(csp.get('frame-src')).toEqual(["'self'"]);
  });

  it('names an explicit origin next to self when asked', () => {
    const policy = directives(cspFor('http://127.0.0.1:5173'));
    expect(policy.get('script-src')).toEqual(["'self'", 'http://127.0.0.1:5173']);
  });

  it.each([
    'javascript:alert(1)',
    'http://127.0.0.1:5173/path',
    "'unsafe-inline'",
    'x; script-src *',
  ])('refuses %j as an origin', (origin) =>
    expect(() => cspFor(origin)).toThrow(/not a bare origin/),
  );
});

describe('window and permissions', () => {
  it('sandboxes the page and isolates the preload', () => {
    expect(secureWebPreferences('/app/preload.cjs')).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: true,
      devTools: false,
    });
    expect(secureWebPreferences('/app/preload.cjs', { devTools: true }).devTools).toBe(true);
  });

  it.each([
    'media',
    'geolocation',
    'notifications',
    'clipboard-read',
    'openExternal',
    'fullscreen',
  ])('denies the %s permission', (permission) => {
    const answers: boolean[] = [];
    denyPermissionRequest(null, permission, (granted) => answers.push(granted));
    expect(answers).toEqual([false]);
    expect(denyPermissionCheck()).toBe(false);
  });
});

describe('app protocol paths', () => {
  const root = path.resolve('/srv/app/renderer');
  const inRoot = (...parts: string[]) => path.join(root, ...parts);

  it.each([
    [`${APP_ORIGIN}/`, inRoot('index.html'), 'text/html; charset=utf-8'],
    [APP_ORIGIN, inRoot('index.html'), 'text/html; charset=utf-8'],
    [`${APP_ORIGIN}/index.html?x=1#/sessions`, inRoot('index.html'), 'text/html; charset=utf-8'],
    [
      `${APP_ORIGIN}/assets/index-3f9a.js`,
      inRoot('assets', 'index-3f9a.js'),
      'text/javascript; charset=utf-8',
    ],
    [
      `${APP_ORIGIN}/assets/index-3f9a.css`,
      inRoot('assets', 'index-3f9a.css'),
      'text/css; charset=utf-8',
    ],
    [
      `${APP_ORIGIN}/assets/Inter%20Variable.woff2`,
      inRoot('assets', 'Inter Variable.woff2'),
      'font/woff2',
    ],
  ])('serves %s from %s', (url, filePath, contentType) => {
    expect(resolveAppAsset(url, root)).toEqual({ filePath, contentType });
  });

  it.each([
    `${APP_ORIGIN}/../secret.js`,
    `${APP_ORIGIN}/assets/../../secret.js`,
    `${APP_ORIGIN}/./index.html`,
    `${APP_ORIGIN}/%2e%2e/secret.js`,
    `${APP_ORIGIN}/%2E%2E/%2E%2E/etc/passwd.txt`,
    `${APP_ORIGIN}/.%2e/secret.js`,
    `${APP_ORIGIN}/assets/%2f..%2fsecret.js`,
    `${APP_ORIGIN}/..\\secret.js`,
    `${APP_ORIGIN}/assets\\..\\..\\secret.js`,
    `${APP_ORIGIN}/%5c..%5csecret.js`,
    `${APP_ORIGIN}//etc/passwd.txt`,
    `${APP_ORIGIN}/C:/Windows/win.ini.txt`,
    `${APP_ORIGIN}/C%3A/Windows/win.ini.txt`,
    `${APP_ORIGIN}/index.html%00.js`,
    `${APP_ORIGIN}/.env`,
    `${APP_ORIGIN}/.git/config.txt`,
    `${APP_ORIGIN}/assets/index.js.map`,
    `${APP_ORIGIN}/assets/`,
    `${APP_ORIGIN}/start.sh`,
    `${APP_ORIGIN}/%E0%A4%A.js`,
    `${APP_ORIGIN}/${'a'.repeat(5000)}.js`,
    'app://evil/index.html',
    'app://portfolio:8080/index.html',
    'app://user@portfolio/index.html',
    'http://portfolio/index.html',
    'file:///etc/passwd',
    '/index.html',
    '',
    null,
    undefined,
    42,
    { url: `${APP_ORIGIN}/index.html` },
  ])('refuses %j', (url) => {
    expect(resolveAppAsset(url, root)).toBeNull();
  });

  it('refuses everything when the renderer root is not absolute', () => {
    expect(resolveAppAsset(`${APP_ORIGIN}/index.html`, 'dist/renderer')).toBeNull();
  });

  it(`never maps any request path outside the renderer folder (${seedNote(SEED)})`, () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (tail) => {
        const asset = resolveAppAsset(`${APP_ORIGIN}/${tail}`, root);
        return asset === null || asset.filePath.startsWith(root + path.sep);
      }),
      { seed: SEED, numRuns: 500 },
    );
  });
});
