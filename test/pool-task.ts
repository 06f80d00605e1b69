/** A task module for the pool tests: squares numbers, slowly for odd batches (so batches finish out of order); fails on -1. */
import type { Task } from '../src/core/task.js';

export const task: Task<{ offset: number }, number, number> = {
  url: import.meta.url,
  batchSize: 3,
  run: (setup, items) => {
    if (items.includes(-1)) throw new Error('item -1 is not allowed');
    if (items[0]! % 2) {
      const until = Date.now() + 20;
      while (Date.now() < until);
    }
    return items.map((n) => n * n + setup.offset);
  },
};
