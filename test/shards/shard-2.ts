/** Shard 2 of 3 of `npm test` (see run.ts). */
import { runShard } from './run.js';

runShard(1, 3);
