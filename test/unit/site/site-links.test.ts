// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { isSafeBundlePath } from '@shared/bundle/bundle-schemas';
import { checkEntryName, collisionKey } from '../../../electron/core/bundle/zip/zip-entry-rules';
import { isSitePath } from '../../../electron/core/site/site-paths';
import {
  artifact,
  artifactFiles,
  bundleData,
  pages,
  parse,
  reflection,
  render,
  resolveLink,
} from './site-fixture';

function richData() {
  const image = artifact({ title: 'Network diagram', fileName: 'net.png', mediaType: 'image/png' });
  const pdf = artifact({ title: 'Budget', competencyIds: ['cosn-leadership-and-vision'] });
  const deleted = artifact({ title: 'Gone', deletedAt: '2026-11-01T00:00:00.000Z' });
  return bundleData({
    artifacts: [image, pdf, deleted],
    reflections: [
      reflection({
        title: 'Linked to both',
        artifactIds: [image.id, pdf.id, deleted.id, 'not-in-bundle'],
        competencyIds: ['cosn-leadership-and-vision'],
      }),
      reflection({ title: 'Alone' }),
    ],
  });
}

describe('the web version links', () => {
  it('resolves every relative href and src to a page of the site or an artifact file of the bundle', () => {
    const data = richData();
    const files = render(data);
    const paths = new Set(files.map((f) => f.path));
    const byPath = new Map(files.map((f) => [f.path, f]));
    const artifactPaths = artifactFiles(data);
    let links = 0;
    for (const page of pages(files)) {
      const document = parse(page);
      for (const element of document.querySelectorAll('[href], [src]')) {
        const target = element.getAttribute('href') ?? element.getAttribute('src')!;
        const resolved = resolveLink(page.path, target);
        expect(resolved, `${page.path}: ${target}`).not.toBeNull();
        if (resolved!.path === page.path.split('#')[0] && target.startsWith('#')) {
          expect(document.getElementById(resolved!.fragment), target).not.toBeNull();
          continue;
        }
        expect(
          paths.has(resolved!.path) || artifactPaths.has(resolved!.path),
          `${page.path}: ${target}`,
        ).toBe(true);
        if (resolved!.fragment) {
          expect(
            parse(byPath.get(resolved!.path)!).getElementById(resolved!.fragment),
            target,
          ).not.toBeNull();
        }
        links += 1;
      }
    }
    expect(links).toBeGreaterThan(50);
  });

  it('links every artifact file, and shows images inline', () => {
    const data = richData();
    const page = parse(render(data).find((f) => f.path === 'site/artifacts.html')!);
    const [image, pdf] = data.portfolio.artifacts;
    expect([...page.querySelectorAll('a[download]')].map((a) => a.getAttribute('href'))).toEqual([
      `../artifacts/${image!.sha256}`,
      `../artifacts/${pdf!.sha256}`,
    ]);
    const images = [...page.querySelectorAll('img')];
    expect(images.map((img) => [img.getAttribute('src'), img.getAttribute('alt')])).toEqual([
      [`../artifacts/${image!.sha256}`, 'Network diagram'],
    ]);
  });

  it('gives each reflection a page whose path is safe, even for ids that are not', () => {
    const hostileIds = [
      '../../../etc/passwd',
      'Same-Id',
      'same-id',
      'same-id',
      'a.html',
      'x y',
      'C:evil',
      '-dash',
      'reflection_1',
    ];
    const data = bundleData({
      reflections: hostileIds.map((id) => reflection({ id, title: `Id ${id}` })),
    });
    const files = render(data);
    const reflectionPages = files.filter((f) => f.path.startsWith('site/reflections/'));
    expect(reflectionPages).toHaveLength(hostileIds.length);
    const keys = new Set<string>();
    for (const file of files) {
      expect(isSafeBundlePath(file.path), file.path).toBe(true);
      expect(checkEntryName(file.path), file.path).toBeNull();
      expect(isSitePath(file.path), file.path).toBe(true);
      keys.add(collisionKey(file.path));
    }
    expect(keys.size).toBe(files.length);
    expect(['portfolio.json', 'artifacts/ab', 'manifest.json'].some(isSitePath)).toBe(false);
    expect(reflectionPages.map((f) => f.path)).toContain('site/reflections/same-id.html');
  });
});
