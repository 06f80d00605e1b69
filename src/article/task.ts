/**
 * The article task: processes a batch of source files with one context (also
 * the terms-only second pass, `ctx.termsOnly`). Each worker loads the OpenCC
 * dictionaries and the Markdown parser once, on its first batch.
 */
import { readFileSync } from 'node:fs';
import type { Task } from '../core/task.js';
import type { SourceFile } from '../content/sources.js';
import { processArticle, type ArticleContext, type ArticleResult } from './process.js';

export const task: Task<ArticleContext, SourceFile, ArticleResult> = {
  url: import.meta.url,
  batchSize: 32,
  run: (ctx, files) => files.map(({ file, path }) => processArticle(file, readFileSync(path), ctx)),
};
