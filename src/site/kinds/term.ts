/**
 * The pages of a taxonomy (keywords, sections, authors — `site/taxonomy.ts`):
 * one page per term, its articles newest first, paginated
 * (`/{variant}/{segment}/{slug}/`, `…/page/2/`), and an index of the terms
 * (`/{variant}/{segment}/`). The descriptor gives the kind names, templates,
 * texts and context key, so a new taxonomy needs no new module.
 */
import { compare } from '../../core/errors.js';
import type { SiteConfig } from '../../config/config.js';
import { VARIANTS, type VariantId } from '../../conversion/variants.js';
import { fillText } from '../../conversion/ui-texts.js';
import type { Keyword } from '../../taxonomy/keyword-index.js';
import { articleCard, everyVariant, pageContext, type ArticleCard, type PageInfo, type VariantGlobals } from '../context.js';
import { breadcrumbList, scriptSafeJson, type Crumb } from '../json-ld.js';
import { globalsOf, indexOf, type SiteModel } from '../model.js';
import { pageOutput, type PageOutput } from '../output-types.js';
import { paginate, type PaginationContext } from '../paginate.js';
import type { SiteArticle } from '../place.js';
import type { Taxonomy } from '../taxonomy.js';
import { absoluteUrl, encodePath, homePath, termFeedPath, termIndexPath, termPath } from '../urls.js';
import type { PageKind } from './kind.js';

/** A term as its page and its taxonomy's index show it (in one variant). */
export type TermInfo = {
  id: string;
  name: string;
  slug: string;
  /** Number of articles. */
  count: number;
  initial: string;
  auto: boolean;
  url: string;
};

/** A term in a variant; its page under the taxonomy's `segment`. */
export function termInfo(k: Keyword, id: VariantId, config: SiteConfig, segment: string): TermInfo {
  return { id: k.id, name: k.names[id], slug: k.slug, count: k.articles.length, initial: k.initial, auto: k.auto, url: encodePath(termPath(config.basePath, VARIANTS[id], segment, k.slug)) };
}

/** The term on its own page: its info, the index it belongs to, and its feed ('' when the taxonomy has none). */
export type TermPageInfo = TermInfo & { index_url: string; index_name: string; feed_url: string };

/** What a term page's template receives: `term`, and the same under the taxonomy's context key (`keyword`, `section`, `author`). */
export type TermPageContext = VariantGlobals & {
  page: PageInfo;
  heading: string;
  term: TermPageInfo;
  articles: ArticleCard[];
  pagination: PaginationContext;
} & Record<string, unknown>;

/** The breadcrumb trail (home, then `crumbs`) as a page's JSON-LD. */
export function breadcrumbJson(model: SiteModel, id: VariantId, crumbs: readonly Crumb[]): string {
  const g = globalsOf(model, id);
  const home = { name: g.t.home, url: absoluteUrl(model.config.baseUrl, homePath(model.config.basePath, VARIANTS[id])) };
  return scriptSafeJson(breadcrumbList([home, ...crumbs]));
}

/** A page title with its page number after the first page. */
export function listTitle(heading: string, n: number, g: VariantGlobals): string {
  return n === 1 ? `${heading} | ${g.site.title}` : `${heading} · ${fillText(g.t.page, { n })} | ${g.site.title}`;
}

