import { z } from 'zod';
import { isSafeHref } from './safe-href';

/**
 * A reflection's body as tiptap/ProseMirror JSON, restricted to what the editor offers. Anything
 * else (unknown nodes or marks, unsafe links, style attributes) is refused, so a stored document
 * can hold nothing executable whatever reached the core.
 */
export const BLOCK_NODES = [
  'paragraph',
  'heading',
  'bulletList',
  'orderedList',
  'listItem',
  'blockquote',
  'horizontalRule',
  'hardBreak',
  'table',
  'tableRow',
  'tableHeader',
  'tableCell',
] as const;
export const MARKS = ['bold', 'italic', 'underline', 'strike', 'code', 'link'] as const;

export const MAX_DOCUMENT_DEPTH = 20;

const linkMarkSchema = z.strictObject({
  type: z.literal('link'),
  attrs: z
    .object({
      href: z
        .string()
        .refine(isSafeHref, { error: 'Links must start with http://, https:// or mailto:.' }),
    })
    .loose()
    .transform(({ href }) => ({ href })),
});
const simpleMarkSchema = z.strictObject({
  type: z.enum(['bold', 'italic', 'underline', 'strike', 'code']),
  attrs: z
    .object({})
    .loose()
    .optional()
    .transform(() => undefined),
});
export const markSchema = z.union([linkMarkSchema, simpleMarkSchema]);
export type RichTextMark = z.infer<typeof markSchema>;

export interface RichTextNode {
  type: string;
  attrs?: Record<string, string | number | boolean | null>;
  content?: RichTextNode[];
  marks?: RichTextMark[];
  text?: string;
}

/** Attributes kept per node type; every other attribute is dropped. */
const nodeAttrsSchema: Partial<Record<string, z.ZodType>> = {
  heading: z
    .object({ level: z.number().int().min(1).max(6) })
    .loose()
    .transform(({ level }) => ({ level })),
  orderedList: z
    .object({ start: z.number().int().min(0).max(100_000).optional() })
    .loose()
    .transform(({ start }) => (start === undefined ? {} : { start })),
  tableCell: z
    .object({
      colspan: z.number().int().min(1).max(50).optional(),
      rowspan: z.number().int().min(1).max(500).optional(),
    })
    .loose()
    .transform(({ colspan, rowspan }) => ({ colspan: colspan ?? 1, rowspan: rowspan ?? 1 })),
};
nodeAttrsSchema.tableHeader = nodeAttrsSchema.tableCell;

const textNodeSchema = z.strictObject({
  type: z.literal('text'),
  text: z.string().min(1).max(1_000_000),
  marks: z.array(markSchema).max(10).optional(),
});

function blockNodeSchema(depth: number): z.ZodType<RichTextNode> {
  return z
    .strictObject({
      type: z.enum(BLOCK_NODES),
      attrs: z.record(z.string(), z.unknown()).optional(),
      content: z
        .array(
          z.lazy(() =>
            depth >= MAX_DOCUMENT_DEPTH
              ? z.never()
              : z.union([textNodeSchema, blockNodeSchema(depth + 1)]),
          ),
        )
        .max(100_000)
        .optional(),
    })
    .transform((node, ctx) => {
      const attrsSchema = nodeAttrsSchema[node.type];
      if (!attrsSchema) {
        const { attrs: _dropped, ...rest } = node;
        return rest as RichTextNode;
      }
      const attrs = attrsSchema.safeParse(node.attrs ?? {});
      if (!attrs.success) {
        ctx.addIssue({
          code: 'custom',
          message: `The ${node.type} has attributes the editor cannot use.`,
        });
        return z.NEVER;
      }
      return { ...node, attrs: attrs.data } as RichTextNode;
    }) as z.ZodType<RichTextNode>;
}

export const richTextDocSchema = z.strictObject({
  type: z.literal('doc'),
  content: z.array(blockNodeSchema(1)).max(100_000),
});
export type RichTextDoc = z.infer<typeof richTextDocSchema>;

export const EMPTY_DOC: RichTextDoc = { type: 'doc', content: [{ type: 'paragraph' }] };
