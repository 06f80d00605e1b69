/**
 * Pagination of article lists (home, section, keyword, author and archive
 * pages): one rule for page counts, stable `…/page/n/` URLs (the URL
 * function of each kind), numbered links and prev/next links — the pager's
 * and the head's `rel="prev"`/`rel="next"`.
 */
import { encodePath } from './urls.js';

/** A numbered link of the pager; `gap` stands for skipped numbers (shown as `…`). */
export type PageLink = { n: number; url: string; current: boolean; gap: boolean };

/** What a list template receives about its place in the list. */
export type PaginationContext = {
  /** This page's number, from 1. */
  page: number;
  pages: number;
  /** Encoded URL of the previous and next page; '' on the first and last. */
  prev_url: string;
  next_url: string;
  /** Encoded URL of the first page. */
  first_url: string;
  /** Numbered links: the first, the last, and `WINDOW` either side of this page, gaps marked. */
  links: PageLink[];
};

/** One page of a paginated list. */
export interface ListPage<T> {
  /** Page number, from 1. */
  n: number;
  items: T[];
  pagination: PaginationContext;
}

/** Numbered links either side of the current page. */
export const WINDOW = 2;

/** Page numbers the pager shows for page `n` of `pages`, `0` where numbers are skipped. */
export function pageNumbers(n: number, pages: number): number[] {
  const shown: number[] = [];
  for (let k = 1; k <= pages; k++) {
    if (k === 1 || k === pages || Math.abs(k - n) <= WINDOW) shown.push(k);
    else if (shown[shown.length - 1] !== 0) shown.push(0);
  }
  return shown;
}

/**
 * Splits `items` into pages of `pageSize`; `pathOf(n)` is page n's URL path
 * (not encoded). An empty list still has one (empty) page, so every list
 * URL exists.
 */
export function paginate<T>(items: readonly T[], pageSize: number, pathOf: (n: number) => string): Array<ListPage<T>> {
  const pages = Math.max(1, Math.ceil(items.length / pageSize));
  const urls = new Map<number, string>();
  const url = (k: number) => {
    let u = urls.get(k);
    if (u === undefined) urls.set(k, (u = encodePath(pathOf(k))));
    return u;
  };
  const out: Array<ListPage<T>> = [];
  for (let n = 1; n <= pages; n++) {
    out.push({
      n,
      items: items.slice((n - 1) * pageSize, n * pageSize),
      pagination: {
        page: n,
        pages,
        prev_url: n > 1 ? url(n - 1) : '',
        next_url: n < pages ? url(n + 1) : '',
        first_url: url(1),
        links: pageNumbers(n, pages).map((k) => (k === 0 ? { n: 0, url: '', current: false, gap: true } : { n: k, url: url(k), current: k === n, gap: false })),
      },
    });
  }
  return out;
}
