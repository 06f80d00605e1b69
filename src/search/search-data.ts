/**
 * Search data for the browser (`/{variant}/search.json`, read by
 * `templates/assets/search.js`) and the character map the index and the
 * queries are folded with. No OpenCC dictionary is shipped: the map carries
 * the Traditional→Simplified pairs of the characters of the site only, and
 * the browser folds the query with it (NFKC, lower case, mapped characters),
 * so a query in either script finds the same articles. The full-text index
 * itself is shared by the variants (`search-index.ts`, under `/search/`).
 *
 * Format (version 2):
 *
 *     { "v": 2, "home": "/zh-hant/", "index": "/search/", "dir": "zh-hant",
 *       "k": [[name, slug, count, [aliases…]], …] }   // keywords, by id
 *
 * Keyword names are in the page's own variant; aliases (their names in the
 * other variants and their key) let 輝達, 英偉達 and 英伟达 all find the
 * same keyword.
 */
import { compare } from '../core/errors.js';
import { characterConverter, variantConverter } from '../conversion/converters.js';
import type { ConversionOptions } from '../conversion/options.js';
import { VARIANTS, type VariantId } from '../conversion/variants.js';
import type { KeywordIndex } from '../taxonomy/keyword-index.js';

export const SEARCH_DATA_VERSION = 2;

/** `[Traditional char, Simplified char]` pairs as one string (code points alternate). */
export type CharMap = string;

/**
 * The character map: every Traditional character of the site's Traditional
 * texts mapped to its Simplified form, and the Traditional forms of every
 * character of its Simplified texts (so a reader can type 偉 on a Simplified
 * page: in OpenCC's forms and in the forms the site's Traditional variants
 * write under its conversion options, 為 as well as 爲). Sorted; only
 * characters that change.
 */
export function charMap(texts: Iterable<[string, VariantId]>, conversion?: ConversionOptions): CharMap {
  const chars = new Map<VariantId, Set<string>>();
  for (const [text, variant] of texts) {
    const set = chars.get(variant) ?? new Set<string>();
    chars.set(variant, set);
    for (const m of text.normalize('NFKC').toLowerCase().matchAll(/\p{Script=Han}+/gu)) for (const ch of m[0]) set.add(ch);
  }
  const pairs = new Map<string, string>();
  const add = (from: string, to: string) => {
    if (from !== to && [...from].length === 1 && [...to].length === 1 && !pairs.has(from)) pairs.set(from, to);
  };
  const hantLocales = new Set(['t' as const, ...[...chars.keys()].map((v) => VARIANTS[v].locale).filter((l) => l !== 'cn')]);
  for (const [variant, set] of chars) {
    // Simplified text may hold Traditional characters too (英偉達 typed in a zh-Hans article).
    const locale = VARIANTS[variant].locale;
    const toCn = characterConverter(locale === 'cn' ? 't' : locale, 'cn');
    for (const ch of set) add(ch, toCn(ch));
  }
  const simplified = new Set<string>();
  for (const set of chars.values()) for (const ch of set) simplified.add(pairs.get(ch) ?? ch);
  for (const locale of hantLocales) {
    const fromCn = characterConverter('cn', locale);
    for (const ch of simplified) add(fromCn(ch), ch);
  }
  const hantVariants = new Set<VariantId>(['zh-Hant', ...[...chars.keys()].filter((v) => VARIANTS[v].script === 'Hant')]);
  for (const v of hantVariants) {
    const fromCn = variantConverter('zh-Hans', v, { ...conversion, quotes: false });
    for (const ch of simplified) add(fromCn(ch), ch);
  }
  // OpenCC is not idempotent on single characters (薴→苧→苎): map each to the end of its chain and break cycles.
  for (const [from, to] of pairs) {
    let end = to;
    for (let steps = 0; pairs.has(end) && end !== from && steps < 8; steps++) end = pairs.get(end)!;
    if (end === from) pairs.delete(from);
    else pairs.set(from, end);
  }
  return [...pairs].sort((a, b) => compare(a[0], b[0])).map(([a, b]) => a + b).join('');
}

/**
 * The character map of a site's search data: from every article text the
 * index holds (`texts`, in each variant), every keyword name in each variant,
 * and every keyword id (Simplified).
 */
export function siteCharMap(index: KeywordIndex, texts: Iterable<[string, VariantId]>, variants: readonly VariantId[], conversion?: ConversionOptions): CharMap {
  const all: Array<[string, VariantId]> = [...texts];
  for (const k of index.keywords) for (const v of variants) all.push([k.names[v], v]);
  all.push(...index.keywords.map((k): [string, VariantId] => [k.id, 'zh-Hans']));
  return charMap(all, conversion);
}

/** The normalizer the browser uses: NFKC, lower case, then the character map. */
export function searchNormalizer(map: CharMap): (text: string) => string {
  const cps = Array.from(map);
  // By code point; only Han characters are ever replaced (as `replace(/\p{Script=Han}/gu, …)` would), all at or after U+2E80.
  const m = new Map<number, string>();
  for (let i = 0; i + 1 < cps.length; i += 2) if (HAN_CHAR.test(cps[i]!)) m.set(cps[i]!.codePointAt(0)!, cps[i + 1]!);
  return (text) => {
    const s = text.normalize('NFKC').toLowerCase();
    let out = '';
    let from = 0;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c < 0x2e80) continue;
      const cp = s.codePointAt(i)!;
      const to = m.get(cp);
      const width = cp > 0xffff ? 2 : 1;
      if (to !== undefined) {
        out += s.slice(from, i) + to;
        from = i + width;
      }
      i += width - 1;
    }
    return from === 0 ? s : out + s.slice(from);
  };
}

const HAN_CHAR = /^\p{Script=Han}$/u;

/** The search data of one variant, as JSON text. `home` is the variant's home path, `indexPath` the index folder's. */
export function searchData(index: KeywordIndex, variant: VariantId, home: string, indexPath: string, dir: string, map: CharMap): string {
  const norm = searchNormalizer(map);
  const k = index.keywords.map((kw) => {
    const name = kw.names[variant];
    const seen = new Set([norm(name)]);
    const aliases: string[] = [];
    for (const alias of [...index.variants.map((v) => kw.names[v]), kw.id]) {
      const n = norm(alias);
      if (!seen.has(n)) {
        seen.add(n);
        aliases.push(alias);
      }
    }
    return [name, kw.slug, kw.articles.length, aliases];
  });
  return `${JSON.stringify({ v: SEARCH_DATA_VERSION, home, index: indexPath, dir, k })}\n`;
}
