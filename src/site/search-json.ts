/** The search data of every variant as outputs (`/{variant}/search.json`, read by the search page's script). */
import { VARIANTS } from '../conversion/variants.js';
import { searchData, siteCharMap, type SearchArticle } from '../search/search-data.js';
import type { SiteModel } from './model.js';
import { outputFile, type DataOutput } from './output-types.js';
import { homePath, searchDataPath } from './urls.js';

const pad = (n: number) => String(n).padStart(2, '0');

/** The articles as the search data needs them. */
export function searchArticles(model: SiteModel): SearchArticle[] {
  return model.articles.map((a) => {
    const { date } = a.article.meta;
    const titles: SearchArticle['titles'] = {};
    for (const v of model.config.variants) {
      const av = a.article.variants[v];
      if (av) titles[v] = av.title;
    }
    return { id: a.id, epoch: date.epoch, day: `${date.year}-${pad(date.month)}-${pad(date.day)}`, titles, paths: a.paths };
  });
}

/** One search.json per variant, in the config's order; one character map for all. */
export function searchDataOutputs(model: SiteModel): DataOutput[] {
  const { config, keywords } = model;
  const articles = searchArticles(model);
  const map = siteCharMap(keywords, articles, config.variants);
  return config.variants.map((v) => ({
    kind: 'search-data',
    variant: v,
    file: outputFile(searchDataPath(config.basePath, VARIANTS[v]), config.basePath),
    text: searchData(keywords, articles, v, homePath(config.basePath, VARIANTS[v]), map),
  }));
}
