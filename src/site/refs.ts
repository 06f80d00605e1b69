/**
 * Local links and images that lead nowhere: every local reference an
 * article makes (article/media.ts `localRefs`) must be a file of the output
 * — a page (`…/slug/` is `…/slug/index.html`), a static file, a file of a
 * page bundle copied next to its pages, a generated file. Pure: the build
 * hands in the set of output files.
 */
import { SiteError } from '../core/errors.js';
import type { SiteArticle } from './place.js';
import { encodePath } from './urls.js';

/** The output file a local URL of an article page leads to (`/`-separated, relative to the output folder), or undefined when it leaves the site. */
export function outputFileOf(url: string, pagePath: string, basePath: string): string | undefined {
  let path: string;
  try {
    // Root-relative URLs in articles are relative to the site (the build moves them under the base path).
    const absolute = url.startsWith('/') ? basePath + url.slice(1) : url;
    path = decodeURIComponent(new URL(absolute, `http://site${encodePath(pagePath)}`).pathname);
  } catch {
    return undefined;
  }
  if (!path.startsWith(basePath)) return undefined;
  return path.slice(basePath.length);
}

/** Errors for the local links and images of the placed articles that are not in `files` (the output). */
export function missingRefs(placed: readonly SiteArticle[], files: ReadonlySet<string>, basePath: string): SiteError[] {
  const errors: SiteError[] = [];
  const exists = (rel: string) => (rel === '' || rel.endsWith('/') ? files.has(`${rel}index.html`) : files.has(rel) || files.has(`${rel}/index.html`));
  for (const a of placed) {
    const { meta, refs } = a.article;
    if (!refs?.length) continue;
    const pagePath = a.paths[meta.lang] ?? Object.values(a.paths)[0]!;
    for (const ref of refs) {
      const rel = outputFileOf(ref.url, pagePath, basePath);
      if (rel === undefined || exists(rel)) continue;
      const image = ref.kind !== 'link';
      errors.push(new SiteError({
        stage: 'markdown', file: meta.file, line: ref.line, column: ref.column,
        message: ref.kind === 'image' ? `image "${ref.url}" does not exist` : ref.kind === 'media' ? `video or audio file "${ref.url}" does not exist` : `link "${ref.url}" leads to no page or file of the site`,
        hint: image
          ? 'put the file in static/ and write it root-relative (/images/a.png), or make the article a page bundle (folder/index.md) with the image beside it'
          : /\.(md|markdown)$/i.test(ref.url) ? "link to the article's page URL (/zh-hant/yyyy/mm/slug/), not its Markdown file" : 'check the URL: it must be a page of the site or a file in static/',
      }));
    }
  }
  return errors;
}
