/** Shard 1 of 2 of `npm test` (see run.ts). */
import { runShard } from './run.js';

runShard(0, 2);
