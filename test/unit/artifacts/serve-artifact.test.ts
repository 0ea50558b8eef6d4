import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { text } from 'node:stream/consumers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseRange } from '../../../electron/core/artifacts/byte-range';
import {
  artifactResponse,
  type ArtifactRequest,
} from '../../../electron/core/artifacts/serve-artifact';
import { makeTempDir } from '../../support/temp-dir';

const CONTENT = '0123456789abcdefghij'; // 20 bytes
let temp: Awaited<ReturnType<typeof makeTempDir>>;
let filePath: string;
beforeEach(async () => {
  temp = await makeTempDir('cto-serve-');
  filePath = join(temp.path, 'stored');
  await writeFile(filePath, CONTENT);
});
afterEach(async () => {
  await temp.remove();
});

function request(mediaType: string, more: Partial<ArtifactRequest> = {}): ArtifactRequest {
  return {
    artifact: { sha256: 'a'.repeat(64), size: 20, fileName: 'Plan é.bin', mediaType },
    filePath,
    ...more,
  };
}

const bodyOf = async (answer: ReturnType<typeof artifactResponse>) =>
  answer.body === null ? null : text(answer.body);

describe('byte ranges', () => {
  it('answers 206 with exactly the asked bytes and where they lie', async () => {
    const answer = artifactResponse(request('video/mp4', { rangeHeader: 'bytes=2-5' }));
    expect(answer.status).toBe(206);
    expect(answer.headers['Content-Range']).toBe('bytes 2-5/20');
    expect(answer.headers['Content-Length']).toBe('4');
    expect(await bodyOf(answer)).toBe('2345');
  });

  it.each([
    ['bytes=15-', 'fghij', 'bytes 15-19/20'],
    ['bytes=-3', 'hij', 'bytes 17-19/20'],
    ['bytes=-50', CONTENT, 'bytes 0-19/20'],
    ['bytes=18-99', 'ij', 'bytes 18-19/20'],
  ])('serves %s as %s', async (range, expected, contentRange) => {
    const answer = artifactResponse(request('audio/mpeg', { rangeHeader: range }));
    expect(answer.status).toBe(206);
    expect(answer.headers['Content-Range']).toBe(contentRange);
    expect(await bodyOf(answer)).toBe(expected);
  });

  it.each(['bytes=20-', 'bytes=30-40', 'bytes=5-2', 'bytes=-0', 'bytes=abc', 'bytes=-'])(
    'answers 416 with the size for the unsatisfiable range %s',
    async (range) => {
      const answer = artifactResponse(request('video/mp4', { rangeHeader: range }));
      expect(answer.status).toBe(416);
      expect(answer.headers['Content-Range']).toBe('bytes */20');
      expect(answer.body).toBeNull();
    },
  );

  it.each([null, '', 'items=0-5', 'bytes=0-1,4-5'])(
    'answers the whole file for %j',
    async (range) => {
      const answer = artifactResponse(request('video/mp4', { rangeHeader: range }));
      expect(answer.status).toBe(200);
      expect(answer.headers['Accept-Ranges']).toBe('bytes');
      expect(answer.headers['Content-Length']).toBe('20');
      expect(await bodyOf(answer)).toBe(CONTENT);
    },
  );

  it('has nothing to serve from an empty file but an empty answer', () => {
    expect(parseRange(null, 0)).toEqual({ kind: 'whole' });
    expect(parseRange('bytes=0-', 0)).toEqual({ kind: 'unsatisfiable' });
  });

  it('answers HEAD with the headers and no body', () => {
    const answer = artifactResponse(request('image/png', { headOnly: true }));
    expect(answer.status).toBe(200);
    expect(answer.headers['Content-Length']).toBe('20');
    expect(answer.body).toBeNull();
  });
});

describe('content types', () => {
  it.each([
    ['image/png', 'image/png'],
    ['image/jpeg', 'image/jpeg'],
    ['application/pdf', 'application/pdf'],
    ['text/plain', 'text/plain; charset=utf-8'],
    ['text/csv', 'text/plain; charset=utf-8'],
    ['video/webm', 'video/webm'],
  ])('shows %s inline as %s', (mediaType, contentType) => {
    const { headers } = artifactResponse(request(mediaType));
    expect(headers['Content-Type']).toBe(contentType);
    expect(headers['Content-Disposition']).toMatch(/^inline; /);
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Cache-Control']).toMatch(/^private/);
  });

  it.each([
    'text/html',
    'image/svg+xml',
    'application/xhtml+xml',
    'application/x-unknown',
    'constructor',
    'text/html; charset=utf-8',
  ])('serves %s as an inert download, never as a page', (mediaType) => {
    const { headers } = artifactResponse(request(mediaType));
    expect(headers['Content-Type']).toBe('application/octet-stream');
    expect(headers['Content-Disposition']).toMatch(/^attachment; /);
    expect(headers['Content-Security-Policy']).toMatch(/^default-src 'none'.*; sandbox$/);
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
  });

  it('sandboxes every inline kind except PDF, which Chromium will not show sandboxed', () => {
    expect(artifactResponse(request('image/png')).headers['Content-Security-Policy']).toMatch(
      /sandbox$/,
    );
    expect(artifactResponse(request('application/pdf')).headers['Content-Security-Policy']).toBe(
      "default-src 'none'; frame-ancestors 'self'",
    );
  });

  it('makes anything a download when asked, with the original name kept exactly', () => {
    const { headers } = artifactResponse(request('image/png', { download: true }));
    expect(headers['Content-Disposition']).toBe(
      `attachment; filename="Plan _.bin"; filename*=UTF-8''Plan%20%C3%A9.bin`,
    );
  });
});
