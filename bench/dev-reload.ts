/**
 * The dev server's edit-to-reload time on a site: `devServer` (as `tongwen
 * serve` runs it) with a cache, one article edited, timed until the reload
 * event reached a connected page and that page was fetched again. Child of
 * `npm run bench`; prints one JSON line. Restores the article afterwards.
 *
 *   node lib/bench/dev-reload.js SITE OUT CACHE [EDITS]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { devServer } from '../src/commands/dev-server.js';
import { listFiles } from '../src/core/fs.js';

const [root, out, cache, editsArg] = process.argv.slice(2);
if (!root || !out || !cache) throw new Error('usage: dev-reload.js SITE OUT CACHE [EDITS]');
const edits = Number(editsArg ?? 5);
const server = await devServer({
  build: { root, out, cache },
  basePath: '/',
  port: 0,
  host: '127.0.0.1',
  // DEV_RELOAD_TIMES=1: each build's stage times and each edit's time on stderr (where a slow edit spends it).
  onBuild: (r) => {
    if (process.env.DEV_RELOAD_TIMES) console.error(JSON.stringify({ total: Math.round(r.totalMs), ...Object.fromEntries(Object.entries(r.stages).map(([k, v]) => [k, Math.round(v ?? 0)])) }));
  },
  onError: (e) => console.error(e.map((x) => x.message).join('\n')),
  format: (e) => e.map((x) => x.message),
});
await server.ready;
// A page listening for reloads, as the injected client script does.
let onReload: () => void = () => {};
await new Promise<void>((ready) => {
  request({ host: '127.0.0.1', port: server.port, path: '/__tongwen/events' }, (res) => {
    res.setEncoding('utf8');
    res.on('data', (chunk: string) => {
      if (chunk.includes('event: reload')) onReload();
    });
    ready();
  }).end();
});
const file = join(root, 'content', listFiles(join(root, 'content'), (n) => n.endsWith('.md'))[0]!);
const original = readFileSync(file, 'utf8');
const times: number[] = [];
try {
  for (let i = 0; i < edits; i++) {
    const reloaded = new Promise<void>((go) => (onReload = go));
    const started = performance.now();
    writeFileSync(file, `${original}\n第 ${i} 次修改。\n`);
    await reloaded;
    const page = await fetch(`http://127.0.0.1:${server.port}/zh-hant/`);
    await page.text();
    times.push(performance.now() - started);
  }
} finally {
  writeFileSync(file, original);
  await server.close();
}
if (process.env.DEV_RELOAD_TIMES) console.error(times.map((t) => t.toFixed(0)).join(' '));
times.sort((a, b) => a - b);
console.log(JSON.stringify({ edits, medianMs: times[Math.floor(times.length / 2)], minMs: times[0], maxMs: times.at(-1) }));
process.exit(0);
