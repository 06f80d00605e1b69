/** Keyword pages: one per keyword of the index, its articles newest first, paginated (`/{variant}/keywords/{slug}/`). */
import type { SiteConfig } from '../../config/config.js';
import { VARIANTS, type VariantId } from '../../conversion/variants.js';
import { fillText } from '../../conversion/ui-texts.js';
import type { Keyword } from '../../taxonomy/keyword-index.js';
import { articleCard, everyVariant, pageContext, type ArticleCard, type PageInfo, type VariantGlobals } from '../context.js';
import { globalsOf, type SiteModel } from '../model.js';
import { pageOutput, type PageOutput } from '../output-types.js';
import { paginate, type PaginationContext } from '../paginate.js';
import type { SiteArticle } from '../place.js';
import { encodePath, keywordIndexPath, keywordPath } from '../urls.js';
import type { PageKind } from './kind.js';

/** A keyword as its page and the keyword index show it (in one variant). */
export type KeywordInfo = {
  id: string;
  name: string;
  slug: string;
  /** Number of articles. */
  count: number;
  initial: string;
  auto: boolean;
  url: string;
};

/** A keyword in a variant. */
export function keywordInfo(k: Keyword, id: VariantId, config: SiteConfig): KeywordInfo {
  return { id: k.id, name: k.names[id], slug: k.slug, count: k.articles.length, initial: k.initial, auto: k.auto, url: encodePath(keywordPath(config.basePath, VARIANTS[id], k.slug)) };
}

/** What `keyword.liquid` receives. */
export type KeywordPageContext = VariantGlobals & {
  page: PageInfo;
  heading: string;
  keyword: KeywordInfo & { index_url: string };
  articles: ArticleCard[];
  pagination: PaginationContext;
};

/** The keyword pages of a variant, keywords in index order (by id). */
export function keywordPages(model: SiteModel, id: VariantId): PageOutput[] {
  const { config, articles, keywords: index } = model;
  const g = globalsOf(model, id);
  const byId = new Map(articles.map((a) => [a.id, a]));
  const indexUrl = encodePath(keywordIndexPath(config.basePath, VARIANTS[id]));
  const pages: PageOutput[] = [];
  for (const k of index.keywords) {
    const members = k.articles.map((aid) => byId.get(aid)).filter((a): a is SiteArticle => a !== undefined);
    const kw = keywordInfo(k, id, config);
    const heading = fillText(g.t.keywordHeading, { name: kw.name });
    for (const { n, items, pagination } of paginate(members, config.pageSize, (p) => keywordPath(config.basePath, VARIANTS[id], k.slug, p))) {
      const paths = everyVariant(config, (v) => keywordPath(config.basePath, VARIANTS[v], k.slug, n));
      const title = n === 1 ? `${heading} | ${g.site.title}` : `${heading} · ${fillText(g.t.page, { n })} | ${g.site.title}`;
      const context: KeywordPageContext = {
        ...g,
        page: pageContext(config, 'keyword', id, paths[id]!, paths, title, fillText(g.t.keywordDescription, { name: kw.name, n: kw.count })),
        heading,
        keyword: { ...kw, index_url: indexUrl },
        articles: items.map((a) => articleCard(a, id, index, config)),
        pagination,
      };
      pages.push(pageOutput(config.basePath, { kind: 'keyword', variant: id, path: paths[id]!, template: 'keyword', alternates: paths, sitemap: true, context }));
    }
  }
  return pages;
}

export const KEYWORD: PageKind = { kind: 'keyword', template: 'keyword', scope: 'variant', pages: keywordPages };
