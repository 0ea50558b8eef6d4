import { describe, expect, it } from 'vitest';
import { describeIssues } from '@shared/contract/errors';
import { richTextDocSchema, type RichTextDoc } from '@shared/rich-text/rich-text-schema';

const paragraph = (...content: unknown[]) => ({ type: 'paragraph', content });
const text = (value: string, marks?: unknown[]) =>
  marks ? { type: 'text', text: value, marks } : { type: 'text', text: value };
const doc = (...content: unknown[]) => ({ type: 'doc', content });

function refusal(input: unknown): string {
  const result = richTextDocSchema.safeParse(input);
  if (result.success) throw new Error(`accepted: ${JSON.stringify(result.data)}`);
  return describeIssues(result.error, 'The reflection');
}

describe('richTextDocSchema accepts what the editor writes', () => {
  it('keeps headings, marks, lists, quotes, rules and tables as they are', () => {
    const written = doc(
      { type: 'heading', attrs: { level: 2 }, content: [text('Budget')] },
      paragraph(
        text('bold ', [{ type: 'bold' }]),
        text('link', [{ type: 'link', attrs: { href: 'https://cosn.org/' } }]),
      ),
      {
        type: 'orderedList',
        attrs: { start: 3 },
        content: [{ type: 'listItem', content: [paragraph(text('one'))] }],
      },
      { type: 'blockquote', content: [paragraph(text('quoted'))] },
      { type: 'horizontalRule' },
      {
        type: 'table',
        content: [
          {
            type: 'tableRow',
            content: [
              {
                type: 'tableHeader',
                attrs: { colspan: 2, rowspan: 1 },
                content: [paragraph(text('H'))],
              },
            ],
          },
        ],
      },
    );
    expect(richTextDocSchema.parse(written)).toEqual(written);
  });

  it('accepts a line break inside bold text (ProseMirror gives the break the marks too)', () => {
    const written = doc(
      paragraph(
        text('a', [{ type: 'bold' }]),
        { type: 'hardBreak', marks: [{ type: 'bold' }] },
        text('b'),
      ),
    );
    expect(richTextDocSchema.parse(written)).toEqual(written);
  });

  it("drops the editor's own rendering attributes (link target, rel, class; list type; column widths)", () => {
    const parsed = richTextDocSchema.parse(
      doc(
        paragraph(
          text('x', [
            {
              type: 'link',
              attrs: { href: 'mailto:a@b.org', target: '_blank', rel: 'x', class: null },
            },
          ]),
        ),
        {
          type: 'orderedList',
          attrs: { start: 1, type: null },
          content: [{ type: 'listItem', content: [paragraph()] }],
        },
        {
          type: 'table',
          content: [
            {
              type: 'tableRow',
              content: [
                {
                  type: 'tableCell',
                  attrs: { colspan: 1, rowspan: 1, colwidth: null },
                  content: [paragraph()],
                },
              ],
            },
          ],
        },
      ),
    );
    expect(parsed).toEqual(
      doc(
        paragraph(text('x', [{ type: 'link', attrs: { href: 'mailto:a@b.org' } }])),
        { type: 'orderedList', content: [{ type: 'listItem', content: [{ type: 'paragraph' }] }] },
        {
          type: 'table',
          content: [
            {
              type: 'tableRow',
              content: [
                {
                  type: 'tableCell',
                  attrs: { colspan: 1, rowspan: 1 },
                  content: [{ type: 'paragraph' }],
                },
              ],
            },
          ],
        },
      ),
    );
  });
});

describe('richTextDocSchema leaves nothing executable', () => {
  it('drops style and event-handler attributes from nodes', () => {
    const parsed: RichTextDoc = richTextDocSchema.parse(
      doc(
        {
          type: 'paragraph',
          attrs: { style: 'background:url(javascript:x)', onclick: 'alert(1)' },
          content: [text('hi')],
        },
        {
          type: 'heading',
          attrs: { level: 1, onmouseover: 'alert(1)', style: 'color:red' },
          content: [text('h')],
        },
      ),
    );
    expect(JSON.stringify(parsed)).not.toMatch(/style|onclick|onmouseover|javascript/);
    expect(parsed).toEqual(
      doc(paragraph(text('hi')), { type: 'heading', attrs: { level: 1 }, content: [text('h')] }),
    );
  });

  it.each([
    ['script', doc({ type: 'script', content: [text('alert(1)')] }), /"script" elements/],
    [
      'iframe',
      doc(paragraph({ type: 'iframe', attrs: { src: 'https://evil.example' } })),
      /"iframe" elements/,
    ],
    [
      'image',
      doc(paragraph({ type: 'image', attrs: { src: 'x', onerror: 'alert(1)' } })),
      /"image" elements/,
    ],
    [
      'unknown mark',
      doc(paragraph(text('x', [{ type: 'textStyle', attrs: { style: 'x' } }]))),
      /"textStyle" formatting/,
    ],
    [
      'javascript: link',
      doc(paragraph(text('x', [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }]))),
      /Links must start/,
    ],
    [
      'disguised javascript: link',
      doc(paragraph(text('x', [{ type: 'link', attrs: { href: ' JaVa\tScRiPt:alert(1)' } }]))),
      /Links must start/,
    ],
    [
      'data: link',
      doc(paragraph(text('x', [{ type: 'link', attrs: { href: 'data:text/html,<script>' } }]))),
      /Links must start/,
    ],
    [
      'link without href',
      doc(paragraph(text('x', [{ type: 'link', attrs: {} }]))),
      /Links must start/,
    ],
    [
      'extra keys on a node',
      doc({ type: 'paragraph', innerHTML: '<img onerror=alert(1)>' }),
      /Unrecognized key/,
    ],
    ['text outside a paragraph', doc(text('loose')), /document cannot hold a text/],
    [
      'a list holding a paragraph',
      doc({ type: 'bulletList', content: [paragraph(text('x'))] }),
      /bullet list cannot hold a paragraph/,
    ],
    ['an empty text node', doc(paragraph({ type: 'text', text: '' })), /needs some text/],
    [
      'a heading level 9',
      doc({ type: 'heading', attrs: { level: 9 }, content: [text('x')] }),
      /attributes the editor cannot use/,
    ],
    ['not a document', { type: 'paragraph', content: [] }, /must be a document/],
  ])('refuses %s with a sentence', (_name, input, message) => {
    expect(refusal(input)).toMatch(message);
  });

  it('refuses a document nested deeper than any editor would make it', () => {
    let node: unknown = paragraph(text('deep'));
    for (let i = 0; i < 40; i += 1) node = { type: 'blockquote', content: [node] };
    expect(refusal(doc(node))).toMatch(/nested too deeply/);
  });
});
