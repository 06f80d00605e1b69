/**
 * Pagination of article lists (home pages, keyword pages; later sections and
 * archives): one rule for page counts and prev/next links.
 */
import { encodePath } from './urls.js';

/** What a list template receives about its place in the list. */
export type PaginationContext = {
  /** This page's number, from 1. */
  page: number;
  pages: number;
  /** Encoded URL of the previous and next page; '' on the first and last. */
  prev_url: string;
  next_url: string;
};

/** One page of a paginated list. */
export interface ListPage<T> {
  /** Page number, from 1. */
  n: number;
  items: T[];
  pagination: PaginationContext;
}

/**
 * Splits `items` into pages of `pageSize`; `pathOf(n)` is page n's URL path
 * (not encoded). An empty list still has one (empty) page, so every list
 * URL exists.
 */
export function paginate<T>(items: readonly T[], pageSize: number, pathOf: (n: number) => string): Array<ListPage<T>> {
  const pages = Math.max(1, Math.ceil(items.length / pageSize));
  const out: Array<ListPage<T>> = [];
  for (let n = 1; n <= pages; n++) {
    out.push({
      n,
      items: items.slice((n - 1) * pageSize, n * pageSize),
      pagination: {
        page: n,
        pages,
        prev_url: n > 1 ? encodePath(pathOf(n - 1)) : '',
        next_url: n < pages ? encodePath(pathOf(n + 1)) : '',
      },
    });
  }
  return out;
}
