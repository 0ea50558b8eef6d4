import type { AnyExtension } from '@tiptap/core';
import { TableKit } from '@tiptap/extension-table';
import StarterKit from '@tiptap/starter-kit';
import { SAFE_LINK_PROTOCOLS, isSafeHref } from '@shared/rich-text/safe-href';

/**
 * The reflection editor's extensions: exactly the nodes and marks that
 * shared/rich-text/rich-text-schema.ts accepts, so whatever the editor produces (typed or pasted
 * from Word or Google Docs) the core can store.
 * Pasted HTML goes through ProseMirror's parser for this schema: elements without a node here
 * (script, style, iframe, img, font, span styles) and every attribute not listed (on*, style,
 * class) never enter the document.
 */
export function reflectionEditorExtensions(): AnyExtension[] {
  return [
    StarterKit.configure({
      // Not in the stored format: ``` would create a node the core refuses.
      codeBlock: false,
      heading: { levels: [1, 2, 3] },
      link: {
        openOnClick: false,
        autolink: true,
        linkOnPaste: true,
        defaultProtocol: 'https',
        protocols: SAFE_LINK_PROTOCOLS.map((p) => p.slice(0, -1)),
        // One rule for typed, pasted and autolinked links: absolute http(s) or mailto only. A bare
        // "www.example.org" is not linked, since the stored href would not be absolute.
        isAllowedUri: (url) => isSafeHref(url),
        HTMLAttributes: { rel: 'noopener noreferrer', target: null },
      },
    }),
    TableKit.configure({ table: { resizable: false } }),
  ];
}
