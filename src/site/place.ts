/**
 * Placing articles on the site: each gets its stable id and its URL path in
 * every variant, and two articles may not share a URL. Pure, so the build and
 * `tongwen check` place and check articles the same way.
 */
import type { ProcessedArticle } from '../article/process.js';
import type { SiteConfig } from '../config/config.js';
import { SiteError, compare } from '../core/errors.js';
import { VARIANTS, type VariantId } from '../conversion/variants.js';
import { RESERVED_SLUGS, articlePath } from './urls.js';
import { boilerplateSet } from '../taxonomy/blocks.js';
import { summaryFromBlocks } from '../content/summary.js';

/** An article placed on the site: its id and its URL path in every variant. */
export interface SiteArticle {
  /** Stable id, `yyyy/mm/slug`: the same in every variant. */
  id: string;
  article: ProcessedArticle;
  paths: Record<VariantId, string>;
}

/** Whether an article is dated after the build clock (left out of a build without `--future`). */
export function isFuture(meta: { date: { epoch: number } }, now: Date): boolean {
  return meta.date.epoch > now.getTime();
}

/** A block repeated in at least max(3, this share of the articles) is boilerplate, never a summary. */
export const SUMMARY_BOILERPLATE_SHARE = 0.01;

/**
 * The articles with their automatic summaries (no `summary:` in the front
 * matter) taken from the first text block that is not site boilerplate — on
 * a weekly, the same sign-off paragraph opening hundreds of articles is no
 * one's summary. Articles are copied, never changed.
 */
export function withSummaries(articles: readonly ProcessedArticle[]): ProcessedArticle[] {
  const boilerplate = boilerplateSet(articles.map((a) => a.text?.hashes ?? []), SUMMARY_BOILERPLATE_SHARE);
  if (boilerplate.size === 0) return [...articles];
  return articles.map((article) => withSummary(article, boilerplate));
}

/** An article with its automatic summary taken past the site's boilerplate (`withSummaries` for one article and a known boilerplate set). */
export function withSummary(article: ProcessedArticle, boilerplate: ReadonlySet<number>): ProcessedArticle {
  const { text } = article;
  if (article.meta.summary !== undefined || !text || !text.hashes.some((h) => boilerplate.has(h))) return article;
  const variants: ProcessedArticle['variants'] = {};
  for (const [id, v] of Object.entries(article.variants) as Array<[VariantId, NonNullable<ProcessedArticle['variants'][VariantId]>]>) {
    const blocks = text.blocks[id];
    const skip = (i: number) => blocks?.length === text.hashes.length && boilerplate.has(text.hashes[i]!);
    variants[id] = blocks ? { ...v, summary: summaryFromBlocks(blocks, skip) } : v;
  }
  return { ...article, variants };
}

/** Places articles, newest first (ties by id): computes ids and URL paths, picks summaries past boilerplate. Drafts must already be filtered out. */
export function placeArticles(articles: readonly ProcessedArticle[], config: SiteConfig): SiteArticle[] {
  return withSummaries(articles)
    .map((article) => {
      const { date, slug } = article.meta;
      const paths = {} as Record<VariantId, string>;
      for (const id of config.variants) paths[id] = articlePath(config.basePath, VARIANTS[id], date.year, date.month, slug);
      return { id: `${String(date.year).padStart(4, '0')}/${String(date.month).padStart(2, '0')}/${slug}`, article, paths };
    })
    .sort((a, b) => b.article.meta.date.epoch - a.article.meta.date.epoch || compare(a.id, b.id));
}

/**
 * One URL per article: a reserved slug (`page`, which month archives use for
 * their later pages) is an error at the article; two articles on one URL — or on two URLs that differ
 * only in case, which collide on case-insensitive file systems — is an error
 * on the later file (in file order) naming the other.
 */
export function checkUrls(placed: readonly SiteArticle[]): SiteError[] {
  const errors: SiteError[] = [];
  const byId = new Map<string, string>();
  for (const a of [...placed].sort((x, y) => compare(x.article.meta.file, y.article.meta.file))) {
    if (RESERVED_SLUGS.includes(a.article.meta.slug)) {
      errors.push(new SiteError({
        stage: 'url', file: a.article.meta.file, line: 1, column: 1,
        message: `article URL …/${a.id}/ would hide the month archive's pages (…/page/2/): the slug "${a.article.meta.slug}" is reserved`,
        hint: 'give the article another `slug:` in its front matter (or rename its file)',
      }));
      continue;
    }
    const key = a.id.toLowerCase();
    const other = byId.get(key);
    if (other === undefined) byId.set(key, a.article.meta.file);
    else {
      errors.push(new SiteError({
        stage: 'url', file: a.article.meta.file, line: 1, column: 1,
        message: `article URL …/${a.id}/ is already used by ${other}`,
        hint: 'give one of the two articles a different `slug:` in its front matter (or rename its file)',
      }));
    }
  }
  return errors;
}

/** Places the articles (ids and URL paths, newest first) and reports URL collisions. Drafts must already be left out. */
export function placeSite(articles: readonly ProcessedArticle[], config: SiteConfig): { placed: SiteArticle[]; errors: SiteError[] } {
  const placed = placeArticles(articles, config);
  return { placed, errors: checkUrls(placed) };
}
