import { expect } from 'vitest';
import {
  artifactEntryPath,
  BUNDLE_DATA_FORMAT,
  BUNDLE_DATA_FORMAT_VERSION,
  type BundleData,
} from '@shared/bundle/bundle-schemas';
import { writeZipAtomically } from '../../../../electron/core/bundle/zip/write-zip-atomically';
import {
  bufferEntry,
  type ZipEntrySource,
} from '../../../../electron/core/bundle/zip/zip-entry-source';
import {
  LEAP2A_NAMESPACES,
  LEAP2A_VERSION,
  leap2aEntries,
} from '../../../../electron/core/exports/leap2a';
import { renderSampleFiles } from '../../../../electron/core/sample/sample-files';
import { buildSamplePortfolio } from '../../../../electron/core/sample/sample-portfolio';
import { buildSampleReflections } from '../../../../electron/core/sample/sample-reflections';
import { readZip } from '../../bundle/bundle-fixture';
import {
  evaluation,
  finalReport,
  INSTRUCTOR,
  MENTOR,
  receivedReview,
} from '../../../support/review-builders';

export const META = { exportedAt: '2026-11-28T12:00:00.000Z', appVersion: '0.1.0' };
const NOW = new Date(META.exportedAt);

/** The bundle's artifact entries for files held in memory: `artifacts/<sha256>`. */
export function artifactEntries(files: readonly Buffer[]): ZipEntrySource[] {
  return files.map((bytes) => {
    const entry = bufferEntry('', bytes, false);
    return { ...entry, path: artifactEntryPath(entry.sha256) };
  });
}

/**
 * The sample portfolio as its bundle carries it (records, reflections, the sample's files), plus
 * a mentor's and an instructor's grades and a final report, as the candidate received them.
 */
export async function sampleBundle(): Promise<{ data: BundleData; files: ZipEntrySource[] }> {
  let next = 0;
  const newId = () => `sample-${++next}`;
  const rendered = await renderSampleFiles();
  const portfolio = buildSamplePortfolio({ now: NOW, newId, artifactFiles: rendered });
  const reflections = buildSampleReflections({ portfolio, now: NOW, newId });
  const passed = portfolio.assignments.filter((a) => a.status === 'passed');
  const data: BundleData = {
    format: BUNDLE_DATA_FORMAT,
    formatVersion: BUNDLE_DATA_FORMAT_VERSION,
    portfolio,
    reflections,
    reviews: [
      receivedReview(MENTOR, {
        evaluations: [
          evaluation(passed[0]!.id, { at: '2026-11-20T09:00:00.000Z', comment: 'Board-ready.' }),
        ],
        reports: [
          finalReport('report-1', '2026-10', {
            ratings: [{ areaId: 'area-leadership', level: 3, note: 'Leads the help desk team.' }],
          }),
        ],
      }),
      receivedReview(INSTRUCTOR, {
        evaluations: [evaluation(passed[1]!.id, { at: '2026-11-21T09:00:00.000Z' })],
      }),
    ],
  };
  return { data, files: artifactEntries(rendered.map((f) => f.bytes)) };
}

export interface WrittenLeap2a {
  xml: string;
  doc: Document;
  /** Every entry of the written zip, in order, read back with yauzl. */
  zip: { name: string; sha256: string }[];
}

/** The export written as a real zip with writeZipAtomically, read back, and its XML parsed. */
export async function writeAndRead(
  dir: string,
  data: BundleData,
  files: readonly ZipEntrySource[],
): Promise<WrittenLeap2a> {
  const out = `${dir}/export-${Math.random().toString(36).slice(2)}.zip`;
  await writeZipAtomically(out, leap2aEntries(data, files, META), { mtime: NOW });
  const zip = await readZip(out);
  const xml = zip.find((e) => e.name === 'leap2a.xml')!.bytes.toString('utf8');
  return { xml, doc: parseXml(xml), zip };
}

/**
 * Parsed as an XML processor would (jsdom's DOMParser: the tests using it run under jsdom),
 * failing on any well-formedness error.
 */
export function parseXml(xml: string): Document {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  expect(error?.textContent ?? null, 'the XML is well-formed').toBeNull();
  return doc;
}

const { atom: ATOM, rdf: RDF, leap2: LEAP2, xhtml: XHTML } = LEAP2A_NAMESPACES;

/** The direct children of `el` named `local` in namespace `ns`. */
export const childrenOf = (el: Element, ns: string, local: string): Element[] =>
  [...el.children].filter((c) => c.namespaceURI === ns && c.localName === local);

export const childText = (el: Element, ns: string, local: string): string | null =>
  childrenOf(el, ns, local)[0]?.textContent ?? null;

export const entriesOf = (doc: Document): Element[] =>
  childrenOf(doc.documentElement, ATOM, 'entry');

export const rdfType = (entry: Element): string | null =>
  childrenOf(entry, RDF, 'type')[0]?.getAttributeNS(RDF, 'resource') ?? null;

