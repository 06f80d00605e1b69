/**
 * Related articles (issue 8): the fast ranking gives exactly what the
 * obvious one does (sort every candidate) on a random site, and stays fast
 * when one section and one keyword hold thousands of articles.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compare } from '../src/core/errors.js';
import type { KeywordIndex, Keyword } from '../src/taxonomy/keyword-index.js';
import type { SiteArticle } from '../src/site/place.js';
import { RELATED_COUNT, relatedArticles, type RelatedSource } from '../src/site/related.js';

/** A tiny deterministic random generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function indexOf(terms: Map<string, string[]>, ids: string[]): KeywordIndex {
  const byId = new Map<string, Keyword>();
  const ofArticle = new Map<string, { ids: string[]; auto: boolean }>();
  for (const id of ids) {
    for (const t of terms.get(id) ?? []) {
      if (!byId.has(t)) byId.set(t, { id: t, slug: t, names: {} as Keyword['names'], initial: '#', articles: [], auto: false });
      const own = ofArticle.get(id) ?? { ids: [], auto: false };
      // As the real index (keyword-index.ts): an article names a keyword once, and is listed once among its articles.
      if (!own.ids.includes(t)) {
        own.ids.push(t);
        byId.get(t)!.articles.push(id);
      }
      ofArticle.set(id, own);
    }
  }
  return { variants: [], keywords: [...byId.values()], byId, ofArticle };
}

function site(n: number, seed: number, keywordPool: number, sectionPool: number): RelatedSource {
  const rnd = random(seed);
  // Site order: newest first; ids are not in order so ties by rank, not by id, are tested.
  const ids = Array.from({ length: n }, (_, i) => `${String(9999 - Math.floor(i / 3)).padStart(4, '0')}/${String(Math.floor(rnd() * 1e6)).padStart(6, '0')}-${i}`);
  const keywords = new Map<string, string[]>();
  const sections = new Map<string, string[]>();
  for (const id of ids) {
    keywords.set(id, Array.from({ length: Math.floor(rnd() * 5) }, () => `k${Math.floor(rnd() * rnd() * keywordPool)}`));
    if (rnd() < 0.9) sections.set(id, [`s${Math.floor(rnd() * sectionPool)}`]);
  }
  const articles = ids.map((id) => ({ id }) as SiteArticle);
  return { articles, keywords: indexOf(keywords, ids), sections: indexOf(sections, ids) };
}

/** The obvious ranking: every candidate sorted. */
function reference(source: RelatedSource): Map<string, string[]> {
  const rank = new Map(source.articles.map((a, i) => [a.id, i]));
  const membersOf = (index: KeywordIndex, id: string) => (index.ofArticle.get(id)?.ids ?? []).map((k) => index.byId.get(k)?.articles ?? []);
  const out = new Map<string, string[]>();
  for (const a of source.articles) {
    const shared = new Map<string, number>();
    for (const members of membersOf(source.keywords, a.id)) for (const other of members) shared.set(other, (shared.get(other) ?? 0) + 1);
    const sameSection = new Set(membersOf(source.sections, a.id).flat());
    const candidates = new Set([...shared.keys(), ...sameSection]);
    candidates.delete(a.id);
    const ranked = [...candidates].sort((x, y) =>
      (shared.get(y) ?? 0) - (shared.get(x) ?? 0) || Number(sameSection.has(y)) - Number(sameSection.has(x)) || rank.get(x)! - rank.get(y)! || compare(x, y));
    out.set(a.id, ranked.slice(0, RELATED_COUNT));
  }
  return out;
}

test('related articles: the same as ranking every candidate, on random sites', () => {
  for (const [n, seed, kw, sec] of [[60, 1, 20, 3], [300, 2, 80, 6], [500, 3, 15, 1], [200, 4, 400, 40]] as const) {
    const s = site(n, seed, kw, sec);
    const want = reference(s);
    const got = relatedArticles(s);
    for (const a of s.articles) assert.deepEqual(got.get(a.id), want.get(a.id), `site ${seed}, ${a.id}`);
  }
});

test('related articles grow linearly: 4× the articles (one section, a keyword on most) take well under 16× the time', () => {
  // A ratio in one run, not a wall time: this machine's speed drifts. Linear gives about 4×, quadratic 16×.
  const time = (n: number) => {
    const s = site(n, 5, 6, 1);
    let best = Infinity;
    for (let k = 0; k < 5; k++) {
      const started = performance.now();
      const got = relatedArticles(s);
      best = Math.min(best, performance.now() - started);
      assert.equal(got.size, n);
    }
    return best;
  };
  const small = time(2500);
  const large = time(10000);
  assert.ok(large / small < 10, `2500 articles ${small.toFixed(1)} ms, 10,000 articles ${large.toFixed(1)} ms`);
});
