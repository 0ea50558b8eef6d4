import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { JobStatus } from '@shared/jobs/job-status';
import { FILE_NAME_HEADER, reviewedSitePath } from '@shared/contract/transport';
import { openCore, type Core } from '../../../electron/core/app-core';
import { openSampleStore } from '../../../electron/core/sample/open-sample-store';
import { startHttpHost, type RunningHttpHost } from '../../../electron/host/http-server';
import { makeTempDir } from '../../support/temp-dir';
import { waitFor } from '../../support/wait-for';
import { fixedClock, sequentialIds } from '../../support/test-core';
import { callApi, send } from './loopback-request';

const TOKEN = 'bundle-route-test-token';
const NOW = '2026-11-28T12:00:00.000Z';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
let candidate: Core;
let mentor: Core;
let candidateHost: RunningHttpHost;
let mentorHost: RunningHttpHost;

async function hostFor(core: Core): Promise<RunningHttpHost> {
  return startHttpHost({
    handlers: core.handlers,
    artifacts: core.artifacts,
    bundles: core.bundleFiles,
    token: TOKEN,
    rendererDir: join(temp.path, 'renderer'),
  });
}

beforeEach(async () => {
  temp = await makeTempDir('cto-bundle-host-');
  await mkdir(join(temp.path, 'renderer'));
  await writeFile(join(temp.path, 'renderer', 'index.html'), '<!doctype html>');
  const sample = await openSampleStore({
    dir: join(temp.path, 'candidate'),
    clock: fixedClock(NOW),
    newId: sequentialIds('sample'),
  });
  await sample.store.close();
  candidate = await openCore({
    dataDir: join(temp.path, 'candidate'),
    host: 'browser',
    appVersion: '1.0.0',
  });
  mentor = await openCore({
    dataDir: join(temp.path, 'mentor'),
    host: 'browser',
    appVersion: '1.0.0',
  });
  candidateHost = await hostFor(candidate);
  mentorHost = await hostFor(mentor);
});
afterEach(async () => {
  await candidateHost.close();
  await mentorHost.close();
  await candidate.close();
  await mentor.close();
  await temp.remove();
});

async function api<T>(port: number, channel: string, input: unknown): Promise<T> {
  const res = await callApi(port, channel, input, { token: TOKEN });
  const envelope = JSON.parse(res.body) as { ok: boolean; result: T; error?: { message: string } };
  if (!envelope.ok) throw new Error(envelope.error?.message);
  return envelope.result;
}

async function finished(port: number, jobId: string): Promise<JobStatus> {
  let status!: JobStatus;
  await waitFor(
    async () => (status = await api<JobStatus>(port, 'job-status', { jobId })).state !== 'running',
    { what: `job ${jobId} to finish`, timeoutMs: 15_000 },
  );
  return status;
}

/** Export the candidate's portfolio through the browser host and download it. */
async function downloadedBundle(): Promise<Buffer> {
  const { jobId } = await api<{ jobId: string }>(candidateHost.port, 'bundle-export-start', {
    includePrivate: false,
  });
  const done = await finished(candidateHost.port, jobId);
  expect(done).toMatchObject({ state: 'done', exported: { savedTo: null } });
  const path = done.exported!.downloadPath!;
  expect((await send(candidateHost.port, { path })).status).toBe(401);
  const res = await new Promise<Buffer>((resolve, reject) => {
    fetch(`http://127.0.0.1:${candidateHost.port}${path}?token=${TOKEN}`)
      .then(async (answer) => {
        expect(answer.status).toBe(200);
        expect(answer.headers.get('content-disposition')).toMatch(
          /^attachment; filename="Jordan Rivera portfolio 2026-\d\d-\d\d\.ctoportfolio"/,
        );
        resolve(Buffer.from(await answer.arrayBuffer()));
      })
      .catch(reject);
  });
  return res;
}

async function uploadBundle(bytes: Buffer): Promise<string> {
  const res = await send(mentorHost.port, {
    method: 'POST',
    path: '/upload/bundle',
    token: TOKEN,
    headers: { [FILE_NAME_HEADER]: encodeURIComponent('Jordan.ctoportfolio') },
    body: bytes,
    chunked: true,
  });
  const envelope = JSON.parse(res.body) as { ok: boolean; result: { uploadId: string } };
  expect(envelope.ok).toBe(true);
  return envelope.result.uploadId;
}

