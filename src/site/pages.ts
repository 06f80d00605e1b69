/**
 * The page model: from processed articles to the list of pages of every
 * variant, each with its URL, its twins in the other variants and the data its
 * template receives. Pure: no I/O, no rendering.
 */
import type { ArticleVariant, ProcessedArticle } from '../article/process.js';
import type { SiteConfig } from '../config/config.js';
import { compare } from '../core/errors.js';
import { variantConverter } from '../conversion/converters.js';
import { VARIANTS, type VariantId } from '../conversion/variants.js';
import { displayDate, fillText, uiTexts, type UiTexts } from '../conversion/ui-texts.js';
import { articlePath, encodePath, homePath, keywordIndexPath, keywordPath, searchDataPath, searchPath, sitePath } from './urls.js';
import type { Keyword, KeywordIndex } from '../taxonomy/keyword-index.js';
import type { PageTemplate } from './page-templates.js';

/** An article placed on the site: its id and its URL path in every variant. */
export interface SiteArticle {
  /** Stable id, `yyyy/mm/slug`: the same in every variant. */
  id: string;
  article: ProcessedArticle;
  paths: Record<VariantId, string>;
}

export interface Page {
  /** Kind of page, for the build summary (`article`, `home`, `404`, `root`…). */
  kind: string;
  variant: VariantId | undefined;
  /** URL path (with the base path); ends in `/` or a file name. */
  path: string;
  template: PageTemplate;
  context: Record<string, unknown>;
  /** URL path of the same page in each variant (for the sitemap); empty for pages outside variants. */
  alternates: Partial<Record<VariantId, string>>;
  /** Whether the page belongs in the sitemap. */
  sitemap: boolean;
  /** Last modification date (ISO) for the sitemap. */
  lastmod?: string;
}

/** Places articles: computes ids and URL paths. Drafts must already be filtered out. */
export function placeArticles(articles: readonly ProcessedArticle[], config: SiteConfig): SiteArticle[] {
  return articles
    .map((article) => {
      const { date, slug } = article.meta;
      const paths = {} as Record<VariantId, string>;
      for (const id of config.variants) paths[id] = articlePath(config.basePath, VARIANTS[id], date.year, date.month, slug);
      return { id: `${date.year}/${String(date.month).padStart(2, '0')}/${slug}`, article, paths };
    })
    .sort((a, b) => b.article.meta.date.epoch - a.article.meta.date.epoch || compare(a.id, b.id));
}

/** Site-wide values shared by every page of a variant. */
interface VariantGlobals {
  site: Record<string, unknown>;
  t: UiTexts;
  variant: Record<string, unknown>;
}

function absolute(config: SiteConfig, path: string): string {
  return new URL(encodePath(path), config.baseUrl).href;
}

function alternatesContext(config: SiteConfig, current: VariantId | undefined, paths: Partial<Record<VariantId, string>>) {
  return config.variants
    .filter((id) => paths[id] !== undefined)
    .map((id) => ({
      id,
      hreflang: id,
      label: VARIANTS[id].label,
      short: VARIANTS[id].short,
      url: encodePath(paths[id]!),
      href: absolute(config, paths[id]!),
      current: id === current,
    }));
}

function pageContext(config: SiteConfig, variant: VariantId | undefined, path: string, paths: Partial<Record<VariantId, string>>, title: string, description: string) {
  const first = config.variants.find((id) => paths[id] !== undefined);
  return {
    title,
    description,
    url: encodePath(path),
    canonical: absolute(config, path),
    alternates: alternatesContext(config, variant, paths),
    x_default: first ? absolute(config, paths[first]!) : absolute(config, path),
  };
}

function globals(config: SiteConfig, id: VariantId): VariantGlobals {
  const convert = variantConverter(config.defaultLang, id);
  const v = VARIANTS[id];
  const home = encodePath(homePath(config.basePath, v));
  return {
    site: {
      title: convert(config.title),
      description: convert(config.description),
      base_url: config.baseUrl,
      base_path: encodePath(config.basePath),
      initial: [...convert(config.title)][0] ?? '',
      params: config.params,
      variants: config.variants.map((vid) => ({ id: vid, label: VARIANTS[vid].label, short: VARIANTS[vid].short, home: encodePath(homePath(config.basePath, VARIANTS[vid])) })),
    },
    t: uiTexts(id),
    variant: {
      id, label: v.label, short: v.short, path: v.path, home, lang: id,
      search: encodePath(searchPath(config.basePath, v)),
      keywords: encodePath(keywordIndexPath(config.basePath, v)),
    },
  };
}

