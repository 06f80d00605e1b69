/**
 * The built sample site as a reader's browser and a crawler see it: every
 * HTML page passes html-validate (recommended rules), every feed and sitemap
 * is well-formed XML and valid against its schema (test/fixtures/schemas/:
 * sitemaps.org 0.9 with xhtml:link, Google News, RFC 4287 RELAX NG), Atom
 * feeds have their required elements, and every
 * JSON-LD block parses with the fields search engines require.
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { HtmlValidate, StaticConfigLoader, type ConfigData, type ResolvedConfig } from 'html-validate';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { sampleBuild } from './helpers.js';
import { schemaErrors, schemaReports } from './xml-schemas.js';

let tree: ReadonlyMap<string, Buffer>;

before(async () => {
  tree = (await sampleBuild()).tree;
});

const files = (re: RegExp) => [...tree.keys()].filter((f) => re.test(f)).sort();
const text = (f: string) => tree.get(f)!.toString('utf8');

/**
 * html-validate's recommended rules, relaxed where the theme or the Markdown
 * compiler are right or not ours to change here:
 * - `no-redundant-role` and `prefer-native-element` (for `list`): the theme's
 *   unstyled lists keep `role="list"` on purpose, since WebKit (VoiceOver)
 *   drops list semantics from lists with `list-style: none`.
 */
const CONFIG: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    'no-redundant-role': 'off',
    'prefer-native-element': ['error', { exclude: ['list'] }],
  },
};

/**
 * html-validate's static loader resolves the configuration again for every
 * page (the element metadata table rebuilt each time: half the validation's
 * CPU over 272 pages); this one resolves it once and gives every page the same
 * resolved configuration, which html-validate's own per-file loader also
 * shares. The messages are the same.
 */
class ResolveOnce extends StaticConfigLoader {
  private resolved: ResolvedConfig | Promise<ResolvedConfig> | undefined;
  override getConfigFor(handle: string, override?: ConfigData): ResolvedConfig | Promise<ResolvedConfig> {
    if (override) return super.getConfigFor(handle, override);
    return (this.resolved ??= super.getConfigFor(handle));
  }
}

const validator = new HtmlValidate(new ResolveOnce(CONFIG));

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

const VARIANT_DIRS = ['zh-hant', 'zh-hans', 'zh-tw'];

test('the sitemap validates against the sitemaps.org 0.9 schema, with every variant as an xhtml:link alternate', async () => {
  const sitemap = text('sitemap.xml');
  assert.deepEqual(await schemaErrors('sitemap', [['sitemap.xml', sitemap]]), []);
  // The alternates are there to be validated: every variant and x-default on each <url>.
  const urls = sitemap.split('<url>').slice(1);
  assert.ok(urls.length > 50, `only ${urls.length} URLs`);
  for (const hreflang of ['zh-Hant', 'zh-Hans', 'zh-TW', 'x-default']) {
    assert.equal(urls.filter((u) => u.includes(`hreflang="${hreflang}"`)).length, urls.length, hreflang);
  }
  for (const dir of VARIANT_DIRS) assert.ok(sitemap.includes(`<loc>https://news.example.org/${dir}/`), dir);
});

test('the news sitemap validates against the sitemaps.org schema with the Google News extension, in every variant', async () => {
  const news = text('news-sitemap.xml');
  assert.deepEqual(await schemaErrors('news', [['news-sitemap.xml', news]]), []);
  for (const dir of VARIANT_DIRS) assert.ok(news.includes(`<loc>https://news.example.org/${dir}/`), `no ${dir} article in the news sitemap`);
  assert.ok(news.includes('<news:language>zh-cn</news:language>') && news.includes('<news:language>zh-tw</news:language>'));
});

