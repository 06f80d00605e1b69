/**
 * The built site in a real browser: Debian's Chromium driven by
 * playwright-core, the output served by `serve()`. Fails in CI when Chromium
 * is missing (`.ci/run` installs it); skips locally with a message.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { build } from '../src/build.js';
import { tempDir } from './helpers.js';
import { keywordSite } from './keywords-fixture.js';
import { chromiumAvailable, chromiumSkip, sharedChromium, serveFolder } from './chromium.js';

const skip = chromiumSkip('the browser tests');

let site: { origin: string; close(): Promise<void> } | undefined;
let browser: Browser | undefined;
let origin = '';

before(async () => {
  if (!chromiumAvailable) return;
  const out = join(tempDir(), 'out');
  await build({ root: keywordSite(), out, workers: 0 });
  site = await serveFolder(out);
  origin = site.origin;
  browser = await sharedChromium.acquire();
});

after(async () => {
  if (browser) await sharedChromium.release();
  await site?.close();
});

const scriptErrors = new WeakMap<Page, string[]>();

async function page(path: string): Promise<Page> {
  const p = await browser!.newPage();
  p.setDefaultTimeout(15_000);
  const errors: string[] = [];
  scriptErrors.set(p, errors);
  p.on('pageerror', (e) => errors.push(e.message));
  const res = await p.goto(origin + path);
  assert.equal(res?.status(), 200, `${path} loads`);
  return p;
}

async function close(p: Page): Promise<void> {
  assert.deepEqual(scriptErrors.get(p), [], 'no script errors');
  await p.close();
}

test('a Simplified query on the zh-Hant search page shows the Traditional article', { skip }, async () => {
  const p = await page('/zh-hant/search/');
  await p.locator('#tongwen-search[data-ready="true"]').waitFor();
  await p.fill('#search-input', '英伟达');
  const result = p.locator('#search-results a', { hasText: '英偉達發布新一代數據中心GPU' });
  await result.waitFor();
  assert.equal(await result.getAttribute('href'), '/zh-hant/2024/06/nvidia-dc-gpu/');
  const titles = await p.locator('#search-results a').allTextContents();
  assert.ok(titles.includes('英偉達股價創新高'), `the Simplified article in Traditional: ${titles.join(' / ')}`);
  assert.match(p.url(), /\?q=%E8%8B%B1%E4%BC%9F%E8%BE%BE$/, 'the query is kept in the URL');
  await result.click();
  await p.waitForURL(`${origin}/zh-hant/2024/06/nvidia-dc-gpu/`);
  await close(p);
});

test('the header search box leads to results for a substring query', { skip }, async () => {
  const p = await page('/zh-hans/');
  await p.fill('.search-box input[name="q"]', '偉達');
  await p.press('.search-box input[name="q"]', 'Enter');
  await p.waitForURL(/\/zh-hans\/search\/\?q=/);
  await p.locator('#search-results a', { hasText: '英伟达股价创新高' }).waitFor();
  assert.equal(await p.inputValue('#search-input'), '偉達');
  await p.locator('#search-keywords a', { hasText: '英伟达' }).waitFor();
  await close(p);
});

test('switching variant on the search page keeps the query and shows the results in the other script', { skip }, async () => {
  const p = await page('/zh-hant/search/?q=%E8%8B%B1%E4%BC%9F%E8%BE%BE');
  await p.locator('#search-results a', { hasText: '英偉達股價創新高' }).waitFor();
  await p.locator('nav.switcher a[hreflang="zh-Hans"]').click();
  await p.waitForURL(`${origin}/zh-hans/search/?q=%E8%8B%B1%E4%BC%9F%E8%BE%BE`);
  await p.locator('#search-results a', { hasText: '英伟达股价创新高' }).waitFor();
  await close(p);
});

test('clicking a keyword on an article lands on its keyword page; the switcher keeps the keyword', { skip }, async () => {
  const p = await page('/zh-hans/2024/06/nvidia-dc-gpu/');
  await p.locator('a[rel="tag"]', { hasText: '英伟达' }).click();
  await p.waitForURL(`${origin}/zh-hans/keywords/ying-wei-da/`);
  assert.match(await p.locator('h1').innerText(), /英伟达/);
  assert.ok((await p.locator('main a').allTextContents()).includes('英伟达股价创新高'));

  await p.locator('nav.switcher a[hreflang="zh-Hant"]').click();
  await p.waitForURL(`${origin}/zh-hant/keywords/ying-wei-da/`);
  assert.match(await p.locator('h1').innerText(), /英偉達/);
  const titles = await p.locator('main a').allTextContents();
  assert.ok(titles.includes('英偉達股價創新高') && titles.includes('英偉達發布新一代數據中心GPU'), titles.join(' / '));
  await close(p);
});

test('each result shows an excerpt of the body in the page’s own script, the query marked', { skip }, async () => {
  const p = await page('/zh-hant/search/?q=%E8%82%A1%E4%BB%B7%E4%BB%8A%E5%A4%A9');
  const row = p.locator('#search-results li', { hasText: '英偉達股價創新高' });
  await row.waitFor();
  const excerpt = row.locator('p.excerpt');
  assert.equal(await excerpt.innerText(), '英偉達股價今天創下新高。', 'the Simplified body, shown in Traditional');
  assert.deepEqual(await excerpt.locator('mark').allTextContents(), ['股價今天']);
  await close(p);

  const q = await page('/zh-hans/search/?q=%E6%95%B8%E6%93%9A%E4%B8%AD%E5%BF%83%20GPU');
  const hit = q.locator('#search-results li', { hasText: '英伟达发布新一代数据中心GPU' });
  await hit.waitFor();
  assert.match(await hit.locator('p.excerpt').innerText(), /^英伟达今天发布新一代数据中心 GPU/, 'the Traditional body, shown in Simplified');
  assert.ok((await hit.locator('mark').allTextContents()).includes('数据中心'));
  await close(q);
});

test('without JavaScript the search page says so and links to the keyword index', { skip }, async () => {
  const context = await browser!.newContext({ javaScriptEnabled: false });
  const p = await context.newPage();
  await p.goto(origin + '/zh-hans/search/');
  const message = p.locator('p.search-noscript');
  assert.ok(await message.isVisible(), 'the <noscript> message is shown');
  assert.match(await message.innerText(), /JavaScript/);
  assert.equal(await message.locator('a').getAttribute('href'), '/zh-hans/keywords/');
  assert.equal(await p.locator('#search-more').isVisible(), false);
  await context.close();
});
