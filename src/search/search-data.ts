/**
 * Search data for the browser (`/{variant}/search.json`, read by
 * `templates/assets/search.js`). No OpenCC dictionary is shipped: the file
 * carries a small Traditional→Simplified character map restricted to the
 * characters of the site, and the browser normalizes both the index and the
 * query with it (NFKC, lower case, mapped characters), so a query in either
 * script finds the same articles. Titles and keyword names are in the page's
 * own variant; keyword aliases (their names in the other variants) let 輝達,
 * 英偉達 and 英伟达 all find the same keyword.
 *
 * Format (version 1), arrays to keep it small:
 *
 *     { "v": 1, "home": "/zh-hant/", "map": "偉伟達达…",
 *       "k": [[name, slug, count, [aliases…]], …],        // keywords, by id
 *       "a": [[title, path, "yyyy-mm-dd", [keyword index…]], …] }  // newest first
 *
 * `path` is relative to `home` unless it starts with `/`.
 */
import { compare } from '../core/errors.js';
import { converter } from '../conversion/converters.js';
import { VARIANTS, type VariantId } from '../conversion/variants.js';
import type { KeywordIndex } from '../taxonomy/keyword-index.js';

/** An article as the search data needs it. */
export interface SearchArticle {
  id: string;
  epoch: number;
  /** `yyyy-mm-dd` (the article's day in the site's time zone). */
  day: string;
  titles: Partial<Record<VariantId, string>>;
  /** URL path (with base path, not encoded) per variant. */
  paths: Partial<Record<VariantId, string>>;
}

export const SEARCH_DATA_VERSION = 1;

/** `[Traditional char, Simplified char]` pairs as one string (code points alternate). */
export type CharMap = string;

/**
 * The character map: every Traditional character of the site's Traditional
 * texts mapped to its Simplified form, and the Traditional forms of every
 * character of its Simplified texts (so a reader can type 偉 on a Simplified
 * page). Sorted; only characters that change.
 */
export function charMap(texts: Iterable<[string, VariantId]>): CharMap {
  const chars = new Map<VariantId, Set<string>>();
  for (const [text, variant] of texts) {
    const set = chars.get(variant) ?? new Set<string>();
    chars.set(variant, set);
    for (const ch of text.normalize('NFKC').toLowerCase()) if (/\p{Script=Han}/u.test(ch)) set.add(ch);
  }
  const pairs = new Map<string, string>();
  const add = (from: string, to: string) => {
    if (from !== to && [...from].length === 1 && [...to].length === 1 && !pairs.has(from)) pairs.set(from, to);
  };
  const hantLocales = new Set(['t' as const, ...[...chars.keys()].map((v) => VARIANTS[v].locale).filter((l) => l !== 'cn')]);
  for (const [variant, set] of chars) {
    // Simplified text may hold Traditional characters too (英偉達 typed in a zh-Hans article).
    const locale = VARIANTS[variant].locale;
    const toCn = converter(locale === 'cn' ? 't' : locale, 'cn');
    for (const ch of set) add(ch, toCn(ch));
  }
  const simplified = new Set<string>();
  for (const set of chars.values()) for (const ch of set) simplified.add(pairs.get(ch) ?? ch);
  for (const locale of hantLocales) {
    const fromCn = converter('cn', locale);
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
 * The character map of a site's search data: from every article title and
 * keyword name in each variant, and every keyword id (Simplified).
 */
export function siteCharMap(index: KeywordIndex, articles: readonly SearchArticle[], variants: readonly VariantId[]): CharMap {
  const texts: Array<[string, VariantId]> = [];
  for (const a of articles) for (const v of variants) if (a.titles[v] !== undefined) texts.push([a.titles[v]!, v]);
  for (const k of index.keywords) for (const v of variants) texts.push([k.names[v], v]);
  texts.push(...index.keywords.map((k): [string, VariantId] => [k.id, 'zh-Hans']));
  return charMap(texts);
}

/** The normalizer the browser uses: NFKC, lower case, then the character map. */
export function searchNormalizer(map: CharMap): (text: string) => string {
  const cps = Array.from(map);
  const m = new Map<string, string>();
  for (let i = 0; i + 1 < cps.length; i += 2) m.set(cps[i]!, cps[i + 1]!);
  return (text) => {
    let out = '';
    for (const ch of text.normalize('NFKC').toLowerCase()) out += m.get(ch) ?? ch;
    return out;
  };
}

/** The search data of one variant, as JSON text. `home` is the variant's home path. */
export function searchData(index: KeywordIndex, articles: readonly SearchArticle[], variant: VariantId, home: string, map: CharMap): string {
  const norm = searchNormalizer(map);
  const position = new Map(index.keywords.map((k, i) => [k.id, i]));
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
  const a = [...articles]
    .filter((x) => x.titles[variant] !== undefined && x.paths[variant] !== undefined)
    .sort((x, y) => y.epoch - x.epoch || compare(x.id, y.id))
    .map((x) => {
      const path = x.paths[variant]!;
      const ids = index.ofArticle.get(x.id)?.ids ?? [];
      return [x.titles[variant]!, path.startsWith(home) ? path.slice(home.length) : path, x.day, ids.map((id) => position.get(id)!)];
    });
  return `${JSON.stringify({ v: SEARCH_DATA_VERSION, home, map, k, a })}\n`;
}
