// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { RichTextDoc } from '@shared/rich-text/rich-text-schema';
import {
  artifact,
  bundleData,
  pages,
  paragraphDoc,
  parse,
  reflection,
  render,
  visibleText,
} from './site-fixture';

const EXTERNAL = /\b(?:https?|javascript|data|ftp|file|vbscript):|\/\//i;

/** A body that never passed the schema: what a hand-made hostile bundle could carry. */
const HOSTILE_DOC = {
  type: 'doc',
  content: [
    { type: 'script', content: [{ type: 'text', text: 'alert("script node")' }] },
    { type: 'iframe', attrs: { src: 'https://evil.example/frame' } },
    {
      type: 'paragraph',
      attrs: { onclick: 'alert(1)', style: 'background:url(https://evil.example/bg.png)' },
      content: [
        { type: 'text', text: '<script>alert("text")</script><img src=x onerror=alert(2)>' },
        {
          type: 'text',
          text: 'click me',
          marks: [{ type: 'link', attrs: { href: 'javascript:alert(3)', onclick: 'alert(4)' } }],
        },
        { type: 'text', text: 'styled', marks: [{ type: 'style' as 'bold', attrs: { css: 'x' } }] },
      ],
    },
    {
      type: 'heading',
      attrs: { level: '<h1 onload=alert(5)>' },
      content: [{ type: 'text', text: 'Heading' }],
    },
  ],
} as unknown as RichTextDoc;

const LINKED_DOC: RichTextDoc = {
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'See ' },
        {
          type: 'text',
          text: 'the CoSN ',
          marks: [{ type: 'link', attrs: { href: 'https://cosn.org/x?a=1&b=2' } }],
        },
        {
          type: 'text',
          text: 'framework',
          marks: [
            { type: 'bold' },
            { type: 'link', attrs: { href: 'https://cosn.org/x?a=1&b=2' } },
          ],
        },
        { type: 'text', text: ' and ' },
        {
          type: 'text',
          text: 'http://example.org/plain',
          marks: [{ type: 'link', attrs: { href: 'http://example.org/plain' } }],
        },
        { type: 'text', text: ' or ' },
        {
          type: 'text',
          text: 'write',
          marks: [{ type: 'link', attrs: { href: 'mailto:mentor@example.org' } }],
        },
      ],
    },
  ],
};

function siteWithHostileContent() {
  return render(
    bundleData({
      artifacts: [
        artifact({ title: 'Plan <img src=x onerror=alert(1)>', fileName: 'plan"><script>.pdf' }),
      ],
      reflections: [
        reflection({ title: 'Hostile', content: HOSTILE_DOC }),
        reflection({ title: 'Linked', content: LINKED_DOC }),
      ],
    }),
  );
}

describe('the web version is inert', () => {
  it('holds no script, event handler, style attribute, javascript: or external address in any page', () => {
    for (const page of pages(siteWithHostileContent())) {
      expect(page.content, page.path).not.toMatch(/<script/i);
      const document = parse(page);
      expect(
        document.querySelectorAll('script, iframe, object, embed, style, form, base').length,
        page.path,
      ).toBe(0);
      for (const element of document.querySelectorAll('*')) {
        for (const { name, value } of element.attributes) {
          expect(name, `${page.path}: <${element.tagName}>`).not.toMatch(/^on|^style$|^srcdoc$/i);
          // The CSP names the schemes it forbids or allows for local files; nothing else may.
          if (name === 'content' && element.getAttribute('http-equiv')) continue;
          expect(value, `${page.path}: ${name}`).not.toMatch(EXTERNAL);
        }
      }
    }
  });

  it('keeps hostile reflection content as visible text, never as markup', () => {
    const page = siteWithHostileContent().find(
      (f) => f.path.includes('/reflections/') && f.content.includes('Hostile'),
    )!;
    const text = visibleText(page);
    expect(text).toContain('<script>alert("text")</script><img src=x onerror=alert(2)>');
    expect(text).toContain('click me');
    expect(text).not.toContain('javascript:');
    const document = parse(page);
    expect(document.querySelectorAll('main img, main a[href*="alert"]').length).toBe(0);
    expect(document.querySelector('.rich-text h2')?.textContent).toBe('Heading');
  });

  it('turns links in reflections into text showing the address, once per link, and links to nothing outside', () => {
    const page = siteWithHostileContent().find(
      (f) => f.path.includes('/reflections/') && f.content.includes('Linked'),
    )!;
    const body = parse(page).querySelector('.rich-text')!;
    expect(body.querySelectorAll('a').length).toBe(0);
    expect(body.textContent).toBe(
      'See the CoSN framework (https://cosn.org/x?a=1&b=2) and http://example.org/plain or write (mailto:mentor@example.org)',
    );
    expect(body.querySelector('strong')?.textContent).toBe('framework');
    // The address appears only as text: outside every tag of the page.
    const outsideTags = page.content.replace(/<[^>]*>/g, '');
    const count = (s: string) => s.split('https://cosn.org').length - 1;
    expect(count(page.content)).toBe(1);
    expect(count(outsideTags)).toBe(1);
  });

  it('escapes titles, names and file names holding <, &, and quotes', () => {
    const title = `Budget <b>"Q&A"</b> 'draft' & more`;
    const data = bundleData({
      artifacts: [artifact({ title, fileName: `a"b'<c>&.pdf`, tags: ['<i>tag</i>'] })],
      reflections: [reflection({ title })],
    });
    data.portfolio.profile.name = `Sam <O'Neil> & "Co"`;
    const files = render(data);
    for (const page of pages(files)) {
      const document = parse(page);
      expect(document.title, page.path).toContain(`Sam <O'Neil> & "Co"`);
      expect(document.querySelectorAll('main b, main i').length, page.path).toBe(0);
    }
    const reflectionPage = files.find((f) => f.path.startsWith('site/reflections/'))!;
    expect(parse(reflectionPage).querySelector('h1')?.textContent).toBe(title);
    expect(parse(reflectionPage).title).toBe(`${title} · Portfolio of Sam <O'Neil> & "Co"`);
    const artifactsPage = parse(files.find((f) => f.path === 'site/artifacts.html')!);
    expect(artifactsPage.querySelector('main h2')?.textContent).toBe(title);
    expect(artifactsPage.querySelector('a[download]')?.getAttribute('download')).toBe(
      `a"b'<c>&.pdf`,
    );
    expect(artifactsPage.body.textContent).toContain('<i>tag</i>');
  });

  it('holds the same text for the same data at the same moment', () => {
    const data = bundleData({ reflections: [reflection({ content: paragraphDoc('Same') })] });
    expect(render(data)).toEqual(render(structuredClone(data)));
  });
});
