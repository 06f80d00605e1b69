/**
 * Worker thread entry: runs batches of any task module the pool names by URL
 * (see core/task.ts). Each module is imported once per worker, so whatever it
 * loads on first use (dictionaries, parsers, templates) is kept for later
 * batches. Knows nothing of the domain.
 */
import { parentPort } from 'node:worker_threads';
import type { Task } from '../core/task.js';

/** A batch to run: `items` of the task at `task` (a module URL), with its setup. */
export interface WorkerRequest {
  id: number;
  task: string;
  setup: unknown;
  items: unknown[];
}

export type WorkerResponse =
  | { id: number; results: unknown[] }
  | { id: number; error: string };

const modules = new Map<string, Promise<Task<unknown, unknown, unknown>>>();

/** The `task` export of a task module, imported once. */
function taskAt(url: string): Promise<Task<unknown, unknown, unknown>> {
  let task = modules.get(url);
  if (!task) {
    task = import(url).then((m: { task?: Task<unknown, unknown, unknown> }) => {
      if (!m.task) throw new Error(`${url} exports no task`);
      return m.task;
    });
    modules.set(url, task);
  }
  return task;
}

parentPort?.on('message', (req: WorkerRequest) => {
  taskAt(req.task)
    .then((task) => parentPort!.postMessage({ id: req.id, results: task.run(req.setup, req.items) } satisfies WorkerResponse))
    .catch((error: unknown) => parentPort!.postMessage({ id: req.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies WorkerResponse));
});
