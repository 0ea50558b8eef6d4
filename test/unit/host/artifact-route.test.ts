import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FILE_NAME_HEADER } from '@shared/contract/transport';
import { openCore, type Core } from '../../../electron/core/app-core';
import { startHttpHost, type RunningHttpHost } from '../../../electron/host/http-server';
import { uploadedFileName } from '../../../electron/host/upload-route';
import { makeTempDir } from '../../support/temp-dir';
import { filesInStore } from '../artifacts/library-fixture';
import { callApi, send } from './loopback-request';

const TOKEN = 'artifact-route-test-token';
let temp: Awaited<ReturnType<typeof makeTempDir>>;
let data: string;
let core: Core;
let host: RunningHttpHost;

beforeEach(async () => {
  temp = await makeTempDir('cto-artifact-host-');
  data = join(temp.path, 'data');
  await mkdir(join(temp.path, 'renderer'));
  await writeFile(join(temp.path, 'renderer', 'index.html'), '<!doctype html>');
  core = await openCore({ dataDir: data, host: 'browser', appVersion: '0.0.0-test' });
  host = await startHttpHost({
    handlers: core.handlers,
    artifacts: core.artifacts,
    token: TOKEN,
    rendererDir: join(temp.path, 'renderer'),
  });
});
afterEach(async () => {
  await host.close();
  await core.close();
  await temp.remove();
});

const upload = (fileName: string, body: string, { withToken = true } = {}) =>
  send(host.port, {
    method: 'POST',
    path: '/upload/artifact',
    ...(withToken ? { token: TOKEN } : {}),
    headers: { [FILE_NAME_HEADER]: encodeURIComponent(fileName), 'content-type': 'text/plain' },
    body,
    chunked: true,
  });

async function uploaded(fileName: string, body: string) {
  const res = await upload(fileName, body);
  const envelope = JSON.parse(res.body) as { ok: boolean; result: { id: string; sha256: string } };
  expect(envelope.ok).toBe(true);
  return envelope.result;
}

describe('uploading an artifact', () => {
  it('streams the body into the store and answers the new record', async () => {
    const res = await upload('Meeting notes.txt', 'notes from the call');
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({
      ok: true,
      result: { title: 'Meeting notes', fileName: 'Meeting notes.txt', size: 19 },
    });
    await expect(core.handlers['portfolio-get']({})).resolves.toMatchObject({
      artifacts: [{ fileName: 'Meeting notes.txt' }],
    });
    expect(await filesInStore(data)).toHaveLength(1);
  });

  it('stores an uploaded copy of the same content once', async () => {
    await uploaded('a.txt', 'same');
    await uploaded('b.txt', 'same');
    expect(await filesInStore(data)).toHaveLength(1);
  });

  it('refuses an upload without the token and stores nothing', async () => {
    const res = await upload('a.txt', 'sneaky', { withToken: false });
    expect(res.status).toBe(401);
    expect(await filesInStore(data)).toEqual([]);
  });

  it('refuses an upload from another site', async () => {
    const res = await send(host.port, {
      method: 'POST',
      path: '/upload/artifact',
      token: TOKEN,
      headers: { origin: 'https://evil.example', [FILE_NAME_HEADER]: 'a.txt' },
      body: 'x',
    });
    expect(res.status).toBe(403);
    expect(await filesInStore(data)).toEqual([]);
  });

  it.each([
    ['../../etc/passwd', 'passwd'],
    ['C:\\Users\\me\\plan.pdf', 'plan.pdf'],
    ['plain.txt', 'plain.txt'],
    ['', null],
    ['..', null],
    ['%E0%A4%A', null],
  ])('keeps only the name of %j', (header, expected) => {
    expect(uploadedFileName(header === '%E0%A4%A' ? header : encodeURIComponent(header))).toBe(
      expected,
    );
  });
});

describe('reading an artifact', () => {
  it('serves the file by id with the token in the query, as <img src> asks for it', async () => {
    const { id } = await uploaded('notes.txt', 'hello artifact');
    const res = await send(host.port, { path: `/artifact/${id}?token=${TOKEN}` });
    expect(res.status).toBe(200);
    expect(res.body).toBe('hello artifact');
    expect(res.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toMatch(/^default-src 'none'.*sandbox$/);
  });

  it('answers a byte range with 206, and a range past the end with 416', async () => {
    const { id } = await uploaded('clip.mp4', '0123456789');
    const part = await send(host.port, {
      path: `/artifact/${id}?token=${TOKEN}`,
      headers: { range: 'bytes=-4' },
    });
    expect(part.status).toBe(206);
    expect(part.body).toBe('6789');
    expect(part.headers['content-range']).toBe('bytes 6-9/10');
    const past = await send(host.port, {
      path: `/artifact/${id}?token=${TOKEN}`,
      headers: { range: 'bytes=10-' },
    });
    expect(past.status).toBe(416);
  });

  it('serves an HTML artifact as an inert download', async () => {
    const { id } = await uploaded('page.html', '<script>alert(1)</script>');
    const res = await send(host.port, { path: `/artifact/${id}?token=${TOKEN}` });
    expect(res.headers['content-type']).toBe('application/octet-stream');
    expect(res.headers['content-disposition']).toMatch(/^attachment;/);
  });

  it.each([
    ['no token', (id: string) => `/artifact/${id}`, 401],
    ['a wrong token', (id: string) => `/artifact/${id}?token=nope`, 401],
    ['an unknown id', () => `/artifact/no-such-id?token=${TOKEN}`, 404],
    ['a path for an id', () => `/artifact/..%2fportfolio.json?token=${TOKEN}`, 404],
  ])('refuses %s', async (_what, pathOf, status) => {
    const { id } = await uploaded('secret.txt', 'private words');
    const res = await send(host.port, { path: pathOf(id) });
    expect(res.status).toBe(status);
    expect(res.body).not.toContain('private words');
  });

  it('no longer serves a deleted artifact', async () => {
    const { id } = await uploaded('gone.txt', 'gone');
    await core.handlers['artifact-delete']({ id });
    const res = await send(host.port, { path: `/artifact/${id}?token=${TOKEN}` });
    expect(res.status).toBe(404);
  });
});

describe('adding by path over HTTP', () => {
  it('is refused with a sentence: a page must never name a file on disk', async () => {
    const secret = join(temp.path, 'secret.txt');
    await writeFile(secret, 'not for pages');
    const res = await callApi(
      host.port,
      'artifact-add-paths',
      { paths: [secret] },
      { token: TOKEN },
    );
    expect(JSON.parse(res.body)).toEqual({
      ok: false,
      error: {
        code: 'unknown-channel',
        message:
          'Adding files by their path only works in the desktop app; upload the files instead.',
      },
    });
    expect(await filesInStore(data)).toEqual([]);
    expect((await core.handlers['portfolio-get']({})).artifacts).toEqual([]);
  });
});
