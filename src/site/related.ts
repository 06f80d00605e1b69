/**
 * Related articles: for each article, the others sharing most of its
 * keywords, then those of the same section, newest first (ties by id). Pure,
 * computed once per site model (not once per variant).
 */
import { compare } from '../core/errors.js';
import type { KeywordIndex } from '../taxonomy/keyword-index.js';
import type { SiteArticle } from './place.js';

/** Related articles per article. */
export const RELATED_COUNT = 4;

/** What related articles are computed from (a `SiteModel` is one). */
export interface RelatedSource {
  articles: readonly SiteArticle[];
  keywords: KeywordIndex;
  sections: KeywordIndex;
}

const cache = new WeakMap<RelatedSource, ReadonlyMap<string, readonly string[]>>();

/**
 * The ids of every article's related articles, at most `RELATED_COUNT` each:
 * ranked by shared keywords (more first), then same section, then newest.
 * An article sharing neither is never related.
 */
export function relatedArticles(source: RelatedSource): ReadonlyMap<string, readonly string[]> {
  const hit = cache.get(source);
  if (hit) return hit;
  const rank = new Map(source.articles.map((a, i) => [a.id, i]));
  const membersOf = (index: KeywordIndex, id: string) => (index.ofArticle.get(id)?.ids ?? []).map((k) => index.byId.get(k)?.articles ?? []);
  const out = new Map<string, readonly string[]>();
  for (const a of source.articles) {
    const shared = new Map<string, number>();
    for (const members of membersOf(source.keywords, a.id)) for (const other of members) shared.set(other, (shared.get(other) ?? 0) + 1);
    const sameSection = new Set(membersOf(source.sections, a.id).flat());
    const candidates = new Set([...shared.keys(), ...sameSection]);
    candidates.delete(a.id);
    const ranked = [...candidates].sort((x, y) =>
      (shared.get(y) ?? 0) - (shared.get(x) ?? 0) ||
      Number(sameSection.has(y)) - Number(sameSection.has(x)) ||
      (rank.get(x) ?? 0) - (rank.get(y) ?? 0) ||
      compare(x, y));
    out.set(a.id, ranked.slice(0, RELATED_COUNT));
  }
  cache.set(source, out);
  return out;
}
