/** Shard 1 of 3 of `npm test` (see run.ts). */
import { runShard } from './run.js';

runShard(0, 3);
