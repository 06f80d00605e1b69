/**
 * Where a build's output goes. Everything the build writes passes through one
 * `OutputSink` (as Hugo's one publisher): the disk (output/disk.ts, atomic)
 * for `build`, memory (output/memory.ts) for a dev server and tests. Every
 * sink validates paths the same way and keeps a manifest of what it wrote.
 */
import { SiteError } from '../core/errors.js';
import { Manifest, type ManifestEntry } from './manifest.js';

export interface OutputSink {
  /** Writes a file (`/`-separated path relative to the output); `what` names its origin in collision messages. Throws SiteError for a bad or colliding path. */
  write(file: string, data: string | Uint8Array, what?: string): void;
  /** Copies a file from the disk into the output. */
  copy(from: string, to: string, what?: string): void;
  /** Waits for every write so far; throws the first failure. */
  flush(): Promise<void>;
  /** Makes the output visible, all at once. */
  commit(): Promise<void>;
  /** Drops everything written; the previous output stays. */
  abort(): Promise<void>;
  /** Files written and their total size in bytes (complete once `flush()` resolved). */
  readonly stats: { files: number; bytes: number };
  /** `{ path, size, sha256 }` of every file written, sorted by path (complete once `flush()` resolved). */
  manifest(): ManifestEntry[];
}

/**
 * The paths claimed so far in one output, and the one validation of a new
 * path: no path that leaves the output folder, and no two files whose paths
 * differ only in letter case (they collide on case-insensitive file systems).
 */
export class OutputPaths {
  private readonly claimed = new Map<string, string>();
  readonly manifest = new Manifest();

  get size(): number {
    return this.claimed.size;
  }

  /** Claims `rel` for `what`; returns its path segments. */
  claim(rel: string, what: string): string[] {
    const parts = rel.split('/');
    if (rel === '' || parts.some((p) => p === '' || p === '.' || p === '..' || /[\\\0]/.test(p))) {
      throw new SiteError({ stage: 'output', message: `refusing to write "${rel}" (${what}): the path would leave the output folder`, hint: 'use plain relative paths' });
    }
    const key = rel.normalize('NFC').toLowerCase();
    const previous = this.claimed.get(key);
    if (previous !== undefined) {
      throw new SiteError({ stage: 'output', message: `${what} and ${previous} would both be written to ${rel}`, hint: 'rename one of them; output paths must differ by more than letter case' });
    }
    this.claimed.set(key, what);
    return parts;
  }
}
