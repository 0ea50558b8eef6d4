import type { MenuItemConstructorOptions } from 'electron';

/** What Electron's context-menu event tells, the parts this menu reads. */
export interface ContextMenuFacts {
  isEditable: boolean;
  selectionText: string;
  misspelledWord: string;
  dictionarySuggestions: readonly string[];
  editFlags: { canCut: boolean; canCopy: boolean; canPaste: boolean; canSelectAll: boolean };
}

export interface SpellActions {
  replaceMisspelling(word: string): void;
  addToDictionary(word: string): void;
}

const MAX_SUGGESTIONS = 5;

/**
 * The right-click menu: for a misspelled word, the system dictionary's suggestions (or "No
 * suggestions") and "Add to Dictionary" first; then cut, copy, paste and select all as the
 * place allows. Nothing for a click where there is nothing to do.
 */
export function contextMenuTemplate(
  facts: ContextMenuFacts,
  actions: SpellActions,
): MenuItemConstructorOptions[] {
  const spelling: MenuItemConstructorOptions[] =
    facts.isEditable && facts.misspelledWord
      ? [
          ...(facts.dictionarySuggestions.length === 0
            ? [{ label: 'No suggestions', enabled: false }]
            : facts.dictionarySuggestions.slice(0, MAX_SUGGESTIONS).map((word) => ({
                label: word,
                click: () => actions.replaceMisspelling(word),
              }))),
          { type: 'separator' },
          {
            label: 'Add to Dictionary',
            click: () => actions.addToDictionary(facts.misspelledWord),
          },
          { type: 'separator' },
        ]
      : [];
  const { editFlags } = facts;
  const editing: MenuItemConstructorOptions[] = facts.isEditable
    ? [
        { role: 'cut', enabled: editFlags.canCut },
        { role: 'copy', enabled: editFlags.canCopy },
        { role: 'paste', enabled: editFlags.canPaste },
        { type: 'separator' },
        { role: 'selectAll', enabled: editFlags.canSelectAll },
      ]
    : facts.selectionText.trim() !== ''
      ? [{ role: 'copy', enabled: editFlags.canCopy }]
      : [];
  return [...spelling, ...editing];
}
