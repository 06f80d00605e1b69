/**
 * Producing one variant's tree from the parsed tree: prose is converted, code,
 * inline code, raw HTML and URLs never are. The parsed tree is not modified,
 * so it serves every variant.
 */
import type { Nodes, Root } from 'mdast';
import type { Convert } from '../conversion/converters.js';
import { scanMarkup, type Segment } from '../conversion/markup.js';
import type { TextMarkup } from './markup-tree.js';
import { PROSE_ATTRIBUTES, convertHtmlText, proseAttribute, skipsProse } from './prose.js';

export interface VariantTreeOptions {
  /** Converts a run of prose to the target variant. */
  convert: Convert;
  /**
   * The site's base path (`/` or `/news/`): root-relative URLs in the article
   * (`/images/a.png`) are moved under it.
   */
  basePath: string;
  /**
   * Writes text that carries `-{…}-` markup (found by `prepareMarkup`) in the
   * target variant; by default prose is converted, kept text left as written
   * and a choice takes its first form.
   */
  renderMarkup?: (segments: readonly Segment[]) => string;
}

const firstForm = (convert: Convert) => (segments: readonly Segment[]) =>
  segments.map((s) => (s.kind === 'text' ? convert(s.text) : s.kind === 'raw' ? s.text : convert(Object.values(s.forms)[0] ?? ''))).join('');

/** Moves a root-relative URL under the base path; other URLs are returned as they are. */
export function rebaseUrl(url: string, basePath: string): string {
  if (basePath === '/' || !url.startsWith('/') || url.startsWith('//')) return url;
  return basePath + url.slice(1);
}


/**
 * A copy of the tree for one variant: its prose (`prose.ts`: text nodes,
 * image alt text, link and image titles) converted; code, inline code, raw
 * HTML, every URL and the text of autolinks left as written (URLs only
 * rebased). Written as a map over the tree rather than over `visitProse`
 * because it builds a new tree; it asks `prose.ts` what to skip.
 */
export function variantTree(root: Root, opts: VariantTreeOptions): Root {
  const { convert, basePath } = opts;
  const render = opts.renderMarkup ?? firstForm(convert);
  // Attributes may hold markup too (checked by prepareMarkup).
  const attr = (value: string) => (value.includes('-{') ? render(scanMarkup(value).segments) : convert(value));
  const map = (node: Nodes): Nodes => {
    if (node.type === 'text') {
      const segments = (node.data as TextMarkup | undefined)?.tongwen;
      return { ...node, value: segments ? render(segments) : convert(node.value) };
    }
    // Raw HTML: the text between its tags (a figcaption) is converted, tags and attributes never.
    if (node.type === 'html') {
      const value = convertHtmlText(node.value, convert);
      return value === node.value ? node : { ...node, value };
    }
    // Code and inline code: nothing to change, shared with the parsed tree.
    if (!('children' in node) && skipsProse(node)) return node;
    const out: Record<string, unknown> = { ...node };
    for (const key of PROSE_ATTRIBUTES) {
      const value = proseAttribute(node, key);
      if (value !== undefined) out[key] = attr(value);
    }
    if ('url' in node && typeof node.url === 'string') out.url = rebaseUrl(node.url, basePath);
    if ('children' in node) out.children = skipsProse(node) ? node.children : (node.children as Nodes[]).map(map);
    return out as unknown as Nodes;
  };
  return map(root) as Root;
}
