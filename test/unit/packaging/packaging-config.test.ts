import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..', '..');
const require = createRequire(import.meta.url);
const config = require(join(root, 'build', 'electron-builder.config.cjs'));

/** A PNG's width and height, from its IHDR chunk. */
function pngSize(png: Buffer): [number, number] {
  expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

/** The entries of an .ico: each size and its PNG. */
function icoEntries(ico: Buffer): { size: number; png: Buffer }[] {
  expect(ico.readUInt16LE(2)).toBe(1);
  return Array.from({ length: ico.readUInt16LE(4) }, (_, i) => {
    const at = 6 + 16 * i;
    const size = ico.readUInt8(at) || 256;
    const png = ico.subarray(
      ico.readUInt32LE(at + 12),
      ico.readUInt32LE(at + 12) + ico.readUInt32LE(at + 8),
    );
    return { size, png };
  });
}

/** The entries of an .icns: each type and its PNG. */
function icnsEntries(icns: Buffer): Map<string, Buffer> {
  expect(icns.toString('ascii', 0, 4)).toBe('icns');
  expect(icns.readUInt32BE(4)).toBe(icns.length);
  const entries = new Map<string, Buffer>();
  for (let at = 8; at < icns.length; at += icns.readUInt32BE(at + 4)) {
    entries.set(
      icns.toString('ascii', at, at + 4),
      icns.subarray(at + 8, at + icns.readUInt32BE(at + 4)),
    );
  }
  return entries;
}

const ICNS_SIZES: Record<string, number> = {
  icp4: 16,
  icp5: 32,
  icp6: 64,
  ic07: 128,
  ic08: 256,
  ic09: 512,
  ic10: 1024,
  ic11: 32,
  ic12: 64,
  ic13: 256,
  ic14: 512,
};

describe('the installers configuration', () => {
  it('sets every fuse the security checklist asks for', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
    expect(config.asar).toBe(true);
  });

  it('builds NSIS, dmg and zip, AppImage and deb, from the built app only', () => {
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg', 'zip']);
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.files).toEqual(['dist/**', 'package.json', '!**/*.map']);
    expect(config.appId).toBe('org.ctomentor.portfolio');
    expect(config.productName).toBe('CTO Mentor Portfolio');
  });

  it('opens .ctoportfolio and .ctoreview, each with its own icons on Windows and macOS', async () => {
    const associations = config.fileAssociations as {
      ext: string;
      icon: string;
      mimeType: string;
    }[];
    expect(associations.map((a) => [a.ext, a.mimeType])).toEqual([
      ['ctoportfolio', 'application/x-ctoportfolio'],
      ['ctoreview', 'application/x-ctoreview'],
    ]);
    const icons = new Set<string>();
    for (const association of associations) {
      for (const extension of ['ico', 'icns']) {
        const file = join(root, 'build', `${association.icon}.${extension}`);
        expect(existsSync(file), file).toBe(true);
        icons.add((await readFile(file)).toString('base64'));
      }
    }
    expect(icons.size).toBe(4);
  });

  it('has the app icon at every size: Linux PNGs, a Windows .ico and a macOS .icns whose entries are PNGs of their stated size', async () => {
    for (const size of [16, 24, 32, 48, 64, 128, 256, 512, 1024]) {
      const png = await readFile(join(root, config.linux.icon, `${size}x${size}.png`));
      expect(pngSize(png)).toEqual([size, size]);
    }
    for (const name of ['icon', 'ctoportfolio', 'ctoreview']) {
      const ico = icoEntries(await readFile(join(root, 'build', `${name}.ico`)));
      expect(ico.map((e) => e.size)).toEqual([16, 24, 32, 48, 64, 128, 256]);
      for (const { size, png } of ico) expect(pngSize(png)).toEqual([size, size]);
      const icns = icnsEntries(await readFile(join(root, 'build', `${name}.icns`)));
      expect([...icns.keys()].sort()).toEqual(Object.keys(ICNS_SIZES).sort());
      for (const [type, png] of icns)
        expect(pngSize(png)).toEqual([ICNS_SIZES[type], ICNS_SIZES[type]]);
    }
  });
});
