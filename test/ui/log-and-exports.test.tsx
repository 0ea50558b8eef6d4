import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { corePerTest } from './support/core-per-test';
import { fromToday } from './support/arrange';
import { renderApp } from './support/render-app';

const core = corePerTest();

describe('mentor log', () => {
  it('lists entries newest first and logs a new call', async () => {
    await core.call('log-create', {
      date: fromToday(-10),
      channel: 'meeting',
      summary: 'Older talk',
      followUps: '',
    });
    await core.call('log-create', {
      date: fromToday(-2),
      channel: 'email',
      summary: 'Newer note',
      followUps: '',
    });
    const { user } = renderApp(core.transport, '/log');
    await screen.findByRole('heading', { level: 1, name: 'Mentor log' });
    const summaries = () =>
      [...document.querySelectorAll('.log-summary')].map((p) => p.textContent);
    expect(summaries()).toEqual(['Newer note', 'Older talk']);

    await user.click(screen.getByRole('link', { name: 'New log entry' }));
    await user.click(
      within(await screen.findByRole('radiogroup', { name: 'Channel' })).getByRole('radio', {
        name: 'Call',
      }),
    );
    await user.type(screen.getByLabelText('Summary'), 'Talked through the budget memo');
    await user.type(screen.getByLabelText('Follow-ups'), 'Send draft by Friday');
    await user.click(screen.getByRole('button', { name: 'Save entry' }));

    await screen.findByRole('heading', { level: 1, name: 'Mentor log' });
    expect(summaries()[0]).toBe('Talked through the budget memo');
    const { logEntries } = await core.call('portfolio-get', {});
    expect(logEntries.find((e) => e.channel === 'call')).toMatchObject({
      date: fromToday(0),
      followUps: 'Send draft by Friday',
    });
  });

  it('deletes an entry and restores it with Undo', async () => {
    const entry = await core.call('log-create', {
      date: fromToday(-1),
      channel: 'visit',
      summary: 'Site visit',
      followUps: '',
    });
    const { user } = renderApp(core.transport, '/log');
    await user.click(await screen.findByRole('button', { name: /^Actions/ }));
    await user.click(screen.getByRole('menuitem', { name: 'Delete' }));
    await screen.findByText(/^Deleted the log entry of/);
    await waitFor(() => expect(screen.queryByText('Site visit')).toBeNull());

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByText('Site visit');
    const { logEntries } = await core.call('portfolio-get', {});
    expect(logEntries.find((e) => e.id === entry.id)?.deletedAt).toBeNull();
  });
});

describe('exports', () => {
  it('saves the calendar through a download link named by the core', async () => {
    const saved: { name: string; blob: Blob }[] = [];
    const original = { create: URL.createObjectURL, revoke: URL.revokeObjectURL };
    const blobs = new Map<string, Blob>();
    URL.createObjectURL = (blob: Blob) => {
      const url = `blob:test/${blobs.size}`;
      blobs.set(url, blob);
      return url;
    };
    URL.revokeObjectURL = () => undefined;
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      saved.push({ name: this.download, blob: blobs.get(this.href)! });
    };
    try {
      const [session] = (await core.call('portfolio-get', {})).sessions;
      await core.call('session-update', { id: session!.id, date: fromToday(7) });
      const { user } = renderApp(core.transport, '/exports');
      await user.click(await screen.findByRole('button', { name: 'Export calendar (.ics)' }));
      await screen.findByText(/^Saved .+\.ics\.$/);
      expect(saved).toHaveLength(1);
      expect(saved[0]?.name).toMatch(/\.ics$/);
      expect(await saved[0]?.blob.text()).toContain('BEGIN:VCALENDAR');
      expect(document.querySelectorAll('a[download]')).toHaveLength(0);
    } finally {
      URL.createObjectURL = original.create;
      URL.revokeObjectURL = original.revoke;
      HTMLAnchorElement.prototype.click = click;
    }
  });

  it('says that nothing has a date yet instead of saving an empty calendar', async () => {
    const click = HTMLAnchorElement.prototype.click;
    let downloads = 0;
    HTMLAnchorElement.prototype.click = () => void downloads++;
    try {
      const { user } = renderApp(core.transport, '/exports');
      await user.click(await screen.findByRole('button', { name: 'Export calendar (.ics)' }));
      expect((await screen.findByRole('alert')).textContent).toMatch(
        /^Nothing has a date yet, so no calendar was saved: add session dates on the Sessions page/,
      );
      expect(screen.queryByText(/^Saved /)).toBeNull();
      expect(downloads).toBe(0);
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
  });
});
