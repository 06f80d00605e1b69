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

/**
 * The written form of a keyword, cleaned: NFKC (full-width ＧＰＵ → GPU),
 * spaces, punctuation and emoji trimmed from both ends, invisible characters
 * (zero-width space, soft hyphen, BOM) removed, inner runs of spaces folded
 * into one. Script and case are kept. May return ''.
 */
export function cleanKeyword(text: string): string {
  const chars = Array.from(text.normalize('NFKC'));
  let start = 0;
  let end = chars.length;
  while (start < end && trimmable(chars[start]!)) start++;
  while (end > start && trimmable(chars[end - 1]!)) end--;
  return chars.slice(start, end).join('').replace(INVISIBLE, '').replace(/\s+/gu, ' ');
}

/** Whether a keyword has something to index: at least one letter or digit (not only punctuation or emoji). */
export function isIndexableKeyword(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(cleanKeyword(text));
}

