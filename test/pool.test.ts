/**
 * The generic worker pool: any task module, results and `onBatch` in input
 * order whatever order the workers finish in, the same as an inline run, and
 * a failing task rejects.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WorkerPool, runTask } from '../src/workers/pool.js';
import { task } from './pool-task.js';
import { task as limitsTask } from './pool-limits-task.js';

const items = Array.from({ length: 20 }, (_, i) => i);

test('a pool runs a task module by URL: results and batches in input order, equal to an inline run', async () => {
  const pool = new WorkerPool(2);
  try {
    const starts: number[] = [];
    const seen: number[] = [];
    const threaded = await runTask(pool, task, items, { offset: 1 }, (start, results) => {
      starts.push(start);
      seen.push(...results);
    });
    const inline = await runTask(undefined, task, items, { offset: 1 });
    const expected = items.map((n) => n * n + 1);
    // Results handed to onBatch are not kept (peak memory of the render stage).
    assert.deepEqual(threaded, []);
    assert.deepEqual(inline, expected);
    assert.deepEqual(await runTask(pool, task, items, { offset: 1 }), expected, 'without onBatch the pool returns every result');
    assert.deepEqual(starts, [0, 3, 6, 9, 12, 15, 18]);
    assert.deepEqual(seen, expected);
    const inlineSeen: number[] = [];
    assert.deepEqual(await runTask(undefined, task, items, { offset: 1 }, (_, r) => inlineSeen.push(...r)), []);
    assert.deepEqual(inlineSeen, expected);
    // The same workers run another task call (the module stays imported).
    assert.deepEqual(await pool.map(new URL(task.url), [2, 3], { offset: 0 }, 1), [4, 9]);
  } finally {
    await pool.close();
  }
});

test('an exception in a worker task rejects the call with its message', async () => {
  const pool = new WorkerPool(1);
  try {
    await assert.rejects(runTask(pool, task, [1, 2, -1], { offset: 0 }), /item -1 is not allowed/);
  } finally {
    await pool.close();
  }
});

test('release ends the threads between tasks; the next task starts fresh ones with the same results', async () => {
  const pool = new WorkerPool(2);
  try {
    const expected = items.map((n) => n * n + 1);
    assert.deepEqual(await runTask(pool, task, items, { offset: 1 }), expected);
    await pool.release();
    await pool.release();
    assert.deepEqual(await runTask(pool, task, items, { offset: 1 }), expected);
  } finally {
    await pool.close();
  }
});

test('threads started for a task get its young generation and the old-generation cap (1.5 GB); threads already running keep theirs', async () => {
  const pool = new WorkerPool(2);
  try {
    // Started by the constructor: the pool's default nursery.
    const first = await runTask(pool, limitsTask, [1, 2], null);
    assert.deepEqual(first, [{ young: 64, old: 1536 }, { young: 64, old: 1536 }]);
    await pool.release();
    // Started for the task after a release: its own nursery (rendering's is small).
    const fresh = await runTask(pool, limitsTask, [1, 2], null);
    assert.deepEqual(fresh, [{ young: 8, old: 1536 }, { young: 8, old: 1536 }]);
  } finally {
    await pool.close();
  }
});
