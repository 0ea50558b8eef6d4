import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { corePerTest } from './support/core-per-test';
import type { Transport } from '../../renderer/api/transport';
import { renderApp } from './support/render-app';

const core = corePerTest();

const READ_ONLY =
  'Could not save your portfolio: the data folder is read-only. Choose a folder you can write to.';

/** The real core, except that one channel answers with a refusal. */
function refusing(channel: string, transport: Transport): Transport {
  return (name, input) =>
    name === channel
      ? Promise.resolve({ ok: false, error: { code: 'read-only', message: READ_ONLY } })
      : transport(name, input);
}

describe('errors and notices', () => {
  it('shows a refused change as its one sentence in an alert, and the data stays as it was', async () => {
    const { user } = renderApp(refusing('session-update', core.transport), '/sessions');
    await user.click(
      await screen.findByRole('link', {
        name: 'Session 2: Professional Development, Educational Technology',
      }),
    );
    const attendance = await screen.findByRole('radiogroup', { name: 'Attendance' });
    await user.click(within(attendance).getByRole('radio', { name: 'Absent' }));
    await user.click(screen.getByRole('button', { name: 'Save session' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe(READ_ONLY);
    expect(screen.queryByText('Session saved.')).toBeNull();
    const { sessions } = await core.call('portfolio-get', {});
    expect(sessions.every((s) => s.attendance === 'unrecorded')).toBe(true);
  });

  it('says in one sentence when the core cannot be reached at all', async () => {
    renderApp(() => Promise.reject(new TypeError('Failed to fetch')));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The app could not reach its data');
    expect(alert.textContent).not.toContain('Failed to fetch');
  });

  it('shows the core’s notice once, until it is dismissed', async () => {
    const notice = 'Your data file was damaged; it was restored from the backup of 3 March 2026.';
    const transport: Transport = async (channel, input) => {
      const answer = await core.transport(channel, input);
      if (channel !== 'app-info') return answer;
      const info = answer as { ok: true; result: Record<string, unknown> };
      return { ok: true, result: { ...info.result, notice } };
    };
    const { user } = renderApp(transport);
    const alert = await screen.findByRole('alert', { name: 'Notice' });
    expect(alert.textContent).toContain(notice);

    await user.click(within(alert).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert', { name: 'Notice' })).toBeNull();
    await user.click(screen.getByRole('link', { name: 'Sessions' }));
    await screen.findByRole('heading', { level: 1, name: 'Sessions' });
    expect(screen.queryByRole('alert', { name: 'Notice' })).toBeNull();
  });
});
