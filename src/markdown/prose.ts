/**
 * What is prose in a Markdown tree.
 */
import type { Nodes } from 'mdast';

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
