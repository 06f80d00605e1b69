/**
 * The SHA-256 of each source file, remembered by a long-lived builder (a dev
 * server's) with the file's stamp — size, modification and change times,
 * inode — so a rebuild reads and hashes again only the files whose stamp
 * changed (one edited article of 4000, not 26 MB of sources). A file
 * rewritten in place with the same size within the clock's resolution keeps
 * its ctime only if the file system is broken; any rename or replacement
 * changes the inode.
 */
import { statSync } from 'node:fs';
import { fileSha256 } from '../output/manifest-document.js';
import type { CacheStore } from './store.js';
import { hashOf } from './keys.js';

interface Stamp {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
  sha256: string;
  /** When the file was read for this hash (Date.now()). */
  takenMs: number;
}

/**
 * How close to the moment it was hashed a file's change time may be for its stamp to be trusted by a later process
 * (ms): a file written again within the file system's timestamp resolution of the hashing could keep its size and
 * times ("racy git"); such a file is read again. Two seconds cover the coarsest common resolution (FAT's).
 */
const RACY_MS = 2000;

/** The stamps of a site's sources as the cache stores them: columns, in path order. */
interface StoredStamps {
  paths: string[];
  takenMs: number[];
  size: number[];
  mtimeMs: number[];
  ctimeMs: number[];
  ino: number[];
  sha256: string[];
}

const stampsName = (root: string) => `sources-${hashOf(root).slice(0, 16)}`;

export class SourceHashes {
  private known = new Map<string, Stamp>();
  /** Files hashed (read) by the last `hashAll`: for tests and the build's summary. */
  read = 0;
  /** Whether the stamps changed since they were loaded or saved (`save` writes only then). */
  private dirty = false;
  private readonly racyMs: number;

  /** `racyMs`: the window of `RACY_MS` (tests set 0 to trust files they have just written). */
  constructor(options: { racyMs?: number } = {}) {
    this.racyMs = options.racyMs ?? RACY_MS;
  }

  /**
   * Starts from the stamps a previous process saved in the cache (a warm build in a new process then reads no
   * source whose stamp is unchanged, as git's index does), leaving out those hashed too soon after a change
   * (`RACY_MS`). Only a builder that has not hashed yet loads.
   */
  load(store: CacheStore, root: string): void {
    if (this.known.size > 0) return;
    const c = store.readJson<StoredStamps>(stampsName(root));
    if (!c || !Array.isArray(c.paths)) return;
    const cols = [c.size, c.mtimeMs, c.ctimeMs, c.ino, c.sha256, c.takenMs];
    if (cols.some((col) => !Array.isArray(col) || col.length !== c.paths.length)) return;
    for (let i = 0; i < c.paths.length; i++) {
      if (c.ctimeMs[i]! >= c.takenMs[i]! - this.racyMs) continue;
      this.known.set(c.paths[i]!, { size: c.size[i]!, mtimeMs: c.mtimeMs[i]!, ctimeMs: c.ctimeMs[i]!, ino: c.ino[i]!, sha256: c.sha256[i]!, takenMs: c.takenMs[i]! });
    }
  }

  /** Saves the stamps for the next process, when they changed (a file read, added or gone). */
  save(store: CacheStore, root: string): void {
    if (!this.dirty) return;
    const paths = [...this.known.keys()];
    const st = paths.map((p) => this.known.get(p)!);
    store.writeJson(stampsName(root), {
      paths,
      size: st.map((x) => x.size),
      mtimeMs: st.map((x) => x.mtimeMs),
      ctimeMs: st.map((x) => x.ctimeMs),
      ino: st.map((x) => x.ino),
      sha256: st.map((x) => x.sha256),
      takenMs: st.map((x) => x.takenMs),
    });
    this.dirty = false;
  }

  private stampOf(path: string, st: { size: number; mtimeMs: number; ctimeMs: number; ino: number }): Stamp {
    this.read++;
    this.dirty = true;
    const takenMs = Date.now();
    return { size: st.size, mtimeMs: st.mtimeMs, ctimeMs: st.ctimeMs, ino: st.ino, sha256: fileSha256(path), takenMs };
  }

  /**
   * The SHA-256 of every path; only files whose stamp changed since the last
   * call are read. Paths not asked for are forgotten.
   */
  hashAll(paths: readonly string[]): Map<string, string> {
    const next = new Map<string, Stamp>();
    const out = new Map<string, string>();
    this.read = 0;
    for (const path of paths) {
      const st = statSync(path);
      const old = this.known.get(path);
      let stamp: Stamp;
      if (old && old.size === st.size && old.mtimeMs === st.mtimeMs && old.ctimeMs === st.ctimeMs && old.ino === st.ino) stamp = old;
      else stamp = this.stampOf(path, st);
      next.set(path, stamp);
      out.set(path, stamp.sha256);
    }
    if (next.size !== this.known.size) this.dirty = true;
    this.known = next;
    return out;
  }

  /** The SHA-256 of some paths (a watcher named them), read again when their stamp changed; the others stay known. */
  hashSome(paths: readonly string[]): Map<string, string> {
    const out = new Map<string, string>();
    this.read = 0;
    for (const path of paths) {
      const st = statSync(path);
      const old = this.known.get(path);
      let stamp = old;
      if (!stamp || stamp.size !== st.size || stamp.mtimeMs !== st.mtimeMs || stamp.ctimeMs !== st.ctimeMs || stamp.ino !== st.ino) {
        stamp = this.stampOf(path, st);
        this.known.set(path, stamp);
      }
      out.set(path, stamp.sha256);
    }
    return out;
  }
}
