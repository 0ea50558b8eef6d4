import { getSchema } from '@tiptap/core';
import { DOMParser as ProseMirrorParser } from '@tiptap/pm/model';
import { describe, expect, it } from 'vitest';
import { reflectionEditorExtensions } from '../../renderer/features/reflections/editor-extensions';
import { MARKS, NODE_TYPES, richTextDocSchema } from '@shared/rich-text/rich-text-schema';

const schema = getSchema(reflectionEditorExtensions());

/** What the editor makes of pasted HTML: ProseMirror's parser for the editor's own schema. */
function pasted(html: string): unknown {
  const body = new window.DOMParser().parseFromString(html, 'text/html').body;
  return ProseMirrorParser.fromSchema(schema).parse(body).toJSON();
}

describe('the reflection editor', () => {
  it('has exactly the nodes and marks the stored format accepts', () => {
    expect(Object.keys(schema.nodes).sort()).toEqual(['doc', ...NODE_TYPES].sort());
    expect(Object.keys(schema.marks).sort()).toEqual([...MARKS].sort());
  });

  it('keeps the structure of a Word paste and drops its styles and classes', () => {
    const word = `
      <h2 class="MsoHeading2" style="mso-list:l0">Budget <span style="color:red">plan</span></h2>
      <p class="MsoNormal" style="margin:0"><b>Bold</b> <i>it</i> <u>under</u> <s>gone</s>
        <a href="https://cosn.org/" target="_blank" style="color:blue">CoSN</a></p>
      <ul><li><p>one</p></li><li>two</li></ul>
      <table style="border:1px"><tr><th>H</th></tr><tr><td>cell</td></tr></table>`;
    const json = pasted(word);
    const stored = richTextDocSchema.parse(json);
    const text = JSON.stringify(stored);
    expect(text).not.toMatch(/style|class|Mso|target/);
    expect(stored.content.map((n) => n.type)).toEqual([
      'heading',
      'paragraph',
      'bulletList',
      'table',
    ]);
    expect(text).toContain('"href":"https://cosn.org/"');
    for (const mark of ['bold', 'italic', 'underline', 'strike'])
      expect(text).toContain(`"${mark}"`);
  });

  it('leaves nothing executable from hostile HTML, and the core accepts what is left', () => {
    const hostile = `
      <script>alert(1)</script><style>p{}</style>
      <p onclick="alert(1)">Hello <img src=x onerror="alert(1)"><a href="javascript:alert(1)">js link</a>
        <a href="  JAVASCRIPT:alert(1)">spaced</a> <a href="data:text/html,x">data</a></p>
      <iframe src="https://evil.example"></iframe>
      <pre><code>code block</code></pre>`;
    const stored = richTextDocSchema.parse(pasted(hostile));
    const text = JSON.stringify(stored);
    expect(text).not.toMatch(/script|onclick|onerror|iframe|javascript|data:|"link"|codeBlock/i);
    expect(text).toContain('Hello');
    expect(text).toContain('js link');
    expect(text).toContain('code block');
  });
});
