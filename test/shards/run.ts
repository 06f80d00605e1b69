/**
 * `npm test` runs the test files in a few processes (shards) instead of one
 * process each: most of a test file's cost was starting Node and loading the
 * pipeline, its dictionaries and its segmenter, paid again by every file.
 * Each shard imports its files one after another, each inside its own suite
 * (named after the file), so a file's `before`/`after` hooks stay its own and
 * the report groups its tests as before. Every file still runs alone with
 * `node --test lib/test/NAME.test.js`.
 *
 * Two shards for two cores (`npm test` runs them side by side): each process
 * pays the pipeline's start once more (measured: three shards cost 147 CPU s,
 * two 137). Files are spread over the shards by their measured cost (CPU
 * seconds, `COST` below), largest first, each to the
 * shard with the least so far: deterministic, and balanced enough that the
 * shards end together. Files that share something costly (`TOGETHER`: the
 * sample site's build, Chromium, the worker pool; see helpers.shared) go to
 * one shard as a unit, so it is made once.
 */
import { after, before, describe } from 'node:test';
import { appendFileSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { keepShared } from '../helpers.js';

/** The compiled test folder (`lib/test/`). */
const TESTS = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * CPU seconds of each file in its shard (`TONGWEN_TEST_COSTS=/tmp/costs npm test`, below), rounded; a file not
 * listed counts as `OTHER`. The fuzz test counts its time box (6 s of a core on an idle machine); a browser test
 * counts Chromium's share too. A guide, not a contract.
 */
const COST: Record<string, number> = {
  'kill.test.js': 17,
  'workers.test.js': 14,
  'incremental.test.js': 11,
  'cache.test.js': 9,
  'bad-input.test.js': 8,
  'phrase-table.test.js': 7,
  'skeleton.test.js': 7,
  'fuzz.test.js': 6,
  'portal-output.test.js': 5,
  'conversion-prefer.test.js': 5,
  'edit-map.test.js': 4,
  'conversion-quality.test.js': 3,
  'check.test.js': 3,
  'keywords.test.js': 2,
  'integrity.test.js': 2,
  'build-output.test.js': 2,
  'search.test.js': 1.9,
  'render-compile.test.js': 1.9,
  'portal-related.test.js': 1.5,
  'nesting.test.js': 1.5,
  'portal-refs.test.js': 1.4,
  'article-urls.test.js': 1.3,
  'serve-dev.test.js': 1.2,
  'convert-bytes.test.js': 1.2,
  'system-errors.test.js': 1.2,
  'browser.test.js': 1.1,
};
const OTHER = 0.25;

/** Files that share a costly thing, each group run in one shard (in this order). */
const TOGETHER: string[][] = [
  // The sample site's build (helpers.sampleBuild) and Chromium (chromium.sharedChromium).
  ['portal-output.test.js', 'sample-site.test.js', 'axe.test.js', 'browser.test.js', 'csp.test.js', 'serve-dev.test.js'],
  // The worker pool (helpers.sharedPool).
  ['workers.test.js', 'check.test.js', 'keywords.test.js', 'search.test.js', 'conversion-prefer.test.js', 'portal-refs.test.js'],
];

/** Every test file, assigned to one of `n` shards. */
export function shards(n: number): string[][] {
  const files = readdirSync(TESTS).filter((f) => f.endsWith('.test.js')).sort();
  const cost = (f: string) => COST[f] ?? OTHER;
  const grouped = new Set(TOGETHER.flat());
  const units = [...TOGETHER.map((g) => g.filter((f) => files.includes(f))), ...files.filter((f) => !grouped.has(f)).map((f) => [f])];
  const unitCost = (u: string[]) => u.reduce((sum, f) => sum + cost(f), 0);
  const out: string[][] = Array.from({ length: n }, () => []);
  const load = new Array<number>(n).fill(0);
  for (const u of units.sort((a, b) => unitCost(b) - unitCost(a) || (a[0]! < b[0]! ? -1 : 1))) {
    const k = load.indexOf(Math.min(...load));
    out[k]!.push(...u);
    load[k]! += unitCost(u);
  }
  return out;
}

/**
 * CPU seconds of this process and its finished children (Linux: /proc/self/stat), for TONGWEN_TEST_COSTS=FILE,
 * which makes each shard append `file seconds` lines to FILE: the measured costs, for `COST`.
 */
function cpuSeconds(): number {
  const fields = readFileSync('/proc/self/stat', 'utf8').replace(/^.*\) /s, '').split(' ');
  // utime, stime, cutime, cstime: fields 14–17 of proc(5), 12–15 after the name.
  return fields.slice(11, 15).reduce((sum, t) => sum + Number(t), 0) / 100;
}

/** Registers shard `k` of `n`: one suite per file, the file imported inside it. */
export function runShard(k: number, n: number): void {
  // What files share (helpers.shared: a browser, a worker pool) stays up from one file to the next, closed after the last.
  after(keepShared());
  for (const file of shards(n)[k]!) {
    describe(file.replace(/\.test\.js$/, ''), async () => {
      const costs = process.env.TONGWEN_TEST_COSTS;
      let started = 0;
      if (costs) before(() => void (started = cpuSeconds()));
      await import(pathToFileURL(join(TESTS, file)).href);
      // Registered after the file's own hooks, so it runs after them (closing what the file opened counts too).
      if (costs) after(() => appendFileSync(costs, `${file} ${(cpuSeconds() - started).toFixed(2)}\n`));
    });
  }
}
