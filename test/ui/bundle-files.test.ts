import { describe, expect, it } from 'vitest';
import type { Channel, Invoke } from '@shared/contract/contract';
import type { DesktopFileBridge } from '@shared/contract/transport';
import { ApiError } from '../../renderer/api/api-error';
import { browserBundleFiles, electronBundleFiles } from '../../renderer/api/bundle-files';
import { FakeRequest } from './support/fake-request';

/** An invoke that records each call and answers a job id, as the core does. */
function recordingInvoke() {
  const calls: { channel: Channel; input: unknown }[] = [];
  const invoke = ((channel: Channel, input: unknown) => {
    calls.push({ channel, input });
    return Promise.resolve({ jobId: 'job-1' });
  }) as Invoke;
  return { calls, invoke };
}

const browserFiles = (invoke: Invoke) =>
  browserBundleFiles('secret', invoke, () => new FakeRequest() as unknown as XMLHttpRequest);

describe('browser host bundles', () => {
  it('uploads the bundle with the token and its name, then inspects that upload', async () => {
    const { calls, invoke } = recordingInvoke();
    const progress: number[] = [];
    const file = new File(['PK'], 'Jordan portfolio.ctoportfolio');
    const started = browserFiles(invoke).startInspection(file, {
      signal: new AbortController().signal,
      onProgress: (loaded) => progress.push(loaded),
    });
    const request = FakeRequest.last!;
    expect(request).toMatchObject({ method: 'POST', url: '/upload/bundle', body: file });
    expect(request.headers).toMatchObject({
      'x-cto-token': 'secret',
      'x-cto-file-name': 'Jordan%20portfolio.ctoportfolio',
    });
    request.progress(1, 2);
    request.answer({ ok: true, result: { uploadId: 'up-7' } });
    expect(await started).toBe('job-1');
    expect(progress).toEqual([1]);
    expect(calls).toEqual([
      { channel: 'bundle-import-inspect', input: { source: { kind: 'upload', uploadId: 'up-7' } } },
    ]);
  });

  it('stops the upload on Cancel and inspects nothing', async () => {
    const { calls, invoke } = recordingInvoke();
    const controller = new AbortController();
    const started = browserFiles(invoke).startInspection(new File(['PK'], 'a.ctoportfolio'), {
      signal: controller.signal,
      onProgress: () => undefined,
    });
    controller.abort();
    await expect(started).rejects.toMatchObject({ name: 'AbortError' });
    expect(FakeRequest.last?.aborted).toBe(true);
    expect(calls).toEqual([]);
  });

  it("passes on the host's sentence when it refuses the upload", async () => {
    const { invoke } = recordingInvoke();
    const started = browserFiles(invoke).startInspection(new File(['x'], 'a.ctoportfolio'), {
      signal: new AbortController().signal,
      onProgress: () => undefined,
    });
    FakeRequest.last!.answer({
      ok: false,
      error: { code: 'disk-full', message: 'The disk is full.' },
    });
    await expect(started).rejects.toEqual(new ApiError('disk-full', 'The disk is full.'));
  });

  it('downloads exports and shows reviewed sites with the page token', () => {
    const files = browserFiles(recordingInvoke().invoke);
    expect(files.chooseDestination).toBeNull();
    expect(files.downloadUrl('/download/export/job-1')).toBe('/download/export/job-1?token=secret');
    expect(files.siteAccess).toBe('secret');
  });
});

/** The preload's bridge as far as bundles go; the rest is never called here. */
function fakeBridge(answers: { destination?: string | null } = {}) {
  let opened: ((started: { jobId: string }) => void) | null = null;
  const inspected: object[] = [];
  const bridge: DesktopFileBridge = {
    addDroppedFiles: () => Promise.reject(new Error('not used')),
    openArtifact: () => Promise.reject(new Error('not used')),
    showArtifactInFolder: () => Promise.reject(new Error('not used')),
    inspectDroppedBundle: (file) => {
      inspected.push(file);
      return Promise.resolve({ ok: true, result: { jobId: 'job-9' } });
    },
    chooseExportDestination: () =>
      Promise.resolve({ ok: true, result: { path: answers.destination ?? null } }),
    onBundleOpened: (listener) => {
      opened = listener;
    },
    inspectDroppedReview: () => Promise.reject(new Error('not used')),
    onReviewOpened: () => undefined,
  };
  return { bridge, inspected, open: (jobId: string) => opened?.({ jobId }) };
}

describe('Electron bundles', () => {
  it('hands the chosen file to the bridge, which starts the inspection', async () => {
    const { bridge, inspected } = fakeBridge();
    const file = new File(['PK'], 'a.ctoportfolio');
    const jobId = await electronBundleFiles(bridge).startInspection(file, {
      signal: new AbortController().signal,
      onProgress: () => undefined,
    });
    expect(jobId).toBe('job-9');
    expect(inspected).toEqual([file]);
  });

  it("answers the save dialog's path, or null when the user cancelled it", async () => {
    expect(
      await electronBundleFiles(
        fakeBridge({ destination: '/home/j/p.ctoportfolio' }).bridge,
      ).chooseDestination?.('p.ctoportfolio'),
    ).toBe('/home/j/p.ctoportfolio');
    expect(
      await electronBundleFiles(fakeBridge().bridge).chooseDestination?.('p.ctoportfolio'),
    ).toBeNull();
  });

  it('keeps a bundle opened before the page listens until it does, then tells each listener', () => {
    const { bridge, open } = fakeBridge();
    const files = electronBundleFiles(bridge);
    open('early');
    const heard: string[] = [];
    const stop = files.onBundleOpened((jobId) => heard.push(jobId));
    open('later');
    stop();
    open('unheard');
    expect(heard).toEqual(['early', 'later']);
    expect(files.siteAccess).toBe('app');
  });
});
