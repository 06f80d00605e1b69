/**
 * What is prose in a Markdown tree: the one definition behind the variant
 * tree, the markup check, `tongwen check`, `tongwen convert` and automatic
 * keywords, so that none of them converts, checks or counts what the others
 * leave alone.
 *
 * Prose is:
 * - the text nodes (with the `-{…}-` markup `prepareMarkup` found in them,
 *   in `data.tongwen`);
 * - the alt text of images and the titles of links, images and definitions;
 * - the text between the tags of raw HTML (a `<figcaption>`), outside
 *   `<code>`, `<pre>`, `<script>`, `<style>` and comments, and the values of
 *   its `alt` and `title` attributes (`htmlTextRanges`).
 *
 * Never prose: code, inline code, the tags and other attributes of raw HTML, every URL, the
 * text of autolinks (it is their URL) and the alt text and title of an image
 * inside a `-{…}-` that keeps text as written (`data.tongwenRaw`).
 */
import type { Html, Nodes, Parents, Text } from 'mdast';

/** Elements whose content is never prose. */
const VERBATIM = new Set(['code', 'pre', 'script', 'style', 'kbd', 'samp', 'textarea', 'svg', 'math']);
const TAG = /<!--[\s\S]*?(?:-->|$)|<\/?([A-Za-z][A-Za-z0-9-]*)(?:[^>"']|"[^"]*"|'[^']*')*>|<![^>]*>|<\?[^>]*>/g;

/** A prose attribute (alt, title) in a start tag, with its quoted value. */
const PROSE_ATTRIBUTE = /[\s"'](?:alt|title)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;

/**
 * The ranges `[start, end)` of a raw HTML string that are text: between
 * tags, outside comments and the content of verbatim elements (code, pre,
 * script, style …), and the values of `alt` and `title` attributes (an
 * image's alt text is read like a Markdown image's). Tag names, other
 * attributes and URLs are never in a range.
 */
export function htmlTextRanges(html: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let last = 0;
  let verbatim: string | undefined;
  for (const m of html.matchAll(TAG)) {
    const at = m.index;
    if (verbatim === undefined && at > last) out.push([last, at]);
    last = at + m[0].length;
    const name = m[1]?.toLowerCase();
    if (name === undefined) continue;
    const closing = m[0].startsWith('</');
    if (verbatim === undefined && !closing) {
      const tag = m[0];
      const open = name.length + 1;
      for (const a of tag.slice(open).matchAll(PROSE_ATTRIBUTE)) {
        const value = a[1] ?? a[2] ?? '';
        const start = at + open + a.index + a[0].length - value.length - 1;
        out.push([start, start + value.length]);
      }
    }
    if (verbatim === undefined && !closing && VERBATIM.has(name) && !m[0].endsWith('/>')) verbatim = name;
    else if (verbatim === name && closing) verbatim = undefined;
  }
  if (verbatim === undefined && last < html.length) out.push([last, html.length]);
  return out.filter(([a, b]) => /\p{Script=Han}|[“”‘’「」『』]/u.test(html.slice(a, b)));
}

/** Raw HTML with its text (`htmlTextRanges`) converted. */
export function convertHtmlText(html: string, convert: (text: string) => string): string {
  const ranges = htmlTextRanges(html);
  if (ranges.length === 0) return html;
  let out = '';
  let last = 0;
  for (const [a, b] of ranges) {
    out += html.slice(last, a) + convert(html.slice(a, b));
    last = b;
  }
  return out + html.slice(last);
}

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
  /** A raw HTML node (its text: `htmlTextRanges`). */
  html?: (node: Html) => void;
}

/** Calls `visitor` for the prose of `tree`, in document order. */
export function visitProse(tree: Nodes, visitor: ProseVisitor): void {
  const { text, attribute, leave, html } = visitor;
  const visit = (node: Nodes): void => {
    if (node.type === 'text') {
      text?.(node);
      return;
    }
    if (node.type === 'html') {
      html?.(node);
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
