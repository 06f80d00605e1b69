/** `keywords.json` as an output: the keyword index with every article's titles and absolute URLs. */
import { VARIANTS } from '../conversion/variants.js';
import { keywordsJson, type JsonArticle } from '../taxonomy/json.js';
import type { SiteModel } from './model.js';
import { outputFile, type DataOutput } from './output-types.js';
import { absoluteUrl, keywordPath, keywordsDataPath } from './urls.js';

/** The keywords.json output of a site. */
export function keywordsJsonOutputs(model: SiteModel): DataOutput[] {
  const { config, articles, keywords } = model;
  const absolute = (path: string) => absoluteUrl(config.baseUrl, path);
  const jsonArticles: JsonArticle[] = articles.map((a) => {
    const variants: JsonArticle['variants'] = {};
    for (const v of config.variants) {
      const av = a.article.variants[v];
      if (av) variants[v] = { title: av.title, url: absolute(a.paths[v]) };
    }
    return { id: a.id, date: a.article.meta.date.iso, lang: a.article.meta.lang, variants };
  });
  return [{
    kind: 'keywords-json',
    variant: undefined,
    file: outputFile(keywordsDataPath(config.basePath), config.basePath),
    text: keywordsJson(keywords, jsonArticles, (slug, v) => absolute(keywordPath(config.basePath, VARIANTS[v], slug))),
  }];
}
