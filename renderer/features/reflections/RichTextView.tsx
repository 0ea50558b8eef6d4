import { EditorContent, useEditor } from '@tiptap/react';
import { useState, type Ref } from 'react';
import type { RichTextDoc } from '@shared/rich-text/rich-text-schema';
import { reflectionEditorExtensions } from './editor-extensions';
import 'prosemirror-view/style/prosemirror.css';
import './rich-text.css';

export interface RichTextViewProps {
  content: RichTextDoc;
  label: string;
  /** The shown text's element, to find a selection in it. */
  ref?: Ref<HTMLElement>;
}

/**
 * A reflection's body to read: the editor's own schema and styles, not editable, no toolbar, so
 * it looks exactly as the candidate wrote it. Text can still be selected (to comment on a passage).
 */
export function RichTextView({ content, label, ref }: RichTextViewProps) {
  const [extensions] = useState(reflectionEditorExtensions);
  const editor = useEditor(
    {
      extensions,
      content,
      editable: false,
      injectCSS: false,
      shouldRerenderOnTransaction: false,
      // Not a textbox (tiptap's default role): text to read, named by the region around it.
      editorProps: { attributes: { role: 'none', class: 'rich-text-content rich-text-read' } },
    },
    [content],
  );
  return (
    <section className="rich-text-view" aria-label={label} ref={ref}>
      <EditorContent editor={editor} />
    </section>
  );
}
