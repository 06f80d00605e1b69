/**
 * The thread of `startOutputCheck` (cache/output-state.ts): checks a stored
 * output state against the disk and posts whether every file matches.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { storedStateMatches } from './output-state.js';

const { file, outDir } = workerData as { file: string; outDir: string };
parentPort!.postMessage(storedStateMatches(file, outDir));
