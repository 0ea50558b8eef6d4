import { describe, expect, it } from 'vitest';
import {
  contextMenuTemplate,
  type ContextMenuFacts,
} from '../../../electron/main/desktop/context-menu';

const ALL_FLAGS = { canCut: true, canCopy: true, canPaste: true, canSelectAll: true };
const NO_ACTIONS = { replaceMisspelling: () => {}, addToDictionary: () => {} };
const facts = (over: Partial<ContextMenuFacts>): ContextMenuFacts => ({
  isEditable: true,
  selectionText: '',
  misspelledWord: '',
  dictionarySuggestions: [],
  editFlags: ALL_FLAGS,
  ...over,
});

describe('the right-click menu', () => {
  it('offers the dictionary suggestions for a misspelled word, then Add to Dictionary, then editing', () => {
    const done: string[] = [];
    const menu = contextMenuTemplate(
      facts({
        misspelledWord: 'distrct',
        dictionarySuggestions: ['district', 'distinct', 'a', 'b', 'c', 'd'],
      }),
      {
        replaceMisspelling: (w) => done.push(`replace ${w}`),
        addToDictionary: (w) => done.push(`add ${w}`),
      },
    );
    expect(menu.map((i) => i.label ?? i.role ?? i.type)).toEqual([
      'district',
      'distinct',
      'a',
      'b',
      'c',
      'separator',
      'Add to Dictionary',
      'separator',
      'cut',
      'copy',
      'paste',
      'separator',
      'selectAll',
    ]);
    (menu[0]!.click as () => void)();
    (menu[6]!.click as () => void)();
    expect(done).toEqual(['replace district', 'add distrct']);
  });

  it.each([
    [
      'no suggestions',
      facts({ misspelledWord: 'xqzt' }),
      [
        'No suggestions',
        'separator',
        'Add to Dictionary',
        'separator',
        'cut',
        'copy',
        'paste',
        'separator',
        'selectAll',
      ],
    ],
    ['a correct word in a field', facts({}), ['cut', 'copy', 'paste', 'separator', 'selectAll']],
    ['selected text on the page', facts({ isEditable: false, selectionText: 'Board' }), ['copy']],
    ['nothing to do', facts({ isEditable: false }), []],
  ])('%s', (_name, given, expected) => {
    const menu = contextMenuTemplate(given, NO_ACTIONS);
    expect(menu.map((i) => i.label ?? i.role ?? i.type)).toEqual(expected);
  });

  it('greys out what the field cannot do', () => {
    const menu = contextMenuTemplate(
      facts({ editFlags: { ...ALL_FLAGS, canPaste: false } }),
      NO_ACTIONS,
    );
    expect(menu.find((i) => i.role === 'paste')!.enabled).toBe(false);
  });
});
