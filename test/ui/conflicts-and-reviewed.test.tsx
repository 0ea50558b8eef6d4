import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { bundleFileOf, importInto, otherComputersPerTest } from './support/bundles';
import { corePerTest } from './support/core-per-test';
import { renderApp } from './support/render-app';

const core = corePerTest();
const computers = otherComputersPerTest();

/** Session 1 changed on this computer and on the other one, then merged here: one conflict. */
async function conflictOnSessionOne() {
  const other = await computers.open();
  await importInto(other, await bundleFileOf(core), 'mine');
  const session = (await core.call('portfolio-get', {})).sessions.find((s) => s.number === 1)!;
  await core.call('session-update', { id: session.id, notes: 'Notes written here' });
  await other.call('session-update', { id: session.id, notes: 'Notes written there' });
  const result = await importInto(core, await bundleFileOf(other));
  expect(result.openConflicts).toBe(1);
  return session.id;
}

describe('conflicts', () => {
  it('lists a record changed on both computers and keeps the chosen version', async () => {
    const sessionId = await conflictOnSessionOne();
    const { user } = renderApp(core.transport, '/', undefined, core.bundleFiles);
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    await user.click(await within(nav).findByRole('link', { name: 'Conflicts (1)' }));
    await screen.findByRole('heading', { level: 1, name: 'Conflicts' });

    const card = (await screen.findByRole('heading', { level: 2, name: 'Session 1' })).closest(
      'li',
    )!;
    const mine = within(card).getByRole('region', { name: 'On this computer' });
    const theirs = within(card).getByRole('region', { name: 'From the other computer' });
    expect(within(mine).getByText('Notes written here')).toBeTruthy();
    expect(within(theirs).getByText('Notes written there')).toBeTruthy();
    // A session exists once: keeping both is not offered.
    expect(within(card).queryByRole('button', { name: /^Keep both/ })).toBeNull();

    await user.click(within(card).getByRole('button', { name: /^Keep theirs: / }));
    const empty = await screen.findByText(
      'No conflicts. Everything from your other computer is merged.',
    );
    expect(document.activeElement).toBe(empty);
    expect(within(nav).queryByRole('link', { name: /^Conflicts/ })).toBeNull();
    const session = (await core.call('portfolio-get', {})).sessions.find((s) => s.id === sessionId);
    expect(session?.notes).toBe('Notes written there');
    expect(await core.call('conflict-list', {})).toEqual([]);
  });
});
