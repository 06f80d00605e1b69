/**
 * The output list's items (the contract between `site/` and the build): a
 * page to render with a template, or a data file whose text is ready. The
 * build writes the data files, then renders the pages in list order, then
 * copies assets and static files. Plain data: pages cross to render workers.
 */
import { BuildError, SiteError } from '../core/errors.js';
import type { VariantId } from '../conversion/variants.js';

import { outputFileFor } from './urls.js';

/** A page: rendered with `template` from `context`. */
export interface PageOutput {
  /** Kind of page, for the build summary (`article`, `home`, `keyword`, `keywords`, `search`, `not-found`, `root`). */
  kind: string;
  variant: VariantId | undefined;
  /** URL path (with the base path, not encoded); ends in `/` or a file name. */
  path: string;
  /** Output file relative to the output folder (`zh-hant/index.html`). */
  file: string;
  /** Template name (`templates/{template}.liquid`), the kind's. */
  template: string;
  /** What the template receives; typed per kind in `site/kinds/`, plain data here (possibly made on each access: see `pageOutput`). */
  context: Record<string, unknown>;
  /** URL path of the same page in each variant (for the sitemap); empty for pages outside variants. */
  alternates: Partial<Record<VariantId, string>>;
  /** Whether the page belongs in the sitemap. */
  sitemap: boolean;
  /** Last modification date (ISO) for the sitemap. */
  lastmod?: string;
}

/** A data file (sitemap, keywords.json, search data): its text is final. */
export interface DataOutput {
  /** `sitemap`, `keywords-json`, `search-data`… */
  kind: string;
  variant: VariantId | undefined;
  /** Output file relative to the output folder. */
  file: string;
  text: string;
  /** A default the site may replace: a file at the same path in `static/` is written instead (robots.txt). */
  overridable?: boolean;
}

export type Output = PageOutput | DataOutput;

export const isPage = (o: Output): o is PageOutput => 'template' in o;

/**
 * The output file of a URL path. Every path of the site is built in
 * `urls.ts` from validated slugs, so a path outside the site is a bug in a
 * kind or a slug rule: it stops the build with the path named.
 */
export function outputFile(path: string, basePath: string): string {
  const file = outputFileFor(path, basePath);
  if (file === undefined) throw new BuildError([new SiteError({ stage: 'output', message: `page URL ${path} is outside the site`, hint: 'check slug and baseUrl' })]);
  return file;
}

/**
 * A page output, its file derived from its path. `context` may be a function
 * making it: the page's `context` is then made on each access (read it once),
 * so that a site's pages do not hold every context at once — the build makes
 * each one as its page goes to be rendered (about 120 MB of contexts on the
 * 4000-article corpus). The function must be pure: every access gives the
 * same data.
 */
export function pageOutput(basePath: string, page: Omit<PageOutput, 'file' | 'context'> & { context: Record<string, unknown> | (() => Record<string, unknown>) }): PageOutput {
  const { kind, variant, path, template, context, alternates, sitemap, lastmod } = page;
  const out = { kind, variant, path, file: outputFile(path, basePath), template } as PageOutput;
  if (typeof context === 'function') Object.defineProperty(out, 'context', { get: context, enumerable: true, configurable: true });
  else out.context = context;
  out.alternates = alternates;
  out.sitemap = sitemap;
  if (lastmod !== undefined) out.lastmod = lastmod;
  return out;
}

/** The fields of a page context that are the variant's globals, in the order the page kinds spread them first. */
export const GLOBAL_KEYS = ['site', 't', 'variant'] as const;

/**
 * A page context without its variant's globals, when it holds them as the page kinds make it (the very objects of
 * `globals`, as its first fields): what a job sends instead of the whole context (about 2.4 KB less per page to
 * copy to a thread). Undefined when the context is not so made (it is then sent whole).
 */
export function withoutGlobals(context: Record<string, unknown>, globals: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
  if (!globals) return undefined;
  const keys = Object.keys(context);
  for (let k = 0; k < GLOBAL_KEYS.length; k++) {
    const name = GLOBAL_KEYS[k]!;
    if (keys[k] !== name || context[name] !== globals[name]) return undefined;
  }
  const rest: Record<string, unknown> = {};
  for (let k = GLOBAL_KEYS.length; k < keys.length; k++) rest[keys[k]!] = context[keys[k]!];
  return rest;
}
