/**
 * What every page carries: `<html lang>`, a canonical link to itself,
 * hreflang alternates for each variant plus x-default, and a switcher to the
 * same page in the other variant that exists in the output. Also the root
 * variant chooser and the copied static files.
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from '../src/build.js';
import { FIXTURES, headLinks, readTree, tempDir } from './helpers.js';

const SITE = join(FIXTURES, 'sites', 'basic');
const BASE_URL = 'https://example.org/news/';
const VARIANT_DIRS: Record<string, string> = { 'zh-hant': 'zh-Hant', 'zh-hans': 'zh-Hans' };
let out: string;
let tree: Map<string, Buffer>;

before(async () => {
  out = join(tempDir(), 'out');
  await build({ root: SITE, out, workers: 0 });
  tree = readTree(out);
});

const pages = () => [...tree.keys()].filter((f) => f.endsWith('.html'));
const text = (file: string) => tree.get(file)!.toString('utf8');
/** The absolute URL of an output file (`zh-hant/index.html` → `…/zh-hant/`). */
const urlOf = (file: string) => BASE_URL + file.replace(/(^|\/)index\.html$/, '$1').split('/').map(encodeURIComponent).join('/');
/** The output file of an absolute or base-relative URL. */
function fileOf(url: string): string {
  const path = url.startsWith(BASE_URL) ? url.slice(BASE_URL.length) : url.replace(/^\/news\//, '');
  const rel = decodeURIComponent(path);
  return rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel;
}

test('every page declares its language: the variant of its folder', () => {
  for (const file of pages()) {
    const lang = /<html lang="([^"]+)">/.exec(text(file))?.[1];
    assert.ok(lang, `${file} has no <html lang>`);
    const dir = file.split('/')[0]!;
    if (VARIANT_DIRS[dir]) assert.equal(lang, VARIANT_DIRS[dir], file);
  }
});

test('every variant page has a canonical link to itself', () => {
  for (const file of pages().filter((f) => f.startsWith('zh-') && !f.endsWith('404.html'))) {
    assert.deepEqual(headLinks(text(file)).canonical, [urlOf(file)], file);
  }
});

test('every variant page has hreflang alternates for each variant and x-default, all existing pages', () => {
  for (const file of pages().filter((f) => f.startsWith('zh-'))) {
    const { alternates } = headLinks(text(file));
    assert.deepEqual([...alternates.keys()], ['zh-Hant', 'zh-Hans', 'x-default'], file);
    const own = VARIANT_DIRS[file.split('/')[0]!]!;
    if (!file.endsWith('404.html')) assert.equal(alternates.get(own), urlOf(file), `${file}: its own alternate is itself`);
    assert.equal(alternates.get('x-default'), alternates.get('zh-Hant'), `${file}: x-default is the first variant`);
    for (const url of alternates.values()) assert.ok(tree.has(fileOf(url)), `${file}: alternate ${url} does not exist`);
  }
});

test('every variant page has a switcher link to the same page in the other variant', () => {
  for (const file of pages().filter((f) => f.startsWith('zh-'))) {
    const [dir, ...rest] = file.split('/');
    const other = dir === 'zh-hant' ? 'zh-hans' : 'zh-hant';
    const twin = [other, ...rest].join('/');
    assert.ok(tree.has(twin), `${file}: no twin page ${twin}`);
    const html = text(file);
    const links = [...html.matchAll(/<a href="([^"]+)"[^>]*hreflang="([^"]+)"/g)].map((m) => [m[1]!, m[2]!] as const);
    const switcher = links.find(([href, lang]) => lang === VARIANT_DIRS[other] && fileOf(href) === twin);
    assert.ok(switcher, `${file}: no visible link to ${twin}`);
  }
});

test('article pages show the converted article in their variant', () => {
  const hant = text('zh-hant/2024/07/shenzhen-report/index.html');
  const hans = text('zh-hans/2024/07/shenzhen-report/index.html');
  assert.match(hans, /<h1>深圳发布电子信息产业报告<\/h1>/);
  // 发布 → 發布 (the form Taiwan and Hong Kong print; conversion.forms: common).
  assert.match(hant, /<h1>深圳發布電子信息產業報告<\/h1>/);
  assert.match(hant, /<title>深圳發布電子信息產業報告 \| 同文測試站<\/title>/);
  assert.match(hans, /<title>深圳发布电子信息产业报告 \| 同文测试站<\/title>/);
});

test('the home page lists the newest articles first and is paginated by pageSize', () => {
  const home = text('zh-hant/index.html');
  const titles = [...home.matchAll(/<h2><a href="[^"]+">([^<]+)<\/a><\/h2>/g)].map((m) => m[1]);
  assert.deepEqual(titles, ['深圳發布電子信息產業報告', '深度求索發佈新模型']);
  assert.ok(tree.has('zh-hant/page/2/index.html'));
  assert.match(text('zh-hant/page/2/index.html'), /馬斯克的 xAI 融資/);
  assert.ok(!tree.has('zh-hant/page/3/index.html'));
});

test('the root index.html lets the reader choose a variant without JavaScript', () => {
  const root = text('index.html');
  // Its one script is the site's own file (the redirect by browser language); the choices are plain links.
  assert.deepEqual(root.match(/<script[^>]*>/gi), ['<script src="/news/assets/variant.js" defer>']);
  assert.match(root, /<script src="\/news\/assets\/variant\.js" defer><\/script>/);
  assert.match(root, /<a href="\/news\/zh-hant\/"[^>]*>/);
  assert.match(root, /<a href="\/news\/zh-hans\/"[^>]*>/);
  assert.match(root, /繁體中文/);
  assert.match(root, /简体中文/);
});

test('each variant and the site root have a 404 page', () => {
  for (const file of ['404.html', 'zh-hant/404.html', 'zh-hans/404.html']) assert.ok(tree.has(file), file);
  assert.match(text('zh-hans/404.html'), /<html lang="zh-Hans">/);
});

test('files in static/ are copied byte for byte, at the same paths', () => {
  for (const rel of ['images/chart.png', 'robots.txt']) {
    assert.ok(existsSync(join(out, rel)), rel);
    assert.deepEqual(tree.get(rel), readFileSync(join(SITE, 'static', rel)));
  }
});

test('the stylesheet the pages link to is written', () => {
  for (const m of text('zh-hant/index.html').matchAll(/<link rel="stylesheet" href="\/news\/([^"]+)">/g)) {
    assert.ok(tree.has(m[1]!), m[1]);
  }
});
