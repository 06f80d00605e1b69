/**
 * Worker thread entry: processes batches of articles sent by the pool.
 */
import { parentPort } from 'node:worker_threads';
import { readFileSync } from 'node:fs';
import { processArticle, type ArticleContext, type ArticleResult } from './article.js';

export interface WorkerRequest {
  id: number;
  ctx: ArticleContext;
  files: Array<{ file: string; path: string }>;
}

export interface WorkerResponse {
  id: number;
  results: ArticleResult[];
}

parentPort?.on('message', (req: WorkerRequest) => {
  const results = req.files.map(({ file, path }) => processArticle(file, readFileSync(path), req.ctx));
  parentPort!.postMessage({ id: req.id, results } satisfies WorkerResponse);
});