/** An article's keywords in a variant: linked to their pages when the site has a keyword index. */
function keywordLinks(a: SiteArticle, id: VariantId, index: KeywordIndex | undefined, config: SiteConfig | undefined): Array<{ name: string; url?: string }> {
  const v = a.article.variants[id]!;
  const own = index?.ofArticle.get(a.id);
  if (!index || !own || !config) return v.keywords.map((name) => ({ name }));
  return own.ids.map((kid) => {
    const k = index.byId.get(kid)!;
    return { name: k.names[id], url: encodePath(keywordPath(config.basePath, VARIANTS[id], k.slug)) };
  });
}

function articleCard(a: SiteArticle, id: VariantId, index?: KeywordIndex, config?: SiteConfig) {
  const v = a.article.variants[id]!;
  const { date } = a.article.meta;
  return {
    id: a.id,
    title: v.title,
    summary: v.summary,
    url: encodePath(a.paths[id]),
    date: date.iso,
    date_display: displayDate(date.year, date.month, date.day),
    category: v.category ?? '',
    source: v.source ?? '',
    author: v.author ?? '',
    keywords: keywordLinks(a, id, index, config),
    keywords_auto: index?.ofArticle.get(a.id)?.auto ?? false,
  };
}

function articleContext(a: SiteArticle, id: VariantId, v: ArticleVariant, index: KeywordIndex | undefined, config: SiteConfig) {
  const { meta } = a.article;
  return {
    ...articleCard(a, id, index, config),
    html: v.html,
    lang: meta.lang,
    file: meta.file,
    updated: meta.updated?.iso ?? '',
    updated_display: meta.updated ? displayDate(meta.updated.year, meta.updated.month, meta.updated.day) : '',
    params: meta.extra,
  };
}

