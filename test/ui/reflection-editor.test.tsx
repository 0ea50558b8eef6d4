import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { corePerTest } from './support/core-per-test';
import { renderApp } from './support/render-app';

const core = corePerTest();

/** What the renderer sent, in order, so a test can tell a save left before the page closed. */
let sent: { channel: string; input: unknown }[] = [];
const sentUpdates = () =>
  sent.filter((call) => call.channel === 'reflection-update').map((c) => JSON.stringify(c.input));

/**
 * `fromList` opens the editor from the reflections list, as a user would: the list page's code is
 * then loaded already, so leaving the editor for it happens at once (pages load on first use).
 */
async function openNewReflection(title = 'Budget season', { fromList = false } = {}) {
  const reflection = await core.call('reflection-create', { title });
  sent = [];
  const view = renderApp(
    async (channel, input) => {
      sent.push({ channel, input });
      return core.transport(channel, input);
    },
    fromList ? '/reflections' : `/reflections/${reflection.id}`,
  );
  if (fromList) await view.user.click(await screen.findByRole('link', { name: title }));
  const editor = await screen.findByRole('textbox', { name: 'Reflection text' });
  return { ...view, id: reflection.id, editor };
}

const storedText = async (id: string) =>
  JSON.stringify((await core.call('reflection-get', { id })).content);

const waitForSaved = () =>
  waitFor(() => expect(screen.getByText('Saved', { selector: '[role=status]' })).toBeTruthy(), {
    timeout: 3000,
  });

