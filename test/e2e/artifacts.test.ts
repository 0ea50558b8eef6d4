import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { expect, it } from 'vitest';
import { browserAndAppPerTest } from './harness/per-test-app';
import { goTo, openApp, pageHeading, skipWelcome } from './harness/app-page';
import { addArtifactFiles, artifactCard } from './harness/evidence-steps';
import { readPortfolioFile } from './harness/portfolio-file';
import { sha256OfFile, writePng } from './harness/test-files';

const run = browserAndAppPerTest();

it('adds a picture and a text file chosen in the file dialog, stores each under its SHA-256, and previews the picture', async () => {
  const png = join(run.desktop, 'network-diagram.png');
  const txt = join(run.desktop, 'budget-notes.txt');
  await writePng(png, 40, 24);
  await writeFile(txt, 'Device refresh: 1,200 Chromebooks over three years.\n');

  const page = await openApp(run.chromium.context, run.app);
  await skipWelcome(page);
  await goTo(page, 'Artifacts');
  await addArtifactFiles(page, [png, txt]);
  await page.getByText('2 artifacts', { exact: true }).waitFor();

  // On disk: one record each, and the bytes in the content store under their SHA-256.
  const { artifacts } = await readPortfolioFile(run.app.dataDir);
  for (const [file, mediaType] of [
    [png, 'image/png'],
    [txt, 'text/plain'],
  ] as const) {
    const sha256 = await sha256OfFile(file);
    const record = artifacts.find((a) => a.fileName === basename(file));
    expect(record).toMatchObject({ sha256, mediaType, deletedAt: null });
    const stored = join(run.app.dataDir, 'artifacts', sha256.slice(0, 2), sha256);
    expect(existsSync(stored), `${stored} is missing`).toBe(true);
    expect(await sha256OfFile(stored)).toBe(sha256);
  }

  // The picture's page shows it, decoded at its real size.
  await artifactCard(page, 'network-diagram')
    .getByRole('link', { name: 'network-diagram', exact: true })
    .click();
  await pageHeading(page, 'network-diagram').waitFor();
  const preview = page
    .getByRole('region', { name: 'Preview', exact: true })
    .getByRole('img', { name: 'Preview of network-diagram', exact: true });
  await preview.waitFor();
  await expect
    .poll(() => preview.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
    .toBe(40);
  expect(await preview.evaluate((img: HTMLImageElement) => img.naturalHeight)).toBe(24);

  // The text file's page shows its text.
  await goTo(page, 'Artifacts');
  await artifactCard(page, 'budget-notes').getByRole('link', { name: 'budget-notes' }).click();
  await pageHeading(page, 'budget-notes').waitFor();
  await page
    .getByLabel('Text of budget-notes', { exact: true })
    .getByText('Device refresh: 1,200 Chromebooks over three years.')
    .waitFor();
  await page.close();
});
