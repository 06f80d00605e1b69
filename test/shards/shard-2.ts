/** Shard 2 of 2 of `npm test` (see run.ts). */
import { runShard } from './run.js';

runShard(1, 2);
