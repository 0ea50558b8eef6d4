import type { Editor } from '@tiptap/react';

/**
 * Links the selection to `href`; with nothing selected and no link under the cursor, inserts
 * the address itself as linked text, so applying a link always leaves something to click.
 */
export function applyLink(editor: Editor, href: string): void {
  if (editor.state.selection.empty && !editor.isActive('link')) {
    editor
      .chain()
      .focus()
      .insertContent({ type: 'text', text: href, marks: [{ type: 'link', attrs: { href } }] })
      .run();
  } else {
    editor.chain().focus().extendMarkRange('link').setLink({ href }).run();
  }
}

/** Removes the whole link under the cursor, not only the selected part of it. */
export function removeLink(editor: Editor): void {
  editor.chain().focus().extendMarkRange('link').unsetLink().run();
}
