import { describe, expect, it } from 'vitest';
import { findTopFolder, isSystemMetadata } from '../../../electron/core/bundle/zip/rezip-layout';

describe('isSystemMetadata', () => {
  it.each([
    '__MACOSX/',
    '__MACOSX/Name/',
    '__MACOSX/Name/._manifest.json',
    '__MACOSX/Name/artifacts/._abc',
    '.DS_Store',
    'Name/.DS_Store',
    'Name/artifacts/.DS_Store',
    'Thumbs.db',
    'Name/thumbs.db',
    'Name/site/Desktop.ini',
    'desktop.ini',
  ])('ignores %s, which the system adds', (name) => {
    expect(isSystemMetadata(name)).toBe(true);
  });

  it.each([
    'manifest.json',
    'Name/portfolio.json',
    'Name/__MACOSX/x',
    'Name/._manifest.json',
    '.DS_Store.json',
    'Name/DS_Store',
    'Thumbs.db.exe',
    'artifacts/desktop.ini.txt',
    '__MACOSXevil/x',
  ])('keeps %s, which is not system metadata', (name) => {
    expect(isSystemMetadata(name)).toBe(false);
  });
});

describe('findTopFolder', () => {
  it('reads a bundle laid out as the app writes it as it is', () => {
    expect(findTopFolder(['manifest.json', 'portfolio.json', 'artifacts/a'])).toEqual({
      kind: 'none',
    });
    expect(findTopFolder([])).toEqual({ kind: 'none' });
  });

  it('finds the one folder every entry sits in, its own folder entry included', () => {
    expect(
      findTopFolder(['Name/', 'Name/manifest.json', 'Name/artifacts/', 'Name/artifacts/a']),
    ).toEqual({ kind: 'one', prefix: 'Name/' });
  });

  it('takes nothing away when one entry sits at the top beside the folder', () => {
    expect(findTopFolder(['Name/manifest.json', 'portfolio.json'])).toEqual({ kind: 'none' });
  });

  it('names the folders when there are several, a stray empty folder among them', () => {
    expect(findTopFolder(['B/manifest.json', 'A/manifest.json', 'C/'])).toEqual({
      kind: 'several',
      folders: ['A', 'B', 'C'],
    });
  });
});
