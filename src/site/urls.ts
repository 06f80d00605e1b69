/**
 * URLs and output paths. Every URL of the site is built here — pages, 404
 * pages, assets and data files — so the rules live in one place: lower-case
 * slugs (safe on case-insensitive file systems), never empty, never outside
 * the output folder. Paths are returned as written (with the base path, not
 * percent-encoded); `encodePath` and `absoluteUrl` make them link-ready, so
 * every link is encoded exactly once.
 */
import type { Variant } from '../conversion/variants.js';

/** Joins URL path segments under the site's base path; the result starts and ends with `/`. */
export function sitePath(basePath: string, ...segments: string[]): string {
  const inner = segments.filter((s) => s !== '').join('/');
  return inner ? `${basePath}${inner}/` : basePath;
}

/** The site root `/` (under the base path): the variant chooser. */
export function rootPath(basePath: string): string {
  return basePath;
}

/** The path (under the base path) of a variant's home page. */
export function homePath(basePath: string, variant: Variant, page = 1): string {
  return page <= 1 ? sitePath(basePath, variant.path) : sitePath(basePath, variant.path, 'page', String(page));
}

/** Default article URL `/{variant}/{yyyy}/{mm}/{slug}/`. */
export function articlePath(basePath: string, variant: Variant, year: number, month: number, slug: string): string {
  return sitePath(basePath, variant.path, String(year).padStart(4, '0'), String(month).padStart(2, '0'), slug);
}

/**
 * A term's page in a taxonomy whose URL segment is `segment`:
 * `/{variant}/{segment}/{slug}/` (page n: `…/{slug}/page/n/`).
 */
export function termPath(basePath: string, variant: Variant, segment: string, slug: string, page = 1): string {
  return page <= 1 ? sitePath(basePath, variant.path, segment, slug) : sitePath(basePath, variant.path, segment, slug, 'page', String(page));
}

/** A taxonomy's index page `/{variant}/{segment}/`. */
export function termIndexPath(basePath: string, variant: Variant, segment: string): string {
  return sitePath(basePath, variant.path, segment);
}

/** The URL segment of keyword pages. */
export const KEYWORDS_SEGMENT = 'keywords';

/** A keyword's page `/{variant}/keywords/{slug}/` (page n: `…/{slug}/page/n/`). */
export function keywordPath(basePath: string, variant: Variant, slug: string, page = 1): string {
  return termPath(basePath, variant, KEYWORDS_SEGMENT, slug, page);
}

/** The keyword index page `/{variant}/keywords/`. */
export function keywordIndexPath(basePath: string, variant: Variant): string {
  return termIndexPath(basePath, variant, KEYWORDS_SEGMENT);
}

/** The URL segment of section pages (from `category`). */
export const SECTIONS_SEGMENT = 'sections';

/** The URL segment of author pages. */
export const AUTHORS_SEGMENT = 'authors';

/** A section's page `/{variant}/sections/{slug}/` (page n: `…/{slug}/page/n/`). */
export function sectionPath(basePath: string, variant: Variant, slug: string, page = 1): string {
  return termPath(basePath, variant, SECTIONS_SEGMENT, slug, page);
}

/** An author's page `/{variant}/authors/{slug}/` (page n: `…/{slug}/page/n/`). */
export function authorPath(basePath: string, variant: Variant, slug: string, page = 1): string {
  return termPath(basePath, variant, AUTHORS_SEGMENT, slug, page);
}

/**
 * A year's archive `/{variant}/{yyyy}/` (page n: `…/{yyyy}/page/n/`). Cannot
 * meet an article URL: those have two more segments (`{mm}/{slug}`), and a
 * month is two digits, never `page`.
 */
export function yearPath(basePath: string, variant: Variant, year: number, page = 1): string {
  const y = String(year).padStart(4, '0');
  return page <= 1 ? sitePath(basePath, variant.path, y) : sitePath(basePath, variant.path, y, 'page', String(page));
}

/**
 * A month's archive `/{variant}/{yyyy}/{mm}/` (page n: `…/{mm}/page/n/`).
 * Articles sit one segment below (`…/{mm}/{slug}/`), so `page` is a reserved
 * slug (see `RESERVED_SLUGS`): an article there would shadow the archive's pages.
 */
