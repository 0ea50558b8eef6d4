import { describe, expect, it } from 'vitest';
import { ApiError } from '../../renderer/api/api-error';
import { browserArtifactFiles } from '../../renderer/api/artifact-files';
import { httpTransport, KEEPALIVE_MAX_BODY_BYTES } from '../../renderer/api/transport';
import { artifactRecord } from '../support/record-builders';
import { FakeRequest } from './support/fake-request';

const files = () =>
  browserArtifactFiles('secret', () => new FakeRequest() as unknown as XMLHttpRequest);
const artifact = artifactRecord('a1', new Date('2026-01-01T00:00:00.000Z'), {
  title: 'Plan',
  size: 4,
  fileName: 'Plan ü.pdf',
});

describe('browser host artifact files', () => {
  it('streams the file with the token and its encoded name, reporting progress', async () => {
    const progress: number[] = [];
    const file = new File(['%PDF'], 'Plan ü.pdf', { type: 'application/pdf' });
    const added = files().addFile(file, {
      signal: new AbortController().signal,
      onProgress: (loaded) => progress.push(loaded),
    });
    const request = FakeRequest.last!;
    expect(request).toMatchObject({ method: 'POST', url: '/upload/artifact', body: file });
    expect(request.headers).toMatchObject({
      'x-cto-token': 'secret',
      'x-cto-file-name': 'Plan%20%C3%BC.pdf',
      'content-type': 'application/pdf',
    });
    request.progress(2, 4);
    request.answer({ ok: true, result: artifact });
    expect((await added).map((a) => a.id)).toEqual(['a1']);
    expect(progress).toEqual([2]);
  });

  it('cancels the request when asked, and says why the host refused a file', async () => {
    const controller = new AbortController();
    const cancelled = files().addFile(new File(['x'], 'x.bin'), {
      signal: controller.signal,
      onProgress: () => undefined,
    });
    controller.abort();
    expect(FakeRequest.last!.aborted).toBe(true);
    await expect(cancelled).rejects.toMatchObject({ name: 'AbortError' });

    const refused = files().addFile(new File(['x'], 'x.bin'), {
      signal: new AbortController().signal,
      onProgress: () => undefined,
    });
    FakeRequest.last!.answer({
      ok: false,
      error: { code: 'disk-full', message: 'The disk is full.' },
    });
    await expect(refused).rejects.toEqual(new ApiError('disk-full', 'The disk is full.'));
  });

  it('builds artifact addresses with the token, and asks for a download when told', () => {
    expect(files().url('a 1')).toBe('/artifact/a%201?token=secret');
    expect(files().url('a1', { download: true })).toBe('/artifact/a1?token=secret&download=1');
  });
});

describe('browser host transport', () => {
  it('sends small requests with keepalive, so a save outlives a closing tab', async () => {
    const seen: RequestInit[] = [];
    const transport = httpTransport('t', async (_url, init) => {
      seen.push(init!);
      return new Response('{"ok":true,"result":null}');
    });
    await transport('reflection-update', { id: 'r1', title: 'x' });
    await transport('reflection-update', { id: 'r1', title: 'x'.repeat(KEEPALIVE_MAX_BODY_BYTES) });
    expect(seen.map((init) => init.keepalive)).toEqual([true, false]);
  });

  it('sends again without keepalive when the browser refuses it', async () => {
    const seen: RequestInit[] = [];
    const transport = httpTransport('t', async (_url, init) => {
      seen.push(init!);
      if (init?.keepalive) throw new TypeError('keepalive quota exceeded');
      return new Response('{"ok":true,"result":1}');
    });
    expect(await transport('reflection-update', { id: 'r1' })).toEqual({ ok: true, result: 1 });
    expect(seen.map((init) => init.keepalive)).toEqual([true, undefined]);
  });
});
