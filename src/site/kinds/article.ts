/**
 * Article pages: one per article and variant, linked to the newer and older
 * article and to a few related ones; with the social tags (Open Graph,
 * Twitter card) and the `NewsArticle` JSON-LD search engines read.
 */
import type { VariantId } from '../../conversion/variants.js';
import { articleCard, articleData, coverOf, pageContext, type ArticleCard, type ArticleData, type PageInfo, type VariantGlobals } from '../context.js';
import { breadcrumbList, newsArticle, scriptSafeJson, type Crumb } from '../json-ld.js';
import { globalsOf, type SiteModel } from '../model.js';
import { pageOutput, type PageOutput } from '../output-types.js';
import type { SiteArticle } from '../place.js';
import { relatedArticles } from '../related.js';
import { absoluteUrl, encodePath, homePath } from '../urls.js';
import { VARIANTS } from '../../conversion/variants.js';
import type { PageKind } from './kind.js';

/** A neighbouring article (newer or older), or null at either end. */
export type ArticleNeighbour = { title: string; url: string } | null;

/** What the head's social tags say about an article (absolute URLs, ISO dates). */
export type ArticleSocial = {
  /** Absolute URL of the cover image ('' for none): `image:` in front matter, else the body's first image. */
  image: string;
  published: string;
  modified: string;
  section: string;
  tags: string[];
  /** `summary_large_image` with an image, else `summary`. */
  twitter_card: string;
};

/** What `article.liquid` receives. */
export type ArticlePageContext = VariantGlobals & {
  page: PageInfo;
  article: ArticleData;
  newer: ArticleNeighbour;
  older: ArticleNeighbour;
  related: ArticleCard[];
  social: ArticleSocial;
};

function neighbour(a: SiteArticle | undefined, id: VariantId): ArticleNeighbour {
  return a ? { title: a.article.variants[id]!.title, url: encodePath(a.paths[id]) } : null;
}

/** The first `<img src>` of an HTML body, as written ('' for none). */
export function firstImage(html: string): string {
  const m = /<img\b[^>]*?\ssrc="([^"]*)"/i.exec(html);
  return m ? m[1]!.replace(/&amp;/g, '&') : '';
}

/** An article's cover image as an absolute URL: front matter `image:`, else the first image of the body. */
export function coverImage(a: SiteArticle, id: VariantId, baseUrl: string, basePath: string): string {
  const c = coverOf(a, id, basePath);
  if (!c) return '';
  try {
    return new URL(c.url, baseUrl).href;
  } catch {
    return '';
  }
}

/** The article pages of a variant, newest first. */
export function articlePages(model: SiteModel, id: VariantId): PageOutput[] {
  const { articles } = model;
  const byId = new Map(articles.map((a) => [a.id, a]));
  const related = relatedArticles(model);
  return articles.map((_, i) => articlePage(model, id, i, related, (rid) => byId.get(rid)));
}

/**
 * The page of article number `i` (newest first) in a variant; `related`
 * from `relatedArticles`, `byId` finds an article of the model by id.
 */
export function articlePage(model: SiteModel, id: VariantId, i: number, related: ReadonlyMap<string, readonly string[]>, byId: (id: string) => SiteArticle | undefined): PageOutput {
  const { config, articles } = model;
  const g = globalsOf(model, id);
  const a = articles[i]!;
  const v = a.article.variants[id]!;
  const { meta } = a.article;
  // The context is made when the page is rendered (see pageOutput).
  const make = (): ArticlePageContext => {
    const article = articleData(a, id, v, model, g.t);
    const page = pageContext(config, 'article', id, a.paths[id], a.paths, `${v.title} | ${g.site.title}`, v.summary);
    const social: ArticleSocial = {
      image: coverImage(a, id, config.baseUrl, config.basePath),
      published: meta.date.iso,
      modified: (meta.updated ?? meta.date).iso,
      section: article.category,
      tags: article.keywords.map((k) => k.name),
      twitter_card: '',
    };
    social.twitter_card = social.image ? 'summary_large_image' : 'summary';
    const crumbs: Crumb[] = [{ name: g.t.home, url: absoluteUrl(config.baseUrl, homePath(config.basePath, VARIANTS[id])) }];
    if (article.category && article.category_url) crumbs.push({ name: article.category, url: new URL(article.category_url, config.baseUrl).href });
    crumbs.push({ name: v.title, url: page.canonical });
    page.json_ld = scriptSafeJson([
      newsArticle({
        url: page.canonical,
        headline: v.title,
        description: v.summary,
        datePublished: social.published,
        dateModified: social.modified,
        author: v.author ?? '',
        publisher: g.site.title,
        inLanguage: id,
        keywords: social.tags,
        section: social.section,
        images: social.image ? [social.image] : [],
      }),
      breadcrumbList(crumbs),
    ]);
    return {
      ...g,
      page,
      article,
      newer: neighbour(articles[i - 1], id),
      older: neighbour(articles[i + 1], id),
      related: (related.get(a.id) ?? []).map((rid) => byId(rid)).filter((r): r is SiteArticle => r !== undefined).map((r) => articleCard(r, id, model)),
      social,
    };
  };
  return pageOutput(config.basePath, {
    kind: 'article',
    variant: id,
    path: a.paths[id],
    template: 'article',
    alternates: a.paths,
    sitemap: true,
    lastmod: (meta.updated ?? meta.date).iso,
    context: make,
  });
}

export const ARTICLE: PageKind = { kind: 'article', template: 'article', scope: 'variant', pages: articlePages };
