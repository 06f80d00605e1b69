/**
 * A faster road to remark-parse's tree (issue 11): the "skeleton" parse.
 *
 * Most lines of a news article are prose that no Markdown construct can look
 * inside. Each such *plain* line is replaced by one placeholder character
 * (`P`, a private-use code point), the much shorter skeleton is parsed by
 * remark-parse, and the tree is mapped back: every `P` in a `value` becomes
 * its line again and every position point is moved to the original's line,
 * column and offset. The line count is unchanged, so the block structure is
 * the same; micromark reads a fraction of the characters.
 *
 * A line may keep a prefix of spaces and container markers (`- `, `* `,
 * `+ `, `> `, `1. `, `1) `, each followed by spaces); what follows it, its
 * *body*, is replaced when it is plain, that is (reasons in brackets):
 * - it has at least two characters;
 * - its first character is an ASCII letter, non-ASCII, or a digit that does
 *   not start an ordered-list marker (no block starts there: markers,
 *   indentation, `<`, `|`, fences, thematic breaks, setext underlines);
 *   not U+FEFF (micromark drops a leading byte-order mark);
 * - its last character is not a space (a hard break);
 * - it holds none of `` \ ` * _ ~ [ ] < > & | @ : `` nor a tab, NUL, CR or `P`
 *   (escapes and hard breaks, code spans, emphasis and strikethrough,
 *   brackets of links, images, references and footnotes, HTML and autolinks,
 *   the end of an HTML block — every end condition holds `>` —, character
 *   references, table cells, GFM literal autolinks of e-mail addresses,
 *   `http://`, `mailto:`, `xmpp:`), nor `www.` in any case (the other literal
 *   autolink);
 * - no `[` or `<` occurs on an earlier line of its stretch of non-blank lines
 *   (a link or reference label, a link or definition title, or an HTML tag
 *   may span lines and their meaning depends on what they span; none crosses
 *   a blank line).
 * So the block structure of the line is decided by its prefix, which the
 * skeleton keeps, and by a body that starts nothing, as `P` does.
 * The characters next to a plain body are the prefix's space (or the line
 * start) and the line ending, which every inline
 * rule (flanking, CJK-friendly flanking, autolink boundaries) reads as
 * whitespace whatever the line holds; tables see a plain line as one cell, as
 * they see `P`.
 *
 * Anything unexpected falls back to the full parse of the original: a
 * document holding `P` or CR, a `P` anywhere but a `value` (a URL, title,
 * label, identifier, alt text or info string), a `P` outside the lines of its
 * node, a `P` count that does not match, or a definition whose identifier
 * could hold a plain line (a reference may span lines and match it).
 * Not on the build's path: `npm run bench:parse` measured the skeleton's
 * parse CPU at 0.971× the whole parse's over the 4000-article corpus (rounds
 * 0.89–1.04, 56% of characters skipped) — micromark's cost is not in the
 * plain characters — so the build parses whole (parse.ts) and this stays a
 * checked experiment until it earns its place.
 * test/skeleton.test.ts and `npm run bench:parse` check that the trees are
 * identical (positions included) to remark-parse's on the CommonMark and GFM
 * spec examples, hostile cases and the benchmark corpus.
 */
import type { Nodes, Root } from 'mdast';
import { parseMarkdownWhole as parseMarkdown } from './parse.js';

/** The placeholder of a plain line (private use; a document that holds it is parsed whole). */
export const P = '\uE000';

/** How documents went: through the skeleton, or whole (and why). */
export const skeletonStats = { skeleton: 0, noPlainLine: 0, fallback: 0, charsIn: 0, charsParsed: 0 };

