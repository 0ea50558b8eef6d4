import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect, useId, useRef, useState } from 'react';
import { reflectionEditorExtensions } from './editor-extensions';
import { countWords } from '@shared/rich-text/plain-text';
import type { RichTextDoc } from '@shared/rich-text/rich-text-schema';
import { hasCommandModifier } from '../../components/shortcut-label';
import { EditorToolbar } from './EditorToolbar';
import { applyLink, removeLink } from './link-commands';
import { LinkForm } from './LinkForm';
import { cleanPastedHtml } from './paste-cleanup';
import { whenIdle } from './when-idle';
import 'prosemirror-view/style/prosemirror.css';
import './rich-text.css';

export interface RichTextEditorProps {
  /** The starting document; later changes of this prop are ignored (the editor owns the text). */
  content: RichTextDoc;
  label: string;
  /**
   * The text changed. Called on every keystroke, so it gets a reader, not the document: reading
   * (serialising) a long document is left to whoever needs it, when it needs it.
   */
  onChange: (readContent: () => RichTextDoc) => void;
  /** The number of words, counted when the page is idle after a change (not on every key). */
  onWordCount: (words: number) => void;
}

const wordsIn = (editor: { getText: (options: { blockSeparator: string }) => string }) =>
  countWords(editor.getText({ blockSeparator: '\n' }));

/**
 * The reflection's body: tiptap with the extension list of editor-extensions.ts (the core accepts
 * exactly what it produces), a toolbar, and a link form. tiptap injects no <style> element
 * (`injectCSS: false`): the page's CSP allows stylesheets only, so ProseMirror's base CSS is
 * imported as a file.
 */
export function RichTextEditor({ content, label, onChange, onWordCount }: RichTextEditorProps) {
  const editorId = useId();
  const [linkFormOpen, setLinkFormOpen] = useState(false);
  const callbacks = useRef({ onChange, onWordCount });
  useEffect(() => {
    callbacks.current = { onChange, onWordCount };
  }, [onChange, onWordCount]);
  /** Cancels the word count waiting for an idle moment, if one is waiting. */
  const cancelWordCount = useRef<(() => void) | null>(null);
  useEffect(() => () => cancelWordCount.current?.(), []);
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
    // Cheap on purpose: this runs inside the keystroke's input event.
    onUpdate: ({ editor: current }) => {
      callbacks.current.onChange(() => current.getJSON() as RichTextDoc);
      cancelWordCount.current ??= whenIdle(() => {
        cancelWordCount.current = null;
        callbacks.current.onWordCount(wordsIn(current));
      });
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
            applyLink(editor, href);
            setLinkFormOpen(false);
          }}
          onRemove={() => {
            removeLink(editor);
            setLinkFormOpen(false);
          }}
          onCancel={closeLinkForm}
        />
      ) : null}
      <EditorContent editor={editor} />
    </div>
  );
}
