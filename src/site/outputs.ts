/**
 * Everything the site writes, as one list: the pages of every kind (in
 * registry order: per variant, then the root), then the data files — the
 * sitemap, keywords.json and each variant's search data. Pure: the build
 * renders the pages, writes the list in order, then copies assets and
 * static files.
 */
import { PAGE_KINDS } from './kinds/index.js';
import { keywordsJsonOutputs } from './keywords-json.js';
import type { SiteModel } from './model.js';
import type { Output, PageOutput } from './output-types.js';
import { searchDataOutputs } from './search-json.js';
import { sitemapOutput } from './sitemap.js';

export { isPage, type DataOutput, type Output, type PageOutput } from './output-types.js';
export { siteModel, type SiteModel } from './model.js';

/** Every page of the site, in output order. */
export function sitePages(model: SiteModel): PageOutput[] {
  const pages: PageOutput[] = [];
  for (const id of model.config.variants) {
    for (const k of PAGE_KINDS) if (k.scope === 'variant') pages.push(...k.pages(model, id));
  }
  for (const k of PAGE_KINDS) if (k.scope === 'site') pages.push(...k.pages(model));
  return pages;
}

/** Every output of the site: pages, then sitemap, keywords.json and search data. */
export function siteOutputs(model: SiteModel): Output[] {
  const pages = sitePages(model);
  return [...pages, sitemapOutput(pages, model.config), ...keywordsJsonOutputs(model), ...searchDataOutputs(model)];
}
