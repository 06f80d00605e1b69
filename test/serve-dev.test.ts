/**
 * `tongwen serve` as an editor uses it, in a real browser (Chromium through
 * playwright-core, as test/browser.test.ts): an edited article reloads the
 * open page with the change; a broken article shows the error as an overlay
 * in the page (the server keeps serving the last good build); the fix
 * removes it. Deleting, renaming and half-writing files while it watches do
 * not stop it. Skips without Chromium (fails in CI), like browser.test.ts.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { FIXTURES, runCli, tempDir, type CliRun } from './helpers.js';
import { chromiumAvailable, chromiumSkip, sharedChromium } from './chromium.js';

const skip = chromiumSkip('the dev-server browser test');

const root = tempDir();
const stop = new AbortController();
let run: Promise<CliRun> | undefined;
let base = '';
let browser: Browser | undefined;
const printed: string[] = [];

before(async () => {
  if (!chromiumAvailable) return;
  cpSync(join(FIXTURES, 'sites', 'basic'), root, { recursive: true });
  let found: (url: string) => void = () => {};
  const url = new Promise<string>((resolve) => (found = resolve));
  const cacheEnv = process.env.TONGWEN_CACHE_DIR;
  process.env.TONGWEN_CACHE_DIR = join(tempDir(), 'cache');
  run = runCli(['serve', '--root', root, '--out', join(tempDir(), 'out'), '--port', '0', '--workers', '0'], {
    signal: stop.signal,
    onOut: (line) => {
      printed.push(line);
      const m = /at (http:\/\/localhost:\d+\/\S*) /.exec(line);
      if (m) found(m[1]!);
    },
  });
  base = (await Promise.race([url, run.then((r) => Promise.reject(new Error(`serve returned ${r.code}: ${r.err.join('\n')}`)))])).replace('localhost', '127.0.0.1');
  // Read once as the server started; other test files in this process (a shard) keep theirs.
  if (cacheEnv === undefined) delete process.env.TONGWEN_CACHE_DIR;
  else process.env.TONGWEN_CACHE_DIR = cacheEnv;
  browser = await sharedChromium.acquire();
});

after(async () => {
  if (browser) await sharedChromium.release();
  stop.abort();
  if (run) assert.equal((await run).code, 0, 'serve stops cleanly');
});

const ARTICLE = 'content/2024/06/deepseek.md';
/** A page expression (evaluated in the browser): the body's text contains `text`. */
// Functions, not strings: the pages carry a Content-Security-Policy without 'unsafe-eval'.
// (They run in the page: `document` is the page's, declared here for the compiler.)
declare const document: { body: { textContent: string | null }; getElementById(id: string): unknown };
const bodyHas = (text: string) => [(t: string) => (document.body.textContent ?? '').includes(t), text] as const;
const fixedAndClean = (text: string) => [(t: string) => !document.getElementById('tongwen-error-overlay') && (document.body.textContent ?? '').includes(t), text] as const;
const write = (rel: string, text: string) => writeFileSync(join(root, rel), text);

test('edit → the open page reloads with the change; break → an overlay with the error; fix → it recovers', { skip, timeout: 60_000 }, async () => {
  const page = await browser!.newPage();
  page.setDefaultTimeout(15_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const res = await page.goto(`${base}zh-hant/2024/06/deepseek/`);
  assert.equal(res?.status(), 200);
  const original = readFileSync(join(root, ARTICLE), 'utf8');
  assert.ok(original.includes('發佈了新的語言模型'));

  // Edit: the page reloads by itself and shows the new text.
  let started = performance.now();
  write(ARTICLE, original.replace('發佈了新的語言模型', '發佈了第二代語言模型'));
  await page.waitForFunction(...bodyHas('第二代語言模型'));
  const reloadMs = performance.now() - started;
  console.log(`# edit → reloaded page: ${Math.round(reloadMs)} ms`);

  // Break: an invalid date; the overlay names the file, the page keeps the last good build.
  write(ARTICLE, original.replace('date: 2024-06-20', 'date: 2024-99-20'));
  const overlay = await page.waitForSelector('#tongwen-error-overlay');
  const text = (await overlay.textContent()) ?? '';
  assert.match(text, /content\/2024\/06\/deepseek\.md:\d+:\d+/, text);
  assert.ok(await page.evaluate(...bodyHas('第二代語言模型')), 'the last good build stays visible');

  // Fix: the overlay goes, the page shows the fixed text.
  started = performance.now();
  write(ARTICLE, original.replace('發佈了新的語言模型', '發佈了第三代語言模型'));
  await page.waitForFunction(...fixedAndClean('第三代語言模型'));
  console.log(`# fix → recovered page: ${Math.round(performance.now() - started)} ms`);
  assert.deepEqual(errors, [], 'no script errors');
  await page.close();
});

test('deleting, renaming and half-writing files while serve watches never stops it', { skip, timeout: 60_000 }, async () => {
  const page = await browser!.newPage();
  page.setDefaultTimeout(15_000);
  await page.goto(`${base}zh-hant/`);
  // A rename and a delete at once, then a file written in two halves.
  renameSync(join(root, 'content/科技/馬斯克.md'), join(root, 'content/科技/musk.md'));
  rmSync(join(root, 'content/2024/07/深圳報告.md'));
  // The link to the deleted article goes too (a link to a missing page is a build error).
  write(ARTICLE, readFileSync(join(root, ARTICLE), 'utf8').replace('詳見[另一篇](/zh-hant/2024/07/shenzhen-report/)。', ''));
  const half = '---\ntitle: 半篇\ndate: 2024-0';
  write('content/half.md', half);
  await new Promise((r) => setTimeout(r, 150));
  write('content/half.md', `${half}8-01\n---\n寫完了的半篇文章。\n`);
  await page.waitForFunction(bodyHas('半篇')[0], '半篇', { timeout: 20_000 });
  const home = await fetch(`${base}zh-hant/`);
  assert.equal(home.status, 200, 'still serving');
  assert.equal((await fetch(`${base}zh-hant/2024/07/shenzhen-report/`)).status, 404, 'the deleted article is gone');
  await page.close();
});
