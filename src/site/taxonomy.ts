/**
 * Taxonomies: ways of grouping articles by terms read from them, unified
 * across scripts and case (经济 = 經濟, 產業動態 = 产业动态), with one slug
 * in every variant and a display name per variant. Keywords, sections (from
 * `category`) and authors are three descriptors over the same index; the
 * descriptor also names their page kinds, templates, context key and
 * interface texts, so one module (`kinds/term.ts`) makes the pages of all.
 */
import type { ProcessedArticle } from '../article/process.js';
import type { SiteConfig } from '../config/config.js';
import type { SiteError } from '../core/errors.js';
import type { VariantId } from '../conversion/variants.js';
import { buildKeywordIndex, type KeywordIndex, type KeywordSource } from '../taxonomy/keyword-index.js';
import type { TermMapper } from '../taxonomy/key.js';
import type { SiteArticle } from './place.js';
import type { UiTexts } from '../conversion/ui-texts.js';
import { AUTHORS_SEGMENT, KEYWORDS_SEGMENT, SECTIONS_SEGMENT } from './urls.js';

/** An article's terms in a taxonomy: as written, and converted into each variant (same order). */
export interface ArticleTermList {
  written: readonly string[];
  converted: Partial<Record<VariantId, readonly string[]>>;
}

/** Interface texts (keys of `t`) a taxonomy's pages use. */
export interface TaxonomyTexts {
  /** Heading of a term's page, with `{name}`. */
  heading: keyof UiTexts;
  /** Meta description of a term's page, with `{name}` and `{n}`. */
  description: keyof UiTexts;
  /** Heading of the index page (and its link in the navigation). */
  index: keyof UiTexts;
}

/** What sets a taxonomy apart: its name, its URL segment, how an article's terms are read, and its pages. */
export interface Taxonomy {
  /** Name in messages and data (`keywords`). */
  name: string;
  /** URL segment under the variant: `/{variant}/{segment}/{slug}/` (see `termPath`). */
  segment: string;
  /** Page kind of a term's pages (`keyword`) and of the index (`keywords`). */
  termKind: string;
  indexKind: string;
  /** Templates of a term's pages and of the index. */
  termTemplate: string;
  indexTemplate: string;
  /** Context key of the term on its page (`keyword`), beside the generic `term`. */
  contextKey: string;
  texts: TaxonomyTexts;
  /** Whether each term has an Atom feed (`…/{slug}/feed.xml`). */
  feeds: boolean;
  /** The article's terms. */
  termsOf(article: ProcessedArticle, variants: readonly VariantId[]): ArticleTermList;
  /** Whether articles without terms get automatic ones (from their candidate terms). */
  auto(config: SiteConfig): boolean;
}

/** Keywords: the front matter's `keywords:`, automatic ones for articles without when `keywords.auto`. */
export const KEYWORD_TAXONOMY: Taxonomy = {
  name: 'keywords',
  segment: KEYWORDS_SEGMENT,
  termKind: 'keyword',
  indexKind: 'keywords',
  termTemplate: 'keyword',
  indexTemplate: 'keywords',
  contextKey: 'keyword',
  texts: { heading: 'keywordHeading', description: 'keywordDescription', index: 'keywordIndex' },
  feeds: true,
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

/** One term read from a single-valued field: the written value and its conversion in each variant. */
function singleTerm(written: string | undefined, converted: (v: VariantId) => string | undefined, variants: readonly VariantId[]): ArticleTermList {
  if (written === undefined || written.trim() === '') return { written: [], converted: {} };
  const out: Partial<Record<VariantId, readonly string[]>> = {};
  for (const v of variants) out[v] = [converted(v) ?? written];
  return { written: [written], converted: out };
}

/** Sections: the front matter's `category:` (one per article; none without it). */
export const SECTION_TAXONOMY: Taxonomy = {
  name: 'sections',
  segment: SECTIONS_SEGMENT,
  termKind: 'section',
  indexKind: 'sections',
  termTemplate: 'section',
  indexTemplate: 'sections',
  contextKey: 'section',
  texts: { heading: 'sectionHeading', description: 'sectionDescription', index: 'sectionIndex' },
  feeds: true,
  termsOf: (article, variants) => singleTerm(article.meta.category, (v) => article.variants[v]?.category, variants),
  auto: () => false,
};

/** Authors: the front matter's `author:` (one per article; none without it). */
export const AUTHOR_TAXONOMY: Taxonomy = {
  name: 'authors',
  segment: AUTHORS_SEGMENT,
  termKind: 'author',
  indexKind: 'authors',
  termTemplate: 'author',
  indexTemplate: 'authors',
  contextKey: 'author',
  texts: { heading: 'authorHeading', description: 'authorDescription', index: 'authorIndex' },
  feeds: false,
  termsOf: (article, variants) => singleTerm(article.meta.author, (v) => article.variants[v]?.author, variants),
  auto: () => false,
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
  return buildKeywordIndex(sources, { variants: config.variants, auto: taxonomy.auto(config), conversion: config.conversion, ...(mapTerm ? { mapTerm } : {}) });
}