export const linksOf = (entry: Element, rel: string): string[] =>
  childrenOf(entry, ATOM, 'link')
    .filter((l) => l.getAttribute('rel') === rel)
    .map((l) => l.getAttribute('href')!);

export const entryById = (doc: Document, id: string): Element | undefined =>
  entriesOf(doc).find((e) => childText(e, ATOM, 'id') === id);

/** Elements and attributes that could run or load something if a page showed the XHTML. */
const ACTIVE_ELEMENTS = new Set([
  'script',
  'iframe',
  'frame',
  'object',
  'embed',
  'style',
  'link',
  'meta',
  'img',
  'form',
  'base',
  'svg',
  'math',
  'input',
  'button',
  'video',
  'audio',
  'source',
]);

/**
 * What any importer relies on, for any data: the feed's namespaces, version and head; each
 * entry's id, title, updated and type; enclosures naming files of the zip; relationships naming
 * entries of the feed; and XHTML content wrapped in one XHTML div, holding nothing active.
 */
export function expectImportable({ doc, zip }: WrittenLeap2a): void {
  const feed = doc.documentElement;
  expect(feed.namespaceURI).toBe(ATOM);
  expect(feed.localName).toBe('feed');
  for (const [prefix, uri] of [
    ['rdf', RDF],
    ['leap2', LEAP2],
    ['categories', LEAP2A_NAMESPACES.categories],
  ] as const) {
    expect(feed.getAttribute(`xmlns:${prefix}`)).toBe(uri);
  }
  expect(LEAP2).toBe('http://terms.leapspecs.org/');
  expect(LEAP2A_NAMESPACES.categories).toBe('http://wiki.leapspecs.org/2A/categories/');
  const versions = childrenOf(feed, LEAP2, 'version');
  expect(versions.map((v) => v.textContent)).toEqual([LEAP2A_VERSION]);
  expect(LEAP2A_VERSION).toBe('http://www.leapspecs.org/2010-07/2A/');
  expect(childText(feed, ATOM, 'id')).toMatch(/\S/);
  expect(childText(feed, ATOM, 'title')).toMatch(/\S/);
  expect(Number.isNaN(Date.parse(childText(feed, ATOM, 'updated') ?? ''))).toBe(false);
  const author = childrenOf(feed, ATOM, 'author')[0]!;
  expect(childText(author, ATOM, 'name')).toMatch(/\S/);
  const person = entryById(doc, childText(author, ATOM, 'uri') ?? '');
  expect(person && rdfType(person)).toBe('leap2:person');

  const entries = entriesOf(doc);
  const ids = entries.map((e) => childText(e, ATOM, 'id'));
  expect(new Set(ids).size, 'entry ids are unique').toBe(ids.length);
  const files = new Set(zip.map((e) => e.name));
  expect(zip[0]!.name).toBe('leap2a.xml');
  for (const entry of entries) {
    const id = childText(entry, ATOM, 'id');
    expect(id).toMatch(/^\S+$/);
    expect(childrenOf(entry, ATOM, 'title')).toHaveLength(1);
    expect(Number.isNaN(Date.parse(childText(entry, ATOM, 'updated') ?? ''))).toBe(false);
    expect(rdfType(entry)).toMatch(/^leap2:[a-z]+$/);
    for (const link of childrenOf(entry, ATOM, 'link')) {
      const rel = link.getAttribute('rel')!;
      const href = link.getAttribute('href')!;
      if (rel === 'enclosure') {
        expect(files.has(decodeURIComponent(href)), `${id}: enclosure ${href} is in the zip`).toBe(
          true,
        );
      } else {
        expect(rel).toMatch(/^leap2:[a-z_]+$/);
        expect(ids.includes(href), `${id}: ${rel} ${href} is an entry`).toBe(true);
      }
    }
    const content = childrenOf(entry, ATOM, 'content')[0]!;
    if (content.getAttribute('type') === 'xhtml') expectInertXhtml(content);
  }
}

function expectInertXhtml(content: Element): void {
  const elements = [...content.children];
  expect(elements).toHaveLength(1);
  expect(elements[0]!.localName).toBe('div');
  expect(elements[0]!.namespaceURI).toBe(XHTML);
  for (const el of content.querySelectorAll('*')) {
    expect(el.namespaceURI).toBe(XHTML);
    expect(ACTIVE_ELEMENTS.has(el.localName), `<${el.localName}> in content`).toBe(false);
    for (const attr of el.attributes) {
      expect(attr.name.toLowerCase().startsWith('on'), `${attr.name} attribute`).toBe(false);
      if (attr.name === 'href') expect(attr.value).toMatch(/^(https?:|mailto:)/i);
      expect(['href', 'rel', 'start', 'colspan', 'rowspan', 'xmlns']).toContain(attr.name);
    }
  }
}
