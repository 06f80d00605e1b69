/**
 * Markdown → mdast, once per article: CommonMark + GFM (tables, footnotes,
 * strikethrough, autolinks) + CJK-friendly emphasis and strikethrough
 * (`**「重點」**之後`, `~~「舊說法」~~已經`).
 */
// Installs micromark's linear edit-map `consume` before anything parses (see edit-map.ts).
import './edit-map.js';
import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkCjkFriendlyGfmStrikethrough from 'remark-cjk-friendly-gfm-strikethrough';
import type { Nodes, Root } from 'mdast';
import { parseMarkdownFast } from './fast-parse.js';

/** The name of mdast-util-gfm-autolink-literal's tree transform (GFM's literal autolinks: `www.x.org`, `https://…`, e-mail addresses). */
const AUTOLINK_TRANSFORM = 'transformGfmAutolinkLiterals';

/**
 * True when some text node could hold a GFM literal autolink: every pattern
 * of the autolink transform needs `http://` or `https://`, `www.` (any case)
 * or `@` in the text it replaces, so a tree without them is left as it is.
 */
export function mayHoldLiteralAutolink(node: Nodes): boolean {
  if (node.type === 'text') return node.value.includes('@') || LITERAL_START.test(node.value);
  if ('children' in node) for (const child of node.children) if (mayHoldLiteralAutolink(child)) return true;
  return false;
}
const LITERAL_START = /https?:\/\/|www\./i;

/** How the guarded transform went (tests and `npm run bench:parse`): trees it ran on, trees it skipped. */
export const autolinkStats = { ran: 0, skipped: 0 };

type FromMarkdownExtension = { transforms?: Array<(tree: Root) => Root | undefined | void> } & Record<string, unknown>;

/**
 * A plugin after remark-gfm: the autolink transform runs only on trees that
 * may hold a literal autolink (`mayHoldLiteralAutolink`). It is a no-op on
 * the others, but costs four walks of the tree (one per pattern, through
 * unist-util-visit-parents): about a tenth of the parse on the benchmark
 * corpus. Throws when remark-gfm's extensions no longer hold the transform,
 * so an upgrade cannot drop it silently.
 */
function guardAutolinkTransform(this: Processor) {
  const data = this.data() as { fromMarkdownExtensions?: Array<FromMarkdownExtension | FromMarkdownExtension[]> };
  let found = 0;
  const guard = (ext: FromMarkdownExtension): FromMarkdownExtension => {
    if (!ext.transforms?.some((t) => t.name === AUTOLINK_TRANSFORM)) return ext;
    found++;
    return {
      ...ext,
      transforms: ext.transforms.map((t) =>
        t.name !== AUTOLINK_TRANSFORM
          ? t
          : (tree: Root) => {
              if (!mayHoldLiteralAutolink(tree)) {
                autolinkStats.skipped++;
                return undefined;
              }
              autolinkStats.ran++;
              return t(tree);
            },
      ),
    };
  };
  data.fromMarkdownExtensions = (data.fromMarkdownExtensions ?? []).map((e) => (Array.isArray(e) ? e.map(guard) : guard(e)));
  if (found !== 1) throw new Error(`parse.ts: expected remark-gfm's ${AUTOLINK_TRANSFORM} once among the mdast extensions, found it ${found} times`);
}

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkCjkFriendly).use(remarkCjkFriendlyGfmStrikethrough).use(guardAutolinkTransform).freeze();

/** remark-parse's parser as configured above, without the guard: the reference of the differential tests. */
const reference = unified().use(remarkParse).use(remarkGfm).use(remarkCjkFriendly).use(remarkCjkFriendlyGfmStrikethrough).freeze();

/**
 * Parses Markdown into an mdast tree (positions relative to `markdown`):
 * remark-parse's tree, with the common blocks of news articles built
 * without micromark (fast-parse.ts; the same tree, checked by
 * test/fast-parse.test.ts and `npm run bench:parse`).
 */
export function parseMarkdown(markdown: string): Root {
  return parseMarkdownFast(markdown, parseMarkdownWhole);
}

/** remark-parse's parse of the whole document, as configured above (the fast path's fallback; `npm run bench:parse` compares the two). */
export function parseMarkdownWhole(markdown: string): Root {
  return processor.parse(markdown);
}

/** The same parse with the autolink transform run on every tree (`npm run bench:parse` and test/parse-guard.test.ts compare the two). */
export function parseMarkdownReference(markdown: string): Root {
  return reference.parse(markdown);
}
