import { readdir } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DATA_PATH, MANIFEST_PATH } from '@shared/bundle/bundle-schemas';
import { makeTempDir } from '../../support/temp-dir';
import { infoZipTest, readZip } from '../bundle/bundle-fixture';
import { cli, expectOneLine } from './cli-harness';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
let data: string;
beforeEach(async () => {
  temp = await makeTempDir('cto-cli-formats-');
  data = join(temp.path, 'data');
  expect((await cli(['init', '--data', data, '--sample'], { cwd: temp.path })).code).toBe(0);
});
afterEach(async () => {
  await temp.remove();
});

const run = (argv: string[]) => cli(argv, { cwd: temp.path });

/** Every relative href and src of the site's pages, resolved against the page that names it. */
function relativeLinks(page: string, html: string): string[] {
  const links = [...html.matchAll(/\s(?:href|src)="([^"#?]+)[^"]*"/g)].map((match) => match[1]!);
  return links
    .filter((link) => !/^[a-z][a-z0-9+.-]*:/i.test(link))
    .map((link) => posix.normalize(posix.join(posix.dirname(page), decodeURIComponent(link))));
}

describe('export --format', () => {
  it('web: the static site alone, index.html at the root, every link of every page inside the zip', async () => {
    const result = await run(['export', '--data', data, '--format', 'web', '--out', 'site.zip']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expectOneLine(result.stdout);
    expect(result.stdout).toMatch(/^Saved the web version to .*site\.zip \(\d+ files, /);
    const path = join(temp.path, 'site.zip');
    await infoZipTest(path);
    const entries = await readZip(path);
    const names = new Set(entries.map((entry) => entry.name));
    expect(names.has('index.html')).toBe(true);
    expect(names.has(MANIFEST_PATH)).toBe(false);
    expect(names.has(DATA_PATH)).toBe(false);
    expect([...names].some((name) => name.startsWith('artifacts/'))).toBe(true);
    const pages = entries.filter((entry) => entry.name.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(5);
    const links = pages.flatMap((page) =>
      relativeLinks(page.name, page.bytes.toString('utf8')).map((target) => ({ page, target })),
    );
    expect(links.filter(({ target }) => target.startsWith('artifacts/')).length).toBeGreaterThan(0);
    for (const { page, target } of links) {
      expect(names, `${page.name} links to ${target}`).toContain(target);
    }
  });

  it('leap2a: leap2a.xml at the root and the files it names, nothing of the bundle', async () => {
    const result = await run(['export', '--data', data, '--format', 'leap2a', '--out', 'l.zip']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(/^Saved the Leap2A file to /);
    const entries = await readZip(join(temp.path, 'l.zip'));
    expect(entries[0]!.name).toBe('leap2a.xml');
    const xml = entries[0]!.bytes.toString('utf8');
    const enclosures = [...xml.matchAll(/<link\b[^>]*rel="enclosure"[^>]*>/g)].map(
      ([link]) => /href="([^"]+)"/.exec(link)![1]!,
    );
    expect(enclosures.length).toBeGreaterThan(0);
    for (const href of enclosures) {
      expect(entries.map((entry) => entry.name)).toContain(href);
    }
    expect(entries.some((entry) => entry.name === MANIFEST_PATH)).toBe(false);
  });

  it('refuses an unknown format as wrong usage, naming the choices, and writes nothing', async () => {
    const result = await run(['export', '--data', data, '--format', 'docx', '--out', 'x.docx']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'Option --format must be one of bundle, web, leap2a, pdf; "docx" is not one of them.',
    );
    expect(await readdir(temp.path)).toEqual(['data']);
  });
});

describe('help', () => {
  it('starts every description of every command in one column', async () => {
    const listing = await run(['--help']);
    const names = [...listing.stdout.matchAll(/^ {2}([a-z-]+) {2,}\S/gm)].map((m) => m[1]!);
    expect(names).toContain('export');
    for (const name of names.filter((n) => n !== 'help')) {
      const help = (await run(['help', name])).stdout;
      const options = help.slice(help.indexOf('Options:\n') + 'Options:\n'.length).trimEnd();
      const columns = options
        .split('\n')
        .map((line) => /^ {2}\S.*? {2,}(?=\S)/.exec(line)?.[0].length);
      expect(columns.length, name).toBeGreaterThan(1);
      expect(new Set(columns).size, `${name}:\n${options}`).toBe(1);
      expect(columns[0], name).toBeDefined();
    }
  });
});
