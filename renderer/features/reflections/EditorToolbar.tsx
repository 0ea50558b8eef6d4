import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { useState } from 'react';
import { isApplePlatform, modifierKeyLabel } from '../../components/shortcut-label';
import { editorStrings } from './strings';
import { ariaShortcut, shortcutLabel, TOOLBAR_ACTIONS, TOOLBAR_GROUPS } from './toolbar-actions';
import { createToolbarStateSelector } from './toolbar-state';
import { ToolbarIcon } from './ToolbarIcon';
import { useRovingFocus } from './use-roving-focus';

export interface EditorToolbarProps {
  editor: Editor;
  editorId: string;
  onOpenLinkForm: () => void;
}

/** Where each group starts in the one run of buttons the arrow keys move along. */
const GROUP_OFFSETS = TOOLBAR_GROUPS.map((_, g) =>
  TOOLBAR_GROUPS.slice(0, g).reduce((count, group) => count + group.length, 0),
);

/**
 * The formatting toolbar as an ARIA toolbar: one Tab stop, arrow keys (and Home/End) move between
 * buttons (roving tabindex). Toggles say their state with aria-pressed; a button that cannot act
 * here stays focusable with aria-disabled, so arrowing never skips over it silently.
 */
export function EditorToolbar({ editor, editorId, onOpenLinkForm }: EditorToolbarProps) {
  const { focusIndex, setFocusIndex, onKeyDown, register } = useRovingFocus(TOOLBAR_ACTIONS.length);
  const [selectState] = useState(() => createToolbarStateSelector(TOOLBAR_ACTIONS));
  // The selector returns the same object while nothing a button shows has changed: compared by
  // reference, typing does not re-render the toolbar.
  const state = useEditorState({
    editor,
    selector: ({ editor: current }) => selectState(current),
    equalityFn: Object.is,
  });
  const modifier = modifierKeyLabel();
  const apple = isApplePlatform();

  return (
    <div
      role="toolbar"
      aria-label={editorStrings.toolbar}
      aria-controls={editorId}
      className="editor-toolbar"
      onKeyDown={onKeyDown}
    >
      {TOOLBAR_GROUPS.map((group, groupIndex) => (
        <div key={group[0]?.id} className="editor-toolbar-group">
          {group.map((action, indexInGroup) => {
            const myIndex = (GROUP_OFFSETS[groupIndex] ?? 0) + indexInGroup;
            const current = state?.[action.id];
            const enabled = current?.enabled ?? false;
            const name = action.shortcut
              ? editorStrings.withShortcut(action.label, shortcutLabel(action.shortcut, modifier))
              : action.label;
            return (
              <button
                key={action.id}
                ref={register(myIndex)}
                type="button"
                className="editor-button"
                tabIndex={myIndex === focusIndex ? 0 : -1}
                aria-label={name}
                title={name}
                aria-pressed={current?.active ?? undefined}
                aria-disabled={enabled ? undefined : true}
                aria-keyshortcuts={
                  action.shortcut ? ariaShortcut(action.shortcut, apple) : undefined
                }
                aria-haspopup={action.opensLinkForm ? 'dialog' : undefined}
                // Keep the editor's selection: a mouse press must not move focus to the button.
                onMouseDown={(event) => event.preventDefault()}
                onFocus={() => setFocusIndex(myIndex)}
                onClick={() => {
                  if (!enabled) return;
                  if (action.opensLinkForm) onOpenLinkForm();
                  else action.run(editor);
                }}
              >
                <ToolbarIcon name={action.icon} />
              </button>
            );
          })}
        </div>
      ))}
    </div>
  );
}
