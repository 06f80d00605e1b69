/**
 * The site model: everything the page kinds and data outputs are computed
 * from — the config, the placed articles (newest first), the keyword index,
 * and the per-variant template globals computed once. Plain data.
 */
import type { SiteConfig } from '../config/config.js';
import type { VariantId } from '../conversion/variants.js';
import type { KeywordIndex } from '../taxonomy/keyword-index.js';
import { variantGlobals, type VariantGlobals } from './context.js';
import type { SiteArticle } from './place.js';

export interface SiteModel {
  config: SiteConfig;
  /** Placed articles, newest first (as `placeArticles` returns them). */
  articles: readonly SiteArticle[];
  keywords: KeywordIndex;
  /** `site`, `t` and `variant` of every variant of the config. */
  globals: Readonly<Partial<Record<VariantId, VariantGlobals>>>;
}

/** The model of a site. */
export function siteModel(config: SiteConfig, articles: readonly SiteArticle[], keywords: KeywordIndex): SiteModel {
  const globals: Partial<Record<VariantId, VariantGlobals>> = {};
  for (const id of config.variants) globals[id] = variantGlobals(config, id);
  return { config, articles, keywords, globals };
}

/** The globals of a variant of the model's site. */
export function globalsOf(model: SiteModel, id: VariantId): VariantGlobals {
  const g = model.globals[id];
  if (!g) throw new Error(`variant ${id} is not one of the site's variants`);
  return g;
}
