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
 * A line is plain when (reasons in brackets):
 * - its first character is an ASCII letter or non-ASCII (no block starts
 *   there: markers, digits of ordered lists, indentation, `<`, `|`);
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
 * The characters next to a plain line are line endings, which every inline
 * rule (flanking, CJK-friendly flanking, autolink boundaries) reads as
 * whitespace whatever the line holds; tables see a plain line as one cell, as
 * they see `P`.
 *
 * Anything unexpected falls back to the full parse of the original: a
 * document holding `P` or CR, a `P` anywhere but a `value` (a URL, title,
 * label, identifier, alt text or info string), a `P` outside the lines of its
 * node, a `P` count that does not match, or a definition whose identifier
 * could hold a plain line (a reference may span lines and match it).
 * test/skeleton.test.ts and `npm run bench:parse` check that the trees are
 * identical (positions included) to remark-parse's on the CommonMark and GFM
 * spec examples, hostile cases and the benchmark corpus.
 */
import type { Nodes, Root } from 'mdast';

/** The placeholder of a plain line (private use; a document that holds it is parsed whole). */
export const P = '\uE000';

/** How documents went: through the skeleton, or whole (and why). */
export const skeletonStats = { skeleton: 0, noPlainLine: 0, fallback: 0, charsIn: 0, charsParsed: 0 };

/** A plain line's characters (the first one is checked apart). */
const PLAIN = /^[A-Za-z\u0080-\uDFFF\uE001-\uFEFE\uFF00-\uFFFF][^\t\\`*_~[\]<>&|@:\uE000\r\0\uFEFF]*$/;
const WWW = /www\./i;
const BLANK = /^[ \t]*$/;

interface Skeleton {
  text: string;
  /** The original plain lines, in document order. */
  plain: string[];
  /** Per line (1-based): original start offset − skeleton start offset. */
  delta: Int32Array;
  /** Per line (1-based): 1 + the original length if the line was replaced, else 0. */
  replaced: Int32Array;
  /** 1-based line numbers of `plain`. */
  plainLine: Int32Array;
}

/** The skeleton of `md`, or undefined when no line is plain (or the document holds `P` or CR). */
export function skeletonOf(md: string): Skeleton | undefined {
  if (md.includes(P) || md.includes('\r')) return undefined;
  const lines = md.split('\n');
  const n = lines.length;
  const delta = new Int32Array(n + 1);
  const replaced = new Int32Array(n + 1);
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
    if (!blocked && len > 1 && line.charCodeAt(len - 1) !== 32 && PLAIN.test(line) && !WWW.test(line)) {
      out[i] = P;
      plain.push(line);
      plainLines.push(i + 1);
      replaced[i + 1] = len + 1;
      fast += 2;
      continue;
    }
    out[i] = line;
    fast += len + 1;
    if (BLANK.test(line)) blocked = false;
    else if (!blocked && (line.includes('[') || line.includes('<'))) blocked = true;
  }
  if (plain.length === 0) return undefined;
  return { text: out.join('\n'), plain, delta, replaced, plainLine: Int32Array.from(plainLines) };
}

/** Keys of mdast nodes that are neither text nor structure; a `P` in any other string field fails the skeleton. */
const SKIP = new Set(['type', 'children', 'position', 'value']);

/**
 * Maps the skeleton's tree onto the original in place: true when it could
 * (every `P` placed, positions moved), false when the original must be
 * parsed whole.
 */
export function restore(tree: Root, sk: Skeleton): boolean {
  const { plain, delta, replaced, plainLine } = sk;
  let next = 0;
  const movePoint = (p: { line: number; column: number; offset?: number | undefined }) => {
    const r = replaced[p.line]!;
    if (r !== 0 && p.column === 2) p.column = r;
    p.offset = p.offset! + delta[p.line]! + (r !== 0 && p.column !== 1 ? r - 2 : 0);
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
