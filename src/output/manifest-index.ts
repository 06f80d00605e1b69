/**
 * An output's manifest kept between builds (a dev server's): entries sorted
 * by path with each one's manifest line, and a map by path. A rebuild that
 * changes a few files replaces, adds or removes those entries (a binary
 * search each) instead of sorting and serializing every entry again; the
 * text is `manifestJson`'s (the same lines, `manifestJsonOf`).
 */
import { compare } from '../core/errors.js';
import type { ManifestEntry } from './manifest.js';
import { manifestJsonOf, manifestLine, type ManifestDocument } from './manifest-document.js';

export class ManifestIndex {
  private readonly entries: ManifestEntry[];
  /** Each entry's line as UTF-8, followed by `,\n`. */
  private readonly lines: Buffer[];
  /** Every entry by path (a sink's `previous`). */
  readonly map: Map<string, ManifestEntry>;

  /** `sorted`: entries sorted by path (`sink.manifest()`). */
  constructor(sorted: readonly ManifestEntry[]) {
    this.entries = [...sorted];
    this.lines = this.entries.map(lineBytes);
    this.map = new Map(this.entries.map((e) => [e.path, e]));
  }

  get size(): number {
    return this.entries.length;
  }

  /** Where `path` is or would go. */
  private at(path: string): number {
    let lo = 0;
    let hi = this.entries.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compare(this.entries[mid]!.path, path) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Adds an entry or replaces the one with its path. */
  set(e: ManifestEntry): void {
    const i = this.at(e.path);
    const old = this.entries[i];
    if (old?.path === e.path) {
      if (old.size === e.size && old.sha256 === e.sha256) return;
      this.entries[i] = e;
      this.lines[i] = lineBytes(e);
    } else {
      this.entries.splice(i, 0, e);
      this.lines.splice(i, 0, lineBytes(e));
    }
    this.map.set(e.path, e);
  }

  delete(path: string): void {
    const i = this.at(path);
    if (this.entries[i]?.path !== path) return;
    this.entries.splice(i, 1);
    this.lines.splice(i, 1);
    this.map.delete(path);
  }

  /** The entries, sorted by path. */
  list(): ManifestEntry[] {
    return [...this.entries];
  }

  /** Total size of the files. */
  bytes(): number {
    let n = 0;
    for (const e of this.entries) n += e.size;
    return n;
  }

  /** The manifest's bytes for these files: `manifestJson`'s text as UTF-8, made by copying the kept lines. */
  json(head: Omit<ManifestDocument, 'files'>): Buffer {
    // manifestJsonOf with one placeholder line gives the text around the lines.
    const text = manifestJsonOf(head, ['\u0000']);
    const [before, after] = text.split('\u0000') as [string, string];
    const parts = [Buffer.from(before), ...this.lines];
    if (this.lines.length) parts[parts.length - 1] = this.lines.at(-1)!.subarray(0, -2);
    parts.push(Buffer.from(after));
    return Buffer.concat(parts);
  }
}

const lineBytes = (e: ManifestEntry): Buffer => Buffer.from(`${manifestLine(e)},\n`);
