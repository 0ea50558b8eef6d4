import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHANNELS, type Handlers } from '@shared/contract/contract';
import { CONTENT_SECURITY_POLICY } from '../../../electron/shell-common/content-security-policy';
import { MAX_API_BODY_BYTES } from '../../../electron/host/api-route';
import { startHttpHost, type RunningHttpHost } from '../../../electron/host/http-server';
import { makeTempDir } from '../../support/temp-dir';
import { callApi, send } from './loopback-request';

/**
 * The HTTP layer on its own, in front of a stand-in core whose every call leaves a file in the
 * data folder: a refused request must leave that folder exactly as it was.
 */
const TOKEN = 'the-right-token-for-this-test';
const INDEX_HTML =
  '<!doctype html><title>CTO Mentor Portfolio</title><script src="./assets/app.js"></script>';
const APP_JS = 'console.log("app");';
const SECRET = 'a file next to the renderer that must never be served';

function recordingHandlers(dataDir: string): Handlers {
  const entries = CHANNELS.map((channel) => [
    channel,
    async (input: unknown) => {
      await writeFile(join(dataDir, `${channel}.called.json`), JSON.stringify(input));
      return { answeredBy: channel, input };
    },
  ]);
  return Object.fromEntries(entries) as unknown as Handlers;
}

async function snapshot(dir: string): Promise<Record<string, string>> {
  const names = (await readdir(dir)).sort();
  const files = await Promise.all(
    names.map(async (name) => [name, await readFile(join(dir, name), 'utf8')]),
  );
  return Object.fromEntries(files);
}

let temp: Awaited<ReturnType<typeof makeTempDir>>;
let dataDir: string;
let host: RunningHttpHost;

beforeEach(async () => {
  temp = await makeTempDir('cto-host-');
  dataDir = join(temp.path, 'data');
  const rendererDir = join(temp.path, 'renderer');
  await mkdir(dataDir);
  await mkdir(join(rendererDir, 'assets'), { recursive: true });
  await writeFile(join(dataDir, 'portfolio.json'), '{"before":true}');
  await writeFile(join(rendererDir, 'index.html'), INDEX_HTML);
  await writeFile(join(rendererDir, 'assets', 'app.js'), APP_JS);
  await writeFile(join(rendererDir, 'notes.md'), 'not a kind of file the app serves');
  await writeFile(join(rendererDir, '.env'), 'HIDDEN=1');
  await writeFile(join(temp.path, 'secret.txt'), SECRET);
  host = await startHttpHost({ handlers: recordingHandlers(dataDir), token: TOKEN, rendererDir });
});

afterEach(async () => {
  await host.close();
  await temp.remove();
});

describe('API calls', () => {
  it('answers a call with the right token with the core’s envelope, and the call happens', async () => {
    const res = await callApi(host.port, 'app-info', {}, { token: TOKEN });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(JSON.parse(res.body)).toEqual({
      ok: true,
      result: { answeredBy: 'app-info', input: {} },
    });
    expect(await readdir(dataDir)).toContain('app-info.called.json');
  });

  it('treats an empty body as no input', async () => {
    const res = await send(host.port, { method: 'POST', path: '/api/app-info', token: TOKEN });
    expect(JSON.parse(res.body)).toMatchObject({ ok: true });
  });

  it('refuses a call without the token with 401 and leaves the data folder unchanged', async () => {
    const before = await snapshot(dataDir);
    const res = await callApi(host.port, 'welcome-skip', {});
    expect(res.status).toBe(401);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(await snapshot(dataDir)).toEqual(before);
  });

  it.each([
    ['a wrong token', 'the-wrong-token-for-this-test'],
    ['a prefix of the token', TOKEN.slice(0, 10)],
    ['the token with more after it', `${TOKEN}x`],
    ['an empty token', ''],
  ])('refuses %s with 401', async (_label, token) => {
    const before = await snapshot(dataDir);
    const res = await callApi(host.port, 'welcome-skip', {}, { token });
    expect(res.status).toBe(401);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(await snapshot(dataDir)).toEqual(before);
  });

  it('refuses a call from a page of another site even with the token', async () => {
    const before = await snapshot(dataDir);
    const res = await callApi(
      host.port,
      'welcome-skip',
      {},
      {
        token: TOKEN,
        headers: { origin: 'http://evil.example' },
      },
    );
    expect(res.status).toBe(403);
    expect(await snapshot(dataDir)).toEqual(before);
  });

  it('accepts a call from its own page (Origin of the loopback address)', async () => {
    const res = await callApi(
      host.port,
      'app-info',
      {},
      {
        token: TOKEN,
        headers: { origin: `http://127.0.0.1:${host.port}` },
      },
    );
    expect(res.status).toBe(200);
  });

  it.each(['GET', 'PUT', 'DELETE', 'OPTIONS'])('answers %s on the API with 405', async (method) => {
    for (const path of ['/api', '/api/app-info']) {
      const res = await send(host.port, { method, path, token: TOKEN });
      expect(res.status).toBe(405);
      expect(res.headers.allow).toBe('POST');
    }
    expect(await readdir(dataDir)).toEqual(['portfolio.json']);
  });

  it.each([
    ['announced in Content-Length', false],
    ['sent in chunks without a length', true],
  ])(
    'refuses a body over the size cap (%s) with 413 and does not call the core',
    async (_label, chunked) => {
      const before = await snapshot(dataDir);
      const oversize = JSON.stringify({ notes: 'x'.repeat(MAX_API_BODY_BYTES) });
      const res = await send(host.port, {
        method: 'POST',
        path: '/api/profile-update',
        token: TOKEN,
        body: oversize,
        chunked,
      });
      expect(res.status).toBe(413);
      expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
      expect(await snapshot(dataDir)).toEqual(before);
    },
  );

  it('accepts a body just under the size cap', async () => {
    const body = JSON.stringify({ notes: 'x'.repeat(MAX_API_BODY_BYTES - 100) });
    const res = await send(host.port, {
      method: 'POST',
      path: '/api/profile-update',
      token: TOKEN,
      body,
    });
    expect(res.status).toBe(200);
  });

  it('refuses a body that is not JSON with 400 and one sentence', async () => {
    const res = await send(host.port, {
      method: 'POST',
      path: '/api/profile-update',
      token: TOKEN,
      body: '{"name": ',
    });
    expect(res.status).toBe(400);
    const envelope = JSON.parse(res.body);
    expect(envelope).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(envelope.error.message).toMatch(/^[^.]+\.[^.]*$/);
    expect(await readdir(dataDir)).toEqual(['portfolio.json']);
  });

  it('answers an unknown channel with the core’s unknown-channel envelope', async () => {
    const res = await callApi(host.port, 'rm-rf', {}, { token: TOKEN });
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
  });
});

