/**
 * Taxonomies: ways of grouping articles by terms read from them, unified
 * across scripts and case (经济 = 經濟), with one slug in every variant
 * and a display name per variant. Keywords are the one taxonomy today;
 * sections (categories) are another descriptor over the same index.
 */
import type { ProcessedArticle } from '../article/process.js';
import type { SiteConfig } from '../config/config.js';
import type { SiteError } from '../core/errors.js';
import type { VariantId } from '../conversion/variants.js';
import { buildKeywordIndex, type KeywordIndex, type KeywordSource } from '../taxonomy/keyword-index.js';
import type { TermMapper } from '../taxonomy/key.js';
import type { SiteArticle } from './place.js';
import { KEYWORDS_SEGMENT } from './urls.js';

/** An article's terms in a taxonomy: as written, and converted into each variant (same order). */
export interface ArticleTermList {
  written: readonly string[];
  converted: Partial<Record<VariantId, readonly string[]>>;
}

/** What sets a taxonomy apart: its name, its URL segment, how an article's terms are read. */
export interface Taxonomy {
  /** Name in messages and data (`keywords`). */
  name: string;
  /** URL segment under the variant: `/{variant}/{segment}/{slug}/` (see `termPath`). */
  segment: string;
  /** The article's terms. */
  termsOf(article: ProcessedArticle, variants: readonly VariantId[]): ArticleTermList;
  /** Whether articles without terms get automatic ones (from their candidate terms). */
  auto(config: SiteConfig): boolean;
}

/** Keywords: the front matter's `keywords:`, automatic ones for articles without when `keywords.auto`. */
export const KEYWORD_TAXONOMY: Taxonomy = {
  name: 'keywords',
  segment: KEYWORDS_SEGMENT,
  termsOf(article, variants) {
    const converted: Partial<Record<VariantId, readonly string[]>> = {};
    for (const v of variants) {
      const av = article.variants[v];
      if (av) converted[v] = av.keywords;
    }
    return { written: article.meta.keywords, converted };
  },
  auto: (config) => config.keywords.auto,
};

/** The index of a taxonomy over the placed articles; `mapTerm` unifies keys further (the glossary). */
export function taxonomyIndex(
  articles: readonly SiteArticle[],
  config: SiteConfig,
  taxonomy: Taxonomy,
  mapTerm?: TermMapper,
): { index: KeywordIndex; errors: SiteError[] } {
  const sources: KeywordSource[] = articles.map((a) => {
    const { written, converted } = taxonomy.termsOf(a.article, config.variants);
    return {
      id: a.id,
      file: a.article.meta.file,
      lang: a.article.meta.lang,
      epoch: a.article.meta.date.epoch,
      keywords: written,
      converted,
      terms: a.article.terms,
      hashes: a.article.text?.hashes,
    };
  });
  return buildKeywordIndex(sources, { variants: config.variants, auto: taxonomy.auto(config), ...(mapTerm ? { mapTerm } : {}) });
}
