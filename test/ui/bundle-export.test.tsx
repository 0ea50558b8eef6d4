import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Transport } from '../../renderer/api/transport';
import { corePerTest } from './support/core-per-test';
import { renderApp } from './support/render-app';

const core = corePerTest();

/** The figure a definition list shows under `label`. */
function figure(container: HTMLElement, label: string): string | null | undefined {
  return within(container).getByText(label, { selector: 'dt' }).nextElementSibling?.textContent;
}

/** The real core, except that job statuses wait until the test lets them through. */
function statusesHeldBack(): { transport: Transport; release: () => void } {
  let release = () => undefined as void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  return {
    transport: async (channel, input) => {
      if (channel === 'job-status') await gate;
      return core.transport(channel, input);
    },
    release: () => release(),
  };
}

/** Download links the page clicks, instead of a browser saving them. */
const clickedLinks: { href: string; download: string }[] = [];
const realClick = HTMLAnchorElement.prototype.click;
HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
  if (this.download)
    clickedLinks.push({ href: this.getAttribute('href') ?? '', download: this.download });
  else realClick.call(this);
};
afterEach(() => {
  clickedLinks.length = 0;
});

describe('portfolio bundle export', () => {
  it('shows what goes in, and counts private items in once they are included', async () => {
    await core.call('reflection-create', { title: 'Budget lessons', private: false });
    await core.call('reflection-create', { title: 'About my board', private: true });
    const { user } = renderApp(core.transport, '/exports', undefined, core.bundleFiles);
    const card = await screen.findByRole('region', { name: 'Portfolio bundle' });
    await within(card).findByText('1 private reflection and 0 private artifacts are left out.');
    expect(figure(card, 'Reflections')).toBe('1');
    expect(figure(card, 'Sessions')).toMatch(/^[1-9]\d*$/);

    await user.click(within(card).getByRole('checkbox', { name: 'Include private items' }));
    await within(card).findByText('Nothing is left out.');
    expect(figure(card, 'Reflections')).toBe('2');
  });

  it('shows the progress while the bundle is written, then downloads it with the page token', async () => {
    const held = statusesHeldBack();
    const { user } = renderApp(held.transport, '/exports', undefined, core.bundleFiles);
    const card = await screen.findByRole('region', { name: 'Portfolio bundle' });
    await within(card).findByText('Nothing is left out.');
    await user.click(within(card).getByRole('button', { name: 'Export portfolio bundle' }));

    const dialog = await screen.findByRole('dialog', { name: 'Exporting your portfolio' });
    const bar = within(dialog).getByRole('progressbar', { name: 'Progress' });
    expect(bar.getAttribute('aria-valuetext')).toBe('Starting…');
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toBeTruthy();

    held.release();
    const done = await within(card).findByText(
      /^Exported .+\.ctoportfolio \(.+\); your browser saves it/,
    );
    expect(done.closest('[role="status"]')).not.toBeNull();
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(clickedLinks).toHaveLength(1);
    const [link] = clickedLinks;
    const match = /^\/download\/export\/([^?]+)\?token=test-token$/.exec(link!.href);
    expect(match, link!.href).not.toBeNull();
    const written = await readFile(
      join(core.dir, 'exports', decodeURIComponent(match![1]!), link!.download),
    );
    expect(written.subarray(0, 2).toString()).toBe('PK');
  });

  it('cancels a running export, says so, and leaves no file', async () => {
    // A large file that does not compress keeps the export busy long enough to cancel it.
    await core.artifactFiles.addFile(new File([randomBytes(48 * 1024 * 1024)], 'scan.raw'), {
      signal: new AbortController().signal,
      onProgress: () => undefined,
    });
    const { user } = renderApp(core.transport, '/exports', undefined, core.bundleFiles);
    const card = await screen.findByRole('region', { name: 'Portfolio bundle' });
    await within(card).findByText('Nothing is left out.');
    await user.click(within(card).getByRole('button', { name: 'Export portfolio bundle' }));
    const dialog = await screen.findByRole('dialog', { name: 'Exporting your portfolio' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));

    await within(card).findByText('Export cancelled; no file was written.');
    expect(clickedLinks).toEqual([]);
    const exportsFolder = join(core.dir, 'exports');
    expect(
      existsSync(exportsFolder) ? await readdir(exportsFolder, { recursive: true }) : [],
    ).toEqual([]);
    // Focus is back on the button that started it.
    expect(document.activeElement).toBe(
      within(card).getByRole('button', { name: 'Export portfolio bundle' }),
    );
  });

  it('saves the Leap2A file chosen in Other formats: the choice, its description, the download', async () => {
    const { user } = renderApp(core.transport, '/exports', undefined, core.bundleFiles);
    const card = await screen.findByRole('region', { name: 'Other formats' });
    const formats = within(card).getByRole('radiogroup', { name: 'Format' });
    expect(within(formats).getByRole('radio', { name: 'Web version (.zip)' })).toHaveProperty(
      'checked',
      true,
    );
    await user.click(within(formats).getByRole('radio', { name: 'Leap2A (.zip)' }));
    expect(within(card).getByText(/Mahara and other portfolio systems import it/)).toBeTruthy();
    const save = within(card).getByRole('button', { name: 'Save Leap2A file' });
    await waitUntilEnabled(save);
    await user.click(save);

    await within(card).findByText(
      /^Exported (.+ )?Leap2A portfolio [\d-]+\.zip \(.+\); your browser/,
    );
    expect(clickedLinks).toHaveLength(1);
    const [link] = clickedLinks;
    const jobId = /^\/download\/export\/([^?]+)\?/.exec(link!.href)![1]!;
    const written = await readFile(
      join(core.dir, 'exports', decodeURIComponent(jobId), link!.download),
    );
    // A zip whose first entry is leap2a.xml: the local header names it at byte 30.
    expect(written.subarray(0, 2).toString()).toBe('PK');
    expect(written.subarray(30, 30 + 'leap2a.xml'.length).toString()).toBe('leap2a.xml');
  });
});

/** The save button waits for the suggested file name. */
async function waitUntilEnabled(button: HTMLElement): Promise<void> {
  await waitFor(() => expect(button).toHaveProperty('disabled', false));
}
