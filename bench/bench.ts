/**
 * `npm run bench`: generates the 4000-article corpus with
 * bench/make-corpus.mjs (deterministic; cached in .bench/), builds it
 * cold in both scripts in a fresh process, and prints wall time, ms per
 * article, peak memory, output size and the time of each stage; then, in
 * the same run, the yardsticks and issue 11's figures:
 *
 * - Eleventy 3 doing the same dual-script work (bench/eleventy/): its wall
 *   time and peak memory, and tongwen cold / Eleventy;
 * - the CLI's cold build with the cache (`tongwen build` on a site without a
 *   cache folder: it fills it): wall, CPU and peak memory of the process
 *   (bench/cli-once.ts: max RSS, worker threads included);
 * - warm build with nothing changed (the CLI, with the cache) against the
 *   floor (bench/floor.ts: find, read and hash the sources), both as
 *   processes, in turns;
 * - one article edited, rebuilt by the CLI through the cache;
 * - `tongwen serve`: edit → the reload reached the page (bench/dev-reload.ts);
 * - `tongwen convert` of a long document against the OpenCC command line (and opencc-js alone), chars/s;
 * - with `--count N` other than 4000, the cold time and peak memory against the last 4000
 *   run (.bench/bench-4000.json) for the scale goal;
 * - last, the goals table of issue 11: each figure, its yardstick in this run, the ratio and the goal.
 *
 *   npm run bench -- [--count 4000] [--runs 1] [--workers N] [--skip-search] [--only PARTS] [--tests]
 *
 * `--only` takes parts, comma-separated: `cold` (the cold build(s) and
 * Eleventy: the quick check of the cold ratio and peak memory; implies
 * --skip-search), `warm` (the CLI's cold build with the cache, warm builds
 * against the floor, one article edited), `serve` (edit → reload),
 * `convert`, `scale`. Without it every part but `scale` runs, and the LiquidJS
 * yardstick of the compiled renderer. `--tests` also times `npm test` (the goal's last row).
 *
 * `--only scale` (issue 11's 20,000-article row, in one run): cold builds
 * (bench/build-once.ts, a process each, no cache) of a small corpus (400
 * articles: the base), of 4000 and of 20,000 articles, in turns, `--runs`
 * rounds (default 2). Per round it prints wall, CPU and peak memory (max RSS,
 * threads included) of each, the 20k/4k ratios of wall and CPU (goal ≤ 5.5),
 * and memory against two readings of "no worse than linear": peak(20k) ≤ 5 ×
 * peak(4000), and the stricter one, peak(20k) ≤ the line through the base and
 * 4000 extrapolated to 20,000 (base + 5 × the per-article part).
 * `--scale-counts 400,4000,20000` changes the sizes (small, reference, large);
 * `--lib DIR` builds with another compiled tree's bench/build-once.js (a
 * copy of main's lib/, for a before/after on the same machine).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { REPO as repo, corpusSite } from './corpus.js';
import { listFiles } from '../src/core/fs.js';
import { searchLatency, searchSizes } from './search-bench.js';

const { values } = parseArgs({
  options: { count: { type: 'string', default: '4000' }, runs: { type: 'string' }, workers: { type: 'string' }, 'skip-search': { type: 'boolean' }, only: { type: 'string' }, tests: { type: 'boolean' }, 'scale-counts': { type: 'string', default: '400,4000,20000' }, lib: { type: 'string' } },
});
const count = Number(values.count);
const runs = Number(values.runs ?? '1');
const PARTS = ['cold', 'warm', 'serve', 'convert', 'scale'] as const;
type Part = (typeof PARTS)[number];
const only = values.only?.split(',').map((p) => p.trim()).filter(Boolean);
for (const p of only ?? []) if (!(PARTS as readonly string[]).includes(p)) throw new Error(`--only: unknown part ${p} (valid: ${PARTS.join(', ')}, comma-separated)`);
const runs_ = (part: Part) => (only === undefined ? part !== 'scale' : only.includes(part));

/** The rows of issue 11's goals table, filled as the parts run (printed last). */
interface GoalRow {
  figure: string;
  value: string;
  yardstick: string;
  ratio: string;
  goal: string;
  met: boolean | undefined;
}
const goals: GoalRow[] = [];
const row = (figure: string, value: string, yardstick: string, ratio: string, goal: string, met: boolean | undefined) => goals.push({ figure, value, yardstick, ratio, goal, met });

