/**
 * A keyword as written: cleaning its edges and deciding whether it has
 * anything to index (metadata validation and the keyword index share this).
 */

/** Punctuation kept at the edges of a keyword, because it is part of names (`C#`, `AT&T`, `100%`). */
const KEEP_AT_EDGE = new Set(['#', '%', '&', '*', '@', '§']);
const TRIMMABLE = /^(?:\s|\p{Z}|\p{Cf}|\p{So}|\p{Sk}|\p{P}|[\u{FE0E}\u{FE0F}\u{20E3}])$/u;

/** Invisible characters that copy-paste leaves inside words (soft hyphen, zero-width space, word joiner, BOM); ZWJ/ZWNJ are kept (some scripts need them). */
const INVISIBLE = /[\u00AD\u180E\u200B\u2060\uFEFF]/gu;

function trimmable(ch: string): boolean {
  return !KEEP_AT_EDGE.has(ch) && TRIMMABLE.test(ch);
}

/** Opening and closing marks that are kept at an edge when the keyword holds their partner (《三体》, “双碳”). */
const PAIRS: ReadonlyMap<string, string> = new Map(Array.from('《》〈〉「」『』“”‘’（）()【】[]〔〕{}').reduce<Array<[string, string]>>((acc, ch, i, all) => (i % 2 === 0 ? [...acc, [ch, all[i + 1]!]] : acc), []));
const CLOSERS: ReadonlyMap<string, string> = new Map([...PAIRS].map(([open, close]) => [close, open]));

/** Full-width letters and digits (ＧＰＵ, ２０２４) and the ideographic space, folded to ASCII; punctuation keeps its width. */
function foldWidth(text: string): string {
  return text.replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/gu, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xFEE0)).replace(/\u3000/gu, ' ');
}

/** Trims edges: spaces, emoji and punctuation, except marks in KEEP_AT_EDGE and (with `keepPairs`) paired marks whose partner is inside. */
function trimEdges(chars: readonly string[], keepPairs: boolean): string {
  let start = 0;
  let end = chars.length;
  const paired = (ch: string) => PAIRS.has(ch) || CLOSERS.has(ch);
  for (;;) {
    while (start < end && trimmable(chars[start]!) && !paired(chars[start]!)) start++;
    while (end > start && trimmable(chars[end - 1]!) && !paired(chars[end - 1]!)) end--;
    if (start >= end) break;
    const first = chars[start]!;
    const last = chars[end - 1]!;
    // A pair around the whole keyword is trimmed (「英偉達」 → 英偉達).
    if (end - start >= 2 && PAIRS.get(first) === last) {
      start++;
      end--;
      continue;
    }
    // One that opens or closes inside it is kept (游戏《底特律：变人》).
    if (trimmable(first) && paired(first) && !(keepPairs && PAIRS.has(first) && chars.slice(start + 1, end).includes(PAIRS.get(first)!))) {
      start++;
      continue;
    }
    if (trimmable(last) && paired(last) && !(keepPairs && CLOSERS.has(last) && chars.slice(start, end - 1).includes(CLOSERS.get(last)!))) {
      end--;
      continue;
    }
    break;
  }
  return chars.slice(start, end).join('');
}

/**
 * The written form of a keyword, cleaned for display: full-width letters and
 * digits to ASCII (ＧＰＵ → GPU), spaces, punctuation and emoji trimmed from
 * both ends — but a book-title mark, quote or bracket is kept when its
 * partner is in the keyword (《三体》, 游戏《底特律：变人》) — invisible
 * characters (zero-width space, soft hyphen, BOM) removed, inner runs of
 * spaces folded into one. Punctuation keeps the writer's width (，：),
 * script and case are kept. May return ''. The unification key folds
 * further (`foldKeyword`).
 */
export function cleanKeyword(text: string): string {
  const chars = Array.from(foldWidth(text.normalize('NFC')).replace(INVISIBLE, '').replace(/\s+/gu, ' '));
  return trimEdges(chars, true).trim();
}

/**
 * A keyword folded for its unification key: NFKC (full-width punctuation
 * too: ，→ ,), every edge mark trimmed (《三体》 = 三体), invisible
 * characters removed, spaces folded. Script and case are kept.
 */
export function foldKeyword(text: string): string {
  const chars = Array.from(text.normalize('NFKC').replace(INVISIBLE, '').replace(/\s+/gu, ' '));
  return trimEdges(chars, false).trim();
}

/** Whether a keyword has something to index: at least one letter or digit (not only punctuation or emoji). */
export function isIndexableKeyword(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(foldKeyword(text));
}

