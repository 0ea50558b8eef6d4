import { describe, expect, it } from 'vitest';
import {
  checkEntry,
  checkEntryName,
  createDuplicateNameCheck,
  type ZipEntryFacts,
} from '../../../electron/core/bundle/zip/zip-entry-rules';

const file = (name: string, extra: Partial<ZipEntryFacts> = {}): ZipEntryFacts => ({
  name,
  externalFileAttributes: (0o100644 << 16) >>> 0,
  madeByHost: 3,
  uncompressedSize: 10,
  ...extra,
});

describe('entry names', () => {
  it.each([
    ['', 'is empty'],
    ['../x', 'climbs out'],
    ['a/../../x', 'climbs out'],
    ['artifacts/..', 'climbs out'],
    ['/etc/passwd', 'absolute path'],
    ['C:/Windows/x', 'drive'],
    ['c:x', 'drive'],
    ['a:stream', 'drive or stream'],
    ['a\\..\\x', 'backslashes'],
    ['\\\\server\\share', 'backslashes'],
    ['a//b', 'empty path segment'],
    ['./a', 'empty path segment'],
    ['a/./b', 'empty path segment'],
    ['a\u0000b', 'control characters'],
    ['a\nb', 'control characters'],
    ['a\u007fb', 'control characters'],
    ['dot./x', 'dot or a space'],
    ['space /x', 'dot or a space'],
    ['x'.repeat(1001), 'too long'],
    [`${'x'.repeat(256)}/a`, 'part that is too long'],
  ])('refuses %j because it %s', (name, why) => {
    const verdict = checkEntryName(name);
    expect(verdict).toMatchObject({ ok: false, problem: 'unsafe-path' });
    expect(verdict && !verdict.ok && verdict.sentence).toContain(why);
  });

  it.each([
    'manifest.json',
    'portfolio.json',
    `artifacts/${'a'.repeat(64)}`,
    'site/css/main.css',
    'site/',
  ])('accepts %j', (name) => {
    expect(checkEntryName(name)).toBeNull();
  });

  it('shows control characters in the sentence as question marks, on one line', () => {
    const verdict = checkEntryName('evil\nname');
    expect(verdict && !verdict.ok && verdict.sentence).toContain('"evil?name"');
  });
});

describe('entry kinds', () => {
  it('refuses a symlink made on a Unix host', () => {
    const verdict = checkEntry(
      file('artifacts/link', { externalFileAttributes: (0o120777 << 16) >>> 0 }),
    );
    expect(verdict).toMatchObject({ ok: false, problem: 'symlink' });
  });

  it('ignores Unix-looking attributes from a non-Unix host', () => {
    const verdict = checkEntry(
      file('a.txt', { madeByHost: 0, externalFileAttributes: (0o120777 << 16) >>> 0 }),
    );
    expect(verdict).toEqual({ ok: true, kind: 'file' });
  });

  it('tolerates empty directory entries, as zip -r writes them', () => {
    expect(
      checkEntry(
        file('artifacts/', { uncompressedSize: 0, externalFileAttributes: (0o040755 << 16) >>> 0 }),
      ),
    ).toEqual({
      ok: true,
      kind: 'directory',
    });
  });

  it('refuses a directory entry that carries data', () => {
    expect(checkEntry(file('artifacts/', { uncompressedSize: 5 }))).toMatchObject({
      ok: false,
      problem: 'unsafe-path',
    });
  });

  it('refuses a file name marked as a directory by its attributes', () => {
    expect(
      checkEntry(file('notes', { madeByHost: 0, externalFileAttributes: 0x10 })),
    ).toMatchObject({
      ok: false,
      problem: 'unsafe-path',
    });
  });
});

describe('duplicate names', () => {
  it.each([
    ['a.txt', 'a.txt'],
    ['Portfolio.json', 'portfolio.json'],
    ['caf\u00e9', 'cafe\u0301'],
    ['site', 'site/'],
  ])('refuses %j after %j', (first, second) => {
    const isDuplicate = createDuplicateNameCheck();
    expect(isDuplicate(first)).toBeNull();
    expect(isDuplicate(second)).toMatchObject({ ok: false, problem: 'duplicate-name' });
  });

  it('accepts different names', () => {
    const isDuplicate = createDuplicateNameCheck();
    expect(['a', 'b', 'a/b', 'b/a'].map(isDuplicate)).toEqual([null, null, null, null]);
  });
});