const site = only?.length === 1 && only[0] === 'scale' ? '' : corpusSite(count);
const out = join(repo, '.bench', `out-${count}`);
const fmt = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
console.log(`Benchmark: ${count} corpus articles, variants zh-Hant + zh-Hans; parts: ${(only ?? PARTS).join(', ')}; machine load (uptime): ${loadavg().map((l) => l.toFixed(2)).join(' ')} on ${cpus().length} cores`);
const walls: number[] = [];
let lastRun: { cpuMs: number; stages: Record<string, number> } | undefined;
let last = { processMs: 0, maxRssMb: 0, cpuMs: 0 };
if (runs_('cold')) console.log(`\nCold build (no cache), ${runs} run(s)`);
for (let run = 1; run <= (runs_('cold') ? runs : 0); run++) {
  rmSync(out, { recursive: true, force: true });
  // Let the disk finish writing back the previous run (and the deletion) so runs do not slow each other.
  if (process.platform === 'linux') execFileSync('sync');
  const args = [join(repo, 'lib', 'bench', 'build-once.js'), site, out];
  if (values.workers !== undefined) args.push(values.workers);
  const started = performance.now();
  const json = execFileSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 26 });
  const processMs = performance.now() - started;
  walls.push(processMs);
  const r = JSON.parse(json.trim().split('\n').pop()!) as {
    wallMs: number; maxRssMb: number; cpuMs: number; articles: number; files: number; bytes: number;
    stages: Record<string, number>; articleStages: Record<string, number>;
  };
  lastRun = r;
  console.log(`\nrun ${run}`);
  console.log(`  wall time (process start to exit): ${fmt(processMs)}`);
  console.log(`  build() time:                       ${fmt(r.wallMs)}`);
  console.log(`  ms per article (process wall):      ${(processMs / r.articles).toFixed(2)} ms`);
  console.log(`  peak memory (max RSS):              ${r.maxRssMb.toFixed(0)} MB`);
  console.log(`  CPU (user + system, all threads):   ${fmt(r.cpuMs)}`);
  console.log(`  output:                             ${r.files} files, ${(r.bytes / 1e6).toFixed(1)} MB`);
  console.log('  stages (wall):');
  for (const [k, v] of Object.entries(r.stages)) console.log(`    ${k.padEnd(12)} ${fmt(v)}`);
  const busy = Object.values(r.articleStages).reduce((a, b) => a + b, 0);
  console.log('  inside the article stage (CPU time summed over worker threads):');
  for (const [k, v] of Object.entries(r.articleStages)) console.log(`    ${k.padEnd(12)} ${fmt(v)}  ${((100 * v) / busy).toFixed(0)}%`);
  console.log('  keyword index and search:');
  console.log(`    keyword stage (main thread, index + auto keywords + JSON + search data): ${fmt(r.stages.keywords ?? 0)}`);
  console.log(`    candidate terms for auto keywords (workers, CPU summed):                ${fmt(r.articleStages.terms ?? 0)}`);
  last = { processMs, maxRssMb: r.maxRssMb, cpuMs: r.cpuMs };
  if (values['skip-search'] || only !== undefined) continue;
  await searchSizes(out);
  if (run === runs) await searchLatency(out);
  for (const file of ['keywords.json', 'zh-hant/search.json', 'zh-hans/search.json']) {
    const data = readFileSync(join(out, file));
    console.log(`    ${file.padEnd(22)} ${(data.length / 1024).toFixed(0).padStart(6)} KB raw, ${(gzipSync(data, { level: 9 }).length / 1024).toFixed(0).padStart(5)} KB gzipped`);
  }
}
if (walls.length > 1) {
  const sorted = [...walls].sort((a, b) => a - b);
  const median = sorted.length % 2 ? sorted[(sorted.length - 1) / 2]! : (sorted[sorted.length / 2 - 1]! + sorted[sorted.length / 2]!) / 2;
  console.log(`\n${walls.length} runs: wall time min ${fmt(sorted[0]!)}, median ${fmt(median)}, max ${fmt(sorted.at(-1)!)} (${(median / count).toFixed(2)} ms per article at the median)`);
}

