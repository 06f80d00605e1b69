/**
 * Shared helpers for the tests: where the repository and fixtures are,
 * scratch folders, reading an output tree, writing small sites inline, and
 * running the CLI with its output captured.
 *
 * Tests are compiled to `lib/test/`; fixtures are read from the source tree
 * (`test/fixtures/`), which `tsc` does not copy.
 */
import { after } from 'node:test';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { main } from '../src/cli/main.js';
import { WorkerPool } from '../src/workers/pool.js';
import type { ArticleContext } from '../src/article/process.js';
import { build, type BuildReport } from '../src/build.js';

/**
 * The build clock of tests that build the sample site: after every sample
 * article but the one dated 2030 (which a build leaves out unless `future`).
 */
export const SAMPLE_NOW = new Date('2025-07-01T00:00:00+08:00');

/** The sample site's build: its output folder, report and files (see `sampleBuild`). */
export interface SampleBuild {
  out: string;
  report: BuildReport;
  tree: ReadonlyMap<string, Buffer>;
}

let sample: Promise<SampleBuild> | undefined;

/**
 * The repository's sample site built at SAMPLE_NOW (in this thread, no cache),
 * once per process: the test files that look at it (its pages validated, in a
 * browser, its features) share the one build. Read it, never change it.
 */
export function sampleBuild(): Promise<SampleBuild> {
  return (sample ??= (async () => {
    const out = join(tempDir(), 'sample', 'dist');
    const report = await build({ root: REPO, out, workers: 0, now: SAMPLE_NOW });
    return { out, report, tree: readTree(out) };
  })());
}

/** A valid 1×1 PNG (transparent), for fixtures whose articles show local images. */
export const PNG_1X1 = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

/** The repository root (the compiled tests live in `lib/test/`). */
export const REPO = resolve(import.meta.dirname, '..', '..');
/** `test/fixtures/` in the source tree. */
export const FIXTURES = join(REPO, 'test', 'fixtures');

/**
 * The Markdown of every example of a CommonMark-style spec text (`commonmark-spec/spec.txt`, the GFM spec in
 * test/fixtures/gfm-spec), `→` read as the tab it stands for.
 */
