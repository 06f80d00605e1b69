/**
 * `npm run bench:compare`: proves that a refactor leaves the built sites
 * byte-identical. Checks out a baseline commit in a temporary git worktree,
 * compiles it with this repository's tsc (node_modules symlinked), builds the
 * same sites with the baseline CLI and with this tree's compiled CLI, and
 * compares the two output trees file by file:
 *
 * - the sample site (this repository's content/, templates/, static/,
 *   tongwen.config.yaml);
 * - the benchmark corpus of `--count` articles (bench/corpus.ts);
 * - the sample site under a Chinese base path (`--base-url https://example.org/新聞/`).
 *
 * Both sides build the inputs of this tree, so only the code differs. Every
 * file is compared, the `.tongwen` marker included: its text is a constant
 * (src/output/writer.ts), so a difference there is a real change too.
 *
 *   npm run bench:compare -- [--base REF] [--count N] [--new-arg=--future] [--base-arg=--future]
 *
 * Exits 0 when every file of every site is identical, 1 otherwise (differences
 * or an error). The worktree and the temporary folders are removed at the end,
 * also on error and on Ctrl-C.
 */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { REPO, corpusSite } from './corpus.js';

/** The commit before the architecture refactor. */
const BASELINE = 'abd63e2';
/** Differing paths listed per site. */
const LIST_LIMIT = 20;
/** Characters of a differing line shown. */
const LINE_LIMIT = 160;

const run = promisify(execFile);

interface Site {
  name: string;
  root: string;
  args: string[];
}

interface Comparison {
  compared: number;
  identical: number;
  differing: string[];
  onlyInBase: string[];
  onlyInNew: string[];
}

/** Every file below `dir`, `/`-separated relative paths, sorted. */
function listTree(dir: string): string[] {
  const out: string[] = [];
  const walk = (sub: string) => {
    for (const e of readdirSync(join(dir, sub), { withFileTypes: true })) {
      const rel = sub ? `${sub}/${e.name}` : e.name;
      if (e.isDirectory()) walk(rel);
      else out.push(rel);
    }
  };
  walk('');
  return out.sort();
}

/** Compares two output trees file by file. */
function compareTrees(base: string, next: string): Comparison {
  const a = listTree(base);
  const b = listTree(next);
  const inB = new Set(b);
  const inA = new Set(a);
  const result: Comparison = { compared: 0, identical: 0, differing: [], onlyInBase: a.filter((f) => !inB.has(f)), onlyInNew: b.filter((f) => !inA.has(f)) };
  for (const file of a) {
    if (!inB.has(file)) continue;
    result.compared++;
    if (readFileSync(join(base, file)).equals(readFileSync(join(next, file)))) result.identical++;
    else result.differing.push(file);
  }
  return result;
}

const clip = (s: string) => JSON.stringify(s.length > LINE_LIMIT ? `${s.slice(0, LINE_LIMIT)}…` : s);

/** Where two differing files first differ: the first differing line of each, or the first differing byte of binary files. */
function firstDifference(a: Buffer, b: Buffer): string[] {
  if (a.includes(0) || b.includes(0)) {
    let k = 0;
    while (k < a.length && k < b.length && a[k] === b[k]) k++;
    return [`binary: ${a.length} vs ${b.length} bytes, first difference at byte ${k}`];
  }
  const la = a.toString('utf8').split('\n');
  const lb = b.toString('utf8').split('\n');
  let k = 0;
  while (k < la.length && k < lb.length && la[k] === lb[k]) k++;
  return [`line ${k + 1}:`, `  base: ${k < la.length ? clip(la[k]!) : '(end of file)'}`, `  new:  ${k < lb.length ? clip(lb[k]!) : '(end of file)'}`];
}

function report(site: Site, c: Comparison, base: string, next: string): void {
  console.log(`\n${site.name}`);
  console.log(`  files compared: ${c.compared}`);
  console.log(`  identical:      ${c.identical}`);
  console.log(`  differing:      ${c.differing.length}`);
  for (const file of c.differing.slice(0, LIST_LIMIT)) {
    console.log(`    ${file}`);
    for (const l of firstDifference(readFileSync(join(base, file)), readFileSync(join(next, file)))) console.log(`      ${l}`);
  }
  if (c.differing.length > LIST_LIMIT) console.log(`    … and ${c.differing.length - LIST_LIMIT} more`);
  const list = (label: string, files: string[]) => {
    console.log(`  ${label} ${files.length}`);
    for (const f of files.slice(0, LIST_LIMIT)) console.log(`    ${f}`);
    if (files.length > LIST_LIMIT) console.log(`    … and ${files.length - LIST_LIMIT} more`);
  };
  list('only in base:  ', c.onlyInBase);
  list('only in new:   ', c.onlyInNew);
}

async function git(...args: string[]): Promise<string> {
  const { stdout } = await run('git', ['-C', REPO, ...args], { encoding: 'utf8' });
  return stdout.trim();
}