// ---- Yardsticks and issue 11's figures, in the same run ----
const cli = join(repo, 'bin', 'tongwen.js');
/** Wall time of a child process, in ms; its stdout's last line parsed as JSON when asked. */
function timed(args: string[], env: Record<string, string> = {}): { ms: number; out: string } {
  const started = performance.now();
  const out = execFileSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 26, env: { ...process.env, ...env } });
  return { ms: performance.now() - started, out };
}
const lastJson = <T>(text: string): T => JSON.parse(text.trim().split('\n').pop()!) as T;
const ratio = (a: number, b: number) => (a / b).toFixed(2);
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const fmtMs = (ms: number) => `${ms.toFixed(0)} ms`;

if (only === undefined) {
  console.log('\nYardstick: the same cold build rendering every page through LiquidJS\'s renderer (TONGWEN_LIQUID_ONLY=1)');
  const liquidOut = join(repo, '.bench', `liquid-only-${count}`);
  rmSync(liquidOut, { recursive: true, force: true });
  if (process.platform === 'linux') execFileSync('sync');
  const args = [join(repo, 'lib', 'bench', 'build-once.js'), site, liquidOut, ...(values.workers !== undefined ? [values.workers] : [])];
  const l = lastJson<{ cpuMs: number; stages: Record<string, number> }>(timed(args, { TONGWEN_LIQUID_ONLY: '1' }).out);
  const compiledRun = lastRun!;
  console.log(`  render stage: compiled ${fmt(compiledRun.stages.render ?? 0)}, LiquidJS ${fmt(l.stages.render ?? 0)}: ${ratio(compiledRun.stages.render ?? 0, l.stages.render ?? 1)}×`);
  console.log(`  CPU of the build: compiled ${fmt(compiledRun.cpuMs)}, LiquidJS ${fmt(l.cpuMs)}: ${ratio(compiledRun.cpuMs, l.cpuMs)}×`);
  rmSync(liquidOut, { recursive: true, force: true });
}

if (runs_('cold')) {
  console.log('\nYardstick: Eleventy 3 doing the same dual-script work (bench/eleventy/)');
  const elevOut = join(repo, '.bench', `eleventy-${count}`);
  rmSync(elevOut, { recursive: true, force: true });
  if (process.platform === 'linux') execFileSync('sync');
  const elev = timed([join(repo, 'bench', 'eleventy', 'run.mjs'), site, elevOut]);
  const elevR = lastJson<{ wallMs: number; maxRssMb: number; cpuMs: number }>(elev.out);
  console.log(`  Eleventy wall (process): ${fmt(elev.ms)}, CPU ${fmt(elevR.cpuMs)}, peak ${elevR.maxRssMb.toFixed(0)} MB`);
  console.log(`  tongwen cold / Eleventy: ${ratio(last.processMs, elev.ms)}   (goal ≤ 1.0)`);
  // On a shared machine wall times move with the load; CPU seconds do not (tongwen runs two threads, Eleventy one).
  console.log(`  CPU, tongwen / Eleventy: ${ratio(last.cpuMs, elevR.cpuMs)} (tongwen ${fmt(last.cpuMs)} on ${values.workers ?? 'default'} workers)`);
  console.log(`  tongwen peak memory: ${last.maxRssMb.toFixed(0)} MB   (goal ≤ 700 MB)`);
  rmSync(elevOut, { recursive: true, force: true });
  row('cold build, no cache (wall, process)', fmt(last.processMs), `Eleventy-dual ${fmt(elev.ms)}`, `${ratio(last.processMs, elev.ms)} (CPU ${ratio(last.cpuMs, elevR.cpuMs)})`, 'ratio ≤ 1.0', last.processMs <= elev.ms);
  // The 700 MB goal is of the 4000-article build; at other counts memory is judged by its scale (the scale row).
  row('peak memory, cold (no cache; max RSS)', `${last.maxRssMb.toFixed(0)} MB`, `Eleventy-dual ${elevR.maxRssMb.toFixed(0)} MB`, ratio(last.maxRssMb, elevR.maxRssMb), count === 4000 ? '≤ 700 MB' : '≤ 700 MB at 4000 (see the scale row)', count === 4000 ? last.maxRssMb <= 700 : undefined);
}

