/**
 * A base URL with a path (`https://example.org/news/`): every link and asset
 * lives under `/news/`, every internal link resolves to a written file,
 * canonical and hreflang URLs are absolute, and the sitemap lists every page
 * with its alternates.
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from '../src/build.js';
import { FIXTURES, headLinks, linksIn, readTree, tempDir } from './helpers.js';

const SITE = join(FIXTURES, 'sites', 'basic');
const ORIGIN = 'https://example.org';
const BASE = '/news/';
let out: string;
let htmlFiles: string[];

before(async () => {
  out = join(tempDir(), 'out');
  await build({ root: SITE, out, workers: 0 });
  htmlFiles = [...readTree(out).keys()].filter((f) => f.endsWith('.html'));
});

/** The output file a site path (`/news/zh-hant/`) is served from, or undefined outside the site. */
function fileFor(path: string): string | undefined {
  if (!path.startsWith(BASE)) return undefined;
  let rel = decodeURIComponent(path.slice(BASE.length).split('#')[0]!.split('?')[0]!);
  if (rel === '' || rel.endsWith('/')) rel += 'index.html';
  return rel;
}

test('the site has pages in both variants under the base path', () => {
  assert.ok(htmlFiles.includes('index.html'));
  assert.ok(htmlFiles.includes('zh-hant/index.html'));
  assert.ok(htmlFiles.includes('zh-hans/index.html'));
  assert.ok(htmlFiles.filter((f) => /^zh-han[st]\/\d{4}\/\d{2}\//.test(f)).length >= 6);
});

test('every href and src is under the base path, a fragment, or absolute', () => {
  for (const file of htmlFiles) {
    const html = readFileSync(join(out, file), 'utf8');
    for (const link of linksIn(html)) {
      const ok = link.startsWith(BASE) || link.startsWith('#') || /^(https?:|mailto:)/.test(link);
      assert.ok(ok, `${file}: link "${link}" ignores the base path`);
      if (link.startsWith('https://example.org/')) assert.ok(link.startsWith(ORIGIN + BASE), `${file}: absolute link ${link} outside the base path`);
    }
  }
});

test('every internal link and asset points at a file that was written', () => {
  for (const file of htmlFiles) {
    const html = readFileSync(join(out, file), 'utf8');
    for (const link of linksIn(html)) {
      const local = link.startsWith(ORIGIN + BASE) ? link.slice(ORIGIN.length) : link;
      const target = fileFor(local);
      if (target === undefined) continue;
      assert.ok(existsSync(join(out, target)), `${file}: broken link ${link} (no ${target})`);
    }
  }
});

test('root-relative links and images in articles are moved under the base path', () => {
  const html = readFileSync(join(out, 'zh-hant', '2024', '06', 'deepseek', 'index.html'), 'utf8');
  // Alone in its paragraph, the image is a figure with its title as the caption (issue 8), sized from the file.
  assert.match(html, /<figure><img src="\/news\/images\/chart\.png" alt="示意圖"[^>]*><figcaption>圖表標題<\/figcaption><\/figure>/);
  assert.match(html, /<a href="\/news\/zh-hant\/2024\/07\/shenzhen-report\/">/);
});

test('canonical, hreflang and x-default links are absolute and under the base URL', () => {
  for (const file of htmlFiles.filter((f) => f.startsWith('zh-'))) {
    const html = readFileSync(join(out, file), 'utf8');
    const { canonical, alternates } = headLinks(html);
    assert.equal(canonical.length, 1, `${file}: one canonical link`);
    for (const url of [canonical[0]!, ...alternates.values()]) assert.ok(url.startsWith(`${ORIGIN}${BASE}`), `${file}: ${url} is not absolute under the base URL`);
  }
});

test('the sitemap lists every article and home page, each with all alternates and x-default', () => {
  const xml = readFileSync(join(out, 'sitemap.xml'), 'utf8');
  assert.match(xml, /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www\.sitemaps\.org\/schemas\/sitemap\/0\.9" xmlns:xhtml="http:\/\/www\.w3\.org\/1999\/xhtml">/);
  const entries = [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map((m) => m[1]!);
  const locs = entries.map((e) => /<loc>([^<]+)<\/loc>/.exec(e)![1]!);
  const toUrl = (f: string) => `${ORIGIN}${BASE}${f.replace(/index\.html$/, '').split('/').map(encodeURIComponent).join('/')}`;
  // Every article and home page is listed; every listed URL is a written page.
  const required = htmlFiles.filter((f) => /^zh-han[st]\/(\d{4}\/\d{2}\/[^/]+\/|page\/\d+\/)?index\.html$/.test(f)).map(toUrl);
  assert.ok(required.length >= 10);
  for (const url of required) assert.ok(locs.includes(url), `${url} missing from the sitemap`);
  assert.equal(new Set(locs).size, locs.length, 'no URL listed twice');
  for (const loc of locs) {
    const file = fileFor(loc.slice(ORIGIN.length));
    assert.ok(file !== undefined && htmlFiles.includes(file), `${loc} is not a written page`);
  }
  for (const e of entries) {
    const alts = [...e.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)].map((m) => [m[1]!, m[2]!] as const);
    assert.deepEqual(alts.map((a) => a[0]), ['zh-Hant', 'zh-Hans', 'x-default']);
    for (const [, href] of alts) assert.ok(locs.includes(href), `alternate ${href} is not itself in the sitemap`);
    assert.equal(alts[2]![1], alts[0]![1], 'x-default is the first variant');
  }
  assert.ok(!xml.includes('404'), 'no 404 page in the sitemap');
});

test('a base path in Chinese is encoded exactly once in links, canonical URLs and the sitemap', async () => {
  const chineseOut = join(tempDir(), 'out');
  await build({ root: SITE, out: chineseOut, workers: 0, baseUrl: 'https://example.org/新闻/' });
  const encoded = `/${encodeURIComponent('新闻')}/`;
  const home = readFileSync(join(chineseOut, 'zh-hant', 'index.html'), 'utf8');
  const internal = linksIn(home).filter((l) => l.startsWith('/'));
  assert.ok(internal.length > 5);
  for (const link of internal) assert.ok(link.startsWith(encoded), `link "${link}" is not under ${encoded}`);
  const { canonical } = headLinks(home);
  assert.deepEqual(canonical, [`https://example.org${encoded}zh-hant/`]);
  const sitemap = readFileSync(join(chineseOut, 'sitemap.xml'), 'utf8');
  assert.ok(sitemap.includes(`<loc>https://example.org${encoded}zh-hant/</loc>`));
  assert.ok(!sitemap.includes('%25'), 'no double encoding in the sitemap');
  // Files are written under the output folder itself, not under a folder named after the base path.
  assert.ok(existsSync(join(chineseOut, 'zh-hant', 'index.html')));
});

test('under a Chinese base path the search page loads its script from the encoded asset URL, where the asset is written', async () => {
  const chineseOut = join(tempDir(), 'out');
  await build({ root: SITE, out: chineseOut, workers: 0, baseUrl: 'https://example.org/新聞/' });
  for (const dir of ['zh-hant', 'zh-hans']) {
    const search = readFileSync(join(chineseOut, dir, 'search', 'index.html'), 'utf8');
    const scripts = [...search.matchAll(/<script src="([^"]*)"/g)].map((m) => m[1]);
    // Every page's variant script, then the search page's own.
    assert.deepEqual(scripts, ['/%E6%96%B0%E8%81%9E/assets/variant.js', '/%E6%96%B0%E8%81%9E/assets/search.js'], dir);
    const stylesheet = /<link rel="stylesheet" href="([^"]*)"/.exec(search)?.[1];
    assert.equal(stylesheet, '/%E6%96%B0%E8%81%9E/assets/style.css', `${dir}: the stylesheet is encoded the same way`);
  }
  assert.ok(existsSync(join(chineseOut, 'assets', 'search.js')), 'the script is written at assets/search.js under the output folder');
  assert.ok(existsSync(join(chineseOut, 'assets', 'variant.js')), 'and the variant script beside it');
});
