/**
 * Old or new, never a mixture: `tongwen build` is killed (SIGKILL) at random
 * moments while it turns the output of site A into the output of site B (or
 * back), alternately cold (no cache: temporary folder and swap) and warm
 * (the cache knows the output: staged files and the journal). After each
 * kill, the next start's recovery (`recoverOutput`, which every build runs
 * first) must leave exactly A's output or exactly B's, byte for byte, and
 * nothing beside it. One lane builds in this thread, the other with a worker
 * thread (which writes the pages it renders itself). KILL_RUNS sets the number of runs, cold and warm
 * in turn in each lane (npm test: 2, a cold one in this thread and a warm one with the worker, each a
 * build process of 1.5–2.7 CPU s; `npm run test:kill`: 60). The builds that are not killed (the warm one
 * beside the timed cold one, and the build after the kills) run in this
 * process: they are not about the process, and a build process costs a CPU
 * second more than the build it runs.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from '../src/build.js';
import { recoverOutput } from '../src/output/disk.js';
import { WorkerPool } from '../src/workers/pool.js';
import { REPO, article, readTree, tempDir, writeSite } from './helpers.js';

const RUNS = Number(process.env.KILL_RUNS ?? 2);

/** Site A or B: 12 articles (about 130 files); B edits the article template, drops one article, adds one and edits another. */
function siteFiles(version: 'A' | 'B'): Record<string, string> {
  const files: Record<string, string> = { 'tongwen.config.yaml': 'title: 斷電測試\nbaseUrl: https://example.org/\npageSize: 5\n' };
  for (let i = 0; i < 12; i++) {
    if (version === 'B' && i === 7) continue;
    const body = version === 'B' && i === 3 ? `改過的第 ${i} 篇，軟體與網絡。\n` : `第 ${i} 篇，資訊與軟體。\n`;
    files[`content/2024/a-${i}.md`] = article({ title: `文章 ${i}`, date: `2024-0${(i % 9) + 1}-1${i % 10}`, keywords: i % 2 ? '軟體 網絡' : '資訊' }, body);
  }
  if (version === 'B') files['content/2024/new.md'] = article({ title: '新文章', date: '2024-09-09', keywords: '新聞' });
  const tpl = readFileSync(join(REPO, 'templates', 'article.liquid'), 'utf8');
  files['templates/article.liquid'] = version === 'B' ? tpl.replace('</article>', '<p class="b">B</p></article>') : tpl;
  return files;
}

/** Makes `root` hold site `version` exactly (files of the other version removed). */
function switchSite(root: string, version: 'A' | 'B'): void {
  rmSync(join(root, 'content'), { recursive: true, force: true });
  rmSync(join(root, 'templates'), { recursive: true, force: true });
  writeSite(root, siteFiles(version));
}

/** Runs `tongwen build`, killed with SIGKILL after `killAfterMs` unless it ends first; resolves when the process is gone. */
function buildKilled(root: string, out: string, cache: string, killAfterMs: number, workers = 0): Promise<{ killed: boolean; ms: number }> {
  const started = performance.now();
  const child = spawn(process.execPath, [join(REPO, 'bin', 'tongwen.js'), 'build', '--root', root, '--out', out, '--workers', String(workers), '--quiet'], {
    env: { ...process.env, TONGWEN_CACHE_DIR: cache },
    stdio: 'ignore',
  });
  let killed = false;
  const timer = setTimeout(() => {
    killed = child.kill('SIGKILL');
  }, killAfterMs);
  return new Promise((resolve) => {
    child.on('exit', () => {
      clearTimeout(timer);
      resolve({ killed, ms: performance.now() - started });
    });
  });
}

function sameTree(a: Map<string, Buffer>, b: Map<string, Buffer>): boolean {
  if (a.size !== b.size) return false;
  for (const [file, bytes] of a) if (!b.get(file)?.equals(bytes)) return false;
  return true;
}

test(`killed at random moments (${RUNS} runs), a build leaves the old output or the new one, never a mixture`, async () => {
  // The expected outputs, built cold.
  const refs = { A: join(tempDir(), 'A'), B: join(tempDir(), 'B') };
  for (const v of ['A', 'B'] as const) await build({ root: writeSite(tempDir(), siteFiles(v)), out: refs[v], workers: 0 });
  const expected = { A: readTree(refs.A), B: readTree(refs.B) };

  // Two lanes (own site, output and cache) run side by side: half the wall time, the same kills.
  const lane = async (runs: number, first: number, workers: number) => {
    const root = tempDir();
    const parent = tempDir();
    const out = join(parent, 'dist');
    const cache = join(tempDir(), 'cache');
    // The lane's builds in this process run with its number of workers too (one pool for both).
    const pool = workers > 0 ? new WorkerPool(workers) : undefined;
    const inProcess = () => build({ root, out, cache, ...(pool ? { pool } : { workers: 0 }) });
    try {
      switchSite(root, 'B');
      // An uninterrupted cold build process gives the time range the kills are spread over: warm ones too, for a warm
      // build of these sites does about all a cold one does (B edits the article template: every page is rendered again;
      // measured: 1.5 CPU s each in this thread, 2.5 s with a worker).
      const cold = await buildKilled(root, out, cache, 60_000, workers);
      assert.ok(sameTree(readTree(out), expected.B), 'the uninterrupted cold build is B');
      switchSite(root, 'A');
      await inProcess();
      assert.ok(sameTree(readTree(out), expected.A), 'the uninterrupted warm build is A');
      let current: 'A' | 'B' = 'A';
      for (let run = first; run < first + runs; run++) {
        const target: 'A' | 'B' = current === 'A' ? 'B' : 'A';
        switchSite(root, target);
        // Cold first in this thread's lane, warm first in the worker's (KILL_RUNS=2: one of each, the worker's warm).
        const warm = (run - first) % 2 === (workers > 0 ? 0 : 1);
        const delay = Math.random() * cold.ms * 1.1;
        const r = await buildKilled(root, out, warm ? cache : 'off', delay, workers);
        recoverOutput(out);
        const tree = readTree(out);
        const what: string = `run ${run} (${warm ? 'warm' : 'cold'}, ${target}, killed ${r.killed ? `after ${Math.round(delay)} ms` : 'never: it finished'})`;
        if (sameTree(tree, expected[target])) {
          current = target;
          seen.new++;
        } else {
          assert.ok(sameTree(tree, expected[current]), `${what}: the output is neither the old nor the new one`);
          seen.old++;
        }
        assert.deepEqual(readdirSync(parent), ['dist'], `${what}: nothing left beside the output after recovery`);
      }
      // The output is still usable: a build after all this gives the current site exactly.
      const final = current === 'A' ? 'B' : 'A';
      switchSite(root, final);
      await inProcess();
      assert.ok(sameTree(readTree(out), expected[final]), 'a build after the kills is complete');
    } finally {
      await pool?.close();
    }
  };
  const seen = { old: 0, new: 0 };
  const half = Math.ceil(RUNS / 2);
  // The second lane renders in a worker thread, which writes the pages it renders into the staging folder itself.
  await Promise.all([lane(half, 0, 0), lane(RUNS - half, half, 1)]);
  assert.ok(seen.old + seen.new === RUNS);
});