const warmOut = join(repo, '.bench', `warm-${count}`);
const cacheDir = join(repo, '.bench', `cache-${count}`);
const env = { TONGWEN_CACHE_DIR: cacheDir };
const buildArgs = [cli, 'build', '--root', site, '--out', warmOut, '--quiet', ...(values.workers !== undefined ? ['--workers', values.workers] : [])];
if (runs_('warm')) {
  console.log('\nThe CLI with the cache (a process each)');
  rmSync(warmOut, { recursive: true, force: true });
  rmSync(cacheDir, { recursive: true, force: true });
  if (process.platform === 'linux') execFileSync('sync');
  // `tongwen build` on a site without a cache folder: as bin/tongwen.js runs it, its process's peak memory with the threads.
  const filling = timed([join(repo, 'lib', 'bench', 'cli-once.js'), ...buildArgs.slice(1)], env);
  const fill = lastJson<{ code: number; wallMs: number; maxRssMb: number; cpuMs: number }>(filling.out);
  if (fill.code !== 0) throw new Error(`the cold CLI build with the cache failed (exit ${fill.code})`);
  console.log(`  cold with an empty cache (fills it): ${fmt(filling.ms)} wall, CPU ${fmt(fill.cpuMs)}, peak ${fill.maxRssMb.toFixed(0)} MB (max RSS, threads included)   (goal ≤ 700 MB)`);
  row('peak memory, cold CLI build with the cache (max RSS)', `${fill.maxRssMb.toFixed(0)} MB`, runs_('cold') ? `no cache ${last.maxRssMb.toFixed(0)} MB` : '—', runs_('cold') ? ratio(fill.maxRssMb, last.maxRssMb) : '—', count === 4000 ? '≤ 700 MB' : '≤ 700 MB at 4000', count === 4000 ? fill.maxRssMb <= 700 : undefined);
  // The filling build wrote ~280 MB: let the disk write it back first, then run warm builds and the floor in turns
  // (each warm build beside a floor run, so both see the same machine).
  if (process.platform === 'linux') execFileSync('sync');
  const warms: number[] = [];
  const floors: number[] = [];
  for (let i = 0; i < 5; i++) {
    warms.push(timed(buildArgs, env).ms);
    floors.push(timed([join(repo, 'lib', 'bench', 'floor.js'), site]).ms);
  }
  const warm = med(warms);
  const paired = med(warms.map((w, i) => w / floors[i]!));
  console.log(`  warm, nothing changed (median of 5): ${fmt(warm)} (all: ${warms.map((w) => fmt(w)).join(', ')})   (goal ≤ 1.0 s)`);
  console.log(`  floor: read + hash the sources (median of 5, in turns with the warm builds): ${fmt(med(floors))}; warm / floor: ${ratio(warm, med(floors))}; median of the paired ratios: ${paired.toFixed(2)}   (goal ≤ 2)`);
  row('warm build, nothing changed (wall, process, median of 5)', fmt(warm), '—', '—', '≤ 1.0 s', warm <= 1000);
  row('warm build / reading and hashing the sources', fmt(warm), `floor (bench/floor.ts) ${fmt(med(floors))}`, `${paired.toFixed(2)} (median of 5 paired)`, 'ratio ≤ 2', paired <= 2);
  const article = join(site, 'content', listFiles(join(site, 'content'), (n) => n.endsWith('.md'))[0]!);
  const text = readFileSync(article, 'utf8');
  try {
    writeFileSync(article, `${text}\n一處修改。\n`);
    const edit = timed([...buildArgs.filter((a) => a !== '--quiet')], env);
    console.log(`  one article edited (CLI): ${fmt(edit.ms)} — ${edit.out.split('\n').find((l) => l.startsWith('Cache:')) ?? ''}`);
  } finally {
    writeFileSync(article, text);
  }
}

if (runs_('serve')) {
  console.log('\ntongwen serve: one article edited → the open page reloaded');
  // Serve builds through its own cache here when the warm part did not fill one.
  const serveCache = runs_('warm') ? cacheDir : join(repo, '.bench', `serve-cache-${count}`);
  const reload = lastJson<{ medianMs: number; minMs: number; maxMs: number; edits: number }>(timed([join(repo, 'lib', 'bench', 'dev-reload.js'), site, join(repo, '.bench', `serve-${count}`), serveCache]).out);
  console.log(`  on the corpus: median ${fmtMs(reload.medianMs)} of ${reload.edits} (min ${fmtMs(reload.minMs)}, max ${fmtMs(reload.maxMs)})   (goal ≤ 200 ms)`);
  rmSync(join(repo, '.bench', `serve-${count}`), { recursive: true, force: true });
  // The same on the sample site (this repository's content/), copied so the edits never touch the repository.
  const sample = join(repo, '.bench', 'sample-site');
  rmSync(sample, { recursive: true, force: true });
  for (const part of ['content', 'static', 'templates', 'glossary.yaml', 'tongwen.config.yaml']) if (existsSync(join(repo, part))) cpSync(join(repo, part), join(sample, part), { recursive: true });
  const sampleReload = lastJson<{ medianMs: number; minMs: number; maxMs: number; edits: number }>(timed([join(repo, 'lib', 'bench', 'dev-reload.js'), sample, join(sample, 'dist'), join(sample, '.tongwen-cache'), '9']).out);
  console.log(`  on the sample site (${listFiles(join(sample, 'content')).length} articles): median ${fmtMs(sampleReload.medianMs)} of ${sampleReload.edits} (min ${fmtMs(sampleReload.minMs)}, max ${fmtMs(sampleReload.maxMs)})`);
  row(`one article edited in serve → page reloaded (${count} articles)`, fmtMs(reload.medianMs), `sample site ${fmtMs(sampleReload.medianMs)}`, '—', '≤ 200 ms', reload.medianMs <= 200);
}