/** The term pages of a taxonomy in a variant, terms in index order (by id). */
export function termPages(model: SiteModel, id: VariantId, taxonomy: Taxonomy): PageOutput[] {
  const { config, articles } = model;
  const index = indexOf(model, taxonomy);
  const g = globalsOf(model, id);
  const v = VARIANTS[id];
  const byId = new Map(articles.map((a) => [a.id, a]));
  const indexPath = termIndexPath(config.basePath, v, taxonomy.segment);
  const indexName = g.t[taxonomy.texts.index];
  const pages: PageOutput[] = [];
  for (const k of index.keywords) {
    const members = k.articles.map((aid) => byId.get(aid)).filter((a): a is SiteArticle => a !== undefined);
    const info = termInfo(k, id, config, taxonomy.segment);
    const heading = fillText(g.t[taxonomy.texts.heading], { name: info.name });
    const feedUrl = taxonomy.feeds ? encodePath(termFeedPath(config.basePath, v, taxonomy.segment, k.slug)) : '';
    const term: TermPageInfo = { ...info, index_url: encodePath(indexPath), index_name: indexName, feed_url: feedUrl };
    for (const { n, items, pagination } of paginate(members, config.pageSize, (p) => termPath(config.basePath, v, taxonomy.segment, k.slug, p))) {
      const paths = everyVariant(config, (o) => termPath(config.basePath, VARIANTS[o], taxonomy.segment, k.slug, n));
      // Made when the page is rendered (see pageOutput).
      const context = (): TermPageContext => {
        const page = pageContext(config, taxonomy.termKind, id, paths[id]!, paths, listTitle(heading, n, g), fillText(g.t[taxonomy.texts.description], { name: info.name, n: info.count }));
        if (feedUrl) page.feeds = [{ title: fillText(g.t.feedTitle, { title: g.site.title, name: info.name }), url: feedUrl }];
        page.json_ld = breadcrumbJson(model, id, [
          { name: indexName, url: absoluteUrl(config.baseUrl, indexPath) },
          { name: info.name, url: absoluteUrl(config.baseUrl, paths[id]!) },
        ]);
        return {
          ...g,
          page,
          heading,
          term,
          [taxonomy.contextKey]: term,
          articles: items.map((a) => articleCard(a, id, model)),
          pagination,
        };
      };
      pages.push(pageOutput(config.basePath, { kind: taxonomy.termKind, variant: id, path: paths[id]!, template: taxonomy.termTemplate, alternates: paths, sitemap: true, context }));
    }
  }
  return pages;
}

/** The terms under one index letter. */
export type TermGroup = { letter: string; keywords: TermInfo[] };

/** What a taxonomy's index template receives. */
export type TermIndexContext = VariantGlobals & {
  page: PageInfo;
  heading: string;
  /** Most articles first (ties in slug order). */
  by_count: TermInfo[];
  /** A–Z, then `#`; slug order within a letter. */
  groups: TermGroup[];
  letters: string[];
};

/** Groups terms by initial, A–Z then `#`, slug order within a letter. */
export function termGroups(all: readonly TermInfo[]): TermGroup[] {
  const rank = (initial: string) => (initial === '#' ? '~' : initial);
  const alphabetical = [...all].sort((a, b) => compare(rank(a.initial), rank(b.initial)) || compare(a.slug, b.slug));
  const groups: TermGroup[] = [];
  for (const k of alphabetical) {
    const last = groups[groups.length - 1];
    if (last && last.letter === k.initial) last.keywords.push(k);
    else groups.push({ letter: k.initial, keywords: [k] });
  }
  return groups;
}

/** The index page of a taxonomy in a variant. */
export function termIndexPages(model: SiteModel, id: VariantId, taxonomy: Taxonomy): PageOutput[] {
  const { config } = model;
  const g = globalsOf(model, id);
  const paths = everyVariant(config, (v) => termIndexPath(config.basePath, VARIANTS[v], taxonomy.segment));
  const all = indexOf(model, taxonomy).keywords.map((k) => termInfo(k, id, config, taxonomy.segment));
  const groups = termGroups(all);
  const heading = g.t[taxonomy.texts.index];
  const page = pageContext(config, taxonomy.indexKind, id, paths[id]!, paths, `${heading} | ${g.site.title}`, '');
  page.json_ld = breadcrumbJson(model, id, [{ name: heading, url: absoluteUrl(config.baseUrl, paths[id]!) }]);
  const context: TermIndexContext = {
    ...g,
    page,
    heading,
    by_count: [...all].sort((a, b) => b.count - a.count || compare(a.slug, b.slug)),
    groups,
    letters: groups.map((grp) => grp.letter),
  };
  return [pageOutput(config.basePath, { kind: taxonomy.indexKind, variant: id, path: paths[id]!, template: taxonomy.indexTemplate, alternates: paths, sitemap: true, context })];
}

/** The two page kinds of a taxonomy: its terms' pages and its index. */
export function taxonomyKinds(taxonomy: Taxonomy): [PageKind, PageKind] {
  return [
    { kind: taxonomy.termKind, template: taxonomy.termTemplate, scope: 'variant', pages: (model, id) => termPages(model, id, taxonomy) },
    { kind: taxonomy.indexKind, template: taxonomy.indexTemplate, scope: 'variant', pages: (model, id) => termIndexPages(model, id, taxonomy) },
  ];
}
