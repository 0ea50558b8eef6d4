import { createHash } from 'node:crypto';
import {
  BUNDLE_DATA_FORMAT,
  BUNDLE_DATA_FORMAT_VERSION,
  artifactEntryPath,
  type BundleData,
} from '@shared/bundle/bundle-schemas';
import type { Artifact } from '@shared/domain/artifact';
import { newRecordMeta } from '@shared/domain/record';
import { NEW_REFLECTION_FIELDS, type Reflection } from '@shared/domain/reflection';
import { DEFAULT_PROGRAM } from '@shared/program/default-program';
import { newPortfolio } from '@shared/program/new-portfolio';
import type { RichTextDoc } from '@shared/rich-text/rich-text-schema';
import {
  renderPortfolioSite,
  type SiteFile,
} from '../../../electron/core/site/render-portfolio-site';
import { artifactRecord } from '../../support/record-builders';

export const NOW = new Date('2026-11-28T12:00:00.000Z');
export const SITE_OPTIONS = { exportedAt: NOW, appVersion: '0.1.0' };

let serial = 0;
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export function artifact(fields: Partial<Artifact> = {}): Artifact {
  serial += 1;
  return artifactRecord(`artifact-${serial}`, NOW, {
    title: `Artifact ${serial}`,
    sha256: sha256(`artifact ${serial}`),
    size: 1234,
    fileName: `file-${serial}.pdf`,
    ...fields,
  });
}

export function reflection(fields: Partial<Reflection> = {}): Reflection {
  serial += 1;
  return {
    ...newRecordMeta(`reflection-${serial}`, NOW),
    ...NEW_REFLECTION_FIELDS,
    title: `Reflection ${serial}`,
    wordCount: 0,
    ...fields,
  };
}

export const paragraphDoc = (...texts: string[]): RichTextDoc => ({
  type: 'doc',
  content: texts.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
});

/** Portfolio data as a bundle carries it: the default program, plus the records given. */
export function bundleData({
  artifacts = [],
  reflections = [],
}: { artifacts?: Artifact[]; reflections?: Reflection[] } = {}): BundleData {
  let next = 0;
  const portfolio = newPortfolio({
    template: DEFAULT_PROGRAM,
    now: NOW,
    newId: () => `id-${++next}`,
  });
  portfolio.profile = {
    ...portfolio.profile,
    name: 'Jordan Rivera',
    organisation: 'Mesa Verde USD',
  };
  portfolio.artifacts.push(...artifacts);
  return {
    format: BUNDLE_DATA_FORMAT,
    formatVersion: BUNDLE_DATA_FORMAT_VERSION,
    portfolio,
    reflections,
    reviews: [],
  };
}

export function render(data: BundleData): SiteFile[] {
  return renderPortfolioSite(data, SITE_OPTIONS);
}

export const pages = (files: readonly SiteFile[]) => files.filter((f) => f.path.endsWith('.html'));

/** The page parsed as a browser would, running nothing (the tests using it run under jsdom). */
export function parse(file: SiteFile): Document {
  return new DOMParser().parseFromString(file.content, 'text/html');
}

/** Every page's text as a reader sees it. */
export function visibleText(file: SiteFile): string {
  return (parse(file).body.textContent ?? '').replace(/\s+/g, ' ');
}

/**
 * Where a relative link on the page at `from` lands, relative to the bundle root, with its
 * fragment; null for anything that is not a plain relative path inside the bundle.
 */
export function resolveLink(from: string, href: string): { path: string; fragment: string } | null {
  const base = new URL(`file:///bundle/${from}`);
  const url = new URL(href, base);
  if (url.protocol !== 'file:' || !url.pathname.startsWith('/bundle/')) return null;
  return {
    path: decodeURIComponent(url.pathname.slice('/bundle/'.length)),
    fragment: url.hash.slice(1),
  };
}

export const artifactFiles = (data: BundleData) =>
  new Set(
    data.portfolio.artifacts
      .filter((a) => a.deletedAt === null)
      .map((a) => artifactEntryPath(a.sha256)),
  );
