import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { corePerTest } from './support/core-per-test';
import { renderApp } from './support/render-app';

const core = corePerTest();

/** Every channel the renderer called, so a test can tell that nothing was created. */
let sent: string[] = [];

async function openNewReflectionFromList(session?: string) {
  sent = [];
  const view = renderApp(async (channel, input) => {
    sent.push(channel);
    return core.transport(channel, input);
  }, '/reflections');
  await screen.findByText('No reflections yet. Start one after your next session.');
  if (session) await view.user.selectOptions(screen.getByLabelText('Filter by session'), session);
  await view.user.click(screen.getByRole('button', { name: 'New reflection' }));
  await screen.findByRole('heading', { level: 1, name: 'Edit reflection' });
  const editor = await screen.findByRole('textbox', { name: 'Reflection text' });
  return { ...view, editor };
}

const storedReflections = () => core.call('reflection-list', {});

describe('a new reflection', () => {
  it('left untouched leaves no record, in the list or in the store', async () => {
    const { user } = await openNewReflectionFromList('Session 3');
    // The session's prompts are there before anything is stored.
    expect(
      await screen.findByRole('complementary', { name: 'Prompts for Session 3' }),
    ).toBeTruthy();

    await user.click(screen.getByRole('link', { name: 'All reflections' }));
    await screen.findByText('No reflections yet. Start one after your next session.');
    expect(await storedReflections()).toEqual([]);
    expect(sent).not.toContain('reflection-create');
  });

  it('is stored with its first keystroke, once, linked to the session the list was filtered by', async () => {
    const { user, editor } = await openNewReflectionFromList('Session 3');
    await user.click(editor);
    await user.keyboard('First');
    await waitFor(async () => expect(await storedReflections()).toHaveLength(1), {
      timeout: 3000,
    });
    // The same editor goes on (focus and caret kept) at the record's own address.
    expect(screen.getByRole('textbox', { name: 'Reflection text' })).toBe(editor);
    expect(document.activeElement).toBe(editor);
    await user.keyboard(' thoughts');
    await waitFor(
      async () => {
        const [stored] = await storedReflections();
        expect(stored).toMatchObject({ title: 'Untitled reflection', session: 3, wordCount: 2 });
      },
      { timeout: 3000 },
    );
    expect(sent.filter((channel) => channel === 'reflection-create')).toHaveLength(1);
    expect(await storedReflections()).toHaveLength(1);
  });

  it('keeps what was typed just before leaving, without leading back to the editor', async () => {
    const { user } = await openNewReflectionFromList();
    await user.clear(screen.getByLabelText('Title'));
    await user.type(screen.getByLabelText('Title'), 'Quick note');
    await user.click(screen.getByRole('link', { name: 'All reflections' }));
    const list = await screen.findByRole('heading', { level: 1, name: 'Reflections' });
    expect(list).toBeTruthy();
    await screen.findByRole('link', { name: 'Quick note' });
    expect((await storedReflections()).map((r) => r.title)).toEqual(['Quick note']);
    expect(within(document.body).queryByRole('textbox', { name: 'Reflection text' })).toBeNull();
  });
});
