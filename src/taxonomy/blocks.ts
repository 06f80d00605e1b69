/**
 * The text blocks of an article: what keywords, search and boilerplate
 * detection read. A block is a heading, a paragraph, a list item's own text
 * or a table row, as prose (`visitProse`: no code, HTML, URLs or autolink
 * text). Left out here, because a single article shows they are not about
 * the article: link lists (a list item or paragraph that is mostly link
 * text — "past issues", "related reading"), back-reference sections (the
 * blocks under a heading such as 往期回顾, 相关阅读, See also), and footnotes.
 * Boilerplate that repeats across articles is found site-wide
 * (`boilerplateSet`), not here.
 */
import type { Nodes, Parents, Root } from 'mdast';
import { visitProse } from '../markdown/prose.js';

/** `[kind, text]`: `h` heading, `p` any other block. */
export type TextBlock = [kind: 'h' | 'p', text: string];

/** Headings that open a section of links to other articles (either script, any case). */
const BACK_REFERENCE = /^(?:往期|过往|過往|历史|歷史|相关|相關|延伸|推荐|推薦|更多|猜你喜欢|猜你喜歡|热门|熱門|其他|上期|前情)(?:回顾|回顧|阅读|閱讀|文章|链接|鏈接|連結|内容|內容|推荐|推薦|报道|報道|期刊|周刊|週刊)?|^(?:see also|related|further reading|past issues|previously|more reading)\b|^(?:去年|前年|\d+\s*年前)(?:的?今天|本周|本週)/iu;

/** A block whose link text is at least this share of its letters is a link list entry. */
const LINK_SHARE = 0.6;

const NOT_LETTER = /[^\p{L}\p{N}]+/gu;

function letters(text: string): number {
  return text.replace(NOT_LETTER, '').length;
}

/** The prose text of a node, and how much of it is link text. */
function blockText(node: Nodes, skip?: (child: Nodes) => boolean): { text: string; linked: number; links: number } {
  const parts: string[] = [];
  let linked = 0;
  let links = 0;
  const visit = (n: Nodes, inLink: boolean) => {
    if (skip?.(n)) return;
    const link = n.type === 'link' || n.type === 'linkReference';
    if (link) links++;
    visitProse(n, {
      text(t) {
        parts.push(t.value);
        if (inLink || link) linked += letters(t.value);
      },
    });
  };
  if ('children' in node) for (const c of node.children as Nodes[]) visit(c, false);
  else visit(node, false);
  const text = parts.join('').replace(/\s+/gu, ' ').trim();
  return { text, linked, links };
}

function isLinkList(text: string, linked: number, links: number): boolean {
  const total = letters(text);
  return links > 0 && total > 0 && linked / total >= LINK_SHARE;
}

/** Whether a heading opens a back-reference section. */
export function isBackReferenceHeading(text: string): boolean {
  return BACK_REFERENCE.test(text.trim());
}

/**
 * The text blocks of a Markdown tree, in document order, without link
 * lists, back-reference sections and footnotes.
 */
export function textBlocks(tree: Root): TextBlock[] {
  const out: TextBlock[] = [];
  /** Depth of the back-reference heading whose section we are in (0 = none). */
  let skipping = 0;
  const walk = (parent: Parents) => {
    for (const node of parent.children as Nodes[]) {
      if (node.type === 'heading') {
        const { text } = blockText(node);
        if (skipping && node.depth > skipping) continue;
        skipping = isBackReferenceHeading(text) ? node.depth : 0;
        if (!skipping && text) out.push(['h', text]);
        continue;
      }
      if (skipping || node.type === 'footnoteDefinition' || node.type === 'definition') continue;
      if (node.type === 'paragraph') {
        const b = blockText(node);
        if (b.text && !(b.links >= 1 && isLinkList(b.text, b.linked, b.links) && (b.links >= 2 || letters(b.text) <= 40))) out.push(['p', b.text]);
      } else if (node.type === 'listItem') {
        // The item's own paragraphs as one block; nested lists are blocks of their own.
        const b = blockText(node, (c) => c.type === 'list');
        if (b.text && !isLinkList(b.text, b.linked, b.links)) out.push(['p', b.text]);
        for (const c of node.children) if (c.type === 'list') walk(c);
      } else if (node.type === 'tableRow') {
        const cells = node.children.map((cell) => blockText(cell).text).filter((t) => t !== '');
        if (cells.length) out.push(['p', cells.join(' ')]);
      } else if ('children' in node) walk(node);
    }
  };
  walk(tree);
  return out;
}

