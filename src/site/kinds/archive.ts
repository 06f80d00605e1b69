/**
 * Date archives of a variant: a page per year (`/{variant}/{yyyy}/`) and per
 * month (`/{variant}/{yyyy}/{mm}/`), newest first, paginated (`…/page/2/`).
 * A year page lists its months; both link the other years. Dates are the
 * articles' own (in the site's time zone), like their URLs.
 */
import { VARIANTS, type VariantId } from '../../conversion/variants.js';
import { fillText } from '../../conversion/ui-texts.js';
import { articleCard, everyVariant, pageContext, type ArticleCard, type PageInfo, type VariantGlobals } from '../context.js';
import { globalsOf, type SiteModel } from '../model.js';
import { pageOutput, type PageOutput } from '../output-types.js';
import { paginate, type PaginationContext } from '../paginate.js';
import type { SiteArticle } from '../place.js';
import { absoluteUrl, encodePath, monthPath, yearPath } from '../urls.js';
import type { PageKind } from './kind.js';
import { breadcrumbJson, listTitle } from './term.js';

/** A year or month in an archive's navigation. */
export type PeriodLink = { label: string; url: string; count: number; current: boolean };

/** What `archive.liquid` receives (year and month pages). */
export type ArchivePageContext = VariantGlobals & {
  page: PageInfo;
  heading: string;
  archive: {
    /** `year` or `month`. */
    period: 'year' | 'month';
    year: number;
    /** 1–12 on a month page, 0 on a year page. */
    month: number;
    count: number;
    /** Every year of the site, newest first. */
    years: PeriodLink[];
    /** The months of this year, newest first. */
    months: PeriodLink[];
    year_url: string;
  };
  articles: ArticleCard[];
  pagination: PaginationContext;
};

/** Articles grouped by year, then by month, newest first (the articles' order). */
export function periods(articles: readonly SiteArticle[]): Map<number, Map<number, SiteArticle[]>> {
  const years = new Map<number, Map<number, SiteArticle[]>>();
  for (const a of articles) {
    const { year, month } = a.article.meta.date;
    const months = years.get(year) ?? new Map<number, SiteArticle[]>();
    years.set(year, months);
    const list = months.get(month) ?? [];
    months.set(month, list);
    list.push(a);
  }
  return years;
}

const sortedDesc = (keys: Iterable<number>) => [...keys].sort((a, b) => b - a);

function archivePages(model: SiteModel, id: VariantId, period: 'year' | 'month'): PageOutput[] {
  const { config } = model;
  const g = globalsOf(model, id);
  const v = VARIANTS[id];
  const byYear = periods(model.articles);
  const yearList = sortedDesc(byYear.keys());
  const pages: PageOutput[] = [];
  for (const year of yearList) {
    const months = byYear.get(year)!;
    const monthList = sortedDesc(months.keys());
    const yearItems = monthList.flatMap((m) => months.get(m)!);
    const yearLinks = (current: number) => yearList.map((y) => ({ label: fillText(g.t.yearHeading, { year: y }), url: encodePath(yearPath(config.basePath, v, y)), count: [...byYear.get(y)!.values()].reduce((n, l) => n + l.length, 0), current: y === current }));
    const monthLinks = (current: number) => monthList.map((m) => ({ label: fillText(g.t.monthHeading, { year, month: m }), url: encodePath(monthPath(config.basePath, v, year, m)), count: months.get(m)!.length, current: m === current }));
    const yearHeading = fillText(g.t.yearHeading, { year });
    const yearCrumb = { name: yearHeading, url: absoluteUrl(config.baseUrl, yearPath(config.basePath, v, year)) };
    const lists = period === 'year'
      ? [{ month: 0, items: yearItems, heading: yearHeading, pathOf: (n: number, o: VariantId) => yearPath(config.basePath, VARIANTS[o], year, n) }]
      : monthList.map((m) => ({ month: m, items: months.get(m)!, heading: fillText(g.t.monthHeading, { year, month: m }), pathOf: (n: number, o: VariantId) => monthPath(config.basePath, VARIANTS[o], year, m, n) }));
    for (const list of lists) {
      for (const { n, items, pagination } of paginate(list.items, config.pageSize, (p) => list.pathOf(p, id))) {
        const paths = everyVariant(config, (o) => list.pathOf(n, o));
        // Made when the page is rendered (see pageOutput).
        const context = (): ArchivePageContext => {
          const description = fillText(g.t.archiveDescription, { period: list.heading, n: list.items.length });
          const page = pageContext(config, period, id, paths[id]!, paths, listTitle(list.heading, n, g), description);
          page.json_ld = breadcrumbJson(model, id, period === 'year' ? [yearCrumb] : [yearCrumb, { name: list.heading, url: absoluteUrl(config.baseUrl, list.pathOf(1, id)) }]);
          return {
            ...g,
            page,
            heading: list.heading,
            archive: {
              period, year, month: list.month, count: list.items.length,
              years: yearLinks(year),
              months: monthLinks(list.month),
              year_url: encodePath(yearPath(config.basePath, v, year)),
            },
            articles: items.map((a) => articleCard(a, id, model)),
            pagination,
          };
        };
        pages.push(pageOutput(config.basePath, { kind: period, variant: id, path: paths[id]!, template: 'archive', alternates: paths, sitemap: true, context }));
      }
    }
  }
  return pages;
}

/** The year archives of a variant, newest year first. */
export function yearPages(model: SiteModel, id: VariantId): PageOutput[] {
  return archivePages(model, id, 'year');
}

/** The month archives of a variant, newest first. */
export function monthPages(model: SiteModel, id: VariantId): PageOutput[] {
  return archivePages(model, id, 'month');
}

export const YEAR: PageKind = { kind: 'year', template: 'archive', scope: 'variant', pages: yearPages };
export const MONTH: PageKind = { kind: 'month', template: 'archive', scope: 'variant', pages: monthPages };
