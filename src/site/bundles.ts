/**
 * Page bundles: an article written as `content/2024/06/foo/index.md` owns
 * its folder, and every other file in it (`cover.png`, `data/table.csv`) is
 * copied next to the article's page in every variant, so relative links and
 * images work in each of them.
 */
import { join } from 'node:path';
import { listFiles } from '../core/fs.js';
import type { SiteArticle } from './place.js';

/** Whether an article's source is a page bundle's `index.md`. */
export function isBundle(file: string): boolean {
  return /(^|\/)index\.(md|markdown)$/i.test(file);
}

/** `[source path, output path, what]` for every file of every bundle, once per variant. */
export function bundleCopies(placed: readonly SiteArticle[], root: string, basePath: string): Array<[string, string, string]> {
  const out: Array<[string, string, string]> = [];
  for (const a of placed) {
    const { file } = a.article.meta;
    if (!isBundle(file)) continue;
    const dir = file.replace(/\/[^/]+$/, '');
    const files = listFiles(join(root, dir), (n) => !/\.(md|markdown)$/i.test(n));
    for (const path of Object.values(a.paths)) {
      const page = path.slice(basePath.length);
      for (const f of files) out.push([join(root, dir, f), `${page}${f}`, `${dir}/${f}`]);
    }
  }
  return out;
}