describe('reflection editor toolbar', () => {
  it('is one tab stop whose arrow keys move between buttons', async () => {
    const { user } = await openNewReflection();
    const toolbar = screen.getByRole('toolbar', { name: 'Formatting' });
    const buttons = within(toolbar).getAllByRole('button');
    expect(buttons.filter((b) => b.tabIndex === 0)).toHaveLength(1);

    buttons[0]!.focus();
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(buttons[1]);
    await user.keyboard('{End}');
    expect(document.activeElement).toBe(buttons[buttons.length - 1]);
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(buttons[0]);
    expect(buttons.filter((b) => b.tabIndex === 0)).toEqual([buttons[0]]);
  });

  it('names every button with its shortcut', async () => {
    await openNewReflection();
    expect(screen.getByRole('button', { name: 'Bold (Ctrl+B)' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Numbered list (Ctrl+Shift+7)' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Undo (Ctrl+Z)' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Insert table' })).toBeTruthy();
  });

  it('makes typed text bold from the toolbar, shows it pressed, and stores the mark', async () => {
    const { user, editor, id } = await openNewReflection();
    const bold = screen.getByRole('button', { name: 'Bold (Ctrl+B)' });
    expect(bold.getAttribute('aria-pressed')).toBe('false');

    await user.click(editor);
    await user.click(bold);
    expect(bold.getAttribute('aria-pressed')).toBe('true');
    // Type where the cursor is (user.type would click first, which clears the pending bold).
    await user.keyboard('Strong words');
    await waitForSaved();

    const content = await core.call('reflection-get', { id });
    const paragraph = content.content.content[0];
    expect(paragraph?.content).toEqual([
      { type: 'text', text: 'Strong words', marks: [{ type: 'bold' }] },
    ]);
  });

  it('toggles italic with Ctrl+I and a list with Ctrl+Shift+8', async () => {
    const { user, editor, id } = await openNewReflection();
    await user.click(editor);
    await user.keyboard('{Control>}i{/Control}');
    expect(
      screen.getByRole('button', { name: 'Italic (Ctrl+I)' }).getAttribute('aria-pressed'),
    ).toBe('true');
    await user.keyboard('Aside');
    await user.keyboard('{Control>}{Shift>}8{/Shift}{/Control}');
    expect(
      screen
        .getByRole('button', { name: 'Bulleted list (Ctrl+Shift+8)' })
        .getAttribute('aria-pressed'),
    ).toBe('true');
    await waitForSaved();

    const { content } = await core.call('reflection-get', { id });
    expect(content.content[0]?.type).toBe('bulletList');
    expect(JSON.stringify(content)).toContain('{"type":"italic"}');
  });

  it('offers undo once something is typed and the row buttons only inside a table', async () => {
    const { user, editor } = await openNewReflection();
    const disabled = (name: string) =>
      screen.getByRole('button', { name }).getAttribute('aria-disabled') === 'true';
    expect(disabled('Undo (Ctrl+Z)')).toBe(true);
    expect(disabled('Add row below')).toBe(true);

    await user.click(editor);
    await user.keyboard('Agenda');
    expect(disabled('Undo (Ctrl+Z)')).toBe(false);
    expect(disabled('Add row below')).toBe(true);

    await user.click(screen.getByRole('button', { name: 'Insert table' }));
    expect(disabled('Add row below')).toBe(false);
    expect(disabled('Delete table')).toBe(false);
    await user.keyboard('Budget');
    expect(disabled('Add row below')).toBe(false);
  });

  it('links the selection to a safe address and refuses javascript:', async () => {
    const { user, editor, id } = await openNewReflection();
    await user.click(editor);
    await user.click(screen.getByRole('button', { name: 'Link (Ctrl+Shift+K)' }));
    const address = screen.getByLabelText('Link address');
    await user.type(address, 'javascript:alert(1)');
    await user.click(screen.getByRole('button', { name: 'Apply link' }));
    expect(screen.getByText(/starts with http:\/\/, https:\/\/ or mailto:/)).toBeTruthy();

    await user.clear(address);
    await user.type(address, 'https://cosn.org');
    await user.click(screen.getByRole('button', { name: 'Apply link' }));
    await waitForSaved();
    const stored = await storedText(id);
    expect(stored).toContain('"href":"https://cosn.org"');
    expect(stored).not.toContain('javascript');
  });
});

describe('reflection autosave', () => {
  it('shows Saving… while typing and Saved once the pause has been saved', async () => {
    const { user, editor, id } = await openNewReflection();
    expect(screen.getByText('Saved', { selector: '[role=status]' })).toBeTruthy();
    await user.click(editor);
    await user.type(editor, 'First thoughts');
    expect(screen.getByText('Saving…', { selector: '[role=status]' })).toBeTruthy();
    await waitForSaved();
    expect(await storedText(id)).toContain('First thoughts');
    expect(screen.getByText('2 words')).toBeTruthy();
  });

  it('sends a burst of keystrokes within the pause as one save of the final text', async () => {
    const { user, editor, id } = await openNewReflection();
    await user.click(editor);
    await user.type(editor, 'Many quick keys, one save');
    await waitForSaved();

    const contentSaves = sent
      .filter((call) => call.channel === 'reflection-update')
      .map((call) => call.input as { content?: unknown })
      .filter((input) => input.content !== undefined);
    expect(contentSaves).toHaveLength(1);
    expect(JSON.stringify(contentSaves[0]?.content)).toContain('Many quick keys, one save');
    expect(await storedText(id)).toContain('Many quick keys, one save');
  });

  it('saves a pending change when the editor closes before the pause is over', async () => {
    const { user, editor, id } = await openNewReflection('Budget season', { fromList: true });
    await user.click(editor);
    await user.type(editor, 'Do not lose this');
    expect(sentUpdates().join()).not.toContain('Do not lose this');
    // Leave at once: the autosave delay has not passed, so only the flush on unmount sends it.
    await user.click(screen.getByRole('link', { name: 'Reflections' }));
    expect(sentUpdates().join()).toContain('Do not lose this');
    await screen.findByRole('heading', { level: 1, name: 'Reflections' });
    await waitFor(async () => expect(await storedText(id)).toContain('Do not lose this'));
  });

  it('saves a pending change when the page is being closed', async () => {
    const { user, editor, id } = await openNewReflection();
    await user.click(editor);
    await user.type(editor, 'Closing the window');
    expect(sentUpdates().join()).not.toContain('Closing the window');
    window.dispatchEvent(new Event('pagehide'));
    // Sent while the page is still there, not after the autosave delay.
    expect(sentUpdates().join()).toContain('Closing the window');
    await waitFor(async () => expect(await storedText(id)).toContain('Closing the window'));
  });

  it('saves a changed title and status', async () => {
    const { user, id } = await openNewReflection('Draft title');
    const title = screen.getByLabelText('Title');
    await user.clear(title);
    expect(screen.getByText('This field is required.')).toBeTruthy();
    await user.type(title, 'Final title');
    await user.click(screen.getByRole('radio', { name: 'Final' }));
    await waitForSaved();
    const saved = await core.call('reflection-get', { id });
    expect(saved).toMatchObject({ title: 'Final title', status: 'final' });
  });
});

describe('pasting into a reflection', () => {
  it('keeps the structure of pasted HTML and stores nothing executable', async () => {
    const { user, editor, id } = await openNewReflection();
    await user.click(editor);
    const html = [
      '<h2 onclick="steal()">Plan</h2>',
      '<script>alert(1)</script>',
      '<p style="color:red" class="MsoNormal">Safe <b>text</b> <img src=x onerror="alert(2)"></p>',
      '<iframe src="https://evil.example"></iframe>',
      '<p><a href="javascript:alert(3)">bad link</a> and <a href="https://ok.example">good link</a></p>',
      '<ul><li>One</li><li>Two</li></ul>',
    ].join('');
    fireEvent.paste(editor, {
      clipboardData: {
        types: ['text/html', 'text/plain'],
        getData: (type: string) => (type === 'text/html' ? html : 'plain'),
      },
    });
    await waitForSaved();

    const stored = await storedText(id);
    for (const hostile of [
      'script',
      'alert',
      'onerror',
      'onclick',
      'iframe',
      'javascript',
      'style',
      'img',
    ]) {
      expect(stored).not.toContain(hostile);
    }
    expect(stored).toContain('"type":"heading"');
    expect(stored).toContain('"type":"bulletList"');
    expect(stored).toContain('https://ok.example');
    expect(stored).toContain('bad link');
  });

  it('turns Word’s hand-made bullets into a real list', async () => {
    const { user, editor, id } = await openNewReflection();
    await user.click(editor);
    const html =
      '<p class="MsoListParagraphCxSpFirst"><span style="mso-list:Ignore">·<span> </span></span>Budget</p>' +
      '<p class="MsoListParagraphCxSpLast"><span style="mso-list:Ignore">·<span> </span></span>Staffing</p>';
    fireEvent.paste(editor, {
      clipboardData: {
        types: ['text/html'],
        getData: (t: string) => (t === 'text/html' ? html : ''),
      },
    });
    await waitForSaved();
    const { content } = await core.call('reflection-get', { id });
    const list = content.content.find((node) => node.type === 'bulletList');
    expect(list?.content).toHaveLength(2);
    expect(JSON.stringify(list)).not.toContain('·');
  });
});
