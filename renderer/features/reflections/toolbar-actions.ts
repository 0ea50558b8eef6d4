import type { Editor } from '@tiptap/core';
import { editorStrings } from './strings';
import type { ToolbarIconName } from './ToolbarIcon';

/**
 * One toolbar button: what it does, how it is named, and the key that does the same (tiptap's
 * notation, "Mod" being Ctrl, or ⌘ on a Mac). Toggles report `isActive` as aria-pressed.
 */
export interface ToolbarAction {
  id: string;
  label: string;
  /** Shown in the button's name, e.g. "Mod-B"; table commands have none. */
  shortcut: string | null;
  /** The button's icon; its only name is the aria-label (label and shortcut). */
  icon: ToolbarIconName;
  /** A table command: it can only run with the selection inside a table. */
  inTableOnly?: true;
  isActive?: (editor: Editor) => boolean;
  canRun: (editor: Editor) => boolean;
  run: (editor: Editor) => void;
  /** Opens the link form instead of running a command. */
  opensLinkForm?: boolean;
}

const text = editorStrings;
const chain = (editor: Editor) => editor.chain().focus();

const heading = (level: 2 | 3): ToolbarAction => ({
  id: `heading-${level}`,
  label: text.heading(level),
  shortcut: `Mod-Alt-${level}`,
  icon: `heading-${level}`,
  isActive: (e) => e.isActive('heading', { level }),
  canRun: (e) => e.can().toggleHeading({ level }),
  run: (e) => chain(e).toggleHeading({ level }).run(),
});

/** Groups of buttons, separated in the toolbar; the order is the Tab/arrow order. */
export const TOOLBAR_GROUPS: ToolbarAction[][] = [
  [
    {
      id: 'paragraph',
      label: text.paragraph,
      shortcut: 'Mod-Alt-0',
      icon: 'paragraph',
      isActive: (e) => e.isActive('paragraph'),
      canRun: (e) => e.can().setParagraph(),
      run: (e) => chain(e).setParagraph().run(),
    },
    heading(2),
    heading(3),
  ],
  [
    {
      id: 'bold',
      label: text.bold,
      shortcut: 'Mod-B',
      icon: 'bold',
      isActive: (e) => e.isActive('bold'),
      canRun: (e) => e.can().toggleBold(),
      run: (e) => chain(e).toggleBold().run(),
    },
    {
      id: 'italic',
      label: text.italic,
      shortcut: 'Mod-I',
      icon: 'italic',
      isActive: (e) => e.isActive('italic'),
      canRun: (e) => e.can().toggleItalic(),
      run: (e) => chain(e).toggleItalic().run(),
    },
    {
      id: 'underline',
      label: text.underline,
      shortcut: 'Mod-U',
      icon: 'underline',
      isActive: (e) => e.isActive('underline'),
      canRun: (e) => e.can().toggleUnderline(),
      run: (e) => chain(e).toggleUnderline().run(),
    },
    {
      id: 'strike',
      label: text.strike,
      shortcut: 'Mod-Shift-S',
      icon: 'strike',
      isActive: (e) => e.isActive('strike'),
      canRun: (e) => e.can().toggleStrike(),
      run: (e) => chain(e).toggleStrike().run(),
    },
    {
      id: 'link',
      label: text.link,
      shortcut: 'Mod-Shift-K',
      icon: 'link',
      isActive: (e) => e.isActive('link'),
      canRun: (e) => e.isEditable,
      run: () => undefined,
      opensLinkForm: true,
    },
  ],
  [
    {
      id: 'bullet-list',
      label: text.bulletList,
      shortcut: 'Mod-Shift-8',
      icon: 'bullet-list',
      isActive: (e) => e.isActive('bulletList'),
      canRun: (e) => e.can().toggleBulletList(),
      run: (e) => chain(e).toggleBulletList().run(),
    },
    {
      id: 'ordered-list',
      label: text.orderedList,
      shortcut: 'Mod-Shift-7',
      icon: 'ordered-list',
      isActive: (e) => e.isActive('orderedList'),
      canRun: (e) => e.can().toggleOrderedList(),
      run: (e) => chain(e).toggleOrderedList().run(),
    },
    {
      id: 'blockquote',
      label: text.blockquote,
      shortcut: 'Mod-Shift-B',
      icon: 'blockquote',
      isActive: (e) => e.isActive('blockquote'),
      canRun: (e) => e.can().toggleBlockquote(),
      run: (e) => chain(e).toggleBlockquote().run(),
    },
  ],
  [
    {
      id: 'insert-table',
      label: text.insertTable,
      shortcut: null,
      icon: 'insert-table',
      canRun: (e) => e.can().insertTable({ rows: 3, cols: 3, withHeaderRow: true }),
      run: (e) => chain(e).insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run(),
    },
    {
      id: 'add-row',
      label: text.addRow,
      shortcut: null,
      icon: 'add-row',
      inTableOnly: true,
      canRun: (e) => e.can().addRowAfter(),
      run: (e) => chain(e).addRowAfter().run(),
    },
    {
      id: 'delete-row',
      label: text.deleteRow,
      shortcut: null,
      icon: 'delete-row',
      inTableOnly: true,
      canRun: (e) => e.can().deleteRow(),
      run: (e) => chain(e).deleteRow().run(),
    },
    {
      id: 'add-column',
      label: text.addColumn,
      shortcut: null,
      icon: 'add-column',
      inTableOnly: true,
      canRun: (e) => e.can().addColumnAfter(),
      run: (e) => chain(e).addColumnAfter().run(),
    },
    {
      id: 'delete-column',
      label: text.deleteColumn,
      shortcut: null,
      icon: 'delete-column',
      inTableOnly: true,
      canRun: (e) => e.can().deleteColumn(),
      run: (e) => chain(e).deleteColumn().run(),
    },
    {
      id: 'delete-table',
      label: text.deleteTable,
      shortcut: null,
      icon: 'delete-table',
      inTableOnly: true,
      canRun: (e) => e.can().deleteTable(),
      run: (e) => chain(e).deleteTable().run(),
    },
  ],
  [
    {
      id: 'undo',
      label: text.undo,
      shortcut: 'Mod-Z',
      icon: 'undo',
      canRun: (e) => e.can().undo(),
      run: (e) => chain(e).undo().run(),
    },
    {
      id: 'redo',
      label: text.redo,
      shortcut: 'Mod-Shift-Z',
      icon: 'redo',
      canRun: (e) => e.can().redo(),
      run: (e) => chain(e).redo().run(),
    },
  ],
];

export const TOOLBAR_ACTIONS = TOOLBAR_GROUPS.flat();

/** "Mod-Shift-K" -> "Ctrl+Shift+K" for labels, with the platform's own modifier name. */
export function shortcutLabel(shortcut: string, modifier: string): string {
  return shortcut.replace('Mod', modifier).replaceAll('-', '+');
}

/** "Mod-Shift-K" -> "Control+Shift+K" (or Meta) for aria-keyshortcuts. */
export function ariaShortcut(shortcut: string, apple: boolean): string {
  return shortcut.replace('Mod', apple ? 'Meta' : 'Control').replaceAll('-', '+');
}
