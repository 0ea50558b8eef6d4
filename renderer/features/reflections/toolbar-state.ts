import type { Editor } from '@tiptap/core';
import { redoDepth, undoDepth } from '@tiptap/pm/history';
import type { EditorState } from '@tiptap/pm/state';
import type { ToolbarAction } from './toolbar-actions';

export interface ToolbarButtonState {
  /** aria-pressed; null for a button that is not a toggle. */
  active: boolean | null;
  enabled: boolean;
}
export type ToolbarState = Readonly<Record<string, ToolbarButtonState>>;

/**
 * What the toolbar's buttons depend on, as a string: the nodes around the cursor (type and
 * attributes, outermost first), the marks the next typed character gets, whether undo and redo
 * have anything to do, and, in a table, its shape. Typing inside a paragraph leaves it unchanged,
 * so the ~20 `editor.can()` checks (each rebuilds tiptap's command map) are skipped. Null when
 * it cannot be summed up cheaply (a range or a node is selected): the caller then recomputes.
 */
export function selectionContextKey(state: EditorState, editable: boolean): string | null {
  const { selection } = state;
  if (!selection.empty) return null;
  const { $from } = selection;
  const parts = [String(editable), String(undoDepth(state) > 0), String(redoDepth(state) > 0)];
  for (let depth = 1; depth <= $from.depth; depth += 1) {
    const node = $from.node(depth);
    // A table's shape decides whether a row or column may be deleted (never the last one).
    const shape = node.type.spec.tableRole === 'table' ? `${node.childCount}x` : '';
    const row = node.type.spec.tableRole === 'row' ? `${node.childCount}` : '';
    parts.push(`${node.type.name}${shape}${row}${JSON.stringify(node.attrs)}`);
  }
  const marks = state.storedMarks ?? $from.marks();
  parts.push(marks.map((mark) => `${mark.type.name}${JSON.stringify(mark.attrs)}`).join(','));
  return parts.join('|');
}

/** Whether the selection is inside a table (table commands can only run there). */
function inTable(state: EditorState): boolean {
  const { $from } = state.selection;
  for (let depth = $from.depth; depth > 0; depth -= 1) {
    if ($from.node(depth).type.spec.tableRole === 'table') return true;
  }
  return false;
}

/** Every button's state, asking tiptap (the costly part) only for what can apply here. */
export function computeToolbarState(
  editor: Editor,
  actions: readonly ToolbarAction[],
): ToolbarState {
  const tableHere = inTable(editor.state);
  return Object.fromEntries(
    actions.map((action) => [
      action.id,
      {
        active: action.isActive ? action.isActive(editor) : null,
        enabled: action.inTableOnly && !tableHere ? false : action.canRun(editor),
      },
    ]),
  );
}

const sameState = (a: ToolbarState, b: ToolbarState) =>
  Object.keys(a).length === Object.keys(b).length &&
  Object.entries(a).every(
    ([id, button]) => b[id]?.active === button.active && b[id]?.enabled === button.enabled,
  );

/**
 * A selector for `useEditorState` that recomputes only when the selection context changes (see
 * selectionContextKey) and otherwise returns the very same object, so the toolbar compares its
 * state by reference and does not re-render while the user types. One per toolbar.
 */
export function createToolbarStateSelector(actions: readonly ToolbarAction[]) {
  let last: {
    editorState: EditorState;
    editable: boolean;
    key: string | null;
    state: ToolbarState;
  } | null = null;
  return (editor: Editor): ToolbarState => {
    const editorState = editor.state;
    const editable = editor.isEditable;
    // React asks again while rendering, with no transaction in between.
    if (last?.editorState === editorState && last.editable === editable) return last.state;
    const key = selectionContextKey(editorState, editable);
    const state =
      last !== null && key !== null && key === last.key
        ? last.state
        : computeToolbarState(editor, actions);
    const kept = last !== null && sameState(last.state, state) ? last.state : state;
    last = { editorState, editable, key, state: kept };
    return kept;
  };
}
