/**
 * The incremental model of a body edit, for a dev server's rebuild: when an
 * edited article's front matter and everything other pages show of it (its
 * card: title, summary, section, author, source, keywords, cover; its
 * keywords and media; the site's boilerplate and search character map) are
 * unchanged, only its own pages, the feeds that carry it in full and the
 * search index files that hold it can change. `bodyEdit` decides that and
 * makes those outputs from the previous build's model (`LiveSite`), in
 * milliseconds instead of the whole site's model; anything else — a changed
 * title, date or keyword, a summary or cover that moved, boilerplate that
 * appeared, a new character for the search map, an error — answers with
 * the reason, and the caller builds the whole model as usual. The outputs
 * equal the whole model's (test/incremental.test.ts compares every file
 * with a cold build).
 */
import type { ProcessedArticle } from '../article/process.js';
import type { VariantId } from '../conversion/variants.js';
import { makeDocTokens, keeper, fragmentFiles, type IndexState, type SearchDoc } from '../search/search-index.js';
import { searchNormalizer } from '../search/search-data.js';
import { updateIndex } from '../search/index-update.js';
import type { SiteModel } from './model.js';
import type { DataOutput, PageOutput } from './output-types.js';
import { SUMMARY_BOILERPLATE_SHARE, withSummary, type SiteArticle } from './place.js';
import { relatedArticles } from './related.js';
import { articlePage } from './kinds/article.js';
import { FEED_SIZE, feedOutputs } from './feeds.js';
import { dirOf, docChars, searchDoc, type SearchPlan } from './search-json.js';
import { missingRefs } from './refs.js';

/** The share of articles at which a block is boilerplate for search and automatic keywords (`boilerplateSet`'s default). */
const SEARCH_BOILERPLATE_SHARE = 0.02;

/** What a dev server's builder keeps of its last build for the next body edit. */
export interface LiveSite {
  model: SiteModel;
  related: ReadonlyMap<string, readonly string[]>;
  /** Each placed article's number in `model.articles`, by source file. */
  byFile: Map<string, number>;
  byId: Map<string, number>;
  /** In how many articles each block hash occurs (each article counted once). */
  hashCounts: Map<number, number>;
  summaryBoilerplate: ReadonlySet<number>;
  searchBoilerplate: ReadonlySet<number>;
  /** Per variant, in how many search documents each Han character occurs (the character map's input). */
  charCounts: Map<VariantId, Map<string, number>>;
  map: string;
  index: IndexState;
  /** Every file of the output (local links and images are checked against it). */
  present: ReadonlySet<string>;
  /** Whether any article has candidate terms (automatic keywords read every article's: an edit may move them). */
  anyTerms: boolean;
}

/** Block hashes counted once per article. */
function countHashes(articles: readonly SiteArticle[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const a of articles) for (const h of new Set(a.article.text?.hashes ?? [])) if (h !== 0) counts.set(h, (counts.get(h) ?? 0) + 1);
  return counts;
}

/** The boilerplate set (`boilerplateSet`) from counts over `n` articles. */
function boilerplateOf(counts: ReadonlyMap<number, number>, n: number, share: number): Set<number> {
  const min = Math.max(3, Math.ceil(share * n));
  const out = new Set<number>();
  for (const [h, c] of counts) if (c >= min) out.add(h);
  return out;
}

/** Characters of each variant of a document, as the character map reads them. */
function charsByVariant(doc: SearchDoc): Map<VariantId, string> {
  return new Map(docChars(doc).map(([chars, v]) => [v, chars]));
}

/** The live state of a whole build: its model, search plan and the index state `searchIndexFiles` kept. */
export function liveSite(model: SiteModel, plan: SearchPlan, index: IndexState, present: ReadonlySet<string>): LiveSite {
  const hashCounts = countHashes(model.articles);
  const n = model.articles.length;
  const charCounts = new Map<VariantId, Map<string, number>>();
  for (const doc of plan.docs) {
    for (const [chars, v] of docChars(doc)) {
      let m = charCounts.get(v);
      if (!m) charCounts.set(v, (m = new Map()));
      for (const ch of chars) m.set(ch, (m.get(ch) ?? 0) + 1);
    }
  }
  return {
    model,
    related: relatedArticles(model),
    byFile: new Map(model.articles.map((a, i) => [a.article.meta.file, i])),
    byId: new Map(model.articles.map((a, i) => [a.id, i])),
    hashCounts,
    summaryBoilerplate: boilerplateOf(hashCounts, n, SUMMARY_BOILERPLATE_SHARE),
    searchBoilerplate: boilerplateOf(hashCounts, n, SEARCH_BOILERPLATE_SHARE),
    charCounts,
    map: plan.map,
    index,
    present,
    anyTerms: model.articles.some((a) => a.article.terms !== undefined),
  };
}

/** JSON of plain data, in its own key order (a template may list `params` in order). */
const keyJson = (value: unknown): string => JSON.stringify(value) ?? '';

/** What other pages show of an article in a variant (its card's sources). */
function shown(a: SiteArticle, id: VariantId): string {
  const v = a.article.variants[id];
  return keyJson(v ? [v.title, v.summary, v.category, v.source, v.author, v.keywords, v.cover] : null);
}

