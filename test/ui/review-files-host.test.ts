import { describe, expect, it } from 'vitest';
import type { Channel, Invoke } from '@shared/contract/contract';
import type { DesktopFileBridge } from '@shared/contract/transport';
import type { ReviewImportSummary } from '@shared/review/review-import-summary';
import { browserBundleFiles, electronBundleFiles } from '../../renderer/api/bundle-files';
import { MENTOR } from '../support/review-builders';
import { FakeRequest } from './support/fake-request';

const SUMMARY: ReviewImportSummary = {
  inspectionId: 'inspection-1',
  fileName: 'Jordan review.ctoreview',
  fileBytes: 2048,
  reviewer: MENTOR,
  portfolioId: 'portfolio-1',
  exportedAt: '2026-11-20T10:00:00.000Z',
  outcome: 'new',
  keptExportedAt: null,
  counts: { grades: 1, comments: 0, reports: 0 },
  news: [],
  sentence: 'This review brings 1 grade.',
};

const noUpload = { signal: new AbortController().signal, onProgress: () => undefined };

describe('review files in the browser host', () => {
  it('uploads the review file as a bundle is uploaded, then asks the core to check that upload', async () => {
    const calls: { channel: Channel; input: unknown }[] = [];
    const invoke = ((channel: Channel, input: unknown) => {
      calls.push({ channel, input });
      return Promise.resolve(SUMMARY);
    }) as Invoke;
    const files = browserBundleFiles(
      'secret',
      invoke,
      () => new FakeRequest() as unknown as XMLHttpRequest,
    );
    const file = new File(['PK'], 'Jordan review.ctoreview');
    const checked = files.inspectReview(file, noUpload);
    const request = FakeRequest.last!;
    expect(request).toMatchObject({ method: 'POST', url: '/upload/bundle', body: file });
    request.answer({ ok: true, result: { uploadId: 'up-3' } });
    expect(await checked).toEqual(SUMMARY);
    expect(calls).toEqual([
      { channel: 'review-import-inspect', input: { source: { kind: 'upload', uploadId: 'up-3' } } },
    ]);
  });
});

function fakeBridge() {
  let opened: ((summary: ReviewImportSummary) => void) | null = null;
  const inspected: object[] = [];
  const bridge: DesktopFileBridge = {
    addDroppedFiles: () => Promise.reject(new Error('not used')),
    openArtifact: () => Promise.reject(new Error('not used')),
    showArtifactInFolder: () => Promise.reject(new Error('not used')),
    inspectDroppedBundle: () => Promise.reject(new Error('not used')),
    chooseExportDestination: () => Promise.reject(new Error('not used')),
    onBundleOpened: () => undefined,
    inspectDroppedReview: (file) => {
      inspected.push(file);
      return Promise.resolve({ ok: true, result: SUMMARY });
    },
    onReviewOpened: (listener) => {
      opened = listener;
    },
  };
  return {
    bridge,
    inspected,
    open: (summary: unknown) => opened?.(summary as ReviewImportSummary),
  };
}

describe('review files in Electron', () => {
  it('hands the chosen file to the bridge and answers its checked summary', async () => {
    const { bridge, inspected } = fakeBridge();
    const file = new File(['PK'], 'Jordan review.ctoreview');
    expect(await electronBundleFiles(bridge).inspectReview(file, noUpload)).toEqual(SUMMARY);
    expect(inspected).toEqual([file]);
  });

  it('keeps a review the system opened before the page listened, and drops a malformed one', () => {
    const { bridge, open } = fakeBridge();
    const files = electronBundleFiles(bridge);
    open({ inspectionId: '../../etc', outcome: 'new' });
    open(SUMMARY);
    const heard: ReviewImportSummary[] = [];
    const stop = files.onReviewOpened((summary) => heard.push(summary));
    expect(heard).toEqual([SUMMARY]);
    stop();
    open(SUMMARY);
    expect(heard).toHaveLength(1);
  });
});