/** Spaces and container markers a line may keep. */
const PREFIX = /^(?:[ ]*(?:[-*+>]|\d{1,9}[.)])[ ]+)*[ ]*/;
/** A plain body (from `lastIndex` to the line's end). */
const PLAIN = /[0-9A-Za-z\u0080-\uDFFF\uE001-\uFEFE\uFF00-\uFFFF][^\t\\`*_~[\]<>&|@:\uE000\r\0\uFEFF]*$/y;
/** A body starting with an ordered-list marker's digits is not plain. */
const ORDERED = /\d{1,9}[.)]/y;
const WWW = /www\./i;
const BLANK = /^[ \t]*$/;

interface Skeleton {
  text: string;
  /** The original plain lines, in document order. */
  plain: string[];
  /** Per line (1-based): original start offset − skeleton start offset. */
  delta: Int32Array;
  /** Per line (1-based): the column of `P` if the line's body was replaced, else 0. */
  column: Int32Array;
  /** Per line (1-based): the length of the replaced body. */
  length: Int32Array;
  /** 1-based line numbers of `plain`. */
  plainLine: Int32Array;
}

/** The skeleton of `md`, or undefined when no line is plain (or the document holds `P` or CR). */
export function skeletonOf(md: string): Skeleton | undefined {
  if (md.includes(P) || md.includes('\r')) return undefined;
  const lines = md.split('\n');
  const n = lines.length;
  const delta = new Int32Array(n + 1);
  const column = new Int32Array(n + 1);
  const length = new Int32Array(n + 1);
  const plain: string[] = [];
  const plainLines: number[] = [];
  const out: string[] = new Array(n);
  let blocked = false;
  let orig = 0;
  let fast = 0;
  for (let i = 0; i < n; i++) {
    const line = lines[i]!;
    const len = line.length;
    delta[i + 1] = orig - fast;
    orig += len + 1;
    if (!blocked && len > 1 && line.charCodeAt(len - 1) !== 32) {
      const k = PREFIX.exec(line)![0].length;
      PLAIN.lastIndex = k;
      const c = line.charCodeAt(k);
      if (len - k > 1 && PLAIN.test(line) && !(c >= 48 && c <= 57 && ((ORDERED.lastIndex = k), ORDERED.test(line))) && !WWW.test(line)) {
        out[i] = k === 0 ? P : line.slice(0, k) + P;
        plain.push(k === 0 ? line : line.slice(k));
        plainLines.push(i + 1);
        column[i + 1] = k + 1;
        length[i + 1] = len - k;
        fast += k + 2;
        continue;
      }
    }
    out[i] = line;
    fast += len + 1;
    if (BLANK.test(line)) blocked = false;
    else if (!blocked && (line.includes('[') || line.includes('<'))) blocked = true;
  }
  if (plain.length === 0) return undefined;
  return { text: out.join('\n'), plain, delta, column, length, plainLine: Int32Array.from(plainLines) };
}

/** Keys of mdast nodes that are neither text nor structure; a `P` in any other string field fails the skeleton. */
const SKIP = new Set(['type', 'children', 'position', 'value']);

/**
 * Maps the skeleton's tree onto the original in place: true when it could
 * (every `P` placed, positions moved), false when the original must be
 * parsed whole.
 */
export function restore(tree: Root, sk: Skeleton): boolean {
  const { plain, delta, column, length, plainLine } = sk;
  let next = 0;
  // On a replaced line, a point is at or before `P` (unmoved within the line) or right after it (after the body).
  const movePoint = (p: { line: number; column: number; offset?: number | undefined }) => {
    const c = column[p.line]!;
    if (c !== 0 && p.column > c) {
      p.column += length[p.line]! - 1;
      p.offset = p.offset! + delta[p.line]! + length[p.line]! - 1;
    } else p.offset = p.offset! + delta[p.line]!;
  };
  const walk = (node: Nodes): boolean => {
    const pos = node.position;
    for (const key in node) {
      if (SKIP.has(key)) continue;
      const v = (node as unknown as Record<string, unknown>)[key];
      if (typeof v === 'string' && v.includes(P)) return false;
    }
    if ('value' in node && typeof node.value === 'string' && node.value.includes(P)) {
      if (!pos) return false;
      const parts = node.value.split(P);
      let value = parts[0]!;
      for (let k = 1; k < parts.length; k++) {
        if (next >= plain.length) return false;
        const line = plainLine[next]!;
        if (line < pos.start.line || line > pos.end.line) return false;
        value += plain[next++]! + parts[k]!;
      }
      node.value = value;
    }
    if (pos) {
      movePoint(pos.start);
      movePoint(pos.end);
    }
    if ('children' in node) for (const child of node.children) if (!walk(child)) return false;
    return true;
  };
  if (!walk(tree) || next !== plain.length) return false;
  // A reference label may span lines (`[\nplain line\n]`) and match a definition in the original only.
  const ids: string[] = [];
  const collect = (node: Nodes) => {
    if (node.type === 'definition' || node.type === 'footnoteDefinition') ids.push(normalizeIdentifier(node.label ?? node.identifier));
    if ('children' in node) for (const child of node.children) collect(child);
  };
  collect(tree);
  if (ids.length) {
    for (const line of plain) {
      const norm = normalizeIdentifier(line);
      for (const id of ids) if (id.length >= norm.length && id.includes(norm)) return false;
    }
  }
  return true;
}

/** micromark-util-normalize-identifier's normalization (references match definitions by it). */
function normalizeIdentifier(value: string): string {
  return value.replace(/[\t\n\r ]+/g, ' ').replace(/^ | $/g, '').toLowerCase().toUpperCase();
}

/**
 * remark-parse's tree of `markdown` (as parseMarkdownWhole), through the skeleton
 * when the document has plain lines and the tree maps back, else parsed whole.
 */
export function parseMarkdownSkeleton(markdown: string): Root {
  skeletonStats.charsIn += markdown.length;
  const sk = skeletonOf(markdown);
  if (sk) {
    const tree = parseMarkdown(sk.text);
    if (restore(tree, sk)) {
      skeletonStats.skeleton++;
      skeletonStats.charsParsed += sk.text.length;
      return tree;
    }
    skeletonStats.fallback++;
  } else skeletonStats.noPlainLine++;
  skeletonStats.charsParsed += markdown.length;
  return parseMarkdown(markdown);
}