if (runs_('convert')) {
  console.log('\ntongwen convert of a long document against the OpenCC command line (same file, both as processes, best of 3)');
  const conv = lastJson<{ chars: number; tongwenCps: number; openccCliCps: number | null; openccJsCps: number }>(timed([join(repo, 'lib', 'bench', 'convert-speed.js'), site]).out);
  if (conv.openccCliCps !== null) {
    console.log(`  ${conv.chars} characters: tongwen convert ${(conv.tongwenCps / 1e3).toFixed(0)}k chars/s, opencc CLI ${(conv.openccCliCps / 1e3).toFixed(0)}k chars/s: ${((100 * conv.tongwenCps) / conv.openccCliCps).toFixed(1)}% (goal ≥ 10%)`);
    row('tongwen convert of a long document', `${(conv.tongwenCps / 1e3).toFixed(0)}k chars/s`, `OpenCC CLI ${(conv.openccCliCps / 1e3).toFixed(0)}k chars/s`, `${((100 * conv.tongwenCps) / conv.openccCliCps).toFixed(1)}%`, '≥ 10%', conv.tongwenCps >= 0.1 * conv.openccCliCps);
  } else {
    console.log(`  the OpenCC command line is not installed (Debian: apt-get install opencc); tongwen convert ${(conv.tongwenCps / 1e3).toFixed(0)}k chars/s`);
    row('tongwen convert of a long document', `${(conv.tongwenCps / 1e3).toFixed(0)}k chars/s`, 'OpenCC CLI not installed', '—', '≥ 10%', undefined);
  }
  console.log(`  opencc-js alone, in one process (lookups only): ${(conv.openccJsCps / 1e3).toFixed(0)}k chars/s; tongwen convert is ${((100 * conv.tongwenCps) / conv.openccJsCps).toFixed(1)}% of it`);
}

if (runs_('scale')) scaleRun();
else if (runs_('cold')) recordAndScale();
else scaleRow(undefined);

if (values.tests) {
  console.log('\nnpm test (the whole suite, as `npm test` runs it)');
  const t = performance.now();
  execFileSync('npm', ['test', '--silent'], { cwd: repo, stdio: 'ignore' });
  const ms = performance.now() - t;
  console.log(`  ${fmt(ms)} wall   (goal ≤ 60 s)`);
  row('npm test (wall)', fmt(ms), '—', '—', '≤ 60 s', ms <= 60000);
} else row('npm test (wall)', 'not run here (--tests)', '—', '—', '≤ 60 s', undefined);

printGoals();

/** Records this run's cold figures (.bench/bench-COUNT.json); with a count other than 4000, prints the scale against the last 4000 run. */
function recordAndScale(): void {
  const record = join(repo, '.bench', `bench-${count}.json`);
  writeFileSync(record, JSON.stringify({ count, ...last, at: new Date().toISOString(), load: loadavg()[0] }));
  const base = join(repo, '.bench', 'bench-4000.json');
  if (count !== 4000 && existsSync(base)) {
    const b = JSON.parse(readFileSync(base, 'utf8')) as { processMs: number; maxRssMb: number; cpuMs: number };
    console.log(`\nScale: ${count} articles / 4000: wall ${ratio(last.processMs, b.processMs)}×, CPU ${ratio(last.cpuMs, b.cpuMs)}× (goal ≤ ${(5.5 * count / 20000).toFixed(2)}×${count === 20000 ? '' : `, pro rata of ≤ 5.5 at 20000`}), peak ${last.maxRssMb.toFixed(0)} MB vs ${b.maxRssMb.toFixed(0)} MB: ${ratio(last.maxRssMb, b.maxRssMb)}× for ${(count / 4000).toFixed(2)}× the articles (linear: ≤ ${(count / 4000).toFixed(2)}×)`);
  }
  scaleRow(count !== 4000 ? { count, ...last } : undefined);
}

