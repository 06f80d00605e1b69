/** Home pages: a variant's articles, newest first, paginated (`/{variant}/`, `/{variant}/page/2/`…). */
import { VARIANTS, type VariantId } from '../../conversion/variants.js';
import { fillText } from '../../conversion/ui-texts.js';
import { articleCard, everyVariant, pageContext, type ArticleCard, type PageInfo, type VariantGlobals } from '../context.js';
import { globalsOf, type SiteModel } from '../model.js';
import { pageOutput, type PageOutput } from '../output-types.js';
import { paginate, type PaginationContext } from '../paginate.js';
import { homePath } from '../urls.js';
import type { PageKind } from './kind.js';

/** What `list.liquid` receives for a home page. */
export type HomePageContext = VariantGlobals & {
  page: PageInfo;
  heading: string;
  articles: ArticleCard[];
  pagination: PaginationContext;
};

/** The home pages of a variant. */
export function homePages(model: SiteModel, id: VariantId): PageOutput[] {
  const { config, articles, keywords } = model;
  const g = globalsOf(model, id);
  return paginate(articles, config.pageSize, (n) => homePath(config.basePath, VARIANTS[id], n)).map(({ n, items, pagination }) => {
    const paths = everyVariant(config, (v) => homePath(config.basePath, VARIANTS[v], n));
    const title = n === 1 ? g.site.title : `${fillText(g.t.page, { n })} | ${g.site.title}`;
    const context: HomePageContext = {
      ...g,
      page: pageContext(config, 'home', id, paths[id]!, paths, title, g.site.description),
      heading: g.t.latest,
      articles: items.map((a) => articleCard(a, id, keywords, config)),
      pagination,
    };
    return pageOutput(config.basePath, { kind: 'home', variant: id, path: paths[id]!, template: 'list', alternates: paths, sitemap: true, context });
  });
}

export const HOME: PageKind = { kind: 'home', template: 'list', scope: 'variant', pages: homePages };