/** Every page of the site, in a stable order (keyword and search pages when given a keyword index). */
export function sitePages(articles: readonly SiteArticle[], config: SiteConfig, keywords?: KeywordIndex): Page[] {
  const pages: Page[] = [];
  const variantHomes = everyVariant(config, (v) => homePath(config.basePath, VARIANTS[v]));
  const pageCount = Math.max(1, Math.ceil(articles.length / config.pageSize));

  for (const id of config.variants) {
    const g = globals(config, id);
    const siteTitle = g.site.title as string;

    // Article pages, with links to the newer and older article.
    articles.forEach((a, i) => {
      const v = a.article.variants[id]!;
      const newer = articles[i - 1];
      const older = articles[i + 1];
      pages.push({
        kind: 'article',
        variant: id,
        path: a.paths[id],
        template: 'article',
        alternates: a.paths,
        sitemap: true,
        lastmod: (a.article.meta.updated ?? a.article.meta.date).iso,
        context: {
          ...g,
          page: { kind: 'article', ...pageContext(config, id, a.paths[id], a.paths, `${v.title} | ${siteTitle}`, v.summary) },
          article: articleContext(a, id, v, keywords, config),
          newer: newer ? { title: newer.article.variants[id]!.title, url: encodePath(newer.paths[id]) } : null,
          older: older ? { title: older.article.variants[id]!.title, url: encodePath(older.paths[id]) } : null,
        },
      });
    });

    // Home pages: newest first, paginated.
    for (let n = 1; n <= pageCount; n++) {
      const paths = everyVariant(config, (v) => homePath(config.basePath, VARIANTS[v], n));
      const items = articles.slice((n - 1) * config.pageSize, n * config.pageSize);
      const title = n === 1 ? siteTitle : `${fillText(g.t.page, { n })} | ${siteTitle}`;
      pages.push({
        kind: 'home',
        variant: id,
        path: paths[id]!,
        template: 'list',
        alternates: paths,
        sitemap: true,
        context: {
          ...g,
          page: { kind: 'home', ...pageContext(config, id, paths[id]!, paths, title, g.site.description as string) },
          heading: g.t.latest,
          articles: items.map((a) => articleCard(a, id, keywords, config)),
          pagination: {
            page: n,
            pages: pageCount,
            prev_url: n > 1 ? encodePath(homePath(config.basePath, VARIANTS[id], n - 1)) : '',
            next_url: n < pageCount ? encodePath(homePath(config.basePath, VARIANTS[id], n + 1)) : '',
          },
        },
      });
    }

    if (keywords) pages.push(...keywordPages(articles, config, keywords, id, g));

    // The variant's 404 page.
    const notFoundPaths = everyVariant(config, (v) => `${sitePath(config.basePath, VARIANTS[v].path)}404.html`);
    pages.push({
      kind: 'not-found',
      variant: id,
      path: notFoundPaths[id]!,
      template: '404',
      alternates: notFoundPaths,
      sitemap: false,
      context: { ...g, page: { kind: 'not-found', ...pageContext(config, id, notFoundPaths[id]!, notFoundPaths, `${g.t.notFound} | ${siteTitle}`, '') } },
    });
  }

  // Site root: the variant chooser (works without JavaScript), and the root 404.
  const choices = config.variants.map((id) => {
    const g = globals(config, id);
    return { id, label: VARIANTS[id].label, short: VARIANTS[id].short, title: g.site.title, prompt: g.t.chooseVariant, url: encodePath(variantHomes[id]!), href: absolute(config, variantHomes[id]!) };
  });
  const first = globals(config, config.variants[0]!);
  pages.push({
    kind: 'root',
    variant: undefined,
    path: config.basePath,
    template: 'root',
    alternates: {},
    sitemap: false,
    context: { ...first, choices, page: { kind: 'root', ...pageContext(config, undefined, config.basePath, variantHomes, first.site.title as string, first.site.description as string) } },
  });
  pages.push({
    kind: 'not-found',
    variant: undefined,
    path: `${config.basePath}404.html`,
    template: '404',
    alternates: {},
    sitemap: false,
    context: { ...first, choices, page: { kind: 'not-found', ...pageContext(config, undefined, `${config.basePath}404.html`, variantHomes, `${first.t.notFound} | ${first.site.title as string}`, '') } },
  });
  return pages;
}

/** Paths of a page in every variant. */
function everyVariant(config: SiteConfig, make: (v: VariantId) => string): Partial<Record<VariantId, string>> {
  const out: Partial<Record<VariantId, string>> = {};
  for (const other of config.variants) out[other] = make(other);
  return out;
}

function keywordContext(k: Keyword, id: VariantId, config: SiteConfig) {
  return { id: k.id, name: k.names[id], slug: k.slug, count: k.articles.length, initial: k.initial, auto: k.auto, url: encodePath(keywordPath(config.basePath, VARIANTS[id], k.slug)) };
}

/**
 * A variant's keyword pages (one per keyword, newest first, paginated), its
 * keyword index (by article count, and grouped by pinyin initial A–Z) and its
 * search page.
 */