describe('bundles through the browser host', () => {
  it('exports for download, takes the upload, shows the summary, imports for review and serves its web version inert', async () => {
    const bytes = await downloadedBundle();
    expect(bytes.subarray(0, 2).toString()).toBe('PK');

    const uploadId = await uploadBundle(bytes);
    const { jobId } = await api<{ jobId: string }>(mentorHost.port, 'bundle-import-inspect', {
      source: { kind: 'upload', uploadId },
    });
    const inspected = await finished(mentorHost.port, jobId);
    expect(inspected.state).toBe('done');
    const summary = inspected.importSummary!;
    expect(summary).toMatchObject({
      fileName: 'Jordan.ctoportfolio',
      bundleBytes: bytes.length,
      canAdoptInstead: true,
      origin: { name: 'Jordan Rivera' },
    });
    // The upload is gone once inspected: the staging folder holds what the import needs.
    expect(await readdir(join(temp.path, 'mentor', '.uploads'))).toEqual([]);

    const result = await api<{ kind: string; reviewedPortfolioId: string }>(
      mentorHost.port,
      'bundle-import-commit',
      { inspectionId: summary.inspectionId, as: 'review' },
    );
    expect(result.kind).toBe('review-new');
    const reviewed = await api<{ origin: { portfolioId: string } }[]>(
      mentorHost.port,
      'reviewed-list',
      {},
    );
    expect(reviewed.map((r) => r.origin.portfolioId)).toEqual([result.reviewedPortfolioId]);

    const pid = result.reviewedPortfolioId;
    const index = await send(mentorHost.port, { path: reviewedSitePath(TOKEN, pid) });
    expect(index.status).toBe(200);
    expect(index.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(index.headers['content-security-policy']).toContain('sandbox allow-same-origin');
    expect(index.headers['content-security-policy']).not.toContain('script');
    expect(index.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(index.body).toContain('Jordan Rivera');
    const css = await send(mentorHost.port, {
      path: reviewedSitePath(TOKEN, pid, 'site/style.css'),
    });
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
    const artifactLink = /src="(artifacts\/[0-9a-f]{64})"/.exec(index.body + css.body)?.[1];
    const imagePage = await send(mentorHost.port, {
      path: reviewedSitePath(TOKEN, pid, 'site/artifacts.html'),
    });
    const image = /src="\.\.\/(artifacts\/[0-9a-f]{64})"/.exec(imagePage.body)?.[1] ?? artifactLink;
    expect(image).toBeDefined();
    const file = await send(mentorHost.port, { path: reviewedSitePath(TOKEN, pid, image) });
    expect(file.status).toBe(200);
    expect(file.headers['content-type']).toBe('image/png');

    expect((await send(mentorHost.port, { path: reviewedSitePath('wrong', pid) })).status).toBe(
      401,
    );
    for (const path of [
      reviewedSitePath(TOKEN, pid, 'portfolio.json'),
      reviewedSitePath(TOKEN, pid, 'review.json'),
      `/reviewed/${TOKEN}/${pid}/site/..%2F..%2F..%2Fcandidate%2Fportfolio.json`,
      reviewedSitePath(TOKEN, '..', 'candidate/portfolio.json'),
    ]) {
      expect((await send(mentorHost.port, { path })).status, path).toBe(404);
    }
  });

  it('never opens or writes a path a page names', async () => {
    const secret = join(temp.path, 'candidate', 'portfolio.json');
    const inspect = await callApi(
      mentorHost.port,
      'bundle-import-inspect',
      { source: { kind: 'path', path: secret } },
      { token: TOKEN },
    );
    expect(JSON.parse(inspect.body)).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/only works in the desktop app/) },
    });
    const exported = await callApi(
      candidateHost.port,
      'bundle-export-start',
      { includePrivate: false, destination: join(temp.path, 'elsewhere.ctoportfolio') },
      { token: TOKEN },
    );
    expect(JSON.parse(exported.body)).toMatchObject({ ok: false });
    expect(await readdir(temp.path)).not.toContain('elsewhere.ctoportfolio');
    // Review files the same: no path read, no destination written.
    const review = await callApi(
      mentorHost.port,
      'review-import-inspect',
      { source: { kind: 'path', path: secret } },
      { token: TOKEN },
    );
    expect(JSON.parse(review.body)).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/only works in the desktop app/) },
    });
    const reviewExport = await callApi(
      mentorHost.port,
      'review-export',
      { portfolioId: 'p-1', destination: join(temp.path, 'elsewhere.ctoreview') },
      { token: TOKEN },
    );
    expect(JSON.parse(reviewExport.body)).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/only works in the desktop app/) },
    });
    expect(await readdir(temp.path)).not.toContain('elsewhere.ctoreview');
  });

  it('leaves no file when an export is cancelled', async () => {
    const { jobId } = await api<{ jobId: string }>(candidateHost.port, 'bundle-export-start', {
      includePrivate: true,
    });
    const cancelled = await api<JobStatus>(candidateHost.port, 'job-cancel', { jobId });
    expect(cancelled.state).toBe('cancelled');
    const left = await readdir(join(temp.path, 'candidate', 'exports'), {
      recursive: true,
    }).catch(() => []);
    expect(left.filter((name) => name.includes('.ctoportfolio'))).toEqual([]);
  });

  it('tells in one sentence that an upload is gone', async () => {
    const res = await callApi(
      mentorHost.port,
      'bundle-import-inspect',
      { source: { kind: 'upload', uploadId: 'never-uploaded' } },
      { token: TOKEN },
    );
    expect(JSON.parse(res.body)).toEqual({
      ok: false,
      error: {
        code: 'not-found',
        message: 'That bundle is no longer here; choose the file again.',
      },
    });
  });
});

describe('exports waiting for download', () => {
  it('keeps only the newest three, so exporting again and again does not fill the disk', async () => {
    const paths: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      const { jobId } = await api<{ jobId: string }>(candidateHost.port, 'bundle-export-start', {
        includePrivate: false,
      });
      paths.push((await finished(candidateHost.port, jobId)).exported!.downloadPath!);
    }
    const statuses = [];
    for (const path of paths) {
      statuses.push((await send(candidateHost.port, { path: `${path}?token=${TOKEN}` })).status);
    }
    expect(statuses).toEqual([404, 404, 200, 200, 200]);
    expect(await readdir(join(temp.path, 'candidate', 'exports'))).toHaveLength(3);
  });
});
