import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect, useId, useRef, useState } from 'react';
import { reflectionEditorExtensions } from '@shared/rich-text/editor-extensions';
import { countWords } from '@shared/rich-text/plain-text';
import type { RichTextDoc } from '@shared/rich-text/rich-text-schema';
import { hasCommandModifier } from '../../components/shortcut-label';
import { EditorToolbar } from './EditorToolbar';
import { LinkForm } from './LinkForm';
import { cleanPastedHtml } from './paste-cleanup';
import 'prosemirror-view/style/prosemirror.css';
import './rich-text.css';

export interface RichTextEditorProps {
  /** The starting document; later changes of this prop are ignored (the editor owns the text). */
  content: RichTextDoc;
  label: string;
  onChange: (content: RichTextDoc, wordCount: number) => void;
}

const wordsIn = (editor: { getText: (options: { blockSeparator: string }) => string }) =>
  countWords(editor.getText({ blockSeparator: '\n' }));

/**
 * The reflection's body: tiptap with the shared extension list (the core accepts exactly what it
 * produces), a toolbar, and a link form. tiptap injects no <style> element (`injectCSS: false`):
 * the page's CSP allows stylesheets only, so ProseMirror's base CSS is imported as a file.
 */
export function RichTextEditor({ content, label, onChange }: RichTextEditorProps) {
  const editorId = useId();
  const [linkFormOpen, setLinkFormOpen] = useState(false);
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  }, [onChange]);
  // Options that never change, so re-renders do not push new options into the editor.
  const [initialContent] = useState(content);
  const [extensions] = useState(reflectionEditorExtensions);
  const [editorProps] = useState(() => ({
    attributes: {
      id: editorId,
      role: 'textbox',
      'aria-multiline': 'true',
      'aria-label': label,
      class: 'rich-text-content',
    },
    transformPastedHTML: cleanPastedHtml,
    handleKeyDown: (_view: unknown, event: KeyboardEvent) => {
      if (event.key.toLowerCase() === 'k' && event.shiftKey && hasCommandModifier(event)) {
        event.preventDefault();
        setLinkFormOpen(true);
        return true;
      }
      return false;
    },
  }));

  const editor = useEditor({
    extensions,
    content: initialContent,
    injectCSS: false,
    shouldRerenderOnTransaction: false,
    editorProps,
    onUpdate: ({ editor: current }) => {
      onChangeRef.current(current.getJSON() as RichTextDoc, wordsIn(current));
    },
  });

  const closeLinkForm = () => {
    setLinkFormOpen(false);
    editor.commands.focus();
  };

  return (
    <div className="rich-text-editor">
      <EditorToolbar
        editor={editor}
        editorId={editorId}
        onOpenLinkForm={() => setLinkFormOpen(true)}
      />
      {linkFormOpen ? (
        <LinkForm
          initialHref={String(editor.getAttributes('link').href ?? '')}
          onApply={(href) => {
            if (editor.state.selection.empty && !editor.isActive('link')) {
              editor
                .chain()
                .focus()
                .insertContent({
                  type: 'text',
                  text: href,
                  marks: [{ type: 'link', attrs: { href } }],
                })
                .run();
            } else {
              editor.chain().focus().extendMarkRange('link').setLink({ href }).run();
            }
            setLinkFormOpen(false);
          }}
          onRemove={() => {
            editor.chain().focus().extendMarkRange('link').unsetLink().run();
            setLinkFormOpen(false);
          }}
          onCancel={closeLinkForm}
        />
      ) : null}
      <EditorContent editor={editor} />
    </div>
  );
}
