/**
 * `npm test` runs the test files in a few processes (shards) instead of one
 * process each: most of a test file's cost was starting Node and loading the
 * pipeline, its dictionaries and its segmenter, paid again by every file.
 * Each shard imports its files one after another, each inside its own suite
 * (named after the file), so a file's `before`/`after` hooks stay its own and
 * the report groups its tests as before. Every file still runs alone with
 * `node --test lib/test/NAME.test.js`.
 *
 * Files are spread over the shards by their measured cost (CPU seconds,
 * `COST` below; a file not listed counts as 2), largest first, each to the
 * shard with the least so far: deterministic, and balanced enough that the
 * shards end together.
 */
import { after, describe } from 'node:test';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { keepShared } from '../helpers.js';

/** The compiled test folder (`lib/test/`). */
const TESTS = join(dirname(fileURLToPath(import.meta.url)), '..');

/** CPU seconds of each file run alone (`/usr/bin/time node --test lib/test/F`), rounded; a guide, not a contract. */
const COST: Record<string, number> = {
  'kill.test.js': 18,
  'workers.test.js': 16,
  'portal-output.test.js': 13,
  'bad-input.test.js': 11,
  'fuzz.test.js': 9,
  'axe.test.js': 8,
  'browser.test.js': 7,
  'csp.test.js': 7,
  'serve-dev.test.js': 6,
  'cache.test.js': 6,
  'check.test.js': 5,
  'integrity.test.js': 5,
  'keywords.test.js': 5,
  'convert-variants.test.js': 4,
  'portal-media.test.js': 4,
  'sample-site.test.js': 4,
};

/** Every test file, assigned to one of `n` shards. */
export function shards(n: number): string[][] {
  const files = readdirSync(TESTS).filter((f) => f.endsWith('.test.js')).sort();
  const cost = (f: string) => COST[f] ?? 2;
  const out: string[][] = Array.from({ length: n }, () => []);
  const load = new Array<number>(n).fill(0);
  for (const f of [...files].sort((a, b) => cost(b) - cost(a) || (a < b ? -1 : 1))) {
    const k = load.indexOf(Math.min(...load));
    out[k]!.push(f);
    load[k]! += cost(f);
  }
  return out;
}

/** Registers shard `k` of `n`: one suite per file, the file imported inside it. */
export function runShard(k: number, n: number): void {
  // What files share (helpers.shared: a browser, a worker pool) stays up from one file to the next, closed after the last.
  after(keepShared());
  for (const file of shards(n)[k]!) {
    describe(file.replace(/\.test\.js$/, ''), async () => {
      await import(pathToFileURL(join(TESTS, file)).href);
    });
  }
}
