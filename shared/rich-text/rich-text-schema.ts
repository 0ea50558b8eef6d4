import { z } from 'zod';
import { isSafeHref } from './safe-href';

/**
 * A reflection's body as tiptap/ProseMirror JSON, restricted to what the editor offers. Anything
 * else (unknown nodes or marks, unsafe links, style or event attributes) is refused or dropped,
 * so a stored document holds nothing executable whatever reached the core. Every node is rebuilt
 * from the keys we know, so nothing unexpected can ride along.
 */
export const BLOCK_NODES = [
  'paragraph',
  'heading',
  'bulletList',
  'orderedList',
  'listItem',
  'blockquote',
  'horizontalRule',
  'table',
  'tableRow',
  'tableHeader',
  'tableCell',
] as const;
/** Inline nodes that are not text; ProseMirror may give them marks (a line break inside bold). */
export const INLINE_NODES = ['hardBreak'] as const;
export const NODE_TYPES = [...BLOCK_NODES, ...INLINE_NODES, 'text'] as const;
export type RichTextNodeType = (typeof NODE_TYPES)[number];

export const MARKS = ['bold', 'italic', 'underline', 'strike', 'code', 'link'] as const;
export type RichTextMarkType = (typeof MARKS)[number];

export const MAX_DOCUMENT_DEPTH = 20;

const TOP_LEVEL = [
  'paragraph',
  'heading',
  'bulletList',
  'orderedList',
  'blockquote',
  'horizontalRule',
  'table',
] as const;
const TEXT_BLOCK_CONTENT = ['text', 'hardBreak'] as const;

/**
 * Which children each node may hold: the editor's own content rules, loosely (order and counts
 * are not checked). Text only ever sits in paragraphs and headings, so every renderer can rely on it.
 */
const ALLOWED_CHILDREN: Record<RichTextNodeType | 'doc', readonly RichTextNodeType[]> = {
  doc: TOP_LEVEL,
  paragraph: TEXT_BLOCK_CONTENT,
  heading: TEXT_BLOCK_CONTENT,
  bulletList: ['listItem'],
  orderedList: ['listItem'],
  listItem: TOP_LEVEL,
  blockquote: TOP_LEVEL,
  table: ['tableRow'],
  tableRow: ['tableHeader', 'tableCell'],
  tableHeader: TOP_LEVEL,
  tableCell: TOP_LEVEL,
  horizontalRule: [],
  hardBreak: [],
  text: [],
};

export type RichTextMark =
  { type: Exclude<RichTextMarkType, 'link'> } | { type: 'link'; attrs: { href: string } };

export interface RichTextNode {
  type: RichTextNodeType;
  attrs?: Record<string, number>;
  content?: RichTextNode[];
  marks?: RichTextMark[];
  text?: string;
}

const looseAttrsSchema = z.record(z.string(), z.unknown()).nullable().optional();

export const markSchema: z.ZodType<RichTextMark> = z
  .strictObject({
    type: z.enum(MARKS, {
      error: (issue) =>
        `Reflections cannot hold "${String(issue.input)}" formatting; remove it and try again.`,
    }),
    attrs: looseAttrsSchema,
  })
  .transform((mark, ctx): RichTextMark => {
    if (mark.type !== 'link') return { type: mark.type };
    const href = mark.attrs?.href;
    if (!isSafeHref(href)) {
      ctx.addIssue({
        code: 'custom',
        path: ['attrs', 'href'],
        message: 'Links must start with http://, https:// or mailto:.',
      });
      return z.NEVER;
    }
    // target, rel and class are the editor's rendering choices, not the document's.
    return { type: 'link', attrs: { href } };
  });

const positiveInt = (max: number) => z.number().int().min(1).max(max);

/** Attributes kept per node type; every other attribute (style, on*, class...) is dropped. */
const NODE_ATTRS_OWN = {
  heading: z
    .object({ level: positiveInt(6) })
    .loose()
    .transform(({ level }) => ({ level })),
  orderedList: z
    .object({ start: z.number().int().min(0).max(100_000).nullable().optional() })
    .loose()
    .transform(({ start }): Record<string, number> =>
      start == null || start === 1 ? {} : { start },
    ),
  tableCell: z
    .object({ colspan: positiveInt(50).optional(), rowspan: positiveInt(500).optional() })
    .loose()
    .transform(({ colspan, rowspan }) => ({ colspan: colspan ?? 1, rowspan: rowspan ?? 1 })),
} satisfies Partial<Record<RichTextNodeType, z.ZodType<Record<string, number>>>>;
const NODE_ATTRS: Partial<Record<RichTextNodeType, z.ZodType<Record<string, number>>>> = {
  ...NODE_ATTRS_OWN,
  tableHeader: NODE_ATTRS_OWN.tableCell,
};

