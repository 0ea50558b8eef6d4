import { spawnSync } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FILE_NAME_HEADER } from '@shared/contract/transport';
import { openCore, type Core } from '../../../electron/core/app-core';
import { startHttpHost, type RunningHttpHost } from '../../../electron/host/http-server';
import { makeTempDir } from '../../support/temp-dir';
import { snapshotFolder } from '../bundle/folder-snapshot';
import { callApi, send, type LoopbackResponse } from './loopback-request';

const TOKEN = 'route-failures-test-token';
let temp: Awaited<ReturnType<typeof makeTempDir>>;
let data: string;
let core: Core | null = null;
let host: RunningHttpHost | null = null;

async function start(dataDir: string): Promise<RunningHttpHost> {
  data = dataDir;
  core = await openCore({ dataDir, host: 'browser', appVersion: '0.0.0-test' });
  host = await startHttpHost({
    handlers: core.handlers,
    artifacts: core.artifacts,
    bundles: core.bundleFiles,
    token: TOKEN,
    rendererDir: join(temp.path, 'renderer'),
  });
  return host;
}

beforeEach(async () => {
  temp = await makeTempDir('cto-route-failures-');
  await mkdir(join(temp.path, 'renderer'));
  await writeFile(join(temp.path, 'renderer', 'index.html'), '<!doctype html>');
});
afterEach(async () => {
  await host?.close();
  await core?.close();
  host = null;
  core = null;
  await temp.remove();
});

/** Large enough that the page is still sending when a failing store answers. */
const BIG_BODY = Buffer.alloc(8 * 1024 * 1024, 7);

const upload = (port: number, path: string, fileName: string) =>
  send(port, {
    method: 'POST',
    path,
    token: TOKEN,
    headers: { [FILE_NAME_HEADER]: encodeURIComponent(fileName) },
    body: BIG_BODY,
    chunked: true,
  });

/** The answer is a status and one sentence as an error envelope (the connection was not cut). */
function expectSentence(res: LoopbackResponse, status: number, code: string, sentence: RegExp) {
  expect(res.status).toBe(status);
  expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
  const envelope = JSON.parse(res.body) as {
    ok: boolean;
    error: { code: string; message: string };
  };
  expect(envelope).toMatchObject({ ok: false, error: { code } });
  expect(envelope.error.message).toMatch(sentence);
  expect(envelope.error.message).not.toMatch(/\n|does not exist|internal/);
}

/** A file where the store's folder should be: unusable even for root, as read-only is for others. */
async function blockFolder(path: string): Promise<void> {
  await rm(path, { recursive: true, force: true });
  await writeFile(path, 'in the way');
}

describe('uploads to a data folder that cannot be written', () => {
  it('answers an artifact upload with its sentence while the page is still sending', async () => {
    const { port } = await start(join(temp.path, 'data'));
    await blockFolder(join(data, 'artifacts'));
    const before = await snapshotFolder(data);
    const res = await upload(port, '/upload/artifact', 'plan.pdf');
    expectSentence(
      res,
      200,
      'invalid-input',
      /^Could not store plan\.pdf .* is a file, not a folder/,
    );
    expect(await snapshotFolder(data)).toEqual(before);
    // The connection was read to the end and the host answers the next request as usual.
    expect((await callApi(port, 'portfolio-get', {}, { token: TOKEN })).status).toBe(200);
  });

  it('answers a bundle upload with what is wrong, not that the folder does not exist', async () => {
    const { port } = await start(join(temp.path, 'data'));
    await blockFolder(join(data, '.uploads'));
    const res = await upload(port, '/upload/bundle', 'candidate.ctoportfolio');
    expectSentence(
      res,
      200,
      'invalid-input',
      /^Could not receive the bundle: part of .*\.uploads is a file/,
    );
  });
});

/** A real read-only file system where the machine allows it (root with mount rights). */
function canMount(): boolean {
  return (
    process.platform === 'linux' &&
    process.getuid?.() === 0 &&
    spawnSync('mount', ['--version']).status === 0
  );
}

describe.skipIf(!canMount())('a data folder whose file system became read-only', () => {
  let mountPoint = '';
  const mount = (...args: string[]) => spawnSync('mount', args, { encoding: 'utf8' });

  beforeEach(async (context) => {
    mountPoint = join(temp.path, 'mounted');
    await mkdir(mountPoint);
    if (mount('-t', 'tmpfs', '-o', 'size=64m', 'tmpfs', mountPoint).status !== 0) {
      context.skip('mounting a tmpfs is not allowed here');
    }
  });
  afterEach(async () => {
    mount('-o', 'remount,rw', mountPoint);
    await host?.close();
    await core?.close();
    host = null;
    core = null;
    spawnSync('umount', [mountPoint]);
  });

  it('answers artifact and bundle uploads with the read-only sentence', async () => {
    const { port } = await start(join(mountPoint, 'data'));
    await rm(join(data, 'artifacts'), { recursive: true, force: true });
    expect(mount('-o', 'remount,ro', mountPoint).status).toBe(0);

    const artifact = await upload(port, '/upload/artifact', 'plan.pdf');
    expectSentence(artifact, 200, 'read-only', /^Could not store plan\.pdf .* is read-only/);
    const bundle = await upload(port, '/upload/bundle', 'candidate.ctoportfolio');
    expectSentence(
      bundle,
      200,
      'read-only',
      /^Could not receive the bundle: .*\.uploads is read-only/,
    );
  });
});

/** A request written by hand, for what node's client will not send (two Host lines). */
function rawRequest(port: number, head: string, body = ''): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.end(`${head}\r\n\r\n${body}`));
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    socket.on('error', reject);
  });
}

describe('requests the host refuses', () => {
  it('refuses two Host headers with 400, even when both name the host itself', async () => {
    const { port } = await start(join(temp.path, 'data'));
    for (const second of [`127.0.0.1:${port}`, 'evil.example']) {
      const answer = await rawRequest(
        port,
        ['GET / HTTP/1.1', `Host: 127.0.0.1:${port}`, `Host: ${second}`, 'Connection: close'].join(
          '\r\n',
        ),
      );
      expect(answer).toMatch(/^HTTP\/1\.1 400 /);
      expect(answer).toContain(
        '"message":"The request names its host twice; send one Host header."',
      );
    }
    expect((await send(port, { path: '/' })).status).toBe(200);
  });

  it('refuses a body that is not valid UTF-8 and stores nothing', async () => {
    const { port } = await start(join(temp.path, 'data'));
    const before = await snapshotFolder(data);
    const json = Buffer.from('{"name":"Jos\u00e9"}', 'latin1'); // é as one byte: not UTF-8
    const res = await send(port, {
      method: 'POST',
      path: '/api/profile-update',
      token: TOKEN,
      headers: { 'content-type': 'application/json' },
      body: json,
    });
    expectSentence(
      res,
      400,
      'invalid-input',
      /^The request body is not valid UTF-8 text, so nothing was saved/,
    );
    expect(await snapshotFolder(data)).toEqual(before);
    const profile = await callApi(port, 'profile-update', { name: 'José' }, { token: TOKEN });
    expect(JSON.parse(profile.body)).toMatchObject({ ok: true, result: { name: 'José' } });
  });
});
