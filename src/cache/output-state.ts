/**
 * What the cache remembers of one output folder after a successful build:
 * the key of the whole build's inputs, the summary it printed, and for every
 * file its SHA-256, size, modification time and (for pages) render key. The
 * next build trusts this record only if every file is still on disk with the
 * recorded size and modification time; otherwise it writes the output whole.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
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
}

const nameOf = (outDir: string) => `output-${hashOf(outDir).slice(0, 16)}`;

/** The recorded state of `outDir`, when it still matches the disk (every file present, same size and mtime); else undefined. */
export function loadOutputState<R>(store: CacheStore, outDir: string): OutputState<R> | undefined {
  const state = store.readJson<OutputState<R>>(nameOf(outDir));
  if (!state || typeof state.files !== 'object') return undefined;
  for (const [rel, f] of Object.entries(state.files)) {
    try {
      const st = statSync(join(outDir, ...rel.split('/')));
      if (st.size !== f.size || st.mtimeMs !== f.mtimeMs) return undefined;
    } catch {
      return undefined;
    }
  }
  return state;
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
  store.writeJson(nameOf(outDir), saved);
  return saved;
}

/** Records a state already made (a dev server's rebuild keeps it in memory and saves it after the reload). */
export function writeOutputState(store: CacheStore, outDir: string, state: OutputState): void {
  store.writeJson(nameOf(outDir), state);
}
