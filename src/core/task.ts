/**
 * A task: work on a batch of items, given a setup, that can run in a worker
 * thread or in the calling thread with the same results. Task modules
 * (article/task.ts, render/task.ts, lint/task.ts) export one as `task`; the
 * worker pool imports the module by its URL and knows nothing of the domain,
 * and the tasks know nothing of threads.
 *
 * Items, setup and results cross threads by structured clone: plain data
 * only (errors as `SiteErrorInit`), except a setup used only inline.
 */
export interface Task<S, I, O> {
  /** The task module's URL (`import.meta.url`): a worker imports it and runs its `task` export. */
  readonly url: string;
  /** Items per message to a worker: large enough to amortize the message, small enough to balance the load. */
  readonly batchSize: number;
  /**
   * Young-generation size (MB) of the threads a pool starts for this task (default: the pool's). A task whose
   * batches allocate little (rendering) runs in smaller heaps; threads already running keep theirs.
   */
  readonly youngGenerationMb?: number;
  /** Processes a batch; one result per item, in item order. */
  run(setup: S, items: readonly I[]): O[];
}
