/**
 * The built sample site as a reader's browser and a crawler see it: every
 * HTML page passes html-validate (recommended rules), every feed and sitemap
 * is well-formed XML, Atom feeds have their required elements, and every
 * JSON-LD block parses with the fields search engines require.
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { build } from '../src/build.js';
import { REPO, SAMPLE_NOW, readTree, tempDir } from './helpers.js';

let tree: Map<string, Buffer>;

before(async () => {
  const out = join(tempDir(), 'dist');
  await build({ root: REPO, out, workers: 0, now: SAMPLE_NOW });
  tree = readTree(out);
});

const files = (re: RegExp) => [...tree.keys()].filter((f) => re.test(f)).sort();
const text = (f: string) => tree.get(f)!.toString('utf8');

/**
 * html-validate's recommended rules, relaxed where the theme or the Markdown
 * compiler are right or not ours to change here:
 * - `no-redundant-role` and `prefer-native-element` (for `list`): the theme's
 *   unstyled lists keep `role="list"` on purpose, since WebKit (VoiceOver)
 *   drops list semantics from lists with `list-style: none`.
 * - `no-deprecated-attr`: GFM table alignment comes out as `align` on
 *   `<td>`/`<th>` from the Markdown compiler (markdown/html.ts, outside the
 *   page layer); to be replaced by a class or style there.
 */
const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    'no-redundant-role': 'off',
    'prefer-native-element': ['error', { exclude: ['list'] }],
    'no-deprecated-attr': 'off',
  },
});

test('every generated HTML page passes html-validate', async () => {
  const pages = files(/\.html$/);
  assert.ok(pages.length > 100, `only ${pages.length} pages`);
  const problems: string[] = [];
  for (const f of pages) {
    const report = await validator.validateString(text(f), f);
    for (const r of report.results) for (const m of r.messages) problems.push(`${f}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
  }
  assert.deepEqual(problems.slice(0, 20), []);
});

test('every page kind is in the sample site', () => {
  const kinds = new Set(files(/\.html$/).map((f) => /<body class="page-([a-z-]+)"/.exec(text(f))?.[1]));
  for (const k of ['article', 'home', 'section', 'sections', 'year', 'month', 'author', 'authors', 'keyword', 'keywords', 'search', 'not-found', 'root']) assert.ok(kinds.has(k), k);
});

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });
const list = <T>(x: T | T[] | undefined): T[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);

test('every feed and sitemap is well-formed XML; Atom feeds have their required elements', () => {
  const xml = files(/\.xml$/);
  assert.ok(xml.includes('sitemap.xml') && xml.includes('news-sitemap.xml') && xml.includes('zh-hant/feed.xml'));
  for (const f of xml) assert.equal(XMLValidator.validate(text(f)), true, f);
  const feeds = files(/feed\.xml$/);
  assert.ok(feeds.some((f) => f.includes('/sections/')) && feeds.some((f) => f.includes('/keywords/')));
  for (const f of feeds) {
    const feed = parser.parse(text(f)).feed as Record<string, unknown>;
    assert.equal(feed['@xmlns'], 'http://www.w3.org/2005/Atom', f);
    for (const el of ['id', 'title', 'updated', 'author']) assert.ok(feed[el] !== undefined, `${f}: no ${el}`);
    const entries = list(feed.entry as Record<string, unknown> | Array<Record<string, unknown>>);
    assert.ok(entries.length >= 1 && entries.length <= 20, f);
    for (const e of entries) {
      for (const el of ['id', 'title', 'updated', 'link', 'content']) assert.ok(e[el] !== undefined, `${f}: entry without ${el}`);
      assert.match(String(e.id), /^https:\/\/news\.example\.org\//, f);
    }
  }
  const robots = text('robots.txt');
  assert.match(robots, /^Sitemap: https:\/\/news\.example\.org\/sitemap\.xml$/m);
  assert.match(robots, /^Sitemap: https:\/\/news\.example\.org\/news-sitemap\.xml$/m);
  const news = list((parser.parse(text('news-sitemap.xml')).urlset as { url?: unknown }).url);
  assert.ok(news.length >= 2, 'the newest article is in the news sitemap in both variants');
});

test('every page links its variant feed; JSON-LD parses, with the required fields', () => {
  for (const f of files(/^zh-han[st]\/.*\.html$/)) {
    const html = text(f);
    const dir = f.slice(0, 7);
    assert.ok(html.includes(`<link rel="alternate" type="application/atom+xml" href="/${dir}/feed.xml"`), f);
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    for (const [, attrs, body] of scripts) {
      if (/\bsrc=/.test(attrs!)) continue;
      assert.match(attrs!, /type="application\/ld\+json"/, `${f}: inline script that is not JSON-LD`);
      const data = list(JSON.parse(body!) as Record<string, unknown> | Array<Record<string, unknown>>);
      for (const d of data) {
        assert.equal(d['@context'], 'https://schema.org', f);
        if (d['@type'] === 'NewsArticle') {
          for (const k of ['headline', 'datePublished', 'dateModified', 'author', 'publisher', 'inLanguage']) assert.ok(d[k] !== undefined, `${f}: NewsArticle without ${k}`);
          assert.equal(d.inLanguage, dir === 'zh-hant' ? 'zh-Hant' : 'zh-Hans');
        } else {
          assert.equal(d['@type'], 'BreadcrumbList', f);
          assert.ok(list(d.itemListElement as unknown[]).length >= 2, f);
        }
      }
    }
    if (/\/\d{4}\/\d{2}\/[^/]+\/index\.html$/.test(f)) {
      assert.match(html, /"@type":"NewsArticle"/, f);
      assert.match(html, /<meta property="og:type" content="article">/, f);
      assert.match(html, /<meta name="twitter:card" content="summary(_large_image)?">/, f);
    }
  }
});
