/**
 * A pool of worker threads that runs task modules (core/task.ts) it does not
 * know: the build's article and render stages and `tongwen check` on large
 * sites all use the same workers. Results come back in input order, whatever
 * order workers finish in; `onBatch` sees them in that order too, as soon as
 * each batch is ready. No domain imports: a task is named by its URL.
 */
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import type { Task } from '../core/task.js';
import type { WorkerRequest, WorkerResponse } from './worker.js';

const WORKER_THRESHOLD = 200;

/**
 * Young-generation size of each worker's heap. Parsing and rendering allocate
 * many short-lived objects; a larger nursery means fewer scavenges (measured:
 * 3–6% less CPU in the article stage on the 4000-article corpus, for ~100 MB).
 */
const YOUNG_GENERATION_MB = 64;

/**
 * Old-generation limit of each worker's heap. V8 lets a heap grow before it
 * collects by a factor that depends on this limit: up to 4× what is live for
 * the default (a quarter of the machine's memory, up to 4 GB), at most ≈1.8×
 * at 1.5 GB. The article threads grew to 250–320 MB each for ≈100 MB live
 * (dictionaries, converters); capped, the article stage's peak RSS on the
 * 4000 corpus is ≈590–640 MB instead of ≈715–780 MB. 1 GB gave the same
 * memory for more collections (CPU); a batch needs far less than either
 * (32 articles; a 20 MB article builds in a worker).
 */
const OLD_GENERATION_MB = 1536;

/** Number of workers to use for a site of `count` articles: none for small sites, else one per core (at most 8). */
export function defaultWorkers(count: number): number {
  return count < WORKER_THRESHOLD ? 0 : Math.max(1, Math.min(availableParallelism(), 8));
}

/** Called with each batch's results, in input order: `start` is the index of the batch's first item. */
export type OnBatch<O> = (start: number, results: O[]) => void;

export class WorkerPool {
  private workers: Worker[];

  private readonly size: number;

  constructor(size: number) {
    this.size = size;
    this.workers = WorkerPool.start(size);
  }

  private static start(size: number, youngGenerationMb = YOUNG_GENERATION_MB): Worker[] {
    const url = new URL('./worker.js', import.meta.url);
    return Array.from({ length: size }, () => new Worker(url, { resourceLimits: { maxYoungGenerationSizeMb: youngGenerationMb, maxOldGenerationSizeMb: OLD_GENERATION_MB } }));
  }

  /**
   * Ends the workers (call between tasks, never while one runs); the next
   * task starts fresh ones. What earlier tasks loaded — the article stage's
   * dictionaries and parsers, heaps grown by its biggest batches — is freed
   * while this thread works alone, and rendering runs in threads that hold
   * only the templates.
   */
  async release(): Promise<void> {
    const old = this.workers;
    this.workers = [];
    await Promise.all(old.map((w) => w.terminate()));
  }

  /**
   * Runs the task module at `taskUrl` over `items` in batches of `batchSize`,
   * every batch with the same `setup` (plain data); results in the order of
   * `items` — or, with `onBatch`, handed to it batch by batch and not kept
   * (the promise then resolves to an empty array). Threads started for it
   * (after a `release`) get a young generation of `youngGenerationMb`.
   */
  map<I, S, O>(taskUrl: URL, items: readonly I[], setup: S, batchSize: number, onBatch?: OnBatch<O>, youngGenerationMb?: number): Promise<O[]> {
    if (this.workers.length === 0) this.workers = WorkerPool.start(this.size, youngGenerationMb);
    return this.run(items, batchSize, (id, batch): WorkerRequest => ({ id, task: taskUrl.href, setup, items: batch }), onBatch);
  }

  /** Stops the workers. */
  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private run<I, O>(items: readonly I[], size: number, request: (id: number, batch: I[]) => WorkerRequest, onBatch?: OnBatch<O>): Promise<O[]> {
    const results: O[] = onBatch ? [] : new Array(items.length);
    // Each batch is dropped once sent (the render jobs of data files carry their text).
    const batches: Array<I[] | undefined> = [];
    for (let i = 0; i < items.length; i += size) batches.push(items.slice(i, i + size));
    const done: Array<O[] | undefined> = new Array(batches.length);
    let next = 0;
    let flushed = 0;
    const flush = () => {
      while (flushed < batches.length && done[flushed]) {
        onBatch?.(flushed * size, done[flushed]!);
        done[flushed] = undefined;
        flushed++;
      }
    };
    return new Promise<O[]>((resolve, reject) => {
      let outstanding = 0;
      let settled = false;
      const listeners: Array<() => void> = [];
      const finish = (error?: unknown) => {
        if (settled) return;
        settled = true;
        for (const off of listeners) off();
        if (error !== undefined) reject(error);
        else resolve(results);
      };
      // Each worker keeps two batches queued, so it never waits for the main thread.
      const dispatch = (worker: Worker) => {
        if (next >= batches.length) return;
        const id = next++;
        outstanding++;
        const batch = batches[id]!;
        batches[id] = undefined;
        worker.postMessage(request(id, batch));
      };
      for (const worker of this.workers) {
        const onMessage = (res: WorkerResponse) => {
          if ('error' in res) {
            finish(new Error(`a worker task failed: ${res.error}`));
            return;
          }
          const out = res.results as O[];
          // With onBatch, results are handed over and not kept (rendered pages would otherwise stay in memory to the end).
          if (!onBatch) out.forEach((r, k) => (results[res.id * size + k] = r));
          done[res.id] = out;
          outstanding--;
          dispatch(worker);
          try {
            flush();
          } catch (error) {
            finish(error);
            return;
          }
          if (outstanding === 0 && next >= batches.length) finish();
        };
        const onError = (error: Error) => finish(error);
        const onExit = (code: number) => finish(new Error(`worker stopped with exit code ${code}`));
        worker.on('message', onMessage);
        worker.on('error', onError);
        worker.on('exit', onExit);
        listeners.push(() => {
          worker.off('message', onMessage);
          worker.off('error', onError);
          worker.off('exit', onExit);
        });
      }
      for (let round = 0; round < 2; round++) for (const worker of this.workers) dispatch(worker);
      if (outstanding === 0) finish();
    });
  }
}

/**
 * Runs a task in the pool, or in this thread when there is no pool (small
 * sites, tests): the same results either way. `onBatch` is called in order
 * (once, with everything, when inline); with it, nothing is kept and the
 * promise resolves to an empty array, in both cases.
 */
export async function runTask<S, I, O>(pool: WorkerPool | undefined, task: Task<S, I, O>, items: readonly I[], setup: S, onBatch?: OnBatch<O>): Promise<O[]> {
  if (pool) return pool.map(new URL(task.url), items, setup, task.batchSize, onBatch, task.youngGenerationMb);
  const results = task.run(setup, items);
  if (!onBatch) return results;
  onBatch(0, results);
  return [];
}