/** The outputs a body edit changes, and how to make the live state the new build's. */
export interface BodyEdit {
  /** The edited article's pages, one per variant. */
  pages: PageOutput[];
  /** Feeds holding it in full, search index files and fragments. */
  data: DataOutput[];
  /** Search chunk files that no longer exist. */
  removed: string[];
  /** The new model (the edited article replaced). */
  model: SiteModel;
}

/**
 * The outputs of a body edit of `file` now processed as `fresh` (placeable:
 * not a left-out draft or future article), or the reason the whole model is
 * needed. On success `live` is updated to the new build (the caller drops
 * it if the build then fails).
 */
export function bodyEdit(live: LiveSite, file: string, fresh: ProcessedArticle): BodyEdit | string {
  const i = live.byFile.get(file);
  if (i === undefined) return 'the article was not on the site';
  const { model } = live;
  const old = model.articles[i]!;
  const { config } = model;
  if (config.search?.documents) return 'search documents are written';
  if (keyJson(old.article.meta) !== keyJson(fresh.meta)) return 'its front matter changed';
  if (live.anyTerms || fresh.terms !== undefined) return 'automatic keywords read every article';
  if (keyJson(old.article.media ?? []) !== keyJson(fresh.media ?? [])) return 'its images changed';
  // Boilerplate: a block hash that crosses a threshold changes other articles' summaries and search text.
  const n = model.articles.length;
  const before = new Set(old.article.text?.hashes ?? []);
  const after = new Set(fresh.text?.hashes ?? []);
  const delta = new Map<number, number>();
  for (const h of before) if (h !== 0 && !after.has(h)) delta.set(h, -1);
  for (const h of after) if (h !== 0 && !before.has(h)) delta.set(h, 1);
  for (const share of [SUMMARY_BOILERPLATE_SHARE, SEARCH_BOILERPLATE_SHARE]) {
    const min = Math.max(3, Math.ceil(share * n));
    for (const [h, d] of delta) {
      const c = live.hashCounts.get(h) ?? 0;
      if (c >= min !== c + d >= min) return 'the site\'s boilerplate changed';
    }
  }
  const article = withSummary(fresh, live.summaryBoilerplate);
  const placed: SiteArticle = { id: old.id, article, paths: old.paths };
  for (const id of config.variants) if (shown(old, id) !== shown(placed, id)) return 'what listings show of it changed';
  if (missingRefs([placed], live.present, config.basePath).length) return 'a local link or image is missing';
  // The search character map: a character that appears or disappears in a variant's documents changes it.
  const oldDoc = searchDoc(model, old);
  const newDoc = searchDoc(model, placed);
  const oldChars = charsByVariant(oldDoc);
  const newChars = charsByVariant(newDoc);
  const charDelta: Array<[VariantId, string, number]> = [];
  for (const v of new Set([...oldChars.keys(), ...newChars.keys()])) {
    const was = new Set(oldChars.get(v) ?? '');
    const now = new Set(newChars.get(v) ?? '');
    const counts = live.charCounts.get(v) ?? new Map<string, number>();
    for (const ch of was) if (!now.has(ch)) {
      if ((counts.get(ch) ?? 0) <= 1) return 'the search character map changed';
      charDelta.push([v, ch, -1]);
    }
    for (const ch of now) if (!was.has(ch)) {
      if ((counts.get(ch) ?? 0) === 0) return 'the search character map changed';
      charDelta.push([v, ch, 1]);
    }
  }

  // Body-only: the new model differs in this article alone.
  const articles = [...model.articles];
  articles[i] = placed;
  const next: SiteModel = { ...model, articles };
  const byId = (rid: string) => {
    const k = live.byId.get(rid);
    return k === undefined ? undefined : articles[k];
  };
  const pages = config.variants.map((id) => articlePage(next, id, i, live.related, byId));
  const data: DataOutput[] = feedOutputs(next, (spec) => spec.articles.slice(0, FEED_SIZE).some((a) => a.id === placed.id));
  const fold = searchNormalizer(live.map);
  const oldTokens = makeDocTokens(oldDoc, fold, keeper(oldDoc, live.searchBoilerplate));
  const keep = keeper(newDoc, live.searchBoilerplate);
  const newTokens = makeDocTokens(newDoc, fold, keep);
  const dirs: Partial<Record<VariantId, string>> = {};
  for (const v of config.variants) dirs[v] = dirOf(v);
  const { files, removed } = updateIndex(live.index, placed.id, oldTokens, newTokens);
  const number = live.index.ids.indexOf(placed.id);
  for (const f of [...files, ...fragmentFiles(newDoc, number, keep, dirs)]) data.push({ kind: 'search-index', variant: undefined, file: f.file, text: f.text });

  // The live state becomes the new build's.
  for (const [h, d] of delta) live.hashCounts.set(h, (live.hashCounts.get(h) ?? 0) + d);
  for (const [v, ch, d] of charDelta) {
    let m = live.charCounts.get(v);
    if (!m) live.charCounts.set(v, (m = new Map()));
    m.set(ch, (m.get(ch) ?? 0) + d);
  }
  live.model = next;
  return { pages, data, removed, model: next };
}
