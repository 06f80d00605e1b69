/**
 * Keyword unification: the key that makes 英偉達, 英伟达 (and 輝達 where a
 * Taiwan-phrase variant is configured), GPU, gpu and ＧＰＵ one keyword.
 *
 * key = optional term mapper ( no spaces next to Han ( lower case ( to Simplified ( trim ( NFKC (text) ) ) ) ) )
 */
import { converter, type Convert } from '../script/converters.js';
import { VARIANTS, type VariantId } from '../script/variants.js';

/**
 * Maps a keyword key (NFKC, trimmed, Simplified, lower case) to the key it
 * should be unified with — e.g. a glossary's preferred term. Identity when absent.
 */
export type TermMapper = (key: string) => string;

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

/**
 * The converter that brings keywords written in `lang` to the unification
 * script (Simplified). Traditional text goes through Taiwan phrases (`twp`,
 * so 輝達 = 英伟达, 資料中心 = 数据中心) when the article is zh-TW or the
 * site publishes a Taiwan-phrase variant; Hong Kong text through `hk`;
 * Simplified text through `t` too, in case it mixes in Traditional characters.
 */
export function simplifiedConverter(lang: VariantId, variants: readonly VariantId[]): Convert {
  const v = VARIANTS[lang];
  if (v.script === 'Hans') return converter('t', 'cn');
  if (v.locale === 'hk') return converter('hk', 'cn');
  const taiwan = v.locale === 'twp' || variants.some((id) => VARIANTS[id].locale === 'twp');
  return converter(taiwan ? 'twp' : 't', 'cn');
}

/**
 * The unification key of a keyword: cleaned, converted to Simplified, lower
 * case (Latin case-folded), then passed through `mapTerm` (and cleaned again).
 * Returns '' for a keyword without letters or digits.
 */
export function keywordKey(text: string, toSimplified: Convert, mapTerm?: TermMapper): string {
  const clean = cleanKeyword(text);
  if (!/[\p{L}\p{N}]/u.test(clean)) return '';
  let key = foldHanSpaces(cleanKeyword(toSimplified(clean)).toLowerCase());
  if (mapTerm) key = foldHanSpaces(cleanKeyword(mapTerm(key)).toLowerCase());
  return /[\p{L}\p{N}]/u.test(key) ? key : '';
}

/** Drops spaces next to Chinese characters, which Chinese text does not need: `GPU 芯片` = `GPU芯片`. */
function foldHanSpaces(key: string): string {
  return key.replace(/(?<=\p{Script=Han})\s+|\s+(?=\p{Script=Han})/gu, '');
}

/** A memoizing key function for one site: `(text, lang) → key`. */
export function keyFunction(variants: readonly VariantId[], mapTerm?: TermMapper): (text: string, lang: VariantId) => string {
  const cache = new Map<string, string>();
  return (text, lang) => {
    const id = `${lang}\u0000${text}`;
    let key = cache.get(id);
    if (key === undefined) {
      key = keywordKey(text, simplifiedConverter(lang, variants), mapTerm);
      cache.set(id, key);
    }
    return key;
  };
}
