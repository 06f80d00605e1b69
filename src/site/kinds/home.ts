/**
 * Home pages: a variant's articles, newest first, paginated (`/{variant}/`,
 * `/{variant}/page/2/`…); the first page then shows a block per section with
 * its newest few articles.
 */
import { compare } from '../../core/errors.js';
import { VARIANTS, type VariantId } from '../../conversion/variants.js';
import { fillText } from '../../conversion/ui-texts.js';
import { articleCard, everyVariant, pageContext, type ArticleCard, type PageInfo, type VariantGlobals } from '../context.js';
import { globalsOf, type SiteModel } from '../model.js';
import { pageOutput, type PageOutput } from '../output-types.js';
import { paginate, type PaginationContext } from '../paginate.js';
import type { SiteArticle } from '../place.js';
import { encodePath, homePath, sectionPath } from '../urls.js';
import type { PageKind } from './kind.js';

/** Articles in each section block of the home page. */
export const SECTION_BLOCK_SIZE = 3;

/** A section's block on the home page. */
export type SectionBlock = { name: string; slug: string; url: string; count: number; more: string; articles: ArticleCard[] };

/** What `list.liquid` receives for a home page. */
export type HomePageContext = VariantGlobals & {
  page: PageInfo;
  heading: string;
  articles: ArticleCard[];
  pagination: PaginationContext;
  /** Section blocks, most articles first (ties by slug); on the first page only. */
  sections: SectionBlock[];
};

/** The home page's section blocks in a variant. */
export function sectionBlocks(model: SiteModel, id: VariantId): SectionBlock[] {
  const { config } = model;
  const g = globalsOf(model, id);
  const byId = new Map(model.articles.map((a) => [a.id, a]));
  return [...model.sections.keywords]
    .sort((a, b) => b.articles.length - a.articles.length || compare(a.slug, b.slug))
    .map((k) => ({
      name: k.names[id],
      slug: k.slug,
      url: encodePath(sectionPath(config.basePath, VARIANTS[id], k.slug)),
      count: k.articles.length,
      more: fillText(g.t.moreInSection, { name: k.names[id] }),
      articles: k.articles.slice(0, SECTION_BLOCK_SIZE).map((aid) => byId.get(aid)).filter((a): a is SiteArticle => a !== undefined).map((a) => articleCard(a, id, model)),
    }));
}

/** The home pages of a variant. */
export function homePages(model: SiteModel, id: VariantId): PageOutput[] {
  const { config, articles } = model;
  const g = globalsOf(model, id);
  const blocks = sectionBlocks(model, id);
  return paginate(articles, config.pageSize, (n) => homePath(config.basePath, VARIANTS[id], n)).map(({ n, items, pagination }) => {
    const paths = everyVariant(config, (v) => homePath(config.basePath, VARIANTS[v], n));
    const title = n === 1 ? g.site.title : `${fillText(g.t.page, { n })} | ${g.site.title}`;
    // Made when the page is rendered (see pageOutput).
    const context = (): HomePageContext => ({
      ...g,
      page: pageContext(config, 'home', id, paths[id]!, paths, title, g.site.description),
      heading: g.t.latest,
      articles: items.map((a) => articleCard(a, id, model)),
      pagination,
      sections: n === 1 ? blocks : [],
    });
    return pageOutput(config.basePath, { kind: 'home', variant: id, path: paths[id]!, template: 'list', alternates: paths, sitemap: true, context });
  });
}

export const HOME: PageKind = { kind: 'home', template: 'list', scope: 'variant', pages: homePages };