/**
 * The scale row of the goals table: this run's when it is not of 4000 articles, else the last recorded run of
 * 20,000 (`.bench/bench-20000.json`, from `npm run bench -- --count 20000`) against the last 4000 run, marked as recorded.
 */
function scaleRow(thisRun: { count: number; processMs: number; cpuMs: number; maxRssMb: number } | undefined): void {
  const base = join(repo, '.bench', 'bench-4000.json');
  const recorded = join(repo, '.bench', 'bench-20000.json');
  const big = thisRun ?? (existsSync(recorded) ? (JSON.parse(readFileSync(recorded, 'utf8')) as { count: number; processMs: number; cpuMs: number; maxRssMb: number; at?: string }) : undefined);
  if (!big || !existsSync(base) || big.count === 4000) {
    row('20,000 articles, cold', 'not run (npm run bench -- --count 20000 --only cold)', '—', '—', '≤ 5.5 × the 4000 time; memory no worse than linear', undefined);
    return;
  }
  const b = JSON.parse(readFileSync(base, 'utf8')) as { processMs: number; maxRssMb: number; cpuMs: number; at?: string };
  const k = big.count / 4000;
  const limit = (5.5 * big.count) / 20000;
  const when = thisRun ? '' : ` (recorded ${(big as { at?: string }).at ?? 'earlier'})`;
  row(`${big.count} articles, cold (wall, process)${when}`, `${fmt(big.processMs)}, peak ${big.maxRssMb.toFixed(0)} MB`, `4000: ${fmt(b.processMs)}, peak ${b.maxRssMb.toFixed(0)} MB${b.at ? ` (${b.at})` : ''}`, `time ${ratio(big.processMs, b.processMs)}× (CPU ${ratio(big.cpuMs, b.cpuMs)}×), memory ${ratio(big.maxRssMb, b.maxRssMb)}× for ${k.toFixed(1)}× the articles`, `time ≤ ${limit.toFixed(2)}×, memory ≤ ${k.toFixed(1)}×`, big.processMs <= limit * b.processMs && big.maxRssMb <= k * b.maxRssMb);
}

/** Prints the goals table of issue 11 with this run's figures. */
function printGoals(): void {
  console.log(`\nIssue 11's goals (${count} articles unless the row says; load at the end: ${loadavg().map((l) => l.toFixed(2)).join(' ')})`);
  const cells = goals.map((g) => [g.figure, g.value, g.yardstick, g.ratio, g.goal, g.met === undefined ? '—' : g.met ? 'met' : 'NOT met']);
  const head = ['figure', 'this run', 'yardstick (same run)', 'ratio', 'goal', ''];
  const width = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  for (const line of [head, width.map((w) => '-'.repeat(w)), ...cells]) console.log(`  ${line.map((c, i) => c.padEnd(width[i]!)).join(' | ')}`);
}

/**
 * `--only scale`: cold builds of the small, reference and large corpora in turns (a process each), `--runs` rounds;
 * the large/reference ratios of wall and CPU and the memory against linear (see the header); the goals row.
 */
