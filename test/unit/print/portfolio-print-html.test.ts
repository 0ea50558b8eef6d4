// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { NO_DATE_YET } from '@shared/format/empty-values';
import type { RichTextDoc } from '@shared/rich-text/rich-text-schema';
import { portfolioPrintHtml } from '../../../electron/core/print/portfolio-print-html';
import { sampleBundle } from '../exports/leap2a/leap2a-fixture';
import { artifact, bundleData, reflection, SITE_OPTIONS } from '../site/site-fixture';

const parse = (markup: string) => new DOMParser().parseFromString(markup, 'text/html');

/** A body that never passed the schema, as a hand-made hostile bundle could carry it. */
const HOSTILE_BODY = {
  type: 'doc',
  content: [
    { type: 'script', content: [{ type: 'text', text: 'alert(1)' }] },
    {
      type: 'paragraph',
      attrs: { onclick: 'alert(2)' },
      content: [
        { type: 'text', text: '<img src=x onerror=alert(3)>' },
        {
          type: 'text',
          text: 'click',
          marks: [{ type: 'link', attrs: { href: 'javascript:alert(4)' } }],
        },
      ],
    },
  ],
} as unknown as RichTextDoc;

describe('the print document of the whole portfolio', () => {
  it('has a cover, the contents with every part and reflection, and each part in order', async () => {
    const { data } = await sampleBundle();
    const doc = parse(portfolioPrintHtml(data, SITE_OPTIONS));
    const cover = doc.querySelector('.cover')!;
    expect(cover.querySelector('h1')!.textContent).toBe('Portfolio of Jordan Rivera');
    expect(cover.textContent).toContain(data.portfolio.program.title);
    expect(cover.textContent).toContain(data.portfolio.profile.organisation);
    expect(cover.textContent).toContain(String(data.portfolio.profile.cohortYear));

    const contents = [...doc.querySelectorAll('.toc > ol > li > a')].map((a) => a.textContent);
    expect(contents).toEqual([
      'Overview',
      'Sessions',
      'Assignments',
      'Reflections',
      'Artifacts',
      'Evidence map',
      'Progress reports',
    ]);
    const live = data.reflections.filter((r) => r.deletedAt === null);
    const listed = [...doc.querySelectorAll('.toc ol ol a')];
    expect(listed.map((a) => a.textContent).sort()).toEqual(live.map((r) => r.title).sort());
    // Every contents link leads to a part or a reflection of this document.
    for (const link of doc.querySelectorAll('.toc a')) {
      const id = link.getAttribute('href')!.slice(1);
      expect(doc.getElementById(id), id).not.toBeNull();
    }
    const headings = [...doc.querySelectorAll('.print-reflection h1')].map((h) => h.textContent);
    expect(headings).toHaveLength(live.length);
  });

  it('is inert: no script, no image, no link but the contents, nothing from elsewhere', () => {
    const data = bundleData({
      reflections: [
        reflection({ title: '<script>alert("title")</script>', content: HOSTILE_BODY }),
      ],
      artifacts: [artifact({ title: 'Board deck <b>bold</b>', description: '"><img src=x>' })],
    });
    const markup = portfolioPrintHtml(data, SITE_OPTIONS);
    const doc = parse(markup);
    expect(doc.querySelectorAll('script, img, iframe, object, embed, link')).toHaveLength(0);
    const hrefs = [...doc.querySelectorAll('[href]')].map((a) => a.getAttribute('href')!);
    expect(hrefs.every((href) => href.startsWith('#'))).toBe(true);
    const handlers = [...doc.querySelectorAll('*')].flatMap((el) =>
      el.getAttributeNames().filter((name) => name.startsWith('on')),
    );
    expect(handlers).toEqual([]);
    expect(doc.body.textContent).toContain('<script>alert("title")</script>');
    expect(doc.body.textContent).toContain('Board deck <b>bold</b>');
    const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')!;
    expect(csp.getAttribute('content')).toMatch(/^default-src 'none'/);
  });

  it('says "No date yet" for a session or assignment without a date, as the app does', () => {
    const doc = parse(portfolioPrintHtml(bundleData(), SITE_OPTIONS));
    const cells = (part: string) =>
      [...doc.querySelectorAll(`#${part} tbody tr`)].map((row) => row.children[1]!.textContent);
    expect(cells('part-sessions').length).toBeGreaterThan(0);
    expect(new Set(cells('part-sessions'))).toEqual(new Set([NO_DATE_YET]));
    expect(doc.querySelector('#part-assignments')!.textContent).toContain(NO_DATE_YET);
  });
});
