/**
 * A fast road to remark-parse's tree (issue 11): the common blocks of a news
 * article are built directly, without micromark, and only the other blocks
 * are handed to remark-parse, in one parse of their own.
 *
 * micromark's cost is per block (about 27–40 µs for a trivial paragraph, see
 * notes/parse.md), so only taking blocks out of its input helps. The
 * document is split at empty lines into *blocks* (maximal runs of non-empty
 * lines). A block is built directly (a *fast* block) when it is one of:
 * - a paragraph of plain lines;
 * - an ATX heading `#`–`######`, one space, plain text without `#`;
 * - a tight `- ` list of single-line items of plain text;
 * - a block quote of `> ` lines of plain text (one paragraph);
 * - a fenced code block: ```` ``` ```` and an info word of ASCII letters and
 *   digits, lines without tab, CR or NUL none of which could close it, and
 *   a closing ```` ``` ```` as its last line.
 * A *plain* text (`plainLine`) starts with a character that starts no block
 * and holds no character that any inline construct of CommonMark, GFM or the
 * CJK-friendly extensions reads (see `INERT`), so its tree is one text node.
 *
 * The other blocks are *hard*. Consecutive hard blocks form a *run*; the runs
 * of a document, in order and separated by `\n\n***\n\n`, form one
 * *skeleton* that remark-parse parses. So every definition (link reference or
 * footnote) is present for every reference, as in the whole parse. Each
 * separator must come back as a root thematic break at its place (else the
 * whole document is parsed); the nodes between two separators belong to one
 * run and are moved to its place in the document (line and offset; columns
 * are unchanged since runs are whole lines).
 *
 * Why a run parses alone as it does in the document (block locality). A run
 * starts after an empty line, at the start of the document or after a fast
 * block, and every fast block starts in column 1 with a character that
 * continues no container and no open block. After an empty line only these
 * constructs reach into a line starting in column 1 without indentation:
 * - an unclosed fenced code block or an HTML block of kinds 1–5 (ended by
 *   a condition, not by an empty line), at the top or inside a container
 *   (an unclosed fence in a list item ends where the next block starts, and
 *   how depends on that block): a run holding ```` ``` ```` or `~~~`
 *   anywhere, or a `<` after nothing but container markers (`OPENS`), turns
 *   every later block hard, so the rest of the document is one run, parsed
 *   to its end;
 * - a list, when the line is an item of the same kind: a fast list directly
 *   after a run holding a line that may be a `-` item (`DASH`), and a fast
 *   list followed by a block starting with `-` or white space (its sibling,
 *   or its continuation), are hard.
 * What follows a fast block starts afresh (it ended at the empty line), and
 * the separator `***` ends a run as any fast block does, so a run meets the
 * same context in the skeleton as in the document. Fast blocks hold no `[`
 * or `]`, so no definition changes them; literal autolinks need `@`, `:` or
 * `www.`, which they do not hold.
 *
 * A document holding CR or starting with U+FEFF is parsed whole.
 * test/fast-parse.test.ts and `npm run bench:parse` check that the trees are
 * identical (positions included) to `parseMarkdownReference`'s.
 */
import type { BlockContent, Code, Heading, List, ListItem, Paragraph, Root, RootContent, Text } from 'mdast';

type Point = { line: number; column: number; offset: number };
type Position = { start: Point; end: Point };

/** How documents and blocks went (tests and `npm run bench:parse`). */
export const fastStats = { docs: 0, whole: 0, allFast: 0, blocks: 0, fastBlocks: 0, runs: 0, sepMismatch: 0 };

/**
 * Characters no plain text holds: controls (tab, CR, NUL, …), escapes and
 * code spans, emphasis and strikethrough, brackets (links, images,
 * references, footnotes, task items), HTML, autolinks and the end conditions
 * of HTML blocks, character references, table cells, e-mail and scheme
 * literal autolinks (`@`, `:`).
 */