function keywordPages(articles: readonly SiteArticle[], config: SiteConfig, index: KeywordIndex, id: VariantId, g: VariantGlobals): Page[] {
  const pages: Page[] = [];
  const siteTitle = g.site.title as string;
  const byId = new Map(articles.map((a) => [a.id, a]));
  const indexPaths = everyVariant(config, (v) => keywordIndexPath(config.basePath, VARIANTS[v]));
  const indexUrl = encodePath(indexPaths[id]!);

  for (const k of index.keywords) {
    const members = k.articles.map((aid) => byId.get(aid)).filter((a): a is SiteArticle => a !== undefined);
    const count = Math.max(1, Math.ceil(members.length / config.pageSize));
    const kw = keywordContext(k, id, config);
    for (let n = 1; n <= count; n++) {
      const paths = everyVariant(config, (v) => keywordPath(config.basePath, VARIANTS[v], k.slug, n));
      const heading = fillText(g.t.keywordHeading, { name: kw.name });
      const title = n === 1 ? `${heading} | ${siteTitle}` : `${heading} · ${fillText(g.t.page, { n })} | ${siteTitle}`;
      pages.push({
        kind: 'keyword',
        variant: id,
        path: paths[id]!,
        template: 'keyword',
        alternates: paths,
        sitemap: true,
        context: {
          ...g,
          page: { kind: 'keyword', ...pageContext(config, id, paths[id]!, paths, title, fillText(g.t.keywordDescription, { name: kw.name, n: kw.count })) },
          heading,
          keyword: { ...kw, index_url: indexUrl },
          articles: members.slice((n - 1) * config.pageSize, n * config.pageSize).map((a) => articleCard(a, id, index, config)),
          pagination: {
            page: n,
            pages: count,
            prev_url: n > 1 ? encodePath(keywordPath(config.basePath, VARIANTS[id], k.slug, n - 1)) : '',
            next_url: n < count ? encodePath(keywordPath(config.basePath, VARIANTS[id], k.slug, n + 1)) : '',
          },
        },
      });
    }
  }

  // The keyword index: by count (ties in slug order), and grouped A–Z then `#` (slug order within a letter).
  const all = index.keywords.map((k) => keywordContext(k, id, config));
  const alphabetical = [...all].sort((a, b) => compare(a.initial === '#' ? '~' : a.initial, b.initial === '#' ? '~' : b.initial) || compare(a.slug, b.slug));
  const groups: Array<{ letter: string; keywords: typeof all }> = [];
  for (const k of alphabetical) {
    const last = groups[groups.length - 1];
    if (last && last.letter === k.initial) last.keywords.push(k);
    else groups.push({ letter: k.initial, keywords: [k] });
  }
  pages.push({
    kind: 'keywords',
    variant: id,
    path: indexPaths[id]!,
    template: 'keywords',
    alternates: indexPaths,
    sitemap: true,
    context: {
      ...g,
      page: { kind: 'keywords', ...pageContext(config, id, indexPaths[id]!, indexPaths, `${g.t.keywordIndex} | ${siteTitle}`, '') },
      heading: g.t.keywordIndex,
      by_count: [...all].sort((a, b) => b.count - a.count || compare(a.slug, b.slug)),
      groups,
      letters: groups.map((grp) => grp.letter),
    },
  });

  // The search page: works offline on the variant's search.json.
  const searchPaths = everyVariant(config, (v) => searchPath(config.basePath, VARIANTS[v]));
  pages.push({
    kind: 'search',
    variant: id,
    path: searchPaths[id]!,
    template: 'search',
    alternates: searchPaths,
    sitemap: false,
    context: {
      ...g,
      page: { kind: 'search', ...pageContext(config, id, searchPaths[id]!, searchPaths, `${g.t.search} | ${siteTitle}`, '') },
      heading: g.t.search,
      search: {
        data_url: encodePath(searchDataPath(config.basePath, VARIANTS[id])),
        script_url: `${config.basePath}assets/search.js`,
        texts: JSON.stringify({ noResults: g.t.noResults, results: g.t.searchResults, loading: g.t.searchLoading, failed: g.t.searchFailed }),
      },
    },
  });
  return pages;
}

function xml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** `sitemap.xml`: every sitemap page with its `xhtml:link` alternates and `x-default`. */
export function sitemapXml(pages: readonly Page[], config: SiteConfig): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
  ];
  const sorted = pages.filter((p) => p.sitemap).sort((a, b) => compare(a.path, b.path));
  for (const page of sorted) {
    lines.push('  <url>', `    <loc>${xml(absolute(config, page.path))}</loc>`);
    if (page.lastmod) lines.push(`    <lastmod>${xml(page.lastmod)}</lastmod>`);
    const alts = config.variants.filter((id) => page.alternates[id] !== undefined);
    for (const id of alts) {
      lines.push(`    <xhtml:link rel="alternate" hreflang="${id}" href="${xml(absolute(config, page.alternates[id]!))}"/>`);
    }
    if (alts.length) lines.push(`    <xhtml:link rel="alternate" hreflang="x-default" href="${xml(absolute(config, page.alternates[alts[0]!]!))}"/>`);
    lines.push('  </url>');
  }
  lines.push('</urlset>', '');
  return lines.join('\n');
}
