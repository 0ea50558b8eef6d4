// @vitest-environment jsdom
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BundleData } from '@shared/bundle/bundle-schemas';
import type { RichTextDoc, RichTextNode } from '@shared/rich-text/rich-text-schema';
import { LEAP2A_NAMESPACES } from '../../../../electron/core/exports/leap2a';
import { evaluation, finalReport, MENTOR, receivedReview } from '../../../support/review-builders';
import { seedNote, testSeed } from '../../../support/seeded-random';
import { makeTempDir } from '../../../support/temp-dir';
import { artifact, bundleData, reflection } from '../../site/site-fixture';
import {
  artifactEntries,
  childText,
  entriesOf,
  expectImportable,
  writeAndRead,
} from './leap2a-fixture';

const SEED = testSeed();

/** Texts that break naive XML writers, and some that break naive HTML ones. */
const NASTY = [
  '<',
  '&',
  ']]>',
  '&amp;',
  '"\'',
  '\u0000\u0001\u0008\u000b\u000c\u001f\u007f',
  '\ud83d\ude80 emoji 👩🏽‍💻',
  '\ud800 lone surrogate \udfff',
  '\ufffe\uffff',
  '\r\n\ttabs and breaks\r',
  '</div><script>alert(1)</script>',
  '<img src=x onerror=alert(2)>',
  '<![CDATA[x]]>',
  'javascript:alert(3)',
];

/** Any UTF-16 code unit, lone surrogates and controls included, mixed with the nasty pieces. */
const text = fc
  .array(
    fc.oneof(
      fc.constantFrom(...NASTY),
      fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) }),
    ),
    { maxLength: 6 },
  )
  .map((pieces) => pieces.join(''));
const nonEmpty = text.map((t) => (t === '' ? '&' : t));

/** Documents as a hostile file could carry them: unknown nodes, attributes and unsafe links. */
const docArb: fc.Arbitrary<RichTextDoc> = fc
  .array(
    fc.record({
      t: nonEmpty,
      href: fc.constantFrom(
        'https://example.org/?a=1&b=<2>',
        'javascript:alert(1)',
        ' JaVaScRiPt:alert(1)',
        'data:text/html,<script>alert(1)</script>',
        'mailto:a@example.org',
      ),
      kind: fc.constantFrom('paragraph', 'heading', 'script', 'iframe', 'blockquote'),
      level: fc.integer({ min: -3, max: 9 }),
    }),
    { maxLength: 5 },
  )
  .map((blocks) => ({
    type: 'doc',
    content: blocks.map(({ t, href, kind, level }) => {
      const inline: RichTextNode[] = [
        { type: 'text', text: t },
        { type: 'hardBreak' },
        { type: 'text', text: t, marks: [{ type: 'link', attrs: { href } }] },
      ];
      const node = {
        type: kind,
        attrs: { level, onclick: 'alert(4)', style: 'x' },
        content: kind === 'blockquote' ? [{ type: 'paragraph', content: inline }] : inline,
      };
      return node as unknown as RichTextNode;
    }),
  }));

const hostileArb = fc.record({
  name: text,
  organisation: text,
  reflections: fc.array(fc.record({ title: nonEmpty, doc: docArb, dupId: fc.boolean() }), {
    maxLength: 4,
  }),
  artifacts: fc.array(
    fc.record({
      title: nonEmpty,
      description: text,
      tag: nonEmpty,
      fileName: nonEmpty,
      mediaType: nonEmpty,
    }),
    { maxLength: 3 },
  ),
  assignmentTitle: nonEmpty,
  comment: text,
  note: text,
});

type Hostile = typeof hostileArb extends fc.Arbitrary<infer T> ? T : never;

function hostileBundle(h: Hostile) {
  const bytes = h.artifacts.map((_, i) => Buffer.from(`file ${i} of a hostile portfolio`));
  const files = artifactEntries(bytes);
  const artifacts = h.artifacts.map((a, i) =>
    artifact({
      title: a.title,
      description: a.description,
      tags: [a.tag, a.tag],
      fileName: a.fileName,
      mediaType: a.mediaType,
      sha256: files[i]!.sha256,
      size: files[i]!.size,
    }),
  );
  const reflections = h.reflections.map((r, i) =>
    reflection({
      ...(r.dupId && i > 0 ? { id: 'same-id' } : i === 0 ? { id: 'same-id' } : {}),
      title: r.title,
      content: r.doc,
      artifactIds: artifacts.map((a) => a.id),
      competencyIds: ['area-leadership', 'no-such-competency'],
      assignmentIds: ['no-such-assignment'],
    }),
  );
  const data: BundleData = bundleData({ artifacts, reflections });
  const { portfolio } = data;
  portfolio.profile = { ...portfolio.profile, name: h.name, organisation: h.organisation };
  const first = portfolio.assignments[0]!;
  first.title = h.assignmentTitle;
  first.description = h.comment;
  portfolio.sessions[0]!.notes = h.note;
  data.reviews.push(
    receivedReview(
      { ...MENTOR, name: h.name },
      {
        evaluations: [evaluation(first.id, { at: '2026-11-27T09:00:00.000Z', comment: h.comment })],
        reports: [
          finalReport('report-1', '2026-10', {
            strengths: h.comment,
            ratings: [{ areaId: 'area-leadership', level: 2, note: h.note }],
          }),
        ],
      },
    ),
  );
  return { data, files };
}

let temp: Awaited<ReturnType<typeof makeTempDir>>;
beforeAll(async () => {
  temp = await makeTempDir('leap2a-hostile-');
});
afterAll(() => temp.remove());

describe('the Leap2A export of hostile and odd content', () => {
  it(`stays well-formed, importable and inert (${seedNote(SEED)})`, async () => {
    console.log(`Leap2A hostile content: ${seedNote(SEED)}`);
    await fc.assert(
      fc.asyncProperty(hostileArb, async (h) => {
        const { data, files } = hostileBundle(h);
        const written = await writeAndRead(temp.path, data, files);
        expectImportable(written);
        // Every reflection is there once, under its own id, even when two share a record id.
        const ids = entriesOf(written.doc)
          .map((e) => childText(e, LEAP2A_NAMESPACES.atom, 'id')!)
          .filter((id) => id.startsWith('portfolio:reflection/'));
        expect(ids).toHaveLength(h.reflections.length);
      }),
      { seed: SEED, numRuns: 60 },
    );
  }, 120_000);

  it('keeps a very long reflection whole', async () => {
    const long = 'A long paragraph with <angle brackets> & ampersands. '.repeat(20_000);
    const { data, files } = hostileBundle({
      name: 'Jordan',
      organisation: '',
      reflections: [{ title: 'x'.repeat(200), doc: { type: 'doc', content: [] }, dupId: false }],
      artifacts: [],
      assignmentTitle: 'A',
      comment: '',
      note: '',
    });
    data.reflections[0]!.content = {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: long }] }],
    };
    const written = await writeAndRead(temp.path, data, files);
    expectImportable(written);
    expect(written.doc.documentElement.textContent).toContain(long);
  });
});
