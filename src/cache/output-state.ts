/**
 * What the cache remembers of one output folder after a successful build:
 * the key of the whole build's inputs, the summary it printed, and for every
 * file its SHA-256, size, modification time and (for pages) render key. The
 * next build trusts this record only if every file is still on disk with the
 * recorded size and modification time; otherwise it writes the output whole.
 */
import { readFileSync, statSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { join, sep } from 'node:path';
import type { CacheStore } from './store.js';
import { hashOf } from './keys.js';

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

const nameOf = (outDir: string) => `output-${hashOf(outDir).slice(0, 16)}`;

/**
 * On disk the files are columns (one array per field, in path order): JSON.parse reads 27,000 files' state in
 * about 15 ms this way, against 140–190 ms for an object per file, and the warm build's budget is one second.
 */
interface StoredFiles {
  paths: string[];
  sha256: string[];
  size: number[];
  mtimeMs: number[];
  /** '' for a file that is not a page. */
  renderKey: string[];
}

interface StoredState<R> {
  buildKey: string;
  report: R;
  columns: StoredFiles;
}

/** The full path of an output file (`rel` is `/`-separated): concatenated where `/` is the separator, the warm path's hot loop. */
const outPath = sep === '/' ? (outDir: string, rel: string) => `${outDir}/${rel}` : (outDir: string, rel: string) => join(outDir, ...rel.split('/'));

/** The stored columns, when they are well-formed. */
function columnsOf<R>(stored: StoredState<R> | undefined): StoredFiles | undefined {
  const c = stored?.columns;
  if (!c || !Array.isArray(c.paths) || [c.sha256, c.size, c.mtimeMs, c.renderKey].some((col) => !Array.isArray(col) || col.length !== c.paths.length)) return undefined;
  return c;
}

/** Whether every recorded file is on disk with its recorded size and modification time. */
export function filesMatch(c: StoredFiles, outDir: string): boolean {
  const dir = outDir.endsWith(sep) ? outDir.slice(0, -1) : outDir;
  for (let i = 0; i < c.paths.length; i++) {
    const st = statSync(outPath(dir, c.paths[i]!), { throwIfNoEntry: false });
    if (!st || st.size !== c.size[i] || st.mtimeMs !== c.mtimeMs[i]) return false;
  }
  return true;
}

/** What the check thread answers: whether the stored state matches the disk, and its head (build key, report, file count). */
export interface CheckAnswer {
  ok: boolean;
  buildKey?: string;
  report?: unknown;
  count?: number;
}

/** Whether the stored state `text` (the JSON document) matches the disk under `outDir`, with its head (the check thread's work). */
export function storedStateMatches(text: string, outDir: string): CheckAnswer {
  try {
    const stored = JSON.parse(text) as StoredState<unknown>;
    const c = columnsOf(stored);
    return { ok: c !== undefined && filesMatch(c, outDir), buildKey: stored.buildKey, report: stored.report, count: c?.paths.length ?? 0 };
  } catch {
    return { ok: false };
  }
}

/** The per-file record of stored columns. */
function filesOf(c: StoredFiles): Record<string, FileState> {
  const out: Record<string, FileState> = {};
  for (let i = 0; i < c.paths.length; i++) {
    const renderKey = c.renderKey[i];
    out[c.paths[i]!] = { sha256: c.sha256[i]!, size: c.size[i]!, mtimeMs: c.mtimeMs[i]!, ...(renderKey ? { renderKey } : {}) };
  }
  return out;
}

/** The state of stored columns (`columns` is called on first use of `files` or `entries`). */
function stateOf<R>(head: { buildKey: string; report: R; count: number }, columns: () => StoredFiles): OutputState<R> {
  // `files` is made on first use: a build that finds nothing changed needs only `entries` (27,000 objects fewer).
  let files: Record<string, FileState> | undefined;
  // The columns are in `files`' key order already (writeState lists Object.keys), so `entries` follows them.
  return {
    buildKey: head.buildKey,
    report: head.report,
    count: head.count,
    get files() {
      return (files ??= filesOf(columns()));
    },
    entries: () => {
      const c = columns();
      return c.paths.map((path, i) => ({ path, size: c.size[i]!, sha256: c.sha256[i]! }));
    },
  };
}

/** The recorded state in the JSON document `text`, when it still matches the disk under `outDir`; else undefined. */
function checkedState<R>(text: string, outDir: string): OutputState<R> | undefined {
  let stored: StoredState<R> | undefined;
  try {
    stored = JSON.parse(text) as StoredState<R>;
  } catch {
    return undefined;
  }
  const c = columnsOf(stored);
  return c && filesMatch(c, outDir) ? stateOf({ buildKey: stored.buildKey, report: stored.report, count: c.paths.length }, () => c) : undefined;
}

/** The recorded state of `outDir`, when it still matches the disk (every file present, same size and mtime); else undefined. */
export function loadOutputState<R>(store: CacheStore, outDir: string): OutputState<R> | undefined {
  let text: string;
  try {
    text = readFileSync(store.jsonPath(nameOf(outDir)), 'utf8');
  } catch {
    return undefined;
  }
  return checkedState<R>(text, outDir);
}

/** How many checks of `startOutputCheck` its thread answered, and how many were made in the caller's thread (for tests). */
export const outputCheckStats = { thread: 0, here: 0 };

/** Files above which the disk check runs in a thread of its own, beside the rest of the build's start. */
const CHECK_THREAD_FILES = 5000;

/**
 * `loadOutputState` with the disk check (a stat of every file: 27,000 on the 4000-article corpus, about half of a
 * warm build's time) started at once in a thread of its own, so that the caller reads and hashes the sources
 * meanwhile; call `result()` when the state is needed. The document is read once, here, and handed to the thread,
 * which parses it and answers with its head: this thread parses the file columns (4.7 MB of JSON on that corpus)
 * only if the build uses them — a build that finds nothing changed does not. Small outputs, or a thread that
 * cannot start, are checked in this thread.
 */
export function startOutputCheck<R>(store: CacheStore, outDir: string, threadAboveBytes = CHECK_THREAD_FILES * 170): { result: () => Promise<OutputState<R> | undefined> } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(store.jsonPath(nameOf(outDir)));
  } catch {
    return { result: async () => undefined };
  }
  // Decoded (UTF-8: the paths of keyword pages are Chinese) only where it is parsed.
  const text = () => bytes.toString('utf8');
  // The stored state takes about 170 bytes a file: a thread only pays for itself on large outputs.
  let check: Promise<CheckAnswer | undefined> | undefined;
  if (bytes.length > threadAboveBytes) {
    try {
      const worker = new Worker(new URL('./output-check.js', import.meta.url), { workerData: { bytes, outDir } });
      check = new Promise((resolve) => {
        worker.once('message', (r: CheckAnswer) => resolve(r));
        worker.once('error', () => resolve(undefined));
        worker.once('exit', () => resolve(undefined));
      });
    } catch {
      check = undefined;
    }
  }
  return {
    result: async () => {
      const checked = check && (await check);
      // A thread that failed to start or to answer: the check is made here.
      if (!checked) {
        outputCheckStats.here++;
        return checkedState<R>(text(), outDir);
      }
      outputCheckStats.thread++;
      if (!checked.ok || checked.buildKey === undefined) return undefined;
      // The thread validated the columns of this very text: they are parsed again here only when used.
      let c: StoredFiles | undefined;
      return stateOf({ buildKey: checked.buildKey, report: checked.report as R, count: checked.count ?? 0 }, () => (c ??= (JSON.parse(text()) as StoredState<R>).columns));
    },
  };
}

/** Writes a state in the stored (columnar) form. */
function writeState(store: CacheStore, outDir: string, state: OutputState<unknown>): void {
  const paths = Object.keys(state.files);
  const f = paths.map((p) => state.files[p]!);
  const columns: StoredFiles = { paths, sha256: f.map((x) => x.sha256), size: f.map((x) => x.size), mtimeMs: f.map((x) => x.mtimeMs), renderKey: f.map((x) => x.renderKey ?? '') };
  store.writeJson(nameOf(outDir), { buildKey: state.buildKey, report: state.report, columns } satisfies StoredState<unknown>);
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
