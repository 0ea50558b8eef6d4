import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { bundleFileOf, importInto, otherComputersPerTest } from './support/bundles';
import { corePerTest } from './support/core-per-test';
import { renderApp } from './support/render-app';

// This computer: past the welcome, nothing entered yet.
const core = corePerTest();
const computers = otherComputersPerTest();

const FILE_INPUT = 'Portfolio bundle or review file (.ctoportfolio, .ctoreview)';

/** The app on `path`, then `file` chosen with the Import button's file dialog. */
async function chooseBundle(path: string, file: File) {
  const view = renderApp(core.transport, path, undefined, core.bundleFiles);
  await screen.findByRole('heading', { level: 1 });
  await view.user.upload(screen.getByLabelText(FILE_INPUT), file);
  const summary = await screen.findByRole('dialog', { name: 'Import this portfolio?' });
  return { ...view, summary };
}

/** This computer's portfolio, carried to another computer that adopts it (its second computer). */
async function ownPortfolioOnAnotherComputer() {
  const other = await computers.open();
  await importInto(other, await bundleFileOf(core), 'mine');
  return other;
}

describe('importing a bundle', () => {
  it("adds a candidate's portfolio to My candidates and opens it in the candidate's screens, read-only", async () => {
    const candidate = await computers.open('Jordan Lee');
    await candidate.call('profile-update', { organisation: 'Lakeside USD', cohortYear: 2026 });
    const { user, summary } = await chooseBundle('/exports', await bundleFileOf(candidate));

    expect(
      within(summary).getByText(
        "This is someone else's portfolio: it will be added to My candidates, read-only.",
      ),
    ).toBeTruthy();
    expect(within(summary).getByText('Jordan Lee')).toBeTruthy();
    expect(within(summary).getByText('Lakeside USD')).toBeTruthy();
    expect(within(summary).getByText('2026')).toBeTruthy();
    // This computer is still unused, so the bundle could also become its own portfolio.
    const choice = within(summary).getByRole('radiogroup', { name: 'How to import it' });
    expect(
      (
        within(choice).getByRole('radio', {
          name: 'Add to My candidates',
        }) as HTMLInputElement
      ).checked,
    ).toBe(true);

    await user.click(within(summary).getByRole('button', { name: 'Import' }));
    // The candidate's own screens over the copy, read-only: no web version in a frame.
    await screen.findByRole('navigation', { name: 'Jordan Lee’s portfolio' });
    await screen.findByRole('heading', { level: 1, name: 'Dashboard' });
    expect(
      screen.getByText('You are reading the candidate’s portfolio: it cannot be changed here.'),
    ).toBeTruthy();
    expect(document.querySelector('iframe')).toBeNull();
    // What came in, in the user's words, not a count of stored records.
    expect(
      screen.getByText(
        /^Added Jordan Lee’s portfolio to My candidates: \d+ assignments?, \d+ reflections?, \d+ artifacts?\.$/,
      ),
    ).toBeTruthy();
    // This computer's own portfolio is untouched.
    expect((await core.call('portfolio-get', {})).profile.name).toBe('');
  });

  it('says what the chosen way will do, counts included, where the bundle could become mine', async () => {
    const candidate = await computers.open('Jordan Lee');
    const file = await bundleFileOf(candidate);
    // Reviewed here already, while this computer's own portfolio is still unused.
    await importInto(core, file, 'review');
    const { user, summary } = await chooseBundle('/exports', file);
    const count = (label: string) =>
      within(summary).getByText(label, { selector: 'dt' }).nextElementSibling?.textContent;

    expect(
      within(summary).getByText(/^You already have this portfolio in My candidates/),
    ).toBeTruthy();
    expect(within(summary).queryByText(/importing changes nothing/)).toBeTruthy();
    expect(within(summary).queryByRole('button', { name: 'Import' })).toBeNull();
    expect(count('Added')).toBe('0');

    await user.click(
      within(summary).getByRole('radio', { name: 'Use as my portfolio on this computer' }),
    );
    expect(
      within(summary).getByText(
        'This computer has no portfolio of its own yet: this one becomes your portfolio here.',
      ),
    ).toBeTruthy();
    expect(within(summary).queryByText(/importing changes nothing/)).toBeNull();
    expect(Number(count('Added'))).toBeGreaterThan(0);
    expect(count('Unchanged')).toBe('0');
    await user.click(within(summary).getByRole('button', { name: 'Import' }));
    await waitFor(async () =>
      expect((await core.call('portfolio-get', {})).profile.name).toBe('Jordan Lee'),
    );
  });

  it('makes a bundle the own portfolio of a new computer, from the welcome', async () => {
    const candidate = await computers.open('Jordan Lee');
    await candidate.call('welcome-skip', {});
    const newComputer = await computers.open();
    const { user } = renderApp(newComputer.transport, '/', undefined, newComputer.bundleFiles);
    await screen.findByRole('heading', { level: 1, name: 'Welcome to CTO Mentor Portfolio' });
    expect(
      screen.getByRole('button', { name: 'Import my portfolio from another computer' }),
    ).toBeTruthy();
    await user.upload(screen.getByLabelText(FILE_INPUT), await bundleFileOf(candidate));
    const summary = await screen.findByRole('dialog', { name: 'Import this portfolio?' });
    await user.click(
      within(summary).getByRole('radio', { name: 'Use as my portfolio on this computer' }),
    );
    expect(
      within(summary).getByText(
        'This computer has no portfolio of its own yet: this one becomes your portfolio here.',
      ),
    ).toBeTruthy();
    await user.click(within(summary).getByRole('button', { name: 'Import' }));

    await screen.findByText('Welcome back, Jordan Lee.');
    expect(screen.getByText(/^Imported Jordan Lee’s portfolio: \d+ assignments?, /)).toBeTruthy();
    expect(await newComputer.call('reviewed-list', {})).toEqual([]);
  });

  it('merges the own portfolio from another computer, and the same file again changes nothing', async () => {
    const other = await ownPortfolioOnAnotherComputer();
    await other.call('log-create', {
      date: '2026-10-01',
      channel: 'call',
      summary: 'Talked about the budget',
      followUps: '',
    });
    const bundle = await bundleFileOf(other);
    const { user, summary } = await chooseBundle('/exports', bundle);
    expect(
      within(summary).getByText(
        'This is your own portfolio from another computer: changes will be merged.',
      ),
    ).toBeTruthy();
    expect(
      within(summary).getByText('Added', { selector: 'dt' }).nextElementSibling?.textContent,
    ).toBe('1');
    await user.click(within(summary).getByRole('button', { name: 'Import' }));
    await screen.findByRole('heading', { level: 1, name: 'Dashboard' });
    expect(
      screen.getByText('Merged your portfolio from the other computer: 1 new item.'),
    ).toBeTruthy();
    const { logEntries } = await core.call('portfolio-get', {});
    expect(logEntries.map((entry) => entry.summary)).toEqual(['Talked about the budget']);

    await user.click(screen.getByRole('link', { name: 'Export & import' }));
    await screen.findByRole('heading', { level: 1, name: 'Export & import' });
    // The sentence belonged to the page the import opened; it goes when the user moves on.
    expect(screen.queryByText(/^Merged your portfolio/)).toBeNull();
    await user.upload(screen.getByLabelText(FILE_INPUT), bundle);
    const again = await screen.findByRole('dialog', { name: 'Import this portfolio?' });
    expect(
      within(again).getByText(
        'You already have everything in this file; importing changes nothing.',
      ),
    ).toBeTruthy();
    expect(within(again).queryByRole('button', { name: 'Import' })).toBeNull();
    await user.click(within(again).getByRole('button', { name: 'Close' }));
    await screen.findByText('Import cancelled; nothing was changed.');
  });

  it('warns before an older bundle replaces a reviewed portfolio, and Cancel changes nothing', async () => {
    const candidate = await computers.open('Jordan Lee');
    const older = await bundleFileOf(candidate);
    await candidate.call('profile-update', { organisation: 'Lakeside USD' });
    await importInto(core, await bundleFileOf(candidate), 'review');
    const before = await core.call('reviewed-list', {});

    const { user, summary } = await chooseBundle('/candidates', older);
    expect(
      within(summary).getByText(
        'You already have this portfolio in My candidates: its content will be replaced by this file; anything you wrote about it is kept.',
      ),
    ).toBeTruthy();
    expect(
      within(summary).getByText(
        'This file is older than the copy you already have: importing it brings back older content.',
      ),
    ).toBeTruthy();
    await user.keyboard('{Escape}');
    await screen.findByText('Import cancelled; nothing was changed.');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await core.call('reviewed-list', {})).toEqual(before);
  });

  it('says in one sentence why a file that is no bundle cannot be imported', async () => {
    const { user } = renderApp(core.transport, '/exports', undefined, core.bundleFiles);
    await screen.findByRole('heading', { level: 1, name: 'Export & import' });
    await user.upload(
      screen.getByLabelText(FILE_INPUT),
      new File(['not a zip at all'], 'notes.ctoportfolio'),
    );
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/^[A-Z][^\n]*\.$/);
    // The progress dialog closes as the sentence appears (on a busy machine, a render later).
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('imports a bundle dropped anywhere on the window, and leaves drops on the artifact zone to it', async () => {
    const { user } = renderApp(core.transport, '/artifacts', core.artifactFiles, core.bundleFiles);
    const zoneInput = await screen.findByLabelText('Add files: drop them here, or choose files');
    // The artifact zone handles its own drops, bundles included: they become artifacts.
    drop(zoneInput.parentElement!, new File(['PK'], 'backup.ctoportfolio'));
    await screen.findByText('Added backup.ctoportfolio.', { selector: 'li *' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.queryByText('Import cancelled; nothing was changed.')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();

    drop(screen.getByRole('main'), new File(['a note'], 'notes.txt'));
    expect(screen.queryByRole('dialog')).toBeNull();

    const candidate = await computers.open('Jordan Lee');
    drop(screen.getByRole('main'), await bundleFileOf(candidate));
    const summary = await screen.findByRole('dialog', { name: 'Import this portfolio?' });
    await user.click(within(summary).getByRole('button', { name: 'Cancel' }));
    await screen.findByText('Import cancelled; nothing was changed.');
  });

  it('shows the summary of a bundle the system opened with the app', async () => {
    let opened: ((jobId: string) => void) | null = null;
    const bundleFiles = {
      ...core.bundleFiles,
      onBundleOpened: (listener: (jobId: string) => void) => {
        opened = listener;
        return () => (opened = null);
      },
    };
    renderApp(core.transport, '/', undefined, bundleFiles);
    await screen.findByRole('heading', { level: 1, name: 'Dashboard' });
    const candidate = await computers.open('Jordan Lee');
    // The main process starts the inspection itself and tells the page its job.
    const jobId = await core.bundleFiles.startInspection(await bundleFileOf(candidate), {
      signal: new AbortController().signal,
      onProgress: () => undefined,
    });
    act(() => opened!(jobId));
    const summary = await screen.findByRole('dialog', { name: 'Import this portfolio?' });
    expect(within(summary).getByText('Jordan Lee')).toBeTruthy();
  });
});

/** A file dropped on `target`, as the browser dispatches it (jsdom has no DataTransfer). */
function drop(target: Element, file: File) {
  const event = new Event('drop', { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'dataTransfer', { value: { types: ['Files'], files: [file] } });
  fireEvent(target, event);
}