export function specExamples(text: string): string[] {
  const out: string[] = [];
  const re = /^`{32} example[^\n]*\n([\s\S]*?)^\.\n/gm;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(m[1]!.replace(/→/g, '\t'));
  return out;
}

const scratch: string[] = [];
// Removed when the process ends (one test file, or a shard of them: see shards/run.ts) — by a detached `rm -rf`
// where there is one, so the test process does not wait for it: a shard's folders hold tens of thousands of files,
// and deleting them took 3–12 s of the shard's wall time at its end (measured on the 2-core machine).
process.once('exit', () => {
  if (scratch.length === 0) return;
  if (process.platform !== 'win32') {
    try {
      const rm = spawn('rm', ['-rf', '--', ...scratch], { detached: true, stdio: 'ignore' });
      rm.on('error', () => {});
      rm.unref();
      if (rm.pid !== undefined) return;
    } catch {
      // No rm: removed here instead.
    }
  }
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

/** A thing the test files of one process share: `acquire` it (made at the first), `release` it when done. */
export interface Shared<T> {
  acquire(): Promise<T>;
  release(): Promise<void>;
}

/** Closes every shared thing no file holds any more. */
const closers: Array<() => Promise<void>> = [];
/** Set while a shard runs (`keepShared`): shared things then last until its last file is done. */
let kept = false;

/**
 * Something costly that the test files of a process share (a shard runs many
 * files one after another: shards/run.ts), such as a browser or a worker pool:
 * made at the first `acquire`, closed when the last user has released it —
 * or, in a shard, when the shard ends, so that the next file finds it running.
 */
export function shared<T>(make: () => T | Promise<T>, close: (value: T) => Promise<void>): Shared<T> {
  let value: Promise<T> | undefined;
  let users = 0;
  const closeUnused = async () => {
    if (users > 0 || kept || !value) return;
    const v = value;
    value = undefined;
    await close(await v);
  };
  closers.push(closeUnused);
  return {
    acquire: () => {
      users++;
      return (value ??= Promise.resolve(make()));
    },
    release: async () => {
      users--;
      await closeUnused();
    },
  };
}

/** Keeps shared things running until the returned function is called (by a shard, after its last file), which closes them. */
export function keepShared(): () => Promise<void> {
  kept = true;
  return async () => {
    kept = false;
    for (const close of closers) await close();
  };
}

/**
 * A pool of two worker threads shared by the tests that run builds, checks or
 * tasks in workers without needing threads of their own: starting a worker
 * (its modules, dictionaries and segmenter) costs over a CPU second. A test
 * that is about a pool's own start and end makes its own.
 */
export const sharedPool: Shared<WorkerPool> = shared(() => new WorkerPool(2), (pool) => pool.close());

/**
 * `thing` for the tests of the file that calls this (at its top level): acquired
 * when a test first asks for it, released when the file's tests are done.
 */
export function heldByFile<T>(thing: Shared<T>): () => Promise<T> {
  let held: Promise<T> | undefined;
  after(async () => {
    if (held) await thing.release();
  });
  return () => (held ??= thing.acquire());
}

/** A fresh empty folder, removed when the test process ends. */
export function tempDir(prefix = 'tongwen-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  scratch.push(dir);
  return dir;
}

/** Every file below `dir` (dot files included), `/`-separated relative path → bytes, in sorted order. */
export function readTree(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (sub: string) => {
    const entries = readdirSync(join(dir, sub), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const rel = sub ? `${sub}/${e.name}` : e.name;
      if (e.isDirectory()) walk(rel);
      else out.set(rel, readFileSync(join(dir, rel)));
    }
  };
  walk('');
  return out;
}

/** Writes a small site: `{ 'content/a.md': '…' }` (paths relative to `root`). Returns `root`. */
export function writeSite(root: string, files: Record<string, string | Uint8Array>): string {
  for (const [rel, data] of Object.entries(files)) {
    const path = join(root, ...rel.split('/'));
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, data);
  }
  return root;
}

/** An article file: front matter fields (written as given) and a body. */
export function article(fields: Record<string, string>, body = '正文。\n'): string {
  const lines = Object.entries(fields).map(([k, v]) => `${k}: ${v}`);
  return `---\n${lines.join('\n')}\n---\n${body}`;
}

export interface CliRun {
  code: number;
  /** Lines printed to standard output. */
  out: string[];
  /** Lines printed to standard error. */
  err: string[];
}

/** Runs the CLI's `main()` with its output captured; `onOut` sees each line as it is printed, `signal` stops a `serve`. */
export async function runCli(argv: string[], opts: { signal?: AbortSignal; onOut?: (line: string) => void } = {}): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const print = (to: string[]) => (l: string) => {
    for (const line of l.split('\n')) {
      to.push(line);
      if (to === out) opts.onOut?.(line);
    }
  };
  const code = await main(argv, print(out), print(err), undefined, opts.signal ? { signal: opts.signal } : {});
  return { code, out, err };
}

/** Every `href` and `src` attribute value in an HTML text (entity `&amp;` decoded). */
export function linksIn(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
}

/** The `content` of `<link rel=… hreflang=…>` and canonical links of a page. */
export function headLinks(html: string): { canonical: string[]; alternates: Map<string, string> } {
  const canonical = [...html.matchAll(/<link rel="canonical" href="([^"]*)">/g)].map((m) => m[1]!);
  const alternates = new Map<string, string>();
  for (const m of html.matchAll(/<link rel="alternate" hreflang="([^"]*)" href="([^"]*)">/g)) alternates.set(m[1]!, m[2]!);
  return { canonical, alternates };
}

/** The per-article context of a default site (both scripts, Asia/Shanghai, base path `/`); spread and override. */
export const ARTICLE_CONTEXT: Readonly<ArticleContext> = {
  variants: ['zh-Hant', 'zh-Hans'],
  timeZone: 'Asia/Shanghai',
  defaultLang: 'zh-Hant',
  basePath: '/',
  html: {},
  drafts: false,
};
