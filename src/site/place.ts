/**
 * Placing the articles on the site and checking their URLs: shared by the
 * build and `tongwen check`, so check rejects exactly the sites the build
 * rejects (two articles on one URL, including URLs that differ only in
 * letter case, which collide on case-insensitive file systems).
 */
import type { ProcessedArticle } from '../article/process.js';
import type { SiteConfig } from '../config/config.js';
import { SiteError, compare } from '../core/errors.js';
import { placeArticles, type SiteArticle } from './pages.js';

/** One URL per article: two articles on one URL (compared case-insensitively) is an error naming both files. */
export function urlErrors(placed: readonly SiteArticle[]): SiteError[] {
  const errors: SiteError[] = [];
  const byId = new Map<string, string>();
  for (const a of [...placed].sort((x, y) => compare(x.article.meta.file, y.article.meta.file))) {
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
  return { placed, errors: urlErrors(placed) };
}
