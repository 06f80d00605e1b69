/**
 * The search part of `npm run bench` (also alone: `node lib/bench/search-bench.js OUT`
 * on a built site): index size (raw, gzip), the chunks and bytes a set of
 * queries downloads (search.json + meta.json + the chunks of its tokens + the
 * fragments of the first ten results, each gzipped as a server would), and
 * query latency in Chromium (from typing to the first results shown, cold and
 * on a warm cache).
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { REPO } from './corpus.js';

export const QUERIES = ['芯片', '英伟达', '英偉達', '偉達', '数据中心', '人工智能', 'GPU', 'AI', 'OpenAI', 'Rus', '特斯拉 电动车'];

const gz = (data: Buffer | string) => gzipSync(data, { level: 6 }).length;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

function dirStats(dir: string): { files: number; raw: number; gzip: number } {
  let files = 0, raw = 0, gzip = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) continue;
    const data = readFileSync(path);
    files++;
    raw += data.length;
    gzip += gz(data);
  }
  return { files, raw, gzip };
}

interface Engine { search(q: string): Promise<{ terms: string[]; hits: Array<{ doc: number }> }> }

/** Prints index size and per-query downloads for the site built in `out`. */
export async function searchSizes(out: string): Promise<void> {
  const index = join(out, 'search');
  const meta = readFileSync(join(index, 'meta.json'));
  const chunks = dirStats(join(index, 'c'));
  const frags = dirStats(join(index, 'zh-hant'));
  const data = readFileSync(join(out, 'zh-hant', 'search.json'));
  console.log('  search index (shared by the variants):');
  console.log(`    meta.json               ${kb(meta.length).padStart(10)} raw, ${kb(gz(meta)).padStart(9)} gzip`);
  console.log(`    chunks                  ${kb(chunks.raw).padStart(10)} raw, ${kb(chunks.gzip).padStart(9)} gzip, ${chunks.files} files (${kb(chunks.gzip / Math.max(1, chunks.files))} gzip each)`);
  console.log(`    fragments (per variant) ${kb(frags.raw).padStart(10)} raw, ${kb(frags.gzip).padStart(9)} gzip, ${frags.files} files`);
  console.log(`    zh-hant/search.json     ${kb(data.length).padStart(10)} raw, ${kb(gz(data)).padStart(9)} gzip`);

  const sandbox: Record<string, unknown> = {};
  sandbox.globalThis = sandbox;
  runInNewContext(readFileSync(join(REPO, 'templates', 'assets', 'search.js'), 'utf8'), sandbox);
  const api = sandbox.TongwenSearch as { engine(meta: unknown, load: (p: string) => Promise<unknown>): Engine };
  console.log('  per query (first visit: search.json + meta.json + chunks + 10 fragments, gzip):');
  for (const q of QUERIES) {
    const loaded = new Set<string>();
    const eng = api.engine(JSON.parse(meta.toString('utf8')), (p) => {
      loaded.add(p);
      return Promise.resolve(JSON.parse(readFileSync(join(index, p), 'utf8')));
    });
    const started = performance.now();
    const r = await eng.search(q);
    const ms = performance.now() - started;
    const shown = r.hits.slice(0, 10).map((h) => `zh-hant/${h.doc}.json`);
    let chunkBytes = 0;
    for (const p of loaded) chunkBytes += gz(readFileSync(join(index, p)));
    let fragBytes = 0;
    for (const p of shown) fragBytes += gz(readFileSync(join(index, p)));
    const total = gz(data) + gz(meta) + chunkBytes + fragBytes;
    console.log(`    ${q.padEnd(12, '　')} ${String(r.hits.length).padStart(5)} hits, ${loaded.size} chunk(s) ${kb(chunkBytes).padStart(9)}, fragments ${kb(fragBytes).padStart(8)}, total ${kb(total).padStart(9)}; ranking ${ms.toFixed(1)} ms (Node)`);
  }
}

/** Query latency in Chromium on the built site, served locally. */
export async function searchLatency(out: string): Promise<void> {
  const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(chromiumPath)) {
    console.log(`  query latency: skipped (no Chromium at ${chromiumPath})`);
    return;
  }
  const { chromium } = await import('playwright-core');
  const { serve } = await import('../src/commands/serve.js');
  const server = await serve({ dir: out, basePath: '/', port: 0, host: '127.0.0.1' });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    await page.goto(`${origin}/zh-hans/search/`);
    await page.locator('#tongwen-search[data-ready="true"]').waitFor({ timeout: 60_000 });
    console.log('  query latency in Chromium (typing → first results shown; cold = chunks not loaded yet, warm = loaded):');
    for (const q of QUERIES) {
      // Runs in the page (a string: the bench compiles without the DOM types).
      const timing = async () => page.evaluate(`(async (query) => {
        const input = document.getElementById('search-input');
        const root = document.getElementById('tongwen-search');
        root.removeAttribute('data-shown');
        input.value = '';
        input.dispatchEvent(new Event('input'));
        const started = performance.now();
        input.value = query;
        input.dispatchEvent(new Event('input'));
        for (let i = 0; i < 5000 && !root.hasAttribute('data-shown'); i++) await new Promise((r) => setTimeout(r, 1));
        return performance.now() - started;
      })(${JSON.stringify(q)})`) as Promise<number>;
      const cold = await timing();
      const warm = await timing();
      console.log(`    ${q.padEnd(12, '　')} cold ${cold.toFixed(0).padStart(5)} ms, warm ${warm.toFixed(0).padStart(4)} ms`);
    }
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

if (process.argv[1]?.endsWith('search-bench.js') && process.argv[2]) {
  await searchSizes(process.argv[2]);
  await searchLatency(process.argv[2]);
}