describe('the Host header (DNS-rebinding guard)', () => {
  it.each([
    ['another site', (port: number) => `evil.example:${port}`],
    ['127.0.0.1 on another port', (port: number) => `127.0.0.1:${port + 1}`],
    ['localhost on another port', (port: number) => `localhost:${port + 1}`],
    ['127.0.0.1 without a port', () => '127.0.0.1'],
    ['the machine’s other loopback name', (port: number) => `[::1]:${port}`],
    ['a name that only starts like ours', (port: number) => `127.0.0.1:${port}.evil.example`],
  ])('refuses %s, for files and API alike', async (_label, hostFor) => {
    const before = await snapshot(dataDir);
    const page = await send(host.port, { path: '/', host: hostFor(host.port) });
    const api = await callApi(
      host.port,
      'welcome-skip',
      {},
      { token: TOKEN, host: hostFor(host.port) },
    );
    expect(page.status).toBe(421);
    expect(page.body).not.toContain('CTO Mentor Portfolio');
    expect(api.status).toBe(421);
    expect(await snapshot(dataDir)).toEqual(before);
  });

  it.each([
    ['127.0.0.1', (port: number) => `127.0.0.1:${port}`],
    ['localhost', (port: number) => `localhost:${port}`],
    ['LOCALHOST in capitals', (port: number) => `LOCALHOST:${port}`],
  ])('serves the page to %s with its own port', async (_label, hostFor) => {
    const res = await send(host.port, { path: '/', host: hostFor(host.port) });
    expect(res.status).toBe(200);
    expect(res.body).toBe(INDEX_HTML);
  });
});

describe('static files', () => {
  it('serves index.html with the shell’s CSP and the protective headers', async () => {
    const res = await send(host.port, { path: '/?token=abc' });
    expect(res.status).toBe(200);
    expect(res.body).toBe(INDEX_HTML);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['cross-origin-opener-policy']).toBe('same-origin');
    expect(res.headers['cross-origin-resource-policy']).toBe('same-origin');
  });

  it('sends the protective headers on refusals too', async () => {
    for (const res of [
      await send(host.port, { path: '/api/app-info', method: 'POST' }),
      await send(host.port, { path: '/missing.js' }),
      await send(host.port, { path: '/', host: 'evil.example' }),
    ]) {
      expect(res.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
    }
  });

  it('serves a script with a script type', async () => {
    const res = await send(host.port, { path: '/assets/app.js' });
    expect(res.status).toBe(200);
    expect(res.body).toBe(APP_JS);
    expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
  });

  it('answers HEAD with the headers and no body', async () => {
    const res = await send(host.port, { method: 'HEAD', path: '/assets/app.js' });
    expect(res.status).toBe(200);
    expect(res.headers['content-length']).toBe(String(Buffer.byteLength(APP_JS)));
    expect(res.body).toBe('');
  });

  it('gives index.html for a route of the app', async () => {
    const res = await send(host.port, { path: '/sessions/3?token=abc' });
    expect(res.status).toBe(200);
    expect(res.body).toBe(INDEX_HTML);
  });

  it('answers 404 for a missing asset rather than the page', async () => {
    const res = await send(host.port, { path: '/assets/missing.js' });
    expect(res.status).toBe(404);
  });

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/..%2fsecret.txt',
    '/assets%2f..%2f..%2fsecret.txt',
    '/..%5csecret.txt',
    '/%2e%2e%2f%2e%2e%2fsecret.txt',
    '//secret.txt',
    '/.env',
    '/notes.md',
  ])('refuses %s', async (path) => {
    const res = await send(host.port, { path });
    expect(res.status).toBe(404);
    expect(res.body).not.toContain(SECRET);
    expect(res.body).not.toContain('HIDDEN');
    expect(res.body).not.toContain('not a kind of file');
  });

  it.each(['POST', 'PUT', 'DELETE'])('answers %s on a file with 405', async (method) => {
    const res = await send(host.port, { method, path: '/index.html', body: '' });
    expect(res.status).toBe(405);
  });
});
