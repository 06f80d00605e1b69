/** Article pages: one per article and variant, linked to the newer and older article. */
import type { VariantId } from '../../conversion/variants.js';
import { articleData, pageContext, type ArticleData, type PageInfo, type VariantGlobals } from '../context.js';
import { globalsOf, type SiteModel } from '../model.js';
import { pageOutput, type PageOutput } from '../output-types.js';
import type { SiteArticle } from '../place.js';
import { encodePath } from '../urls.js';
import type { PageKind } from './kind.js';

/** A neighbouring article (newer or older), or null at either end. */
export type ArticleNeighbour = { title: string; url: string } | null;

/** What `article.liquid` receives. */
export type ArticlePageContext = VariantGlobals & {
  page: PageInfo;
  article: ArticleData;
  newer: ArticleNeighbour;
  older: ArticleNeighbour;
};

function neighbour(a: SiteArticle | undefined, id: VariantId): ArticleNeighbour {
  return a ? { title: a.article.variants[id]!.title, url: encodePath(a.paths[id]) } : null;
}

/** The article pages of a variant, newest first. */
export function articlePages(model: SiteModel, id: VariantId): PageOutput[] {
  const { config, articles, keywords } = model;
  const g = globalsOf(model, id);
  return articles.map((a, i) => {
    const v = a.article.variants[id]!;
    const context: ArticlePageContext = {
      ...g,
      page: pageContext(config, 'article', id, a.paths[id], a.paths, `${v.title} | ${g.site.title}`, v.summary),
      article: articleData(a, id, v, keywords, config),
      newer: neighbour(articles[i - 1], id),
      older: neighbour(articles[i + 1], id),
    };
    return pageOutput(config.basePath, {
      kind: 'article',
      variant: id,
      path: a.paths[id],
      template: 'article',
      alternates: a.paths,
      sitemap: true,
      lastmod: (a.article.meta.updated ?? a.article.meta.date).iso,
      context,
    });
  });
}

export const ARTICLE: PageKind = { kind: 'article', template: 'article', scope: 'variant', pages: articlePages };
