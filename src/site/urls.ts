/**
 * URLs and output paths. Every page URL is built here, so the rules live in one
 * place: lower-case slugs (safe on case-insensitive file systems), never empty,
 * never outside the output folder.
 */
import type { Variant } from '../conversion/variants.js';

/** Joins URL path segments under the site's base path; the result starts and ends with `/`. */
export function sitePath(basePath: string, ...segments: string[]): string {
  const inner = segments.filter((s) => s !== '').join('/');
  return inner ? `${basePath}${inner}/` : basePath;
}

/** The path (under the base path) of a variant's home page. */
export function homePath(basePath: string, variant: Variant, page = 1): string {
  return page <= 1 ? sitePath(basePath, variant.path) : sitePath(basePath, variant.path, 'page', String(page));
}

/** Default article URL `/{variant}/{yyyy}/{mm}/{slug}/`. */
export function articlePath(basePath: string, variant: Variant, year: number, month: number, slug: string): string {
  return sitePath(basePath, variant.path, String(year), String(month).padStart(2, '0'), slug);
}

/** A keyword's page `/{variant}/keywords/{slug}/` (page n: `…/{slug}/page/n/`). */
export function keywordPath(basePath: string, variant: Variant, slug: string, page = 1): string {
  return page <= 1 ? sitePath(basePath, variant.path, 'keywords', slug) : sitePath(basePath, variant.path, 'keywords', slug, 'page', String(page));
}

/** The keyword index page `/{variant}/keywords/`. */
export function keywordIndexPath(basePath: string, variant: Variant): string {
  return sitePath(basePath, variant.path, 'keywords');
}

/** The search data of a variant, `/{variant}/search.json`. */
export function searchDataPath(basePath: string, variant: Variant): string {
  return `${sitePath(basePath, variant.path)}search.json`;
}

/** The search page `/{variant}/search/`. */
export function searchPath(basePath: string, variant: Variant): string {
  return sitePath(basePath, variant.path, 'search');
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