/** Shortest block (letters) that counts as boilerplate when it repeats. */
const MIN_BOILERPLATE = 6;

/**
 * A 32-bit FNV-1a hash of a block's text, folded (no spaces, punctuation or
 * case) so small edits still match; 0 for a block too short to be boilerplate.
 */
export function blockHash(text: string): number {
  const folded = text.replace(NOT_LETTER, '').toLowerCase();
  if (folded.length < MIN_BOILERPLATE) return 0;
  let h = 0x811c9dc5;
  for (let i = 0; i < folded.length; i++) h = Math.imul(h ^ folded.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * Boilerplate: the blocks (by `blockHash` of their Simplified text) that
 * occur in at least `max(3, share × articles)` articles — sign-offs,
 * subscription notes, disclaimers, recurring table headers. Neither keyword,
 * summary nor search material. `articles` lists each article's block hashes.
 */
export function boilerplateSet(articles: Iterable<readonly number[]>, share = 0.02): Set<number> {
  // Counted by sorting rather than in a Map: a Map of every block hash of 20,000 articles (about a million) cost
  // more per entry as it grew. Each article's distinct non-zero hashes go into one typed array, sorted; a run of
  // equal hashes is the number of articles holding that block.
  const lists: Array<readonly number[]> = [];
  let total = 0;
  for (const hashes of articles) {
    lists.push(hashes);
    total += hashes.length;
  }
  const all = new Uint32Array(total);
  let end = 0;
  for (const hashes of lists) {
    const from = end;
    for (const h of hashes) {
      if (h === 0) continue;
      // `blockHash` gives 32-bit unsigned hashes; anything else is counted as it always was.
      if (h >>> 0 !== h) return boilerplateByMap(lists, share);
      all[end++] = h;
    }
    if (end - from > 1) {
      // The article's own duplicates out (a block repeated in one article counts once).
      const own = all.subarray(from, end).sort();
      let w = from + 1;
      for (let i = 1; i < own.length; i++) if (own[i] !== own[i - 1]) all[w++] = own[i]!;
      end = w;
    }
  }
  const sorted = all.subarray(0, end).sort();
  const min = Math.max(3, Math.ceil(share * lists.length));
  const frequent = new Set<number>();
  for (let i = 0; i < sorted.length; ) {
    let j = i + 1;
    while (j < sorted.length && sorted[j] === sorted[i]) j++;
    if (j - i >= min) frequent.add(sorted[i]!);
    i = j;
  }
  // In order of first occurrence, as the set always listed them.
  const out = new Set<number>();
  if (frequent.size) for (const hashes of lists) for (const h of hashes) if (frequent.has(h)) out.add(h);
  return out;
}

/** `boilerplateSet` counted in a Map (hashes that are not 32-bit unsigned integers). */
function boilerplateByMap(lists: ReadonlyArray<readonly number[]>, share: number): Set<number> {
  const seen = new Map<number, number>();
  for (const hashes of lists) for (const h of new Set(hashes)) if (h !== 0) seen.set(h, (seen.get(h) ?? 0) + 1);
  const min = Math.max(3, Math.ceil(share * lists.length));
  const out = new Set<number>();
  for (const [h, count] of seen) if (count >= min) out.add(h);
  return out;
}
