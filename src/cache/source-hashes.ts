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

interface Stamp {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
  sha256: string;
}

export class SourceHashes {
  private known = new Map<string, Stamp>();
  /** Files hashed (read) by the last `hashAll`: for tests and the build's summary. */
  read = 0;

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
      else {
        this.read++;
        stamp = { size: st.size, mtimeMs: st.mtimeMs, ctimeMs: st.ctimeMs, ino: st.ino, sha256: fileSha256(path) };
      }
      next.set(path, stamp);
      out.set(path, stamp.sha256);
    }
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
        this.read++;
        stamp = { size: st.size, mtimeMs: st.mtimeMs, ctimeMs: st.ctimeMs, ino: st.ino, sha256: fileSha256(path) };
        this.known.set(path, stamp);
      }
      out.set(path, stamp.sha256);
    }
    return out;
  }
}
