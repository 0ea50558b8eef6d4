import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Transport } from '../../renderer/api/transport';
import { corePerTest } from './support/core-per-test';
import { renderApp } from './support/render-app';

const core = corePerTest();

/** The real core, as the app sees it when the data folder cannot be written. */
const readOnlyFolder: Transport = async (channel, input) => {
  const answer = await core.transport(channel, input);
  if (channel !== 'app-info') return answer;
  const info = answer as { ok: true; result: Record<string, unknown> };
  return { ok: true, result: { ...info.result, readOnly: true } };
};

describe('a read-only data folder', () => {
  it('says so on every page and shows pages to read, without editing controls', async () => {
    const { user } = renderApp(readOnlyFolder);
    const banner = await screen.findByRole('complementary', { name: 'Read-only data folder' });
    expect(banner.textContent).toContain('copy the folder somewhere you can write');
    expect(screen.getByRole('button', { name: 'Open sample portfolio' })).toHaveProperty(
      'disabled',
      true,
    );

    await user.click(screen.getByRole('link', { name: 'Reflections' }));
    await screen.findByRole('heading', { level: 1, name: 'Reflections' });
    expect(screen.queryByRole('button', { name: 'New reflection' })).toBeNull();
    expect(screen.getByRole('complementary', { name: 'Read-only data folder' })).toBeTruthy();

    // A session's form reads as its values, with nothing to save.
    await user.click(screen.getByRole('link', { name: 'Sessions' }));
    await user.click(await screen.findByRole('link', { name: /^Session 1: / }));
    await screen.findByRole('heading', { level: 1, name: /^Session 1: / });
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.queryByRole('radiogroup')).toBeNull();
    expect(screen.queryByRole('button', { name: /^Save/ })).toBeNull();
    expect(screen.getByText('Attendance')).toBeTruthy();
  });

  it('shows no banner on a folder that can be written', async () => {
    renderApp(core.transport);
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByRole('complementary', { name: 'Read-only data folder' })).toBeNull();
  });
});