const NODE_NAMES: Record<RichTextNodeType | 'doc', string> = {
  doc: 'document',
  paragraph: 'paragraph',
  heading: 'heading',
  bulletList: 'bullet list',
  orderedList: 'numbered list',
  listItem: 'list item',
  blockquote: 'quote',
  horizontalRule: 'divider',
  table: 'table',
  tableRow: 'table row',
  tableHeader: 'table header cell',
  tableCell: 'table cell',
  hardBreak: 'line break',
  text: 'text',
};

/** The nodes `depth` levels below the document; deeper than MAX_DOCUMENT_DEPTH is refused. */
function nodeListSchema(depth: number) {
  return z
    .array(
      z.lazy(() =>
        depth > MAX_DOCUMENT_DEPTH
          ? z.never({ error: 'The document is nested too deeply; flatten its lists or quotes.' })
          : nodeSchema(depth),
      ),
    )
    .max(100_000);
}

/** An issue for every child the parent's type cannot hold. */
function checkChildren(
  parent: RichTextNodeType | 'doc',
  children: readonly RichTextNode[],
  ctx: z.RefinementCtx,
  path: (string | number)[],
): void {
  const allowed = ALLOWED_CHILDREN[parent];
  children.forEach((child, index) => {
    if (!allowed.includes(child.type)) {
      ctx.addIssue({
        code: 'custom',
        path: [...path, index],
        message: `A ${NODE_NAMES[parent]} cannot hold a ${NODE_NAMES[child.type]}.`,
      });
    }
  });
}

const nodeSchemas = new Map<number, z.ZodType<RichTextNode>>();

/** The schema of a node `depth` levels below the document (one schema per level, built once). */
function nodeSchema(depth: number): z.ZodType<RichTextNode> {
  const cached = nodeSchemas.get(depth);
  if (cached) return cached;
  const schema = z
    .strictObject({
      type: z.enum(NODE_TYPES, {
        error: (issue) =>
          `Reflections cannot hold "${String(issue.input)}" elements; remove it and try again.`,
      }),
      attrs: looseAttrsSchema,
      content: nodeListSchema(depth + 1).optional(),
      marks: z.array(markSchema).max(10).optional(),
      text: z.string().max(1_000_000).optional(),
    })
    .transform((node, ctx): RichTextNode => {
      if (node.type === 'text') {
        if (!node.text) {
          ctx.addIssue({ code: 'custom', path: ['text'], message: 'A text node needs some text.' });
          return z.NEVER;
        }
        return node.marks?.length
          ? { type: 'text', text: node.text, marks: node.marks }
          : { type: 'text', text: node.text };
      }
      const out: RichTextNode = { type: node.type };
      const attrsSchema = NODE_ATTRS[node.type];
      if (attrsSchema) {
        const attrs = attrsSchema.safeParse(node.attrs ?? {});
        if (!attrs.success) {
          ctx.addIssue({
            code: 'custom',
            path: ['attrs'],
            message: `The ${NODE_NAMES[node.type]} has attributes the editor cannot use.`,
          });
          return z.NEVER;
        }
        if (Object.keys(attrs.data).length > 0) out.attrs = attrs.data;
      }
      if (node.content && node.content.length > 0) {
        checkChildren(node.type, node.content, ctx, ['content']);
        out.content = node.content;
      }
      // Only inline nodes carry marks; on a block they mean nothing, so they are dropped.
      if (node.type === 'hardBreak' && node.marks?.length) out.marks = node.marks;
      return out;
    });
  nodeSchemas.set(depth, schema);
  return schema;
}

export const richTextDocSchema = z.strictObject({
  type: z.literal('doc', { error: 'A reflection body must be a document.' }),
  content: nodeListSchema(1).superRefine((children, ctx) =>
    checkChildren('doc', children, ctx, []),
  ),
});
export type RichTextDoc = { type: 'doc'; content: RichTextNode[] };

export const EMPTY_DOC: RichTextDoc = { type: 'doc', content: [{ type: 'paragraph' }] };
