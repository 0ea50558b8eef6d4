// Renders the app's icons from their SVG sources in build/icons/ (`npm run icons`): every PNG
// size Linux wants (build/icons/NxN.png), and the Windows .ico and macOS .icns of the app and of
// each file type it opens. The results are committed, so `npm run dist` needs no browser.
//
// Rasterised by Chromium (playwright-core drives the system's; $CTO_PORTFOLIO_CHROMIUM or
// /usr/bin/chromium) because it draws SVG exactly as the app's own engine does. The .ico and
// .icns containers are a header and PNG entries each; both formats take PNG data as it is.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const buildDir = path.dirname(fileURLToPath(import.meta.url));
const iconsDir = path.join(buildDir, 'icons');

const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
/** ICNS entry types and their pixel sizes (the @2x types carry the doubled size). */
const ICNS_TYPES = [
  ['icp4', 16],
  ['icp5', 32],
  ['icp6', 64],
  ['ic07', 128],
  ['ic08', 256],
  ['ic09', 512],
  ['ic10', 1024],
  ['ic11', 32],
  ['ic12', 64],
  ['ic13', 256],
  ['ic14', 512],
];

/** What each source becomes: the app's icon, and one per file type (named as electron-builder expects). */
const ICONS = [
  { source: 'app.svg', name: 'icon', linux: true },
  { source: 'document-portfolio.svg', name: 'ctoportfolio', linux: false },
  { source: 'document-review.svg', name: 'ctoreview', linux: false },
];

export function icoFile(pngs) {
  const header = Buffer.alloc(6 + 16 * pngs.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // 1: icon
  header.writeUInt16LE(pngs.length, 4);
  let offset = header.length;
  pngs.forEach(({ size, png }, i) => {
    const at = 6 + 16 * i;
    header.writeUInt8(size >= 256 ? 0 : size, at); // 0 means 256
    header.writeUInt8(size >= 256 ? 0 : size, at + 1);
    header.writeUInt16LE(1, at + 4); // colour planes
    header.writeUInt16LE(32, at + 6); // bits per pixel
    header.writeUInt32LE(png.length, at + 8);
    header.writeUInt32LE(offset, at + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...pngs.map(({ png }) => png)]);
}

export function icnsFile(entries) {
  const parts = entries.map(({ type, png }) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(8 + parts.reduce((sum, part) => sum + part.length, 0), 4);
  return Buffer.concat([head, ...parts]);
}

async function renderer() {
  const browser = await chromium.launch({
    executablePath: process.env.CTO_PORTFOLIO_CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  const page = await browser.newPage();
  return {
    async png(svg, size) {
      const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(
        `<style>html,body{margin:0;background:transparent}</style><img src="${src}" width="${size}" height="${size}">`,
      );
      await page.locator('img').evaluate((img) => img.decode());
      return page.screenshot({
        omitBackground: true,
        clip: { x: 0, y: 0, width: size, height: size },
      });
    },
    close: () => browser.close(),
  };
}

async function main() {
  const draw = await renderer();
  try {
    for (const icon of ICONS) {
      const svg = await readFile(path.join(iconsDir, icon.source), 'utf8');
      const sizes = [...new Set([...LINUX_SIZES, ...ICO_SIZES, ...ICNS_TYPES.map(([, s]) => s)])];
      const pngs = new Map();
      for (const size of sizes) pngs.set(size, await draw.png(svg, size));
      if (icon.linux) {
        for (const size of LINUX_SIZES) {
          await writeFile(path.join(iconsDir, `${size}x${size}.png`), pngs.get(size));
        }
        await writeFile(path.join(buildDir, `${icon.name}.png`), pngs.get(1024));
      }
      await writeFile(
        path.join(buildDir, `${icon.name}.ico`),
        icoFile(ICO_SIZES.map((size) => ({ size, png: pngs.get(size) }))),
      );
      await writeFile(
        path.join(buildDir, `${icon.name}.icns`),
        icnsFile(ICNS_TYPES.map(([type, size]) => ({ type, png: pngs.get(size) }))),
      );
      console.log(`${icon.name}: ${sizes.length} sizes`);
    }
  } finally {
    await draw.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
