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
 * seconds, `COST` below), largest first, each to the shard with the least
 * so far, then evened out by moves and swaps: deterministic, and balanced
 * enough that the shards end together. Files that share something costly (`TOGETHER`: the
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
 * CPU seconds of each file in its shard (`TONGWEN_TEST_COSTS=/tmp/costs npm test`, below), to 0.1 s; a file not
 * listed counts as `OTHER`. A browser test counts Chromium's share too (the running children's CPU: about 30 s for the four
 * browser files, measured on 2026-12-06 with Debian's Chromium; without it, they skip). Measured again on 2026-12-08 (all 83 files; the
 * differential tests fast-parse, mdast-hast, hast-html, parse-guard had no entry and counted 0.05). A guide, not a contract.
 */
const COST: Record<string, number> = {
  'fast-parse.test.js': 12.4,
  'workers.test.js': 10.7,
  'axe.test.js': 8.4,
  'kill.test.js': 7.8,
  'skeleton.test.js': 7.4,
  'bad-input.test.js': 6.9,
  'conversion-quality.test.js': 6.6,
  'portal-output.test.js': 6.1,
  'browser.test.js': 6.0,
  'phrase-table.test.js': 5.8,
  'cache.test.js': 5.3,
  'incremental.test.js': 4.4,
  'mdast-hast.test.js': 4.3,
  'edit-map.test.js': 3.9,
  'conversion-prefer.test.js': 3.5,
  'csp.test.js': 3.3,
  'hast-html.test.js': 2.8,
  'check.test.js': 2.2,
  'serve-dev.test.js': 2.1,
  'integrity.test.js': 2.0,
  'parse-guard.test.js': 1.9,
  'portal-related.test.js': 1.8,
  'fuzz.test.js': 1.5,
  'render-compile.test.js': 1.5,
  'nesting.test.js': 1.5,
  'segmenter.test.js': 1.5,
  'keywords.test.js': 1.4,
  'search-chars.test.js': 1.1,
  'search.test.js': 1.1,
  'portal-media.test.js': 1.0,
  'convert-bytes.test.js': 0.8,
  'convert-cli.test.js': 0.7,
  'source-hashes.test.js': 0.7,
  'system-errors.test.js': 0.6,
  'build-output.test.js': 0.5,
  'pool.test.js': 0.5,
  'article-urls.test.js': 0.5,
  'serve.test.js': 0.4,
  'architecture.test.js': 0.4,
  'portal-refs.test.js': 0.3,
  'fixture-sites.test.js': 0.3,
  'cantonese.test.js': 0.3,
  'general-idf.test.js': 0.3,
  'corrections.test.js': 0.3,
  'output-pages.test.js': 0.3,
  'convert-variants.test.js': 0.3,
  'variant-names.test.js': 0.3,
  'portal-clock.test.js': 0.3,
  'usability.test.js': 0.3,
  'templates.test.js': 0.2,
  'conversion-config.test.js': 0.2,
  'repair.test.js': 0.2,
  'cli.test.js': 0.2,
  'build-inputs.test.js': 0.2,
  'base-url.test.js': 0.2,
};
const OTHER = 0.05;

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
  const order = (a: string[], b: string[]) => unitCost(b) - unitCost(a) || (a[0]! < b[0]! ? -1 : 1);
  const out: string[][][] = Array.from({ length: n }, () => []);
  const load = new Array<number>(n).fill(0);
  for (const u of units.sort(order)) {
    const k = load.indexOf(Math.min(...load));
    out[k]!.push(u);
    load[k]! += unitCost(u);
  }
  // Then, while it narrows a pair of shards' gap (so the later of the two ends sooner), the best move of one unit
  // from the heavier to the lighter, or swap of two: largest-first alone left 54 / 50 CPU s on 2026-12-06's costs.
  for (let improved = true; improved; ) {
    improved = false;
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        const gap = load[i]! - load[j]!;
        if (gap <= 0) continue;
        // Moving `d` seconds from i to j leaves a gap of |gap - 2d|; the best `d` is closest to gap / 2.
        let best: { a?: number; b?: number; left: number } = { left: gap };
        out[i]!.forEach((u, a) => {
          const d = unitCost(u);
          if (Math.abs(gap - 2 * d) < best.left - 1e-9) best = { a, left: Math.abs(gap - 2 * d) };
          out[j]!.forEach((v, b) => {
            const e = d - unitCost(v);
            if (e > 0 && Math.abs(gap - 2 * e) < best.left - 1e-9) best = { a, b, left: Math.abs(gap - 2 * e) };
          });
        });
        if (best.a === undefined) continue;
        const [u] = out[i]!.splice(best.a, 1);
        const [v] = best.b === undefined ? [] : out[j]!.splice(best.b, 1);
        out[j]!.push(u!);
        if (v) out[i]!.push(v);
        load[i]! += (v ? unitCost(v) : 0) - unitCost(u!);
        load[j]! += unitCost(u!) - (v ? unitCost(v) : 0);
        improved = true;
      }
    }
  }
  // Largest first in each shard.
  return out.map((shard) => shard.sort(order).flat());
}

/**
 * CPU seconds of this process, its finished children and the children still running (a shared Chromium: its
 * share of a browser test counts), from Linux's /proc, for TONGWEN_TEST_COSTS=FILE, which makes each shard append
 * `file seconds` lines to FILE: the measured costs, for `COST`.
 */
function cpuSeconds(pid: number | 'self' = 'self'): number {
  let fields: string[];
  try {
    fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ');
  } catch {
    return 0; // Ended meanwhile: its parent's cutime/cstime has it.
  }
  // utime, stime, cutime, cstime: fields 14–17 of proc(5), 12–15 after the name.
  let sum = fields.slice(11, 15).reduce((total, t) => total + Number(t), 0) / 100;
  for (const child of childrenOf(pid)) sum += cpuSeconds(child);
  return sum;
}

/** The running children of a process (every thread's). */
function childrenOf(pid: number | 'self'): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((task) => readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').split(' ').filter(Boolean).map(Number));
  } catch {
    return [];
  }
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