const INERT = /^[^\x00-\x1f\x7f\\`*_~[\]<>&|@:]+$/;
/** First characters that start no block: not white space, a marker or a digit (checked apart), nor anything INERT refuses. */
const FIRST_BAD = /[\s#\-+=0-9\uFEFF]/;
const ORDERED_MARKER = /^[0-9]+[.)]/;
const WWW = /www\./i;

/** True when `s` is plain: one text node in any block context (see the module doc). */
export function plainLine(s: string): boolean {
  if (s.length === 0 || !INERT.test(s) || WWW.test(s)) return false;
  const first = s[0]!;
  if (FIRST_BAD.test(first) && !(first >= '0' && first <= '9' && !ORDERED_MARKER.test(s))) return false;
  const last = s.charCodeAt(s.length - 1);
  return last !== 0x20;
}

/** A run that may open a fenced code block or an HTML block (conservative: any fence characters, a `<` after container markers or on a line starting with `[`). */
const OPENS = /```|~~~|^[ \t>*+\-0-9.)]*<|^[ \t>*+\-0-9.)]*\[[^\n]*</m;
/** A line of a run that may be a `-` list item (conservative). */
const DASH = /^[ \t]*-/m;
const FENCE_CLOSE = /^ {0,3}`{3,}[ \t]*$/;
const INFO = /^[A-Za-z0-9]*$/;

const pt = (line: number, column: number, offset: number): Point => ({ line, column, offset });
const pos = (sl: number, sc: number, so: number, el: number, ec: number, eo: number): Position => ({ start: pt(sl, sc, so), end: pt(el, ec, eo) });

/** A block: lines [from, to) of the document, starting at `offset`. */
interface Block {
  from: number;
  to: number;
  offset: number;
  /** The node when fast; undefined when hard. */
  node: RootContent | undefined;
  kind: 'paragraph' | 'heading' | 'list' | 'quote' | 'code' | 'hard';
}

function textNode(value: string, p: Position): Text {
  return { type: 'text', value, position: p };
}

/** The fast node of lines[from, to), or undefined. `starts[i]` is line i's offset. */
function fastNode(lines: string[], starts: number[], from: number, to: number): { node: RootContent; kind: Block['kind'] } | undefined {
  const first = lines[from]!;
  const c = first.charCodeAt(0);
  const L = from + 1;
  const o = starts[from]!;
  if (c === 0x23 /* # */) {
    if (to - from !== 1) return undefined;
    let depth = 1;
    while (depth < first.length && first.charCodeAt(depth) === 0x23) depth++;
    if (depth > 6 || first.charCodeAt(depth) !== 0x20) return undefined;
    const text = first.slice(depth + 1);
    if (!plainLine(text) || text.includes('#')) return undefined;
    const end = first.length;
    const heading: Heading = {
      type: 'heading',
      depth: depth as Heading['depth'],
      children: [textNode(text, pos(L, depth + 2, o + depth + 1, L, end + 1, o + end))],
      position: pos(L, 1, o, L, end + 1, o + end),
    };
    return { node: heading, kind: 'heading' };
  }
  if (c === 0x2d /* - */) {
    const items: ListItem[] = [];
    for (let i = from; i < to; i++) {
      const line = lines[i]!;
      if (line.charCodeAt(0) !== 0x2d || line.charCodeAt(1) !== 0x20) return undefined;
      const text = line.slice(2);
      if (!plainLine(text)) return undefined;
      const li = i + 1;
      const lo = starts[i]!;
      const end = line.length;
      const paragraph: Paragraph = { type: 'paragraph', children: [textNode(text, pos(li, 3, lo + 2, li, end + 1, lo + end))], position: pos(li, 3, lo + 2, li, end + 1, lo + end) };
      items.push({ type: 'listItem', spread: false, checked: null, children: [paragraph], position: pos(li, 1, lo, li, end + 1, lo + end) });
    }
    const last = lines[to - 1]!;
    const list: List = { type: 'list', ordered: false, start: null, spread: false, children: items, position: pos(L, 1, o, to, last.length + 1, starts[to - 1]! + last.length) };
    return { node: list, kind: 'list' };
  }
  if (c === 0x3e /* > */) {
    const texts: string[] = [];
    for (let i = from; i < to; i++) {
      const line = lines[i]!;
      if (line.charCodeAt(0) !== 0x3e || line.charCodeAt(1) !== 0x20) return undefined;
      const text = line.slice(2);
      if (!plainLine(text)) return undefined;
      texts.push(text);
    }
    const last = lines[to - 1]!;
    const eo = starts[to - 1]! + last.length;
    const p = () => pos(L, 3, o + 2, to, last.length + 1, eo);
    const paragraph: Paragraph = { type: 'paragraph', children: [textNode(texts.join('\n'), p())], position: p() };
    return { node: { type: 'blockquote', children: [paragraph as BlockContent], position: pos(L, 1, o, to, last.length + 1, eo) }, kind: 'quote' };
  }
  if (c === 0x60 /* ` */) {
    if (!first.startsWith('```') || to - from < 2) return undefined;
    const info = first.slice(3);
    if (!INFO.test(info) || lines[to - 1] !== '```') return undefined;
    for (let i = from + 1; i < to - 1; i++) {
      const line = lines[i]!;
      if (FENCE_CLOSE.test(line) || /[\t\r\0]/.test(line)) return undefined;
    }
    const eo = starts[to - 1]! + 3;
    const code: Code = { type: 'code', lang: info === '' ? null : info, meta: null, value: lines.slice(from + 1, to - 1).join('\n'), position: pos(L, 1, o, to, 4, eo) };
    return { node: code, kind: 'code' };
  }
  for (let i = from; i < to; i++) if (!plainLine(lines[i]!)) return undefined;
  const last = lines[to - 1]!;
  const eo = starts[to - 1]! + last.length;
  const p = () => pos(L, 1, o, to, last.length + 1, eo);
  const value = to - from === 1 ? first : lines.slice(from, to).join('\n');
  const paragraph: Paragraph = { type: 'paragraph', children: [textNode(value, p())], position: p() };
  return { node: paragraph, kind: 'paragraph' };
}

