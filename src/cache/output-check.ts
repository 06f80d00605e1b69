/**
 * The thread of `startOutputCheck` (cache/output-state.ts): checks a stored
 * output state (the document's bytes, read by the caller) against the disk and posts
 * whether every file matches, with the state's head.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { storedStateMatches } from './output-state.js';

const { bytes, outDir } = workerData as { bytes: Uint8Array; outDir: string };
parentPort!.postMessage(storedStateMatches(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'), outDir));
