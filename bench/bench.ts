/**
 * `npm run bench`: generates the 4000-article corpus with
 * bench/make-corpus.mjs (deterministic; cached in .bench/), builds it
 * cold in both scripts in a fresh process, and prints wall time, ms per
 * article, peak memory, output size and the time of each stage.
 *
 *   npm run bench -- [--count 4000] [--runs 1] [--workers N]
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { REPO as repo, corpusSite } from './corpus.js';
import { searchLatency, searchSizes } from './search-bench.js';

const { values } = parseArgs({
  options: { count: { type: 'string', default: '4000' }, runs: { type: 'string', default: '1' }, workers: { type: 'string' } },
});
const count = Number(values.count);
const runs = Number(values.runs);

const site = corpusSite(count);
const out = join(repo, '.bench', `out-${count}`);
const fmt = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
console.log(`Benchmark: cold build of ${count} corpus articles, variants zh-Hant + zh-Hans, ${runs} run(s)`);
const walls: number[] = [];
for (let run = 1; run <= runs; run++) {
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
    wallMs: number; maxRssMb: number; articles: number; files: number; bytes: number;
    stages: Record<string, number>; articleStages: Record<string, number>;
  };
  console.log(`\nrun ${run}`);
  console.log(`  wall time (process start to exit): ${fmt(processMs)}`);
  console.log(`  build() time:                       ${fmt(r.wallMs)}`);
  console.log(`  ms per article (process wall):      ${(processMs / r.articles).toFixed(2)} ms`);
  console.log(`  peak memory (max RSS):              ${r.maxRssMb.toFixed(0)} MB`);
  console.log(`  output:                             ${r.files} files, ${(r.bytes / 1e6).toFixed(1)} MB`);
  console.log('  stages (wall):');
  for (const [k, v] of Object.entries(r.stages)) console.log(`    ${k.padEnd(12)} ${fmt(v)}`);
  const busy = Object.values(r.articleStages).reduce((a, b) => a + b, 0);
  console.log('  inside the article stage (CPU time summed over worker threads):');
  for (const [k, v] of Object.entries(r.articleStages)) console.log(`    ${k.padEnd(12)} ${fmt(v)}  ${((100 * v) / busy).toFixed(0)}%`);
  console.log('  keyword index and search:');
  console.log(`    keyword stage (main thread, index + auto keywords + JSON + search data): ${fmt(r.stages.keywords ?? 0)}`);
  console.log(`    candidate terms for auto keywords (workers, CPU summed):                ${fmt(r.articleStages.terms ?? 0)}`);
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
