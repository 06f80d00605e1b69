/**
 * What the cache remembers of one output folder after a successful build:
 * the key of the whole build's inputs, the summary it printed, and for every
 * file its SHA-256, size, modification time and (for pages) render key. The
 * next build trusts this record only if every file is still on disk with the
 * recorded size and modification time; otherwise it writes the output whole.
 * The stored form and the disk check are cache/output-file.ts.
 */
import { statSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { join } from 'node:path';
import type { CacheStore } from './store.js';
import { hashOf } from './keys.js';
import { checkStateFile, columnsOf, encodeState, fileMatches, sameVersion, splitState, stampsOf, type CheckAnswer, type Columns, type Stamps, type StoredParts } from './output-file.js';

export interface FileState {
  sha256: string;
  size: number;
  mtimeMs: number;
  /** For pages: the key of what rendered it (template, context, templates). */
  renderKey?: string;
}

export interface OutputState<R = unknown> {
  /** The key of everything the whole build read (cache/keys.ts); equal keys, equal output. */
  buildKey: string;
  /** The build's summary, for a build that finds nothing changed. */
  report: R;
  files: Record<string, FileState>;
  /** A state read from the cache: every file's path, size and hash in `files`' order, without making `files`. */
  entries?: () => Array<{ path: string; size: number; sha256: string }>;
  /** A state read from the cache: how many files it records (without reading them). */
  count?: number;
}

const nameOf = (outDir: string) => `output-${hashOf(outDir).slice(0, 16)}.state`;

/** The output's file that every build that changes anything rewrites (its manifest): stat again before a state checked early is trusted. */
const RECHECK = '.tongwen/manifest.json';

/** The per-file record of stored parts. */
function filesOf(s: Stamps, c: Columns): Record<string, FileState> {
  const out: Record<string, FileState> = {};
  for (let i = 0; i < s.paths.length; i++) {
    const renderKey = c.renderKey[i];
    out[s.paths[i]!] = { sha256: c.sha256[i]!, size: s.size[i]!, mtimeMs: s.mtimeMs[i]!, ...(renderKey ? { renderKey } : {}) };
  }
  return out;
}

/** The state of stored parts; the stamps and columns are parsed on first use of `files` or `entries` (a build that finds nothing changed uses neither). */
function stateOf<R>(parts: StoredParts<R>, checked?: Stamps): OutputState<R> {
  let stamps = checked;
  let columns: Columns | undefined;
  const load = () => {
    stamps ??= stampsOf(parts);
    columns ??= columnsOf(parts);
    if (!stamps || !columns) throw new Error('the build cache\'s record of the output is damaged (delete the cache folder, .tongwen-cache, and build again)');
    return { s: stamps, c: columns };
  };
  let files: Record<string, FileState> | undefined;
  return {
    buildKey: parts.head.buildKey,
    report: parts.head.report,
    count: parts.head.count,
    get files() {
      if (!files) {
        const { s, c } = load();
        files = filesOf(s, c);
      }
      return files;
    },
    // In `files`' key order (the stored order is Object.keys of the saved state's files).
    entries: () => {
      const { s, c } = load();
      return s.paths.map((path, i) => ({ path, size: s.size[i]!, sha256: c.sha256[i]! }));
    },
  };
}

/** The recorded state at `path`, checked in this thread. */
function checkHere<R>(path: string, outDir: string): OutputState<R> | undefined {
  const { answer, parts, stamps } = checkStateFile<R>(path, outDir, RECHECK);
  return answer.ok && parts ? stateOf(parts, stamps) : undefined;
}

/** The recorded state of `outDir`, when it still matches the disk (every file present, same size and mtime); else undefined. */
export function loadOutputState<R>(store: CacheStore, outDir: string): OutputState<R> | undefined {
  return checkHere<R>(store.topPath(nameOf(outDir)), outDir);
}

/** How many checks of `startOutputCheck` its thread answered, and how many were made in the caller's thread (for tests). */
export const outputCheckStats = { thread: 0, here: 0, early: 0 };

/** Files above which the disk check runs in a thread of its own, beside the rest of the build's start. */
const CHECK_THREAD_FILES = 5000;

/** The stored state takes about 170 bytes a file: a thread only pays for itself on large outputs. */
const CHECK_THREAD_BYTES = CHECK_THREAD_FILES * 170;

interface Started {
  path: string;
  outDir: string;
  /** The thread's answer; undefined when it failed (then the check is made in the caller's thread). */
  answer: Promise<{ answer: CheckAnswer; bytes?: ArrayBuffer } | undefined> | undefined;
  ref: () => void;
}

/** Starts the check's thread (when the state is larger than `threadAboveBytes`). */
function start(path: string, outDir: string, threadAboveBytes: number): Started | undefined {
  const st = statSync(path, { throwIfNoEntry: false });
  if (!st) return undefined;
  if (st.size <= threadAboveBytes) return { path, outDir, answer: undefined, ref: () => {} };
  try {
    // stdout/stderr not piped into this process's (the thread prints nothing; making process.stdout costs milliseconds).
    const worker = new Worker(new URL('./output-check.js', import.meta.url), { workerData: { path, outDir, recheck: RECHECK }, stdout: true, stderr: true });
    // A check never asked for (a build that stopped first) does not keep the process alive.
    worker.unref();
    const answer = new Promise<{ answer: CheckAnswer; bytes?: ArrayBuffer } | undefined>((resolve) => {
      worker.once('message', (r: { answer: CheckAnswer; bytes?: ArrayBuffer }) => resolve(r));
      worker.once('error', () => resolve(undefined));
      worker.once('exit', () => resolve(undefined));
    });
    return { path, outDir, answer, ref: () => worker.ref() };
  } catch {
    return { path, outDir, answer: undefined, ref: () => {} };
  }
}

/** A check started before the build (`prestartOutputCheck`), for the build of the same output and cache to take. */
let early: Started | undefined;

/**
 * Starts the disk check of `outDir`'s recorded state as early as the process knows its cache and output folder
 * (the CLI, before it loads the build's modules): `startOutputCheck` of the same folders takes it. Its answer is
 * trusted only if, once the build holds the output's lock, the recorded state is the version the thread read and
 * the output's manifest (rewritten by any build that changes a file) is still as recorded.
 */
export function prestartOutputCheck(store: CacheStore, outDir: string, threadAboveBytes = CHECK_THREAD_BYTES): { settled: Promise<void> } {
  early = start(store.topPath(nameOf(outDir)), outDir, threadAboveBytes);
  // Settled when the thread has answered (tests change the output after that).
  return { settled: early?.answer?.then(() => {}) ?? Promise.resolve() };
}

/**
 * `loadOutputState` with the disk check (a stat of every file: 27,000 on the 4000-article corpus) made in a thread
 * of its own, so that the caller reads and hashes the sources meanwhile; call `result()` when the state is needed.
 * The thread reads the record itself and parses only the paths and stamps; this thread parses the columns (the
 * files' SHA-256 and render keys) only if the build uses them — a build that finds nothing changed does not. Small
 * outputs, or a thread that cannot start, are checked in this thread. A check started early for the same folders
 * (`prestartOutputCheck`) is taken instead of a new one.
 */
export function startOutputCheck<R>(store: CacheStore, outDir: string, threadAboveBytes = CHECK_THREAD_BYTES): { result: () => Promise<OutputState<R> | undefined> } {
  const path = store.topPath(nameOf(outDir));
  let started: Started | undefined;
  if (early && early.path === path && early.outDir === outDir) {
    started = early;
    early = undefined;
    outputCheckStats.early++;
  } else started = start(path, outDir, threadAboveBytes);
  if (!started) return { result: async () => undefined };
  const s = started;
  s.ref();
  return {
    result: async () => {
      const got = s.answer && (await s.answer);
      // A thread that failed to start or to answer: the check is made here.
      if (!got) {
        outputCheckStats.here++;
        return checkHere<R>(path, outDir);
      }
      outputCheckStats.thread++;
      const { answer, bytes } = got;
      if (!answer.ok || !bytes || !answer.identity) return undefined;
      // The thread may have checked before this build took the output's lock: the record must be the version it
      // read, and the manifest as recorded (a build in between rewrote it, or changed nothing).
      if (!sameVersion(path, answer.identity) || !fileMatches(answer.recheck, outDir, RECHECK)) return undefined;
      const parts = splitState<R>(new Uint8Array(bytes));
      return parts ? stateOf(parts) : undefined;
    },
  };
}

/** Writes a state in the stored form (cache/output-file.ts). */
function writeState(store: CacheStore, outDir: string, state: OutputState<unknown>): void {
  const paths = Object.keys(state.files);
  const f = paths.map((p) => state.files[p]!);
  const bytes = encodeState(state, { paths, size: f.map((x) => x.size), mtimeMs: f.map((x) => x.mtimeMs) }, { sha256: f.map((x) => x.sha256), renderKey: f.map((x) => x.renderKey ?? '') });
  store.writeTop(nameOf(outDir), bytes);
}

/** Records the state of `outDir` after a commit; `unchanged` files keep their recorded mtime (they were not touched). */
export function saveOutputState<R>(store: CacheStore, outDir: string, state: Omit<OutputState<R>, 'files'>, files: ReadonlyArray<{ path: string; sha256: string; size: number; renderKey?: string }>, previous: OutputState | undefined): OutputState<R> | undefined {
  const out: Record<string, FileState> = {};
  for (const f of files) {
    const old = previous?.files[f.path];
    let mtimeMs: number;
    if (old && old.sha256 === f.sha256 && old.size === f.size) mtimeMs = old.mtimeMs;
    else {
      try {
        mtimeMs = statSync(join(outDir, ...f.path.split('/'))).mtimeMs;
      } catch {
        return undefined; // the output changed under us: record nothing, the next build writes it whole
      }
    }
    out[f.path] = { sha256: f.sha256, size: f.size, mtimeMs, ...(f.renderKey ? { renderKey: f.renderKey } : {}) };
  }
  const saved = { ...state, files: out };
  writeState(store, outDir, saved);
  return saved;
}

/** Records a state already made (a dev server's rebuild keeps it in memory and saves it after the reload). */
export function writeOutputState(store: CacheStore, outDir: string, state: OutputState): void {
  writeState(store, outDir, state);
}
