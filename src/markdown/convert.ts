/**
 * Producing one variant's tree from the parsed tree: prose is converted, code,
 * inline code, raw HTML and URLs never are. The parsed tree is not modified,
 * so it serves every variant.
 */
import type { Nodes, Root } from 'mdast';
import type { Convert } from '../script/converters.js';

export interface VariantTreeOptions {
  /** Converts a run of prose to the target variant. */
  convert: Convert;
  /**
   * The site's base path (`/` or `/news/`): root-relative URLs in the article
   * (`/images/a.png`) are moved under it.
   */
  basePath: string;
}

/** Moves a root-relative URL under the base path; other URLs are returned as they are. */
export function rebaseUrl(url: string, basePath: string): string {
  if (basePath === '/' || !url.startsWith('/') || url.startsWith('//')) return url;
  return basePath + url.slice(1);
}

/**
 * A copy of the tree for one variant: text nodes, image alt text and link or
 * image titles converted; `code`, `inlineCode` and `html` nodes and every URL
 * left as written (URLs only rebased).
 */
export function variantTree(root: Root, opts: VariantTreeOptions): Root {
  const { convert, basePath } = opts;
  const map = (node: Nodes): Nodes => {
    switch (node.type) {
      case 'text':
        return { ...node, value: convert(node.value) };
      case 'code':
      case 'inlineCode':
      case 'html':
        return node;
      default: {
        const out: Record<string, unknown> = { ...node };
        if ('alt' in node && typeof node.alt === 'string' && node.alt) out.alt = convert(node.alt);
        if ('title' in node && typeof node.title === 'string' && node.title) out.title = convert(node.title);
        if ('url' in node && typeof node.url === 'string') out.url = rebaseUrl(node.url, basePath);
        if ('children' in node) out.children = (node.children as Nodes[]).map(map);
        return out as unknown as Nodes;
      }
    }
  };
  return map(root) as Root;
}
