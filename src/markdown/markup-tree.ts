/**
 * `-{…}-` markup in a Markdown tree, found once per article (before any
 * variant is produced).
 *
 * Markup lives in prose (`prose.ts`): code, inline code, raw HTML and URLs
 * (autolinks included) are never scanned, so markup written there stays as
 * written. Within one paragraph, heading or table cell:
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
import type { Nodes, Root } from 'mdast';
import { placeInNode, type Position } from '../core/position.js';
import { visitProse } from './prose.js';
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

/** Where a node starts (in the source it was parsed from). */
const nodeStart = (node: Nodes): Position => ({ line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 });

/**
 * Finds and checks the markup of a parsed tree; `source` is the Markdown the
 * tree was parsed from (for positions). Returns the problems (none: the tree
 * is ready for `variantTree`). Does nothing when the source has no `-{`.
 */
export function prepareMarkup(tree: Root, source: string): PlacedProblem[] {
  const problems: PlacedProblem[] = [];
  if (!source.includes('-{')) return problems;
  const report = (node: Nodes, value: string, p: MarkupProblem) => {
    // A problem's offset is that of the `-{` it is about.
    const at = p.offset >= 0 ? placeInNode(node, value, p.offset, source, '-{') : nodeStart(node);
    problems.push({ ...at, message: p.message, hint: p.hint });
  };
  // An open `-{` carried across the nodes of one paragraph, heading or table cell: where it opened, and whether its content so far is a choice.
  let open: { node: Nodes; value: string; offset: number; content: string } | undefined;
  visitProse(tree, {
    text(node) {
      const value = node.value;
      if (!open && !value.includes('-{')) return;
      const wasOpen = open !== undefined;
      const r = scanMarkup(value, wasOpen);
      const data = (node.data ??= {}) as TextMarkup;
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
    },
    attribute(node, key, value) {
      // An image inside a span kept as written is kept too.
      if (open && (node.type === 'image' || node.type === 'imageReference')) {
        ((node.data ??= {}) as Record<string, unknown>).tongwenRaw = true;
        return;
      }
      for (const p of markupProblems(value)) {
        problems.push({ ...nodeStart(node), message: `${key === 'alt' ? 'image text' : 'title'}: ${p.message}`, hint: p.hint });
      }
    },
    leave(node) {
      if (!INLINE_BLOCKS.has(node.type) || !open) return;
      report(open.node, open.value, unclosedProblem(open.offset));
      open = undefined;
    },
  });
  return problems;
}
