/**
 * The thread of `startOutputCheck` (cache/output-state.ts): reads a stored
 * output state, checks it against the disk and posts the answer; when every
 * file matches, the state's bytes go with it (transferred, not copied) so
 * that the caller parses the columns it needs from the very version checked.
 * Loads only cache/output-file.ts (node:fs, node:path).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { checkStateFile } from './output-file.js';

const { path, outDir, recheck } = workerData as { path: string; outDir: string; recheck: string };
const { answer, parts } = checkStateFile(path, outDir, recheck);
if (answer.ok && parts) {
  const b = parts.bytes;
  const buffer = b.byteOffset === 0 && b.byteLength === b.buffer.byteLength ? b.buffer : b.slice().buffer;
  parentPort!.postMessage({ answer, bytes: buffer }, [buffer as ArrayBuffer]);
} else parentPort!.postMessage({ answer });
