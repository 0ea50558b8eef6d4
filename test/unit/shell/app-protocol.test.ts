import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  appProtocolHandler,
  artifactRequestOf,
  reviewedRequestOf,
} from '../../../electron/main/app-protocol';
import { APP_ORIGIN } from '../../../electron/shell-common/app-origin';
import { CONTENT_SECURITY_POLICY } from '../../../electron/shell-common/content-security-policy';

let temp: string;
let rendererDir: string;

beforeEach(async () => {
  temp = await mkdtemp(path.join(tmpdir(), 'app-protocol-'));
  rendererDir = path.join(temp, 'renderer');
  await mkdir(path.join(rendererDir, 'assets', 'folder.js'), { recursive: true });
  await writeFile(path.join(rendererDir, 'index.html'), '<!doctype html><title>Portfolio</title>');
  await writeFile(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  await writeFile(path.join(rendererDir, '.env'), 'SECRET=renderer');
  // A file beside the renderer folder that no request may ever read.
  await writeFile(path.join(temp, 'secret.js'), 'SECRET=outside');
});

afterEach(async () => {
  await rm(temp, { recursive: true, force: true });
});

const get = (url: string, method = 'GET') =>
  appProtocolHandler(rendererDir, readFile)({ method, url });

describe('app:// protocol', () => {
  it('serves the start page with the CSP and its content type', async () => {
    const response = await get(`${APP_ORIGIN}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toBe('<!doctype html><title>Portfolio</title>');
  });

  it('serves a script of the bundle as JavaScript', async () => {
    const response = await get(`${APP_ORIGIN}/assets/app.js`);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await response.text()).toBe('console.log(1)');
  });

  it.each([
    `${APP_ORIGIN}/../secret.js`,
    `${APP_ORIGIN}/%2e%2e/secret.js`,
    `${APP_ORIGIN}/assets/..%2f..%2fsecret.js`,
    `${APP_ORIGIN}/..\\secret.js`,
    `${APP_ORIGIN}/.env`,
    `${APP_ORIGIN}/missing.js`,
    `${APP_ORIGIN}/assets/folder.js`,
    'app://elsewhere/index.html',
  ])('answers 404 without the file for %s', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    const body = await response.text();
    expect(body).toBe('Not found');
  });

  it('answers HEAD with headers only', async () => {
    const response = await get(`${APP_ORIGIN}/index.html`, 'HEAD');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });

  it.each(['POST', 'PUT', 'DELETE'])(
    'refuses %s: the app protocol is read-only',
    async (method) => {
      const response = await get(`${APP_ORIGIN}/index.html`, method);
      expect(response.status).toBe(405);
    },
  );
});

describe('app:// artifacts', () => {
  const served: Array<[string, unknown]> = [];
  const serveArtifact = async (id: string, options: unknown) => {
    served.push([id, options]);
    return {
      status: 206,
      headers: { 'Content-Type': 'video/mp4', 'Content-Range': 'bytes 0-2/10' },
      body: Readable.from([Buffer.from('abc')]),
    };
  };
  const handler = () => appProtocolHandler(rendererDir, readFile, serveArtifact);

  beforeEach(() => {
    served.length = 0;
  });

  it('hands /artifact/<id> to the core with the range, and streams its answer', async () => {
    const response = await handler()({
      method: 'GET',
      url: `${APP_ORIGIN}/artifact/id-42?download=1`,
      headers: new Headers({ range: 'bytes=0-2' }),
    });
    expect(response.status).toBe(206);
    expect(response.headers.get('content-range')).toBe('bytes 0-2/10');
    expect(await response.text()).toBe('abc');
    expect(served).toEqual([
      ['id-42', { download: true, rangeHeader: 'bytes=0-2', headOnly: false }],
    ]);
  });

  it.each([
    `${APP_ORIGIN}/artifact/`,
    `${APP_ORIGIN}/artifact/..%2f..%2fportfolio.json`,
    `${APP_ORIGIN}/artifact/a/b`,
    `${APP_ORIGIN}/artifact/${'x'.repeat(101)}`,
    'app://elsewhere/artifact/id-1',
  ])('never asks the core for %s', async (url) => {
    const response = await handler()({ method: 'GET', url });
    expect(response.status).toBe(404);
    expect(served).toEqual([]);
  });

  it('reads the id and the download flag from the URL only', () => {
    expect(artifactRequestOf(`${APP_ORIGIN}/artifact/abc-1_2`)).toEqual({
      id: 'abc-1_2',
      download: false,
    });
    expect(artifactRequestOf(`${APP_ORIGIN}/index.html`)).toBeNull();
    expect(artifactRequestOf(42)).toBeNull();
  });

  it('answers 404 when no core serves artifacts', async () => {
    const response = await appProtocolHandler(
      rendererDir,
      readFile,
    )({
      method: 'GET',
      url: `${APP_ORIGIN}/artifact/id-1`,
    });
    expect(response.status).toBe(404);
  });
});

describe('app:// reviewed portfolios', () => {
  const asked: unknown[] = [];
  const serveReviewed = async (request: unknown, options: unknown) => {
    asked.push([request, options]);
    return {
      status: 200,
      headers: { 'Content-Type': 'text/html; charset=utf-8' },
      body: Readable.from([Buffer.from('<h1>Jordan</h1>')]),
    };
  };
  const handler = () => appProtocolHandler(rendererDir, readFile, undefined, serveReviewed);

  beforeEach(() => {
    asked.length = 0;
  });

  it('hands /reviewed/app/<portfolioId>/<file> to the core as lookup keys', async () => {
    const response = await handler()({
      method: 'GET',
      url: `${APP_ORIGIN}/reviewed/app/p-1/site/reflections/r-1.html`,
    });
    expect(await response.text()).toBe('<h1>Jordan</h1>');
    expect(asked).toEqual([
      [
        { portfolioId: 'p-1', file: 'site/reflections/r-1.html' },
        { rangeHeader: null, headOnly: false },
      ],
    ]);
    expect(reviewedRequestOf(`${APP_ORIGIN}/reviewed/app/p-1/index.html`)).toEqual({
      portfolioId: 'p-1',
      file: 'index.html',
    });
  });

  it.each([
    `${APP_ORIGIN}/reviewed/app/p-1/site/..%2F..%2Fportfolio.json`,
    `${APP_ORIGIN}/reviewed/app/p-1/`,
    `${APP_ORIGIN}/reviewed/some-token/p-1/index.html`,
    'app://elsewhere/reviewed/app/p-1/index.html',
  ])('never asks the core for %s', async (url) => {
    const response = await handler()({ method: 'GET', url });
    expect(response.status).toBe(404);
    expect(asked).toEqual([]);
  });
});
