/**
 * `-{…}-` markup in a Markdown tree, found once per article (before any
 * variant is produced).
 *
 * Markup lives in text: code, inline code, raw HTML and URLs (autolinks
 * included) are never scanned, so markup written there stays as written. Within one paragraph,
 * heading or table cell:
 *
 * - markup inside one text node may take any form;
 * - `-{…}-` that keeps text as written may span formatting
 *   (`-{**微軟**公司}-`, `-{[微軟](https://…)}-`): every text inside stays as
 *   written, and so do image alt texts inside;
 * - per-variant forms cannot span formatting (`-{zh-Hans:**计算机**;…}-`):
 *   that is an error that says to put the markup inside the formatting.
 *
 * The result is stored on the tree: text nodes with markup get
 * `data.tongwen` (their segments), images inside a kept span get
 * `data.tongwenRaw`. `variantTree` renders them per variant.
 */
import type { Nodes, Parents, Root, Text } from 'mdast';
import { positionAt } from '../core/errors.js';
import { isAutolink } from './prose.js';
import { looksLikeChoice, markupProblems, scanMarkup, unclosedProblem, type MarkupProblem, type Segment } from '../conversion/markup.js';

/** What `prepareMarkup` stores on a text node. */
export interface TextMarkup {
  /** The node's text as segments. */
  tongwen?: Segment[];
  /** The node starts inside a `-{` opened in an earlier node (for `tongwen convert`). */
  tongwenOpen?: boolean;
}

/** A markup problem, placed in the Markdown source (1-based, relative to the source given). */
export interface PlacedProblem {
  line: number;
  column: number;
  message: string;
  hint: string;
}

/** Blocks whose children are phrasing content. */
const INLINE_BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);

/** The source offset of the `n`-th `-{` of a node (falls back to the node's start). */
function placeOfOpen(node: Nodes, source: string, value: string, offset: number): { line: number; column: number } {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
  let n = 0;
  for (let i = value.indexOf('-{'); i >= 0 && i < offset; i = value.indexOf('-{', i + 2)) n++;
  const slice = source.slice(start, end);
  let at = slice.indexOf('-{');
  for (let k = 0; k < n && at >= 0; k++) at = slice.indexOf('-{', at + 2);
  return positionAt(source, start + (at >= 0 ? at : 0));
}

/**
 * Finds and checks the markup of a parsed tree; `source` is the Markdown the
 * tree was parsed from (for positions). Returns the problems (none: the tree
 * is ready for `variantTree`). Does nothing when the source has no `-{`.
 */
export function prepareMarkup(tree: Root, source: string): PlacedProblem[] {
  const problems: PlacedProblem[] = [];
  if (!source.includes('-{')) return problems;
  const report = (node: Nodes, value: string, p: MarkupProblem) => {
    const at = p.offset >= 0 ? placeOfOpen(node, source, value, p.offset) : { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
    problems.push({ ...at, message: p.message, hint: p.hint });
  };
  const attributes = (node: Nodes) => {
    for (const key of ['alt', 'title'] as const) {
      const value = (node as unknown as Record<string, unknown>)[key];
      if (typeof value !== 'string') continue;
      for (const p of markupProblems(value)) {
        const at = { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
        problems.push({ ...at, message: `${key === 'alt' ? 'image text' : 'title'}: ${p.message}`, hint: p.hint });
      }
    }
  };

  const inline = (block: Parents) => {
    // An open `-{` carried across nodes: where it opened, and whether its content so far is a choice.
    let open: { node: Nodes; value: string; offset: number; content: string } | undefined;
    const visit = (node: Nodes) => {
      if (node.type === 'text') {
        const text = node as Text;
        const value = text.value;
        if (!open && !value.includes('-{')) return;
        const wasOpen = open !== undefined;
        const r = scanMarkup(value, wasOpen);
        const data = (text.data ??= {}) as TextMarkup;
        data.tongwen = r.segments;
        if (wasOpen) data.tongwenOpen = true;
        for (const p of r.problems) report(node, value, p);
        if (open && (!r.open || r.open.offset >= 0)) {
          // The span that came in closes here.
          if (looksLikeChoice(open.content)) {
            report(open.node, open.value, {
              offset: open.offset,
              message: '-{…}- with forms per variant cannot contain Markdown formatting',
              hint: 'put the markup inside the formatting, e.g. **-{zh-Hans:…;zh-Hant:…}-**',
            });
          }
          open = undefined;
        }
        if (r.open) {
          if (open) open.content += r.open.content;
          else open = { node, value, offset: r.open.offset, content: r.open.content };
        }
        return;
      }
      if (node.type === 'image' || node.type === 'imageReference') {
        if (open) ((node.data ??= {}) as Record<string, unknown>).tongwenRaw = true;
        else attributes(node);
        return;
      }
      if (node.type === 'link' || node.type === 'definition') attributes(node);
      // An autolink's text is its URL, shown as written (`variantTree`): not markup.
      if (node.type === 'code' || node.type === 'inlineCode' || node.type === 'html' || isAutolink(node)) return;
      if ('children' in node) for (const child of node.children) visit(child as Nodes);
    };
    for (const child of block.children) visit(child as Nodes);
    if (open) report(open.node, open.value, unclosedProblem(open.offset));
  };

  const walk = (node: Nodes) => {
    if (node.type === 'code' || node.type === 'html') return;
    if (INLINE_BLOCKS.has(node.type)) {
      inline(node as Parents);
      return;
    }
    if (node.type === 'image' || node.type === 'imageReference' || node.type === 'definition') attributes(node);
    if ('children' in node) for (const child of node.children) walk(child as Nodes);
  };
  walk(tree);
  return problems;
}
