/**
 * Related articles: for each article, the others sharing most of its
 * keywords, then those of the same section, newest first (ties by id). Pure,
 * computed once per site model (not once per variant).
 *
 * Linear in the keyword memberships: articles are numbered in site order
 * (newest first, ties by id), shared-keyword counts go into one reused
 * typed array, and the best `RELATED_COUNT` are kept by insertion into a
 * short list — no per-article sort of every candidate, so a section or a
 * keyword shared by thousands of articles costs one pass over them.
 */
import type { KeywordIndex } from '../taxonomy/keyword-index.js';
import type { SiteArticle } from './place.js';

/** Related articles per article. */
export const RELATED_COUNT = 4;

/**
 * What related articles are computed from (a `SiteModel` is one). As `buildKeywordIndex` makes them, a keyword
 * lists each of its articles once and an article names each of its keywords once.
 */
export interface RelatedSource {
  articles: readonly SiteArticle[];
  keywords: KeywordIndex;
  sections: KeywordIndex;
}

const cache = new WeakMap<RelatedSource, ReadonlyMap<string, readonly string[]>>();

/** Each article's terms as lists of member numbers (site order), shared between articles. */
function memberLists(index: KeywordIndex, rank: ReadonlyMap<string, number>, articles: readonly SiteArticle[]): Int32Array[][] {
  const byTerm = new Map<string, Int32Array>();
  const members = (term: string): Int32Array => {
    let list = byTerm.get(term);
    if (!list) {
      const ids = index.byId.get(term)?.articles ?? [];
      list = Int32Array.from(ids.map((id) => rank.get(id) ?? -1).filter((n) => n >= 0)).sort();
      byTerm.set(term, list);
    }
    return list;
  };
  return articles.map((a) => (index.ofArticle.get(a.id)?.ids ?? []).map(members));
}

/** Whether a sorted list holds `m`. */
function has(list: Int32Array, m: number): boolean {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = list[mid]!;
    if (v === m) return true;
    if (v < m) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/**
 * The ids of every article's related articles, at most `RELATED_COUNT` each:
 * ranked by shared keywords (more first), then same section, then newest.
 * An article sharing neither is never related.
 */
export function relatedArticles(source: RelatedSource): ReadonlyMap<string, readonly string[]> {
  const hit = cache.get(source);
  if (hit) return hit;
  const { articles } = source;
  const n = articles.length;
  const rank = new Map(articles.map((a, i) => [a.id, i]));
  const keywordMembers = memberLists(source.keywords, rank, articles);
  const sectionMembers = memberLists(source.sections, rank, articles);
  // Each article's sections as numbers (an article has one or none, rarely more).
  const sectionIds = new Map<string, number>();
  const sectionsOf = articles.map((a) => Int32Array.from((source.sections.ofArticle.get(a.id)?.ids ?? []).map((t) => {
    if (!sectionIds.has(t)) sectionIds.set(t, sectionIds.size);
    return sectionIds.get(t)!;
  })));
  const sameSection = (i: number, m: number): number => {
    const own = sectionsOf[i]!;
    const other = sectionsOf[m]!;
    for (let x = 0; x < own.length; x++) for (let y = 0; y < other.length; y++) if (own[x] === other[y]) return 1;
    return 0;
  };
  const shared = new Int32Array(n);
  const out = new Map<string, readonly string[]>();
  // The best candidates so far, best first, in three parallel arrays: number, shared keywords, same section.
  const bestN = new Int32Array(RELATED_COUNT);
  const bestShared = new Int32Array(RELATED_COUNT);
  const bestSection = new Int32Array(RELATED_COUNT);
  let size = 0;
  const beats = (m: number, s: number, sec: number, k: number) =>
    s !== bestShared[k] ? s > bestShared[k]! : sec !== bestSection[k] ? sec > bestSection[k]! : m < bestN[k]!;
  const offer = (m: number, s: number, sec: number) => {
    if (size === RELATED_COUNT && !beats(m, s, sec, RELATED_COUNT - 1)) return;
    let at = size < RELATED_COUNT ? size++ : RELATED_COUNT - 1;
    while (at > 0 && beats(m, s, sec, at - 1)) {
      bestN[at] = bestN[at - 1]!;
      bestShared[at] = bestShared[at - 1]!;
      bestSection[at] = bestSection[at - 1]!;
      at--;
    }
    bestN[at] = m;
    bestShared[at] = s;
    bestSection[at] = sec;
  };
  const touched = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    let count = 0;
    // The article's longest keyword list is not walked like the others (a keyword of thousands of articles would
    // make this quadratic): its members already counted get their one more by a binary search; the others share
    // exactly one keyword, and are offered below only while one of them can still win.
    const lists = keywordMembers[i]!;
    let longest = -1;
    for (let k = 0; k < lists.length; k++) if (longest < 0 || lists[k]!.length > lists[longest]!.length) longest = k;
    for (let k = 0; k < lists.length; k++) {
      if (k === longest) continue;
      const list = lists[k]!;
      for (let j = 0; j < list.length; j++) {
        const m = list[j]!;
        if (m === i) continue;
        if (shared[m] === 0) touched[count++] = m;
        shared[m]!++;
      }
    }
    const big = longest < 0 ? undefined : lists[longest]!;
    if (big) for (let j = 0; j < count; j++) if (has(big, touched[j]!)) shared[touched[j]!]!++;
    size = 0;
    for (let j = 0; j < count; j++) {
      const m = touched[j]!;
      const s = shared[m]!;
      // Cheap rejection before the section test: fewer shared keywords than the last kept one cannot win.
      if (size === RELATED_COUNT && s < bestShared[RELATED_COUNT - 1]!) continue;
      offer(m, s, sameSection(i, m));
    }
    // The longest list's members not counted yet share one keyword: taken newest first, until none can win (the
    // last kept one shares more, or shares one, is of the same section and newer than any left).
    if (big && !(size === RELATED_COUNT && bestShared[RELATED_COUNT - 1]! > 1)) {
      for (let j = 0; j < big.length; j++) {
        const m = big[j]!;
        if (m === i || shared[m] !== 0) continue;
        if (size === RELATED_COUNT && bestShared[RELATED_COUNT - 1] === 1 && bestSection[RELATED_COUNT - 1] === 1 && m > bestN[RELATED_COUNT - 1]!) break;
        shared[m] = 1;
        touched[count++] = m;
        if (size === RELATED_COUNT && bestShared[RELATED_COUNT - 1]! > 1) continue;
        offer(m, 1, sameSection(i, m));
      }
    }
    // Same section, no shared keyword: newest first, so the first few that fit are all that can win.
    if (size < RELATED_COUNT) {
      for (const list of sectionMembers[i]!) {
        let taken = 0;
        for (let j = 0; j < list.length && taken < RELATED_COUNT; j++) {
          const m = list[j]!;
          if (m === i || shared[m] !== 0) continue;
          offer(m, 0, 1);
          taken++;
        }
      }
    }
    for (let j = 0; j < count; j++) shared[touched[j]!] = 0;
    const ids: string[] = [];
    for (let k = 0; k < size; k++) ids.push(articles[bestN[k]!]!.id);
    out.set(articles[i]!.id, ids);
  }
  cache.set(source, out);
  return out;
}