export function monthPath(basePath: string, variant: Variant, year: number, month: number, page = 1): string {
  const y = String(year).padStart(4, '0');
  const m = String(month).padStart(2, '0');
  return page <= 1 ? sitePath(basePath, variant.path, y, m) : sitePath(basePath, variant.path, y, m, 'page', String(page));
}

/** Article slugs that would clash with a month archive's own URLs (`/{variant}/{yyyy}/{mm}/page/2/`). */
export const RESERVED_SLUGS: readonly string[] = ['page'];

/** A feed file name: `feed.xml` beside the page it follows. */
const FEED_FILE = 'feed.xml';

/** A variant's Atom feed, `/{variant}/feed.xml`. */
export function feedPath(basePath: string, variant: Variant): string {
  return `${sitePath(basePath, variant.path)}${FEED_FILE}`;
}

/** A term's Atom feed in a taxonomy, `/{variant}/{segment}/{slug}/feed.xml` (sections and keywords). */
export function termFeedPath(basePath: string, variant: Variant, segment: string, slug: string): string {
  return `${termPath(basePath, variant, segment, slug)}${FEED_FILE}`;
}

/** The search page `/{variant}/search/`. */
export function searchPath(basePath: string, variant: Variant): string {
  return sitePath(basePath, variant.path, 'search');
}

/** The 404 page of a variant `/{variant}/404.html`, or of the site root `/404.html` (no variant). */
export function notFoundPath(basePath: string, variant?: Variant): string {
  return `${sitePath(basePath, variant?.path ?? '')}404.html`;
}

/** The output file of a template asset (`search.js` → `assets/search.js`), relative to the output folder. */
export function assetFile(rel: string): string {
  return `assets/${rel}`;
}

/** The URL path of a template asset, `/assets/{rel}`. */
export function assetPath(basePath: string, rel: string): string {
  return `${basePath}${assetFile(rel)}`;
}

/** The search page's script, `/assets/search.js`. */
export function searchScriptPath(basePath: string): string {
  return assetPath(basePath, 'search.js');
}

/** The search data of a variant, `/{variant}/search.json`. */
export function searchDataPath(basePath: string, variant: Variant): string {
  return `${sitePath(basePath, variant.path)}search.json`;
}

/** The keyword index as data, `/keywords.json`. */
export function keywordsDataPath(basePath: string): string {
  return `${basePath}keywords.json`;
}

/** The sitemap, `/sitemap.xml`. */
export function sitemapPath(basePath: string): string {
  return `${basePath}sitemap.xml`;
}

/** The news sitemap (Google News), `/news-sitemap.xml`: the articles of the last two days in every variant. */
export function newsSitemapPath(basePath: string): string {
  return `${basePath}news-sitemap.xml`;
}

/** `robots.txt` at the output root, `/robots.txt` (crawlers read it only at a host's root: see the README). */
export function robotsPath(basePath: string): string {
  return `${basePath}robots.txt`;
}

/** The script every page loads, `/assets/variant.js`: the root's redirect and the switcher's memory. */
export function variantScriptPath(basePath: string): string {
  return assetPath(basePath, 'variant.js');
}

/**
 * The output file (relative to the output folder, with `/` separators) for a
 * page URL path: `/news/zh-hant/` → `zh-hant/index.html` when the base path is
 * `/news/`. Returns undefined for a URL that would leave the output folder.
 */
export function outputFileFor(urlPath: string, basePath: string): string | undefined {
  if (!urlPath.startsWith(basePath)) return undefined;
  let rel = urlPath.slice(basePath.length);
  if (rel === '' || rel.endsWith('/')) rel += 'index.html';
  const parts = rel.split('/');
  if (parts.some((p) => p === '' || p === '.' || p === '..' || p.includes('\\') || p.includes('\0'))) return undefined;
  return parts.join('/');
}

/** Percent-encodes a URL path for use in href attributes and sitemaps (keeps `/`). */
export function encodePath(path: string): string {
  return path.split('/').map((p) => encodeURIComponent(p)).join('/');
}

/** The absolute URL of a site path (`/新聞/zh-hant/` → `https://example.org/%E6%96%B0%E8%81%9E/zh-hant/`). */
export function absoluteUrl(baseUrl: string, path: string): string {
  return new URL(encodePath(path), baseUrl).href;
}