/** Builds `site` with the CLI of the tree `tree` into `out`; returns the wall time in ms. */
async function buildWith(tree: string, site: Site, out: string, extra: readonly string[] = []): Promise<number> {
  const started = performance.now();
  try {
    await run(process.execPath, [join(tree, 'bin', 'tongwen.js'), 'build', '--root', site.root, '--out', out, '--quiet', ...site.args, ...extra], { encoding: 'utf8', maxBuffer: 1 << 26 });
  } catch (e) {
    const err = e as { stderr?: string; stdout?: string; message: string };
    throw new Error(`the build of ${site.name} with ${tree} failed:\n${err.stderr || err.stdout || err.message}`);
  }
  return performance.now() - started;
}

// --new-arg ARG / --base-arg ARG (repeatable): an extra build flag for this tree / the base only (e.g. --future, which an older base lacks).
const { values } = parseArgs({ options: { base: { type: 'string', default: BASELINE }, count: { type: 'string', default: '4000' }, 'new-arg': { type: 'string', multiple: true }, 'base-arg': { type: 'string', multiple: true } } });
const count = Number(values.count);
if (!Number.isInteger(count) || count < 1) {
  console.error('usage: npm run bench:compare -- [--base REF] [--count N]  (N: a whole number ≥ 1)');
  process.exit(1);
}

const tmp = mkdtempSync(join(tmpdir(), 'tongwen-compare-'));
const baseTree = join(tmp, 'base');
let worktreeAdded = false;
let cleaned = false;

/** Removes the worktree and the temporary folders; synchronous (it also runs from a signal handler) and safe to call twice. */
function cleanUp(): void {
  if (cleaned) return;
  cleaned = true;
  if (worktreeAdded) {
    try {
      rmSync(join(baseTree, 'node_modules'), { force: true }); // the symlink only
      execFileSync('git', ['-C', REPO, 'worktree', 'remove', '--force', baseTree], { stdio: 'ignore' });
    } catch {
      rmSync(baseTree, { recursive: true, force: true });
      try {
        execFileSync('git', ['-C', REPO, 'worktree', 'prune'], { stdio: 'ignore' });
      } catch (e) {
        console.error(`warning: could not remove the worktree ${baseTree}: ${(e as Error).message}`);
      }
    }
  }
  rmSync(tmp, { recursive: true, force: true });
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    console.error(`\n${signal}: removing ${tmp}`);
    cleanUp();
    process.exit(1);
  });
}

let exitCode = 1;
try {
  const commit = await git('rev-parse', '--verify', `${values.base}^{commit}`);
  const head = await git('rev-parse', 'HEAD');
  const dirty = (await git('status', '--porcelain', '--untracked-files=no')) !== '';
  console.log(`Comparing the output of ${values.base} (${commit.slice(0, 12)}) with this tree (${head.slice(0, 12)}${dirty ? ' + uncommitted changes' : ''})`);

  await git('worktree', 'add', '--detach', baseTree, commit);
  worktreeAdded = true;
  symlinkSync(join(REPO, 'node_modules'), join(baseTree, 'node_modules'), 'dir');
  const tsc = join(REPO, 'node_modules', '.bin', 'tsc');
  try {
    await run(tsc, ['-p', baseTree], { encoding: 'utf8', maxBuffer: 1 << 26 });
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string; message: string };
    throw new Error(`compiling ${values.base} failed:\n${err.stdout || err.stderr || err.message}`);
  }
  // bin/tongwen.js finds the compiled CLI wherever the tree's layout puts it.
  if (!existsSync(join(REPO, 'lib', 'src'))) throw new Error('this tree is not compiled (lib/src/ is missing): run it through npm run bench:compare');

  const sites: Site[] = [
    { name: 'sample site', root: REPO, args: [] },
    { name: `corpus site (${count} articles)`, root: corpusSite(count), args: [] },
    { name: 'sample site, --base-url https://example.org/新聞/', root: REPO, args: ['--base-url', 'https://example.org/新聞/'] },
  ];
  let allIdentical = true;
  for (const [k, site] of sites.entries()) {
    const outBase = join(tmp, 'out', `${k}-base`);
    const outNew = join(tmp, 'out', `${k}-new`);
    const msBase = await buildWith(baseTree, site, outBase, values['base-arg'] ?? []);
    const msNew = await buildWith(REPO, site, outNew, values['new-arg'] ?? []);
    const c = compareTrees(outBase, outNew);
    report(site, c, outBase, outNew);
    console.log(`  build time:      base ${(msBase / 1000).toFixed(2)} s, new ${(msNew / 1000).toFixed(2)} s`);
    if (c.differing.length > 0 || c.onlyInBase.length > 0 || c.onlyInNew.length > 0 || c.compared === 0) allIdentical = false;
    rmSync(join(tmp, 'out'), { recursive: true, force: true });
  }
  console.log(allIdentical ? '\nAll identical.' : '\nThe outputs differ.');
  exitCode = allIdentical ? 0 : 1;
} catch (e) {
  console.error(`error: ${(e as Error).message}`);
  exitCode = 1;
} finally {
  cleanUp();
}
process.exit(exitCode);
