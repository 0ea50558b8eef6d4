import { describe, expect, it } from 'vitest';
import type { ResponseEnvelope } from '@shared/contract/errors';
import { EXPORT_DESTINATION_IPC } from '@shared/contract/transport';
import {
  ExportDestinations,
  exportDestinationGuard,
  filesToOpen,
  registerBundleShellHandlers,
  saveDialogFilter,
  savedBundleName,
} from '../../../electron/main/bundle-shell';
import type { InvokeEventLike, IpcMainLike } from '../../../electron/main/ipc';
import { isTrustedSender } from '../../../electron/main/security';
import { APP_START_URL } from '../../../electron/shell-common/app-origin';

type Listener = (event: InvokeEventLike, ...args: unknown[]) => Promise<ResponseEnvelope>;

describe('files the system asks the app to open', () => {
  it('takes bundles and reviews from the command line, made absolute, and nothing else', () => {
    expect(
      filesToOpen(
        [
          '/opt/CTO Mentor Portfolio/cto-mentor-portfolio',
          '--no-sandbox',
          'Jordan.CTOPORTFOLIO',
          '/media/usb/Review.ctoreview',
          'notes.txt',
          '--inspect=9229.ctoportfolio',
        ],
        '/home/mentor/Downloads',
      ),
    ).toEqual({
      bundles: ['/home/mentor/Downloads/Jordan.CTOPORTFOLIO'],
      reviews: ['/media/usb/Review.ctoreview'],
    });
  });
});

describe('export destinations', () => {
  it('lets an export write only where the save dialog answered, once', () => {
    const destinations = new ExportDestinations();
    const guard = exportDestinationGuard(destinations);
    destinations.approve('/home/me/Documents/Jordan.ctoportfolio');
    const start = (destination?: string) =>
      guard('bundle-export-start', { includePrivate: false, destination });

    expect(start('/home/me/.bashrc')).toMatchObject({
      ok: false,
      error: {
        code: 'invalid-input',
        message: 'Choose where to save the export in the save dialog, then export again.',
      },
    });
    expect(start(undefined)).toMatchObject({ ok: false });
    expect(start('/home/me/Documents/Jordan.ctoportfolio')).toBeNull();
    expect(start('/home/me/Documents/Jordan.ctoportfolio')).toMatchObject({ ok: false });
    expect(guard('log-create', { summary: 'x' })).toBeNull();
  });

  it('lets a review export write only where the save dialog answered; without one it returns bytes', () => {
    const destinations = new ExportDestinations();
    const guard = exportDestinationGuard(destinations);
    destinations.approve('/home/me/Documents/Jordan review.ctoreview');
    const review = (destination?: string) =>
      guard('review-export', { portfolioId: 'p-1', destination });

    expect(review('/home/me/.bashrc')).toMatchObject({
      ok: false,
      error: {
        message: 'Choose where to save the review file in the save dialog, then export again.',
      },
    });
    expect(review(undefined)).toBeNull();
    expect(review('/home/me/Documents/Jordan review.ctoreview')).toBeNull();
    expect(review('/home/me/Documents/Jordan review.ctoreview')).toMatchObject({ ok: false });
    expect(savedBundleName('Jordan review.ctoreview')).toBe('Jordan review.ctoreview');
  });

  it('lets a report PDF be written only where the save dialog answered, or answered as bytes', () => {
    const destinations = new ExportDestinations();
    const guard = exportDestinationGuard(destinations);
    const pdf = (destination?: string) =>
      guard('review-report-pdf', { portfolioId: 'p-1', reportId: 'r-1', destination });
    expect(pdf('/home/me/.profile')).toMatchObject({
      ok: false,
      error: { message: 'Choose where to save the PDF in the save dialog, then export again.' },
    });
    expect(pdf(undefined)).toBeNull();
    destinations.approve('/home/me/Documents/report.pdf');
    expect(pdf('/home/me/Documents/report.pdf')).toBeNull();
    expect(pdf('/home/me/Documents/report.pdf')).toMatchObject({ ok: false });
  });

  it('suggests a name without folders, with the bundle extension', () => {
    expect(savedBundleName('../../etc/Jordan portfolio')).toBe('Jordan portfolio.ctoportfolio');
    expect(savedBundleName('a\\b\\c.ctoportfolio')).toBe('c.ctoportfolio');
  });

  it('keeps the extension of each export format and offers its file type in the save dialog', () => {
    const cases = [
      ['Jordan portfolio 2026-12-05.ctoportfolio', 'CTO Mentor Portfolio bundle', 'ctoportfolio'],
      ['Jordan web portfolio 2026-12-05.zip', 'Zip archive', 'zip'],
      ['Jordan Leap2A portfolio 2026-12-05.ZIP', 'Zip archive', 'zip'],
      ['Jordan portfolio 2026-12-05.pdf', 'PDF document', 'pdf'],
      ['Jordan review 2026-12-05.ctoreview', 'CTO Mentor Portfolio review', 'ctoreview'],
      ['Jordan notes.txt', 'CTO Mentor Portfolio bundle', 'ctoportfolio'],
    ] as const;
    for (const [name, typeName, extension] of cases) {
      expect(saveDialogFilter(name)).toEqual({ name: typeName, extensions: [extension] });
    }
    expect(savedBundleName('Jordan portfolio.pdf')).toBe('Jordan portfolio.pdf');
    expect(savedBundleName('Jordan notes.txt')).toBe('Jordan notes.txt.ctoportfolio');
  });

  it('answers the chosen path from a trusted window and approves it; a foreign frame gets nothing', async () => {
    const listeners = new Map<string, Listener>();
    const ipcMain: IpcMainLike = {
      handle: (channel, listener) => void listeners.set(channel, listener),
      removeHandler: (channel) => void listeners.delete(channel),
    };
    const destinations = new ExportDestinations();
    const asked: string[] = [];
    const dispose = registerBundleShellHandlers(ipcMain, isTrustedSender, {
      destinations,
      showSaveDialog: async (name) => {
        asked.push(name);
        return `/home/me/Documents/${name}`;
      },
    });
    const call = listeners.get(EXPORT_DESTINATION_IPC)!;
    const fromWindow = { senderFrame: { url: APP_START_URL, parent: null } };
    const fromElsewhere = { senderFrame: { url: 'https://evil.example/', parent: null } };

    expect(await call(fromElsewhere, { suggestedName: 'x' })).toMatchObject({ ok: false });
    expect(await call(fromWindow, { suggestedName: 'Jordan' })).toEqual({
      ok: true,
      result: { path: '/home/me/Documents/Jordan.ctoportfolio' },
    });
    expect(await call(fromWindow, { name: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    expect(asked).toEqual(['Jordan.ctoportfolio']);
    expect(destinations.take('/home/me/Documents/Jordan.ctoportfolio')).toBe(true);
    dispose();
    expect(listeners.size).toBe(0);
  });
});
