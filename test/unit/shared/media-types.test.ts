import { describe, expect, it } from 'vitest';
import {
  appFileContentType,
  mediaTypeForFileName,
  servedContentType,
  UNKNOWN_MEDIA_TYPE,
} from '@shared/media-types';

describe('media types', () => {
  it('records an artifact by its extension, whatever its case, and unknown kinds as octet-stream', () => {
    expect(mediaTypeForFileName('Report.PDF')).toBe('application/pdf');
    expect(mediaTypeForFileName('notes/plan.v2.md')).toBe('text/markdown');
    expect(mediaTypeForFileName('C:\\work\\photo.jpeg')).toBe('image/jpeg');
    expect(mediaTypeForFileName('.pdf')).toBe(UNKNOWN_MEDIA_TYPE);
    expect(mediaTypeForFileName('Makefile')).toBe(UNKNOWN_MEDIA_TYPE);
    expect(mediaTypeForFileName('toString')).toBe(UNKNOWN_MEDIA_TYPE);
  });

  it('shows an artifact inline only when a browser cannot run it', () => {
    expect(servedContentType('image/png')).toEqual({ contentType: 'image/png', inline: true });
    expect(servedContentType('text/markdown')).toEqual({
      contentType: 'text/plain; charset=utf-8',
      inline: true,
    });
    for (const scriptable of ['text/html', 'image/svg+xml', 'constructor', 'text/javascript']) {
      expect(servedContentType(scriptable)).toEqual({
        contentType: UNKNOWN_MEDIA_TYPE,
        inline: false,
      });
    }
  });

  it("serves the app's own scripts, pages and icons as what they are, and nothing off the list", () => {
    expect(appFileContentType('/app/dist/renderer/assets/index-1a2b.js')).toBe(
      'text/javascript; charset=utf-8',
    );
    expect(appFileContentType('/app/index.HTML')).toBe('text/html; charset=utf-8');
    expect(appFileContentType('/app/icon.svg')).toBe('image/svg+xml');
    for (const refused of [
      '/app/index.js.map',
      '/app/.env',
      '/app/package-lock',
      '/app/x.hasOwnProperty',
    ]) {
      expect(appFileContentType(refused)).toBeNull();
    }
  });
});
