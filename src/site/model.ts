/**
 * The site model: everything the page kinds and data outputs are computed
 * from — the config, the placed articles (newest first), the indexes of the
 * three taxonomies (keywords, sections, authors), the build clock, and the
 * per-variant template globals computed once. Plain data.
 */
import type { SiteConfig } from '../config/config.js';
import type { VariantId } from '../conversion/variants.js';
import type { KeywordIndex } from '../taxonomy/keyword-index.js';
import { variantGlobals, type VariantGlobals } from './context.js';
import type { SiteArticle } from './place.js';
import { AUTHOR_TAXONOMY, KEYWORD_TAXONOMY, SECTION_TAXONOMY, taxonomyIndex, type Taxonomy } from './taxonomy.js';

export interface SiteModel {
  config: SiteConfig;
  /** Placed articles, newest first (as `placeArticles` returns them). */
  articles: readonly SiteArticle[];
  keywords: KeywordIndex;
  /** Sections (from `category`), unified across scripts like keywords. */
  sections: KeywordIndex;
  /** Authors (from `author`), unified the same way. */
  authors: KeywordIndex;
  /**
   * The build clock: what "recent" is measured from (the news sitemap's two
   * days). Defaults to the newest article's date, so a build of the same
   * content gives the same output whenever it runs.
   */
  now: Date;
  /** `site`, `t` and `variant` of every variant of the config. */
  globals: Readonly<Partial<Record<VariantId, VariantGlobals>>>;
}

/** Optional inputs of the model. */
export interface SiteModelOptions {
  /** The build clock (the build's `now` input); default: the newest article's date, or the epoch for an empty site. */
  now?: Date;
  /** Prebuilt section and author indexes (default: built here, without glossary unification). */
  sections?: KeywordIndex;
  authors?: KeywordIndex;
}

/** The taxonomies with pages, in output order. */
export const TAXONOMIES: readonly Taxonomy[] = [KEYWORD_TAXONOMY, SECTION_TAXONOMY, AUTHOR_TAXONOMY];

/**
 * The model of a site. Section and author names without a letter or digit
 * give no term (the article shows its category unlinked); keywords are
 * checked in the keyword stage, which reports them.
 */
export function siteModel(config: SiteConfig, articles: readonly SiteArticle[], keywords: KeywordIndex, options: SiteModelOptions = {}): SiteModel {
  const globals: Partial<Record<VariantId, VariantGlobals>> = {};
  const newestYear = articles[0]?.article.meta.date.year;
  for (const id of config.variants) globals[id] = variantGlobals(config, id, newestYear);
  const sections = options.sections ?? taxonomyIndex(articles, config, SECTION_TAXONOMY).index;
  const authors = options.authors ?? taxonomyIndex(articles, config, AUTHOR_TAXONOMY).index;
  const newest = articles[0];
  const now = options.now ?? new Date(newest ? newest.article.meta.date.epoch : 0);
  return { config, articles, keywords, sections, authors, now, globals };
}

/** The index of a taxonomy in the model. */
export function indexOf(model: SiteModel, taxonomy: Taxonomy): KeywordIndex {
  if (taxonomy === SECTION_TAXONOMY) return model.sections;
  if (taxonomy === AUTHOR_TAXONOMY) return model.authors;
  return model.keywords;
}

/** The globals of a variant of the model's site. */
export function globalsOf(model: SiteModel, id: VariantId): VariantGlobals {
  const g = model.globals[id];
  if (!g) throw new Error(`variant ${id} is not one of the site's variants`);
  return g;
}