test('every Atom feed of every variant validates against the RELAX NG grammar of RFC 4287', async () => {
  const feeds = files(/feed\.xml$/);
  for (const dir of VARIANT_DIRS) {
    assert.ok(feeds.includes(`${dir}/feed.xml`), `${dir}/feed.xml`);
    assert.ok(feeds.some((f) => f.startsWith(`${dir}/sections/`)) && feeds.some((f) => f.startsWith(`${dir}/keywords/`)), dir);
  }
  assert.deepEqual(await schemaErrors('atom', feeds.map((f) => [f, text(f)])), []);
  // RFC 4287's two Schematron rules, which RELAX NG cannot state: a feed author (ours always has one) and an alternate link per entry.
  for (const f of feeds) {
    assert.match(text(f), /^  <author><name>[^<]+<\/name><\/author>$/m, f);
    const entries = text(f).split('<entry>').slice(1);
    assert.ok(entries.every((e) => /<link rel="alternate" type="text\/html" href="https:/.test(e)), f);
  }
});

test('the schemas reject invalid documents: the validation above cannot pass vacuously', async () => {
  const feed = text('zh-hant/feed.xml');
  const sitemap = text('sitemap.xml');
  const news = text('news-sitemap.xml');
  /** Changes `doc` by `from` → `to`, checking the change happened. */
  const edit = (doc: string, from: string | RegExp, to: string) => {
    const out = doc.replace(from, to);
    assert.notEqual(out, doc, `no ${String(from)} to change`);
    return out;
  };
  const cases: Array<[Parameters<typeof schemaErrors>[0], string, string, RegExp]> = [
    ['atom', 'feed without id', edit(feed, /^  <id>[^<]*<\/id>\n/m, ''), /element feed: .*Expecting an element id/],
    ['atom', 'entry without id', edit(feed, /^    <id>[^<]*<\/id>\n/m, ''), /Relax-NG validity error/],
    ['atom', 'entry with a date that is no dateTime', edit(feed, /<published>[^<]*</, '<published>20 June 2025<'), /Type dateTime doesn't allow value '20 June 2025'/],
    ['atom', 'unknown Atom element', edit(feed, '<generator>', '<generater>tongwen</generater><generator>'), /got generater/],
    ['sitemap', 'lastmod that is no date', edit(sitemap, /<lastmod>[^<]*</, '<lastmod>2024-13-45<'), /lastmod'\: '2024-13-45' is not a valid value/],
    ['sitemap', 'url without loc', edit(sitemap, /<loc>[^<]*<\/loc>/, ''), /Expected is \( \{http:\/\/www\.sitemaps\.org\/schemas\/sitemap\/0\.9\}loc \)/],
    ['sitemap', 'xhtml:link without href', edit(sitemap, / href="https:\/\/news\.example\.org\/zh-hant\/"\/>/, '/>'), /attribute 'href' is required but missing/],
    ['sitemap', 'xhtml:link with a relative href', edit(sitemap, 'href="https://news.example.org/zh-hant/"', 'href="/zh-hant/"'), /The value '\/zh-hant\/' is not accepted/],
    ['sitemap', 'foreign element that no schema declares', edit(sitemap, '</url>', '<x:extra xmlns:x="urn:example"/></url>'), /\{urn:example\}extra/],
    ['news', 'news entry without language', edit(news, /<news:language>[^<]*<\/news:language>/, ''), /Expected is \( \{http:\/\/www\.google\.com\/schemas\/sitemap-news\/0\.9\}language \)/],
    ['news', 'language that Google News does not know', edit(news, '<news:language>zh-tw<', '<news:language>zh-Hant<'), /The value 'zh-Hant' is not accepted/],
    ['news', 'publication date that is no date', edit(news, /<news:publication_date>[^<]*</, '<news:publication_date>yesterday<'), /publication_date'\: 'yesterday' is not a valid value/],
  ];
  // One xmllint run per schema, each case its own document (`case-N.xml`): xmllint validates the files one by one
  // and reports them in turn, so every case is judged on its own lines of the report.
  const name = (i: number) => `case-${i}.xml`;
  const reports = new Map<string, { valid: boolean; lines: string[] }>();
  for (const kind of new Set(cases.map(([k]) => k))) {
    const mine = cases.flatMap(([k, , doc], i) => (k === kind ? [[name(i), doc] as const] : []));
    const report = await schemaReports(kind, mine);
    assert.deepEqual([...report.keys()].sort(), mine.map(([n]) => n).sort(), `${kind}: xmllint reported on each case, and on nothing else`);
    for (const [n, r] of report) reports.set(n, r);
  }
  cases.forEach(([, what, , pattern], i) => {
    const r = reports.get(name(i))!;
    assert.ok(!r.valid, `${what}: accepted`);
    assert.match(r.lines.join('\n'), pattern, what);
  });
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
