import { describe, expect, it } from 'vitest';
import {
  countWords,
  excerptOf,
  richTextToPlainText,
  richTextWordCount,
} from '@shared/rich-text/plain-text';
import { renderRichTextHtml } from '@shared/rich-text/render-html';
import type { RichTextDoc, RichTextNode } from '@shared/rich-text/rich-text-schema';

const p = (...content: RichTextNode[]): RichTextNode => ({ type: 'paragraph', content });
const t = (text: string, marks?: RichTextNode['marks']): RichTextNode =>
  marks ? { type: 'text', text, marks } : { type: 'text', text };
const doc = (...content: RichTextNode[]): RichTextDoc => ({ type: 'doc', content });

describe('plain text and word count', () => {
  it('puts each block on its own line so words of neighbouring blocks never run together', () => {
    const body = doc(
      { type: 'heading', attrs: { level: 2 }, content: [t('Budget')] },
      p(t('First'), { type: 'hardBreak' }, t('second')),
      {
        type: 'bulletList',
        content: [
          { type: 'listItem', content: [p(t('one'))] },
          { type: 'listItem', content: [p(t('two'))] },
        ],
      },
    );
    expect(richTextToPlainText(body)).toBe('Budget\nFirst\nsecond\none\ntwo');
    expect(richTextWordCount(body)).toBe(5);
  });

  it('counts words as a person does: hyphens and apostrophes join, dashes and bullets are not words', () => {
    expect(countWords("K-12 districts don't e-mail — they call. • 3 times")).toBe(8);
    expect(countWords('   ')).toBe(0);
    expect(countWords('Él está aquí; 東京')).toBe(4);
  });

  it('counts table cells as separate words', () => {
    const table: RichTextNode = {
      type: 'table',
      content: [
        {
          type: 'tableRow',
          content: [
            { type: 'tableCell', content: [p(t('alpha'))] },
            { type: 'tableCell', content: [p(t('beta'))] },
          ],
        },
      ],
    };
    expect(richTextWordCount(doc(table))).toBe(2);
  });

  it('cuts an excerpt at a word boundary with an ellipsis', () => {
    const long = 'word '.repeat(100);
    const excerpt = excerptOf(long, 40);
    expect(excerpt.length).toBeLessThanOrEqual(40);
    expect(excerpt).toMatch(/^word( word)*…$/);
    expect(excerptOf('short\n\ntext')).toBe('short text');
  });
});

describe('renderRichTextHtml', () => {
  it('renders the allowed structure as plain, attribute-free HTML', () => {
    const html = renderRichTextHtml(
      doc(
        { type: 'heading', attrs: { level: 3 }, content: [t('Plan')] },
        p(
          t('Bold', [{ type: 'bold' }]),
          t(' and '),
          t('site', [{ type: 'link', attrs: { href: 'https://cosn.org/a?b=1&c=2' } }]),
        ),
        {
          type: 'orderedList',
          attrs: { start: 4 },
          content: [{ type: 'listItem', content: [p(t('four'))] }],
        },
      ),
    );
    expect(html).toBe(
      '<h3>Plan</h3>\n' +
        '<p><strong>Bold</strong> and <a href="https://cosn.org/a?b=1&amp;c=2" rel="noopener noreferrer">site</a></p>\n' +
        '<ol start="4"><li><p>four</p></li></ol>',
    );
  });

  it('escapes text so markup inside it stays text', () => {
    expect(renderRichTextHtml(doc(p(t('<script>alert("x")</script> & \'q\''))))).toBe(
      '<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;</p>',
    );
  });

  it('renders a hostile document that never passed the schema without any tag, attribute or link it carries', () => {
    const hostile = {
      type: 'doc',
      content: [
        { type: 'script', content: [{ type: 'text', text: 'alert(1)' }] },
        { type: 'iframe', attrs: { src: 'https://evil.example' } },
        { type: 'constructor', content: [{ type: 'text', text: 'proto' }] },
        {
          type: 'paragraph',
          attrs: { onclick: 'alert(1)', style: 'x' },
          content: [
            {
              type: 'text',
              text: 'js',
              marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }],
            },
            {
              type: 'text',
              text: 'q',
              marks: [{ type: 'link', attrs: { href: 'https://x.org/"onmouseover="alert(1)' } }],
            },
            {
              type: 'text',
              text: 'img',
              marks: [{ type: 'img', attrs: { onerror: 'alert(1)' } }, '__proto__'],
            },
          ],
        },
        { type: 'heading', attrs: { level: '1 onclick=alert(1)' }, content: 'not an array' },
        { type: 'tableCell', attrs: { colspan: '2" onclick="x' } },
      ],
    } as unknown as RichTextDoc;
    const html = renderRichTextHtml(hostile);
    expect(html).not.toMatch(
      /<script|<iframe|<img|javascript:|onclick=|onmouseover="|style=|<function/i,
    );
    expect(html).toContain('alert(1)\n\nproto');
    expect(html).toContain(
      '<a href="https://x.org/&quot;onmouseover=&quot;alert(1)" rel="noopener noreferrer">q</a>',
    );
    expect(html).toContain('<h2></h2>');
    expect(html).toContain('<td></td>');
  });
});
