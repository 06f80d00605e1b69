/**
 * Everything the site writes, as one list: the pages of every kind (in
 * registry order: per variant, then the root), then the data files — the
 * sitemap, keywords.json, each variant's search data, the Atom feeds, the
 * news sitemap and robots.txt. Pure: the build
 * renders the pages, writes the list in order, then copies assets and
 * static files.
 */
import { PAGE_KINDS } from './kinds/index.js';
import { keywordsJsonOutputs } from './keywords-json.js';
import type { SiteModel } from './model.js';
import type { Output, PageOutput } from './output-types.js';
import { searchDataOutputs } from './search-json.js';
export { searchDataOutputs, searchPlan, type SearchPlan } from './search-json.js';
import { sitemapOutput } from './sitemap.js';
import { feedOutputs } from './feeds.js';
import { newsSitemapOutput } from './news-sitemap.js';
import { robotsOutput } from './robots.js';

export { isPage, type DataOutput, type Output, type PageOutput } from './output-types.js';
export { siteModel, type SiteModel, type SiteModelOptions } from './model.js';

/** Every page of the site, in output order. */
export function sitePages(model: SiteModel): PageOutput[] {
  const pages: PageOutput[] = [];
  for (const id of model.config.variants) {
    for (const k of PAGE_KINDS) if (k.scope === 'variant') pages.push(...k.pages(model, id));
  }
  for (const k of PAGE_KINDS) if (k.scope === 'site') pages.push(...k.pages(model));
  return pages;
}

/**
 * Every output of the site: pages, then sitemap, keywords.json, search data,
 * the Atom feeds, the news sitemap and robots.txt.
 */
export function siteOutputs(model: SiteModel): Output[] {
  return siteOutputsOf(model, sitePages(model), searchDataOutputs(model));
}

/** `siteOutputs` from the pages (`sitePages`) and the search outputs (`searchDataOutputs`), made apart. */
export function siteOutputsOf(model: SiteModel, pages: PageOutput[], search: Output[]): Output[] {
  return [
    ...pages,
    sitemapOutput(pages, model.config),
    ...keywordsJsonOutputs(model),
    ...search,
    ...feedOutputs(model),
    newsSitemapOutput(model),
    robotsOutput(model.config),
  ];
}