/** Moves every position point of `node` and its descendants by `dLine` lines and `dOffset` offsets; false when a point leaves [lo, hi]. */
function shift(node: RootContent, dLine: number, dOffset: number, lo: number, hi: number): boolean {
  const p = node.position;
  if (p) {
    if (p.start.offset! < lo || p.end.offset! > hi || p.start.offset! > p.end.offset!) return false;
    node.position = {
      start: { line: p.start.line + dLine, column: p.start.column, offset: p.start.offset! + dOffset },
      end: { line: p.end.line + dLine, column: p.end.column, offset: p.end.offset! + dOffset },
    };
  }
  if ('children' in node) for (const child of node.children as RootContent[]) if (!shift(child, dLine, dOffset, lo, hi)) return false;
  return true;
}

/**
 * remark-parse's tree of `markdown` (as `whole(markdown)` gives it), with the
 * fast blocks built directly and the rest parsed by `whole` in one skeleton.
 */
export function parseMarkdownFast(markdown: string, whole: (md: string) => Root): Root {
  fastStats.docs++;
  if (markdown.includes('\r') || markdown.charCodeAt(0) === 0xfeff) {
    fastStats.whole++;
    return whole(markdown);
  }
  const lines = markdown.split('\n');
  const starts: number[] = new Array(lines.length);
  for (let i = 0, o = 0; i < lines.length; i++) {
    starts[i] = o;
    o += lines[i]!.length + 1;
  }
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; ) {
    if (lines[i]!.length === 0) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < lines.length && lines[j]!.length !== 0) j++;
    const fast = fastNode(lines, starts, i, j);
    blocks.push({ from: i, to: j, offset: starts[i]!, node: fast?.node, kind: fast ? fast.kind : 'hard' });
    i = j;
  }
  // A fast list followed by its sibling or continuation is hard.
  for (let k = 0; k + 1 < blocks.length; k++) {
    const b = blocks[k]!;
    if (b.kind !== 'list') continue;
    const next = lines[blocks[k + 1]!.from]!.charCodeAt(0);
    if (next === 0x2d || next === 0x20 || next === 0x09) {
      b.kind = 'hard';
      b.node = undefined;
    }
  }
  // Runs, the fenced-code / HTML opener that turns the rest hard, and a fast list after a run that may end in a `-` list.
  let opened = false;
  let dash = false;
  let inRun = false;
  let fastCount = 0;
  const runs: Array<{ from: number; to: number }> = [];
  for (const b of blocks) {
    if (b.kind !== 'hard' && (opened || (b.kind === 'list' && inRun && dash))) {
      b.kind = 'hard';
      b.node = undefined;
    }
    if (b.kind === 'hard') {
      const text = markdown.slice(starts[b.from]!, starts[b.to - 1]! + lines[b.to - 1]!.length);
      if (!inRun) {
        runs.push({ from: b.from, to: b.to });
        dash = false;
      } else runs[runs.length - 1]!.to = b.to;
      inRun = true;
      if (!opened && OPENS.test(text)) opened = true;
      if (!dash && DASH.test(text)) dash = true;
    } else {
      inRun = false;
      fastCount++;
    }
  }
  fastStats.blocks += blocks.length;
  // A run that ends the document takes its trailing empty lines too (an unclosed block ends at the document's end).
  if (runs.length > 0 && runs[runs.length - 1]!.to === blocks[blocks.length - 1]!.to) runs[runs.length - 1]!.to = lines.length;
  if (fastCount === 0) {
    fastStats.whole++;
    return whole(markdown);
  }
  const end = lines.length;
  const rootPosition = pos(1, 1, 0, end, lines[end - 1]!.length + 1, markdown.length);
  const children: RootContent[] = [];
  if (runs.length === 0) {
    fastStats.allFast++;
    fastStats.fastBlocks += fastCount;
    for (const b of blocks) children.push(b.node!);
    return { type: 'root', children, position: rootPosition };
  }
  // The skeleton: each run's text, then (unless the run ends the document) as many empty lines as
  // follow it in the document and the separator `***` where the next fast block starts, then an empty line.
  const parts: string[] = [];
  const runStart: number[] = [];
  const runHi: number[] = [];
  const runLine: number[] = [];
  const sepAt: number[] = [];
  let so = 0;
  let sl = 1;
  for (const run of runs) {
    const text = markdown.slice(starts[run.from]!, starts[run.to - 1]! + lines[run.to - 1]!.length);
    runStart.push(so);
    runLine.push(sl);
    parts.push(text);
    so += text.length;
    sl += run.to - run.from - 1;
    if (run.to === lines.length) {
      runHi.push(so);
      sepAt.push(-1);
      break;
    }
    let e = 0;
    while (lines[run.to + e]!.length === 0) e++;
    runHi.push(so + e);
    parts.push('\n'.repeat(e + 1), '***\n\n');
    sepAt.push(so + e + 1);
    so += e + 1 + 5;
    sl += e + 1 + 2;
  }
  const skeleton = whole(parts.join(''));
  // Partition the skeleton's children by the separators, moving each to its run's place.
  const perRun: RootContent[][] = runs.map(() => []);
  let r = 0;
  const bail = () => {
    fastStats.sepMismatch++;
    fastStats.whole++;
    return whole(markdown);
  };
  for (const child of skeleton.children) {
    if (r >= runs.length) return bail();
    const off = child.position!.start.offset!;
    if (sepAt[r] !== -1 && off >= sepAt[r]!) {
      if (child.type !== 'thematicBreak' || off !== sepAt[r] || child.position!.end.offset !== off + 3) return bail();
      r++;
      continue;
    }
    const run = runs[r]!;
    if (!shift(child, run.from + 1 - runLine[r]!, starts[run.from]! - runStart[r]!, runStart[r]!, runHi[r]!)) return bail();
    perRun[r]!.push(child);
  }
  if (r !== (sepAt[runs.length - 1] === -1 ? runs.length - 1 : runs.length)) return bail();
  fastStats.fastBlocks += fastCount;
  fastStats.runs += runs.length;
  let k = 0;
  for (const b of blocks) {
    if (b.kind !== 'hard') children.push(b.node!);
    else if (k < runs.length && runs[k]!.from === b.from) children.push(...perRun[k++]!);
  }
  return { type: 'root', children, position: rootPosition };
}
