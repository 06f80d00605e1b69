/** Shard 3 of 3 of `npm test` (see run.ts). */
import { runShard } from './run.js';

runShard(2, 3);
