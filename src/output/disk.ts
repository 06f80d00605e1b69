/**
 * The disk sink: the only module that writes the site to disk. Pages go into a temporary folder next
 * to the output folder, which replaces the output folder only when the whole
 * build succeeded: a failed or interrupted build leaves the previous output
 * untouched, and pages of deleted articles disappear with the old folder.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { SiteError, compare } from '../core/errors.js';
import { OutputPaths, type OutputSink } from './sink.js';
import type { ManifestEntry } from './manifest.js';

/** Marks a folder as tongwen output, so a build never replaces a folder it did not make (a folder: the build writes its manifest there). */
export const MARKER = '.tongwen';

/** True when `child` is `parent` or inside it. */
export function isInside(parent: string, child: string): boolean {
  const rel = relative(resolve(parent), resolve(child));
  return rel === '' || (!rel.startsWith('..') && !rel.startsWith(sep) && !/^[a-zA-Z]:/.test(rel));
}

/**
 * Checks that `outDir` may be replaced: not the site folder or one of its
 * sources, and either missing, empty or made by tongwen.
 */
export function checkOutputDir(outDir: string, root: string, sources: readonly string[]): SiteError | undefined {
  const out = resolve(outDir);
  const usage = (message: string, hint: string) => new SiteError({ stage: 'usage', file: outDir, message, hint });
  if (isInside(out, root)) return usage('the output folder contains the site folder; building would replace the site itself', 'choose an output folder such as dist/');
  for (const s of sources) {
    if (isInside(s, out) || isInside(out, s)) return usage(`the output folder overlaps the source folder ${s}`, 'choose an output folder outside content/, templates/ and static/');
  }
  if (existsSync(out)) {
    if (!statSync(out).isDirectory()) return usage('the output path exists and is not a folder', 'remove it or choose another --out');
    const entries = readdirSync(out);
    if (entries.length > 0 && !entries.includes(MARKER)) {
      return usage('the output folder is not empty and was not made by tongwen, so tongwen will not replace it', 'empty or delete it, or choose another --out');
    }
  }
  return undefined;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes temporary folders left by interrupted builds (their process is gone). */
function removeStaleSiblings(outDir: string): void {
  const parent = dirname(outDir);
  if (!existsSync(parent)) return;
  const pattern = new RegExp(`^${basename(outDir).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(tmp|old)-(\\d+)$`);
  for (const name of readdirSync(parent).sort(compare)) {
    const m = pattern.exec(name);
    if (!m || Number(m[2]) === process.pid || isAlive(Number(m[2]))) continue;
    // A build stopped between the two renames of its swap: the previous output is put back.
    if (m[1] === 'old' && !existsSync(outDir)) renameSync(join(parent, name), outDir);
    else rmSync(join(parent, name), { recursive: true, force: true });
  }
}

/** How many file operations may run at once (libuv's thread pool does the work). */
const CONCURRENCY = 16;

/**
 * Writes are validated at once (path inside the output, no collision) and then
 * performed asynchronously, so that rendering never waits for the disk;
 * `commit()` waits for all of them before swapping.
 */
export class DiskSink implements OutputSink {
  readonly outDir: string;
  readonly tmpDir: string;
  private readonly paths = new OutputPaths();
  private readonly dirs = new Map<string, Promise<unknown>>();
  private readonly pending: Array<Promise<void>> = [];
  private readonly waiting: Array<() => void> = [];
  private running = 0;
  private failure: unknown;
  private bytes = 0;

  constructor(outDir: string) {
    this.outDir = resolve(outDir);
    this.tmpDir = join(dirname(this.outDir), `${basename(this.outDir)}.tmp-${process.pid}`);
    removeStaleSiblings(this.outDir);
    rmSync(this.tmpDir, { recursive: true, force: true });
    mkdirSync(this.tmpDir, { recursive: true });
    this.dirs.set(this.tmpDir, Promise.resolve());
    mkdirSync(join(this.tmpDir, MARKER));
    this.dirs.set(join(this.tmpDir, MARKER), Promise.resolve());
  }

  /** Number of files written and their total size in bytes (complete once `flush()` resolved). */
  get stats(): { files: number; bytes: number } {
    return { files: this.paths.size, bytes: this.bytes };
  }

  /** Every file written (not the marker), sorted by path. */
  manifest(): ManifestEntry[] {
    return this.paths.manifest.list();
  }

  /**
   * Resolves a `/`-separated path relative to the output folder; throws when it
   * would leave it or when another file already has that path (compared
   * case-insensitively, for case-insensitive file systems).
   */
  private target(rel: string, what: string): string {
    const parts = this.paths.claim(rel, what);
    const path = join(this.tmpDir, ...parts);
    if (!isInside(this.tmpDir, path)) throw new SiteError({ stage: 'output', message: `refusing to write outside the output folder: ${rel}` });
    return path;
  }

  /** Creates a folder once, however many files go into it. */
  private ensureDir(dir: string): Promise<unknown> {
    let made = this.dirs.get(dir);
    if (!made) {
      made = mkdir(dir, { recursive: true });
      this.dirs.set(dir, made);
    }
    return made;
  }

  /** Runs a file operation when a slot is free; the first failure is kept for `flush()`. */
  private schedule(task: () => Promise<void>): void {
    const run = async () => {
      if (this.running >= CONCURRENCY) await new Promise<void>((go) => this.waiting.push(go));
      this.running++;
      try {
        await task();
      } catch (error) {
        this.failure ??= error;
      } finally {
        this.running--;
        this.waiting.shift()?.();
      }
    };
    this.pending.push(run());
  }

  /** Writes a file; `what` names its origin for collision messages. */
  write(rel: string, data: string | Uint8Array, what = rel): void {
    const path = this.target(rel, what);
    // Encoded once: the byte count and the write use the same buffer.
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    this.bytes += bytes.byteLength;
    this.paths.manifest.add(rel, bytes);
    this.schedule(async () => {
      await this.ensureDir(dirname(path));
      await writeFile(path, bytes);
    });
  }

  /** Copies a file into the output. */
  copy(source: string, rel: string, what = rel): void {
    const path = this.target(rel, what);
    this.schedule(async () => {
      await this.ensureDir(dirname(path));
      const bytes = await readFile(source);
      this.paths.manifest.add(rel, bytes);
      await writeFile(path, bytes);
      this.bytes += bytes.byteLength;
    });
  }

  /** Waits for every write so far; throws the first failure. */
  async flush(): Promise<void> {
    while (this.pending.length) await Promise.all(this.pending.splice(0));
    if (this.failure !== undefined) throw this.failure;
  }

  /** Waits for the writes, then swaps the new output in place of the old one. */
  async commit(): Promise<void> {
    await this.flush();
    const old = `${this.outDir}.old-${process.pid}`;
    rmSync(old, { recursive: true, force: true });
    const hadOld = existsSync(this.outDir);
    if (hadOld) renameSync(this.outDir, old);
    try {
      renameSync(this.tmpDir, this.outDir);
    } catch (error) {
      if (hadOld) renameSync(old, this.outDir);
      throw error;
    }
    if (hadOld) await rm(old, { recursive: true, force: true });
  }

  /** Drops the temporary folder; the previous output stays as it was. */
  async abort(): Promise<void> {
    while (this.pending.length) await Promise.allSettled(this.pending.splice(0));
    rmSync(this.tmpDir, { recursive: true, force: true });
  }
}
