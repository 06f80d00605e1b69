/** A task module for the pool tests: reports the heap limits of the thread that runs it. */
import { resourceLimits } from 'node:worker_threads';
import type { Task } from '../src/core/task.js';

export const task: Task<null, number, { young: number | undefined; old: number | undefined }> = {
  url: import.meta.url,
  batchSize: 1,
  youngGenerationMb: 8,
  run: (_setup, items) => items.map(() => ({ young: resourceLimits.maxYoungGenerationSizeMb, old: resourceLimits.maxOldGenerationSizeMb })),
};
