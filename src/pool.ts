/**
 * Runs the per-article pipeline over many files: in worker threads when there
 * are enough articles to pay for starting them (each loads the OpenCC
 * dictionaries and the Markdown parser), otherwise in this thread. Results
 * come back in input order, whatever order the workers finish in.
 */
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { readFileSync } from 'node:fs';
import { processArticle, type ArticleContext, type ArticleResult } from './article.js';
import type { WorkerRequest, WorkerResponse } from './worker.js';

export interface SourceFile {
  /** Path used in messages, relative to the site root. */
  file: string;
  /** Absolute path to read. */
  path: string;
}

export interface PoolOptions {
  /** Worker threads to use; 0 processes in this thread. Default: one per core when there are ≥ 200 articles. */
  workers?: number;
}

const BATCH = 32;
const WORKER_THRESHOLD = 200;

/** Number of workers to use for `count` articles. */
export function defaultWorkers(count: number): number {
  return count < WORKER_THRESHOLD ? 0 : Math.max(1, Math.min(availableParallelism(), 8));
}

/** Processes every file; results in the order of `files`. */
export async function processAll(files: readonly SourceFile[], ctx: ArticleContext, opts: PoolOptions = {}): Promise<ArticleResult[]> {
  const workers = opts.workers ?? defaultWorkers(files.length);
  if (workers <= 0) return files.map(({ file, path }) => processArticle(file, readFileSync(path), ctx));

  const results: ArticleResult[] = new Array(files.length);
  const batches: Array<{ start: number; files: SourceFile[] }> = [];
  for (let i = 0; i < files.length; i += BATCH) batches.push({ start: i, files: files.slice(i, i + BATCH) });

  const workerUrl = new URL('./worker.js', import.meta.url);
  let next = 0;
  const run = (worker: Worker) =>
    new Promise<void>((resolve, reject) => {
      let current = -1;
      const send = () => {
        if (next >= batches.length) {
          resolve();
          return;
        }
        current = next++;
        worker.postMessage({ id: current, ctx, files: batches[current]!.files } satisfies WorkerRequest);
      };
      worker.on('message', (res: WorkerResponse) => {
        const batch = batches[res.id]!;
        res.results.forEach((r, k) => (results[batch.start + k] = r));
        send();
      });
      worker.on('error', reject);
      worker.on('exit', (code) => {
        if (code !== 0) reject(new Error(`article worker stopped with exit code ${code}`));
      });
      send();
    });

  const pool = Array.from({ length: Math.min(workers, batches.length) }, () => new Worker(workerUrl));
  try {
    await Promise.all(pool.map(run));
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
  return results;
}
