/**
 * The article task: processes a batch of source files with one context (also
 * the terms-only second pass, `ctx.termsOnly`). Each worker loads the OpenCC
 * dictionaries and the Markdown parser once, on its first batch.
 */
import { readFileSync } from 'node:fs';
import { serialize } from 'node:v8';
import type { Task } from '../core/task.js';
import { writeWhole } from '../core/fs.js';
import type { SourceFile } from '../content/sources.js';
import { processArticle, type ArticleContext, type ArticleResult, type StageTimes } from './process.js';

/**
 * A source to process; with `cacheFile` (the build cache's entry for it, cache/store.ts `fileOf`), a result that
 * succeeded is also written there by the thread that made it, as the cache stores it (v8-serialized, stage times
 * zero): the main thread then never serializes the 4000 articles of a cold build.
 */
export type ArticleItem = SourceFile & { cacheFile?: string };

const ZERO_TIMES: StageTimes = { read: 0, frontMatter: 0, parse: 0, terms: 0, convert: 0, html: 0 };

/** Folders of cache entries this thread made. */
const made = new Set<string>();

export const task: Task<ArticleContext, ArticleItem, ArticleResult> = {
  url: import.meta.url,
  batchSize: 32,
  run: (ctx, files) =>
    files.map(({ file, path, cacheFile }) => {
      const result = processArticle(file, readFileSync(path), ctx);
      if (cacheFile !== undefined && result.ok) {
        try {
          writeWhole(cacheFile, serialize({ ok: true, article: result.article, times: ZERO_TIMES } satisfies ArticleResult), made);
        } catch {
          // A read-only or full disk costs speed, not correctness (as CacheStore.set).
        }
      }
      return result;
    }),
};
