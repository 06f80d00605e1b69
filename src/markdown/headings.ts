/**
 * Heading anchor ids: from the heading's prose in Simplified script (so
 * `## 板卡仍是瓶頸` is `#板卡仍是瓶颈` in every variant — the source is read,
 * never a variant, so a glossary form cannot make the variants differ), NFKC
 * and lower case, runs of anything but letters and digits as one `-`;
 * `section-N` (its place among the headings) when nothing is left; `-2`,
 * `-3` … when a page repeats one. Stored on the mdast heading
 * (`data.hProperties.dataTwHeading`) so every variant's tree, which shares
 * the source's `data`, carries it into the HTML compiler.
 */
import type { Heading, Nodes, Root } from 'mdast';
import type { Convert } from '../conversion/converters.js';
import type { TextMarkup } from './markup-tree.js';

/** The hast property carrying a heading's id through the sanitizer (html.ts turns it into `id`). */
export const HEADING_ID_PROPERTY = 'dataTwHeading';

/** The slug of a heading text (already in Simplified): letters and digits of any script, `-` between runs. */
export function headingSlug(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** A heading's text: its prose and inline code (never raw HTML). */
function headingText(node: Nodes): string {
  if (node.type === 'text') {
    const segments = (node.data as TextMarkup | undefined)?.tongwen;
    if (!segments) return node.value;
    // `-{…}-` markup: its text, or the Simplified form of a choice (else its first form).
    return segments.map((s) => (s.kind === 'choice' ? (s.forms['zh-Hans'] ?? s.forms['zh-CN'] ?? Object.values(s.forms)[0] ?? '') : s.text)).join('');
  }
  if (node.type === 'inlineCode') return node.value;
  if (node.type === 'html' || !('children' in node)) return '';
  return (node.children as Nodes[]).map(headingText).join('');
}

const assigned = new WeakSet<Root>();

/** The ids of a tree's headings in document order (`toSimplified` converts the source's script). */
export function headingIds(tree: Root, toSimplified: Convert): string[] {
  const headings: Heading[] = [];
  const walk = (n: Nodes) => {
    if (n.type === 'heading') headings.push(n);
    else if ('children' in n) for (const c of n.children as Nodes[]) walk(c);
  };
  walk(tree);
  const seen = new Set<string>();
  return headings.map((h, i) => {
    const base = headingSlug(toSimplified(headingText(h))) || `section-${i + 1}`;
    let id = base;
    for (let n = 2; seen.has(id); n++) id = `${base}-${n}`;
    seen.add(id);
    return id;
  });
}

/** Gives every heading of a source tree its id (once per tree; every variant tree shares it). */
export function assignHeadingIds(tree: Root, toSimplified: Convert): void {
  if (assigned.has(tree)) return;
  assigned.add(tree);
  const ids = headingIds(tree, toSimplified);
  let i = 0;
  const walk = (n: Nodes) => {
    if (n.type === 'heading') {
      const data = (n.data ??= {}) as { hProperties?: Record<string, unknown> };
      data.hProperties = { ...data.hProperties, [HEADING_ID_PROPERTY]: ids[i++] };
    } else if ('children' in n) for (const c of n.children as Nodes[]) walk(c);
  };
  walk(tree);
}
