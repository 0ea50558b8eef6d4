import { access, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UserError } from '../../../electron/core/errors';
import { serveApp, type ServedApp } from '../../../electron/host/serve-app';
import { makeTempDir } from '../../support/temp-dir';
import { callApi, send } from './loopback-request';

/** The browser host end to end over HTTP, in front of the real core. */
let temp: Awaited<ReturnType<typeof makeTempDir>>;
let dataDir: string;
let rendererDir: string;
const opened: ServedApp[] = [];

async function serve(options: { port?: number } = {}): Promise<ServedApp & { port: number }> {
  const app = await serveApp({ dataDir, rendererDir, appVersion: '9.8.7-test', ...options });
  opened.push(app);
  return { ...app, port: Number(new URL(app.url).port) };
}

beforeEach(async () => {
  temp = await makeTempDir('cto-serve-');
  dataDir = join(temp.path, 'data');
  rendererDir = join(temp.path, 'renderer');
  await mkdir(rendererDir);
  await writeFile(
    join(rendererDir, 'index.html'),
    '<!doctype html><title>CTO Mentor Portfolio</title>',
  );
});

afterEach(async () => {
  await Promise.all(opened.splice(0).map((app) => app.close()));
  await temp.remove();
});

describe('serveApp', () => {
  it('gives a loopback URL carrying a fresh 32-byte token', async () => {
    const first = await serve();
    const url = new URL(first.url);
    expect(url.origin).toBe(`http://127.0.0.1:${first.port}`);
    expect(url.pathname).toBe('/');
    expect(url.searchParams.get('token')).toBe(first.token);
    expect(Buffer.from(first.token, 'base64url')).toHaveLength(32);
    await first.close();
    const second = await serve();
    expect(second.token).not.toBe(first.token);
  });

  it('answers app-info and portfolio-get from the real core with the token', async () => {
    const app = await serve();
    const info = JSON.parse((await callApi(app.port, 'app-info', {}, { token: app.token })).body);
    expect(info).toMatchObject({
      ok: true,
      result: { host: 'browser', version: '9.8.7-test', dataDir, workspace: 'own' },
    });
    const portfolio = JSON.parse(
      (await callApi(app.port, 'portfolio-get', {}, { token: app.token })).body,
    );
    expect(portfolio.ok).toBe(true);
    expect(portfolio.result.sessions).toHaveLength(10);
  });

  it('saves a change made with the token to the data folder', async () => {
    const app = await serve();
    const res = await callApi(
      app.port,
      'profile-update',
      { name: 'Ada Lovelace' },
      { token: app.token },
    );
    expect(JSON.parse(res.body)).toMatchObject({ ok: true, result: { name: 'Ada Lovelace' } });
    const disk = JSON.parse(await readFile(join(dataDir, 'portfolio.json'), 'utf8'));
    expect(disk.profile.name).toBe('Ada Lovelace');
  });

  it('leaves the portfolio file byte for byte unchanged when a change comes without the token', async () => {
    const app = await serve();
    const before = await readFile(join(dataDir, 'portfolio.json'));
    const res = await callApi(app.port, 'profile-update', { name: 'Mallory' });
    expect(res.status).toBe(401);
    expect(await readFile(join(dataDir, 'portfolio.json'))).toEqual(before);
  });

  it('passes the core’s own refusals through as envelopes', async () => {
    const app = await serve();
    const res = await callApi(app.port, 'profile-update', { shoeSize: 44 }, { token: app.token });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('releases the data folder on close, so it can be served again', async () => {
    const app = await serve();
    await expect(serveApp({ dataDir, rendererDir, appVersion: 'x' })).rejects.toMatchObject({
      code: 'store-locked',
    });
    await app.close();
    await app.close();
    await expect(access(join(dataDir, 'portfolio.lock'))).rejects.toMatchObject({ code: 'ENOENT' });
    await expect(send(app.port)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    const again = await serve();
    expect((await send(again.port)).status).toBe(200);
  });

  it('refuses a port in use with one sentence and leaves the folder unlocked', async () => {
    const first = await serve();
    const otherData = join(temp.path, 'other');
    const attempt = serveApp({
      dataDir: otherData,
      rendererDir,
      port: first.port,
      appVersion: 'x',
    });
    await expect(attempt).rejects.toBeInstanceOf(UserError);
    await expect(attempt).rejects.toThrow(`Port ${first.port} is already in use`);
    await expect(access(join(otherData, 'portfolio.lock'))).rejects.toMatchObject({
      code: 'ENOENT',
    });
  });

  it('says to build first when the renderer is missing, before touching the data folder', async () => {
    const attempt = serveApp({ dataDir, rendererDir: join(temp.path, 'nowhere'), appVersion: 'x' });
    await expect(attempt).rejects.toBeInstanceOf(UserError);
    await expect(attempt).rejects.toThrow(/run `npm run build` first\.$/);
    await expect(access(dataDir)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('reports the version of package.json when none is given', async () => {
    const manifest = JSON.parse(await readFile('package.json', 'utf8'));
    const app = await serveApp({ dataDir, rendererDir });
    opened.push(app);
    const port = Number(new URL(app.url).port);
    const info = JSON.parse((await callApi(port, 'app-info', {}, { token: app.token })).body);
    expect(info.result.version).toBe(manifest.version);
  });
});
