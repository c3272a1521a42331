/**
 * Rich text as stored (Y.XmlFragment, the layout Tiptap's Collaboration extension reads and writes
 * through y-prosemirror: one Y.XmlElement per node, one Y.XmlText per run of text, marks as text
 * attributes) and as exchanged (Tiptap's JSON: `{ type: 'doc', content: [...] }`).
 */
import * as Y from 'yjs';
import { z } from 'zod';

/** A scalar attribute value of a node or mark. */
export type RichAttrValue = string | number | boolean | null;
/** A mark on a run of text (bold, italic, link ...). */
export interface RichMark {
  type: string;
  attrs?: Record<string, RichAttrValue>;
}
/** A run of text. */
export interface RichTextNode {
  type: 'text';
  text: string;
  marks?: RichMark[];
}
/** A block or inline node other than text (paragraph, heading, bulletList ...). */
export interface RichElementNode {
  type: string;
  attrs?: Record<string, RichAttrValue>;
  content?: RichNode[];
}
/** Any node. */
export type RichNode = RichTextNode | RichElementNode;
/** A whole rich-text value: Tiptap's document JSON. */
export interface RichDoc {
  type: 'doc';
  content: RichNode[];
}

const nodeName = z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,63}$/, 'Ongeldige knoopnaam.');
const attrs = z.record(z.string().max(64), z.union([z.string(), z.number(), z.boolean(), z.null()]));
const markSchema = z.strictObject({ type: nodeName, attrs: attrs.optional() });
const textNodeSchema = z.strictObject({ type: z.literal('text'), text: z.string().min(1), marks: z.array(markSchema).optional() });
const elementNodeSchema: z.ZodType<RichElementNode> = z.strictObject({
  type: nodeName.refine((t) => t !== 'text' && t !== 'doc', 'Ongeldige knoopnaam.'),
  attrs: attrs.optional(),
  get content() {
    return z.array(richNodeSchema).optional();
  },
});
const richNodeSchema: z.ZodType<RichNode> = z.union([textNodeSchema, elementNodeSchema]);

/** Schema of a rich-text value; also marks a field as rich text in entity schemas (see entityStore.ts). */
export const richTextSchema: z.ZodType<RichDoc> = z.strictObject({
  type: z.literal('doc'),
  content: z.array(richNodeSchema),
});

/** An empty document. */
export function emptyRichDoc(): RichDoc {
  return { type: 'doc', content: [] };
}

/** A document with one paragraph per line of `text` (no marks). */
export function richDocFromPlainText(text: string): RichDoc {
  if (text === '') return emptyRichDoc();
  return {
    type: 'doc',
    content: text.split('\n').map((line) => (line === '' ? { type: 'paragraph' } : { type: 'paragraph', content: [{ type: 'text', text: line }] })),
  };
}

/** The text of a document, one line per top-level block. */
export function plainTextOf(doc: RichDoc): string {
  const textOf = (node: RichNode): string =>
    node.type === 'text' ? (node as RichTextNode).text : ((node as RichElementNode).content ?? []).map(textOf).join('');
  return doc.content.map(textOf).join('\n');
}

function marksToAttributes(marks: readonly RichMark[] | undefined): Record<string, Record<string, RichAttrValue>> | undefined {
  if (!marks || marks.length === 0) return undefined;
  const out: Record<string, Record<string, RichAttrValue>> = {};
  for (const m of marks) out[m.type] = { ...(m.attrs ?? {}) };
  return out;
}

function toYNodes(nodes: readonly RichNode[]): Array<Y.XmlElement | Y.XmlText> {
  const out: Array<Y.XmlElement | Y.XmlText> = [];
  let run: RichTextNode[] = [];
  const flush = (): void => {
    if (run.length === 0) return;
    const text = new Y.XmlText();
    text.applyDelta(run.map((n) => ({ insert: n.text, attributes: marksToAttributes(n.marks) })));
    out.push(text);
    run = [];
  };
  for (const node of nodes) {
    if (node.type === 'text') {
      run.push(node as RichTextNode);
      continue;
    }
    flush();
    const el = node as RichElementNode;
    const yel = new Y.XmlElement(el.type);
    for (const [k, v] of Object.entries(el.attrs ?? {})) {
      if (v !== null) yel.setAttribute(k, v as string);
    }
    const children = toYNodes(el.content ?? []);
    if (children.length > 0) yel.insert(0, children);
    out.push(yel);
  }
  flush();
  return out;
}

/** Replaces the content of `fragment` with `doc`. Call inside a transaction. */
export function writeRichDoc(fragment: Y.XmlFragment, doc: RichDoc): void {
  if (fragment.length > 0) fragment.delete(0, fragment.length);
  const nodes = toYNodes(doc.content);
  if (nodes.length > 0) fragment.insert(0, nodes);
}

/** A new (not yet integrated) fragment holding `doc`, for storing inside an entity map. */
export function newRichFragment(doc: RichDoc): Y.XmlFragment {
  const fragment = new Y.XmlFragment();
  const nodes = toYNodes(doc.content);
  if (nodes.length > 0) fragment.insert(0, nodes);
  return fragment;
}

interface DeltaOp {
  insert?: unknown;
  attributes?: Record<string, unknown>;
}

function fromYNodes(children: ReadonlyArray<Y.XmlElement | Y.XmlText | Y.XmlHook>): RichNode[] {
  const out: RichNode[] = [];
  for (const child of children) {
    if (child instanceof Y.XmlText) {
      for (const op of child.toDelta() as DeltaOp[]) {
        if (typeof op.insert !== 'string' || op.insert === '') continue;
        const node: RichTextNode = { type: 'text', text: op.insert };
        const marks = Object.entries(op.attributes ?? {})
          .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
          .map(([type, value]): RichMark => {
            const markAttrs = value && typeof value === 'object' ? (value as Record<string, RichAttrValue>) : {};
            return Object.keys(markAttrs).length > 0 ? { type, attrs: { ...markAttrs } } : { type };
          });
        if (marks.length > 0) node.marks = marks;
        out.push(node);
      }
    } else if (child instanceof Y.XmlElement) {
      const node: RichElementNode = { type: child.nodeName };
      const a = child.getAttributes() as Record<string, RichAttrValue>;
      if (Object.keys(a).length > 0) node.attrs = { ...a };
      const content = fromYNodes(child.toArray());
      if (content.length > 0) node.content = content;
      out.push(node);
    }
  }
  return out;
}

/** The content of `fragment` as Tiptap JSON. */
export function readRichDoc(fragment: Y.XmlFragment): RichDoc {
  return { type: 'doc', content: fromYNodes(fragment.toArray()) };
}
