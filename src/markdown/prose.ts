/**
 * What is prose in a Markdown tree: the one definition behind the variant
 * tree, the markup check, `tongwen check`, `tongwen convert` and automatic
 * keywords, so that none of them converts, checks or counts what the others
 * leave alone.
 *
 * Prose is:
 * - the text nodes (with the `-{…}-` markup `prepareMarkup` found in them,
 *   in `data.tongwen`);
 * - the alt text of images and the titles of links, images and definitions.
 *
 * Never prose: code, inline code and raw HTML (their value), every URL, the
 * text of autolinks (it is their URL) and the alt text and title of an image
 * inside a `-{…}-` that keeps text as written (`data.tongwenRaw`).
 */
import type { Nodes, Parents, Text } from 'mdast';

/**
 * True for a link whose text is its own URL: `<https://…>`, a GFM literal
 * autolink (`https://…`, `www.…`, `name@host`) or `[https://…](https://…)`.
 */
export function isAutolink(node: Nodes): boolean {
  if (node.type !== 'link' || node.children.length !== 1) return false;
  const only = node.children[0]!;
  if (only.type !== 'text') return false;
  const text = only.value;
  return node.url === text || node.url === `http://${text}` || node.url === `mailto:${text}`;
}

/**
 * Whether nothing inside `node` is prose: code, inline code and raw HTML,
 * and autolinks (their text is their URL; an autolink's title still is prose).
 */
export function skipsProse(node: Nodes): boolean {
  return node.type === 'code' || node.type === 'inlineCode' || node.type === 'html' || isAutolink(node);
}

/** The attributes that hold prose. */
export type ProseAttribute = 'alt' | 'title';
export const PROSE_ATTRIBUTES: readonly ProseAttribute[] = ['alt', 'title'];

/** Whether `node` is an image inside a `-{…}-` that keeps text as written (set by `prepareMarkup`). */
export function isRawProse(node: Nodes): boolean {
  return (node.data as { tongwenRaw?: boolean } | undefined)?.tongwenRaw === true;
}

/** The prose of attribute `key` of `node` (alt text or title): undefined when absent, empty or kept as written. */
export function proseAttribute(node: Nodes, key: ProseAttribute): string | undefined {
  const value = (node as unknown as Record<string, unknown>)[key];
  return typeof value === 'string' && value !== '' && !isRawProse(node) ? value : undefined;
}

/** What `visitProse` calls, in document order. */
export interface ProseVisitor {
  /** A text node that is prose (its markup, if any, in `data.tongwen`). */
  text?: (node: Text) => void;
  /** An alt text or title that is prose (called before the node's children). */
  attribute?: (node: Nodes, key: ProseAttribute, value: string) => void;
  /** After the children of a parent whose children were visited (for block boundaries). */
  leave?: (node: Parents) => void;
}

/** Calls `visitor` for the prose of `tree`, in document order. */
export function visitProse(tree: Nodes, visitor: ProseVisitor): void {
  const { text, attribute, leave } = visitor;
  const visit = (node: Nodes): void => {
    if (node.type === 'text') {
      text?.(node);
      return;
    }
    if (attribute) {
      for (const key of PROSE_ATTRIBUTES) {
        const value = proseAttribute(node, key);
        if (value !== undefined) attribute(node, key, value);
      }
    }
    if (!('children' in node) || skipsProse(node)) return;
    for (const child of node.children) visit(child as Nodes);
    leave?.(node);
  };
  visit(tree);
}
