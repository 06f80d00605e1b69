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
  return sitePath(basePath, variant.path, String(year), String(month).padStart(2, '0'), slug);
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
