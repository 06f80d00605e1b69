/**
 * `serve` previews the output as a static host would: clean URLs, the site
 * under its base path, and the variant's own 404 page with status 404.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { build } from '../src/build.js';
import { serve } from '../src/commands/serve.js';
import { FIXTURES, runCli, tempDir } from './helpers.js';

let server: Server;
let origin: string;

before(async () => {
  const out = join(tempDir(), 'out');
  // The fixture's baseUrl is https://example.org/news/: the preview keeps the /news/ path.
  const report = await build({ root: join(FIXTURES, 'sites', 'basic'), out, workers: 0 });
  assert.equal(report.config.basePath, '/news/');
  server = await serve({ dir: out, basePath: report.config.basePath, port: 0, host: '127.0.0.1' });
  const address = server.address();
  assert.ok(address && typeof address === 'object');
  origin = `http://127.0.0.1:${address.port}`;
});

after(() => new Promise<void>((resolve) => server.close(() => resolve())));

const get = (path: string) => fetch(origin + path, { redirect: 'manual' });

test('a variant home is served at its clean URL as HTML', async () => {
  const res = await get('/news/zh-hant/');
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type') ?? '', /^text\/html/);
  assert.match(await res.text(), /<html lang="zh-Hant">/);
});

test('an article is served at its (percent-encoded) URL', async () => {
  const res = await get('/news/zh-hans/2024/07/shenzhen-report/');
  assert.equal(res.status, 200);
  assert.match(await res.text(), /深圳发布电子信息产业报告/);
  const chinese = await get(`/news/zh-hant/2024/05/${encodeURIComponent('馬斯克')}/`);
  assert.equal(chinese.status, 200);
  assert.match(await chinese.text(), /馬斯克的 xAI 融資/);
});

test('the site root under the base path is the variant chooser', async () => {
  const res = await get('/news/');
  assert.equal(res.status, 200);
  assert.match(await res.text(), /href="\/news\/zh-hans\/"/);
});

test('a missing page under /zh-hans/ answers 404 with the zh-Hans 404 page', async () => {
  const res = await get('/news/zh-hans/2099/01/nothing-here/');
  assert.equal(res.status, 404);
  assert.match(res.headers.get('content-type') ?? '', /^text\/html/);
  const html = await res.text();
  assert.match(html, /<html lang="zh-Hans">/);
  assert.match(html, /找不到这个页面/);
});

test('a missing page outside the variants answers 404 with the root 404 page', async () => {
  const res = await get('/news/nowhere.html');
  assert.equal(res.status, 404);
  assert.match(await res.text(), /<html lang=/);
});

test('the base path is respected: paths outside it are not the site, / redirects to it', async () => {
  const outside = await get('/zh-hant/');
  assert.equal(outside.status, 404);
  const root = await get('/');
  assert.equal(root.status, 302);
  assert.equal(root.headers.get('location'), '/news/');
});

test('static files and assets are served with their types', async () => {
  const css = await get('/news/assets/style.css');
  assert.equal(css.status, 200);
  assert.match(css.headers.get('content-type') ?? '', /^text\/css/);
  const png = await get('/news/images/chart.png');
  assert.equal(png.status, 200);
  assert.match(png.headers.get('content-type') ?? '', /^image\/png/);
});

test('a path climbing out of the output folder is not served', async () => {
  const res = await get('/news/..%2f..%2fpackage.json');
  assert.notEqual(res.status, 200);
});

test('a malformed URL answers 400 and the server keeps serving', async () => {
  const bad = await get('/news/zh-hant/%E0%A4%A');
  assert.equal(bad.status, 400);
  assert.equal((await get('/news/zh-hant/')).status, 200);
});

test('`tongwen serve` builds and serves the site under its base path', async () => {
  const out = join(tempDir(), 'out');
  const stop = new AbortController();
  let found: (url: string) => void = () => {};
  const printed = new Promise<string>((resolve) => (found = resolve));
  const run = runCli(['serve', '--root', join(FIXTURES, 'sites', 'basic'), '--out', out, '--port', '0', '--workers', '0'], {
    signal: stop.signal,
    onOut: (line) => {
      const m = /at (http:\/\/localhost:\d+\/\S*)/.exec(line);
      if (m) found(m[1]!);
    },
  });
  try {
    const url = await Promise.race([printed, run.then((r) => Promise.reject(new Error(`serve returned ${r.code}: ${r.err.join('\n')}`)))]);
    assert.match(url, /^http:\/\/localhost:\d+\/news\/$/);
    const base = url.replace('localhost', '127.0.0.1');
    const home = await fetch(`${base}zh-hant/`);
    assert.equal(home.status, 200);
    assert.match(await home.text(), /href="\/news\/zh-hans\/"/, 'links keep the /news/ path');
    assert.equal((await fetch(`${base}zh-hans/missing/`)).status, 404);
  } finally {
    stop.abort();
  }
  assert.equal((await run).code, 0, 'serve returns 0 once stopped');
});

test('`tongwen serve` on a port already in use exits 2 with a hint, not a stack trace', async () => {
  const port = (server.address() as { port: number }).port;
  const out = join(tempDir(), 'out');
  const run = await runCli(['serve', '--root', join(FIXTURES, 'sites', 'basic'), '--out', out, '--port', String(port), '--quiet', '--workers', '0']);
  assert.equal(run.code, 2);
  assert.deepEqual(run.err, [`tongwen: cannot listen on 127.0.0.1:${port}: the port is already in use`, 'hint: choose another port with --port (e.g. --port 4000)']);
});
