/**
 * The memory sink: the output as a map of path → bytes, for a dev server and
 * tests. Paths are validated as on disk (output/sink.ts); files become
 * visible in `files` only on `commit()`, as the disk sink swaps its folder in.
 */
import { readFileSync } from 'node:fs';
import { SiteError, compare } from '../core/errors.js';
import { OutputPaths, type OutputSink } from './sink.js';
import type { ManifestEntry } from './manifest.js';

export class MemorySink implements OutputSink {
  private readonly paths = new OutputPaths();
  private pending = new Map<string, Buffer>();
  private committed = new Map<string, Buffer>();
  private bytes = 0;

  /** The committed output: path → bytes (empty until `commit()`). */
  get files(): ReadonlyMap<string, Buffer> {
    return this.committed;
  }

  get stats(): { files: number; bytes: number } {
    return { files: this.paths.size, bytes: this.bytes };
  }

  manifest(): ManifestEntry[] {
    return this.paths.manifest.list();
  }

  write(file: string, data: string | Uint8Array, what = file): void {
    this.paths.claim(file, what);
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data);
    this.store(file, bytes);
  }

  copy(from: string, to: string, what = to): void {
    this.paths.claim(to, what);
    let bytes: Buffer;
    try {
      bytes = readFileSync(from);
    } catch (error) {
      throw new SiteError({ stage: 'output', message: `cannot read ${what}: ${(error as Error).message}`, cause: error });
    }
    this.store(to, bytes);
  }

  private store(file: string, bytes: Buffer): void {
    this.bytes += bytes.byteLength;
    this.paths.manifest.add(file, bytes);
    this.pending.set(file, bytes);
  }

  async flush(): Promise<void> {}

  async commit(): Promise<void> {
    this.committed = new Map([...this.pending].sort(([a], [b]) => compare(a, b)));
    this.pending = new Map();
  }

  async abort(): Promise<void> {
    this.pending = new Map();
  }
}
