/**
 * The keyword stage of the build: from the placed articles to the keyword
 * index (written and automatic keywords), `keywords.json` and the search data
 * of every variant. Pure: returns the files for the writer.
 */
import type { SiteConfig } from '../config/config.js';
import type { SiteError } from '../core/errors.js';
import type { SiteArticle } from './pages.js';
import { encodePath, homePath, keywordPath, outputFileFor, searchDataPath } from './urls.js';
import { VARIANTS, type VariantId } from '../conversion/variants.js';
import { charMap, searchData, type SearchArticle } from '../search/search-data.js';
import { keywordsJson, type JsonArticle } from '../taxonomy/json.js';
import { buildKeywordIndex, type KeywordIndex } from '../taxonomy/keyword-index.js';
import { keywordKey, simplifiedConverter, type TermMapper } from '../taxonomy/key.js';
import { glossaryOf, glossaryTermMapper, type GlossaryEntry } from '../conversion/glossary.js';

export interface KeywordStageResult {
  index: KeywordIndex;
  errors: SiteError[];
  /** Files to write, relative to the output folder: `keywords.json`, `{variant}/search.json`. */
  files: Array<{ file: string; text: string }>;
}

export interface KeywordStageOptions {
  /** The site glossary (config `glossary:` merged with glossary.yaml): its entries unify keyword keys. */
  glossary?: readonly GlossaryEntry[] | undefined;
  /** Further unification of keys; default: the glossary's (`glossaryKeyMapper`). */
  mapTerm?: TermMapper;
}

/**
 * Keyword unification through the glossary: every text of an entry (its term
 * and its forms) has the key of the entry's term, so 輝達 = 英伟达 when the
 * glossary says so even without a Taiwan-phrase variant.
 */
export function glossaryKeyMapper(entries: readonly GlossaryEntry[], variants: readonly VariantId[]): TermMapper | undefined {
  if (entries.length === 0) return undefined;
  const glossary = glossaryOf(entries);
  const mappers = (['zh-Hant', 'zh-Hans'] as const).map((lang) => {
    const toSimplified = simplifiedConverter(lang, variants);
    return glossaryTermMapper(glossary, (text) => keywordKey(text, toSimplified));
  });
  return (key) => {
    for (const m of mappers) {
      const mapped = m(key);
      if (mapped !== key) return mapped;
    }
    return key;
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Document frequencies for automatic keywords come from about this many articles with keywords (and all without). */
export const TERM_SAMPLE_SIZE = 400;

/** One article with keywords in how many has its terms counted, for a site of `articles` articles. */
export function termSampleFor(articles: number): number {
  return Math.max(1, Math.floor(articles / TERM_SAMPLE_SIZE));
}

/** Runs the keyword stage. */
export function keywordStage(articles: readonly SiteArticle[], config: SiteConfig, opts: KeywordStageOptions = {}): KeywordStageResult {
  const mapTerm = opts.mapTerm ?? glossaryKeyMapper(opts.glossary ?? [], config.variants);
  const { index, errors } = buildKeywordIndex(
    articles.map((a) => {
      const converted: Partial<Record<VariantId, readonly string[]>> = {};
      for (const v of config.variants) {
        const av = a.article.variants[v];
        if (av) converted[v] = av.keywords;
      }
      return {
        id: a.id,
        file: a.article.meta.file,
        lang: a.article.meta.lang,
        epoch: a.article.meta.date.epoch,
        keywords: a.article.meta.keywords,
        converted,
        terms: a.article.terms,
      };
    }),
    { variants: config.variants, auto: config.keywords.auto, ...(mapTerm ? { mapTerm } : {}) },
  );
  const absolute = (path: string) => new URL(encodePath(path), config.baseUrl).href;
  const files: KeywordStageResult['files'] = [];

  const jsonArticles: JsonArticle[] = articles.map((a) => {
    const variants: JsonArticle['variants'] = {};
    for (const v of config.variants) {
      const av = a.article.variants[v];
      if (av) variants[v] = { title: av.title, url: absolute(a.paths[v]) };
    }
    return { id: a.id, date: a.article.meta.date.iso, lang: a.article.meta.lang, variants };
  });
  files.push({
    file: 'keywords.json',
    text: keywordsJson(index, jsonArticles, (slug, v) => absolute(keywordPath(config.basePath, VARIANTS[v], slug))),
  });

  const searchArticles: SearchArticle[] = articles.map((a) => {
    const { date } = a.article.meta;
    const titles: SearchArticle['titles'] = {};
    for (const v of config.variants) {
      const av = a.article.variants[v];
      if (av) titles[v] = av.title;
    }
    return { id: a.id, epoch: date.epoch, day: `${date.year}-${pad(date.month)}-${pad(date.day)}`, titles, paths: a.paths };
  });
  const texts: Array<[string, VariantId]> = [];
  for (const a of searchArticles) for (const v of config.variants) if (a.titles[v] !== undefined) texts.push([a.titles[v]!, v]);
  for (const k of index.keywords) for (const v of config.variants) texts.push([k.names[v], v]);
  texts.push(...index.keywords.map((k): [string, VariantId] => [k.id, 'zh-Hans']));
  const map = charMap(texts);
  for (const v of config.variants) {
    const file = outputFileFor(searchDataPath(config.basePath, VARIANTS[v]), config.basePath);
    if (file) files.push({ file, text: searchData(index, searchArticles, v, homePath(config.basePath, VARIANTS[v]), map) });
  }
  return { index, errors, files };
}