function scaleRun(): void {
  const counts = values['scale-counts']!.split(',').map(Number);
  if (counts.length !== 3 || counts.some((n) => !Number.isInteger(n) || n <= 0) || !(counts[0]! < counts[1]! && counts[1]! < counts[2]!)) throw new Error('--scale-counts: three increasing article counts, e.g. 400,4000,20000');
  const [small, ref, large] = counts as [number, number, number];
  const rounds = Number(values.runs ?? '2');
  const sites = counts.map((n) => corpusSite(n));
  type Cold = { processMs: number; cpuMs: number; maxRssMb: number; model: number; articles: number; files: number };
  const cold = (i: number): Cold => {
    const o = join(repo, '.bench', `out-scale-${counts[i]}`);
    rmSync(o, { recursive: true, force: true });
    if (process.platform === 'linux') execFileSync('sync');
    const args = [join(values.lib !== undefined ? resolve(values.lib) : join(repo, 'lib'), 'bench', 'build-once.js'), sites[i]!, o, ...(values.workers !== undefined ? [values.workers] : [])];
    const t = timed(args);
    const r = lastJson<{ maxRssMb: number; cpuMs: number; articles: number; files: number; stages: Record<string, number> }>(t.out);
    rmSync(o, { recursive: true, force: true });
    const c = { processMs: t.ms, cpuMs: r.cpuMs, maxRssMb: r.maxRssMb, model: (r.stages.model ?? 0) + (r.stages.keywords ?? 0), articles: r.articles, files: r.files };
    console.log(`  ${String(counts[i]).padStart(6)} articles: wall ${fmt(c.processMs)}, CPU ${fmt(c.cpuMs)}, peak ${c.maxRssMb.toFixed(0)} MB, ${c.files} files; stages ${Object.entries(r.stages).map(([k, v]) => `${k} ${fmt(v)}`).join(', ')}   (load ${loadavg()[0]!.toFixed(2)})`);
    return c;
  };
  const k = large / ref;
  const limit = (5.5 * large) / 20000;
  console.log(`\nScale${values.lib !== undefined ? ` (built by ${resolve(values.lib)})` : ''}: cold builds of ${counts.join(', ')} articles in turns, ${rounds} round(s); goal: wall ≤ ${limit.toFixed(2)}× the ${ref} time, memory no worse than linear`);
  const results: Array<{ wall: number; cpu: number; mem: number; line: number; big: Cold; base: Cold }> = [];
  for (let round = 1; round <= rounds; round++) {
    console.log(`round ${round}`);
    // Alternate the order so that a trend in the machine's load does not favour one size.
    const order = round % 2 ? [0, 1, 2] : [2, 1, 0];
    const got: Cold[] = [];
    for (const i of order) got[i] = cold(i);
    const [s, b, l] = got as [Cold, Cold, Cold];
    // The line through the small build and the reference, at the large count: base + k × the per-article part.
    const line = s.maxRssMb + ((b.maxRssMb - s.maxRssMb) * (large - small)) / (ref - small);
    results.push({ wall: l.processMs / b.processMs, cpu: l.cpuMs / b.cpuMs, mem: l.maxRssMb / b.maxRssMb, line, big: l, base: b });
    console.log(`  ${large}/${ref}: wall ${ratio(l.processMs, b.processMs)}×, CPU ${ratio(l.cpuMs, b.cpuMs)}×, model+keywords stages ${ratio(l.model, b.model)}× (goal ≤ ${limit.toFixed(2)}×); peak ${l.maxRssMb.toFixed(0)} MB = ${ratio(l.maxRssMb, b.maxRssMb)}× (≤ ${k.toFixed(2)}×: ${l.maxRssMb <= k * b.maxRssMb ? 'yes' : 'NO'}); linear from ${small} and ${ref} (${s.maxRssMb.toFixed(0)} + ${((b.maxRssMb - s.maxRssMb) / (ref - small) * 1000).toFixed(1)} MB per 1000 articles): ${line.toFixed(0)} MB (${l.maxRssMb <= line ? 'within' : 'ABOVE'}, ${ratio(l.maxRssMb, line)}×)`);
  }
  const m = (f: (r: (typeof results)[number]) => number) => med(results.map(f));
  const wall = m((r) => r.wall);
  const mem = m((r) => r.mem);
  const memLine = m((r) => r.big.maxRssMb / r.line);
  console.log(`median of ${rounds}: wall ${wall.toFixed(2)}×, CPU ${m((r) => r.cpu).toFixed(2)}×, peak ${mem.toFixed(2)}× (linear ≤ ${k.toFixed(2)}×), peak / base-plus-linear line ${memLine.toFixed(2)}`);
  const last = results.at(-1)!;
  row(`${large} articles, cold (wall, process; median of ${rounds} paired)`, `${fmt(last.big.processMs)}, peak ${last.big.maxRssMb.toFixed(0)} MB`, `${ref}: ${fmt(last.base.processMs)}, peak ${last.base.maxRssMb.toFixed(0)} MB`, `time ${wall.toFixed(2)}×, memory ${mem.toFixed(2)}× (${memLine.toFixed(2)} of base + linear)`, `time ≤ ${limit.toFixed(2)}×, memory ≤ ${k.toFixed(1)}× and ≤ base + linear`, wall <= limit && mem <= k && memLine <= 1);
}
