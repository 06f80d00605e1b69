/**
 * Shared helpers for the tests: where the repository and fixtures are,
 * scratch folders, reading an output tree, writing small sites inline, and
 * running the CLI with its output captured.
 *
 * Tests are compiled to `lib/test/`; fixtures are read from the source tree
 * (`test/fixtures/`), which `tsc` does not copy.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { main } from '../src/cli/main.js';
import type { ArticleContext } from '../src/article/process.js';

/**
 * The build clock of tests that build the sample site: after every sample
 * article but the one dated 2030 (which a build leaves out unless `future`).
 */
export const SAMPLE_NOW = new Date('2025-07-01T00:00:00+08:00');

/** A valid 1×1 PNG (transparent), for fixtures whose articles show local images. */
export const PNG_1X1 = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

/** The repository root (the compiled tests live in `lib/test/`). */
export const REPO = resolve(import.meta.dirname, '..', '..');
/** `test/fixtures/` in the source tree. */
export const FIXTURES = join(REPO, 'test', 'fixtures');

const scratch: string[] = [];
// Removed when the process ends (one test file, or a shard of them: see shards/run.ts).
process.once('exit', () => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

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
