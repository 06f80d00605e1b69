/**
 * The page model as data: the outputs of every page kind for a tiny site in
 * memory (no templates rendered, nothing written) — paths, output files and
 * alternates, pagination, the keyword index groups, the 404 and root pages,
 * the search page's URLs, the sitemap and the data files.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { processArticle, type ProcessedArticle } from '../src/article/process.js';
import { DEFAULT_CONFIG, type SiteConfig } from '../src/config/config.js';
import { checkUrls, placeArticles } from '../src/site/place.js';
import { keywordStage } from '../src/site/keywords.js';
import { isPage, siteModel, siteOutputs, type DataOutput, type Output, type PageOutput } from '../src/site/outputs.js';
import { paginate } from '../src/site/paginate.js';
import { sitemapXml } from '../src/site/sitemap.js';
import { PAGE_KINDS } from '../src/site/kinds/index.js';
import { PAGE_TEMPLATES } from '../src/site/page-templates.js';
import type { HomePageContext } from '../src/site/kinds/home.js';
import type { KeywordPageContext } from '../src/site/kinds/keyword.js';
import type { KeywordIndexContext } from '../src/site/kinds/keywords.js';
import type { SearchPageContext } from '../src/site/kinds/search.js';
import type { RootContext } from '../src/site/kinds/root.js';
import type { ArticlePageContext } from '../src/site/kinds/article.js';
import { ARTICLE_CONTEXT, article } from './helpers.js';

const BASE = '/news/';
const ORIGIN = 'https://example.org';
const CONFIG: SiteConfig = { ...DEFAULT_CONFIG, title: '同文新聞', baseUrl: `${ORIGIN}${BASE}`, basePath: BASE, pageSize: 2, keywords: { auto: false } };

function processed(file: string, fields: Record<string, string>, basePath = BASE): ProcessedArticle {
  const r = processArticle(file, new TextEncoder().encode(article(fields)), { ...ARTICLE_CONTEXT, basePath });
  if (!r.ok) throw new Error(`${file}: ${JSON.stringify(r.errors)}`);
  return r.article;
}

/** Three articles (one written in Simplified): 英偉達 in all three, GPU in two. */
function articles(basePath = BASE): ProcessedArticle[] {
  return [
    processed('content/a.md', { title: '甲', date: '2024-06-01', slug: 'a', keywords: '[英偉達, GPU]' }, basePath),
    processed('content/b.md', { title: '乙', date: '2024-06-02', slug: 'b', keywords: '[英伟达]', lang: 'zh-Hans' }, basePath),
    processed('content/c.md', { title: '丙', date: '2024-07-03', slug: 'c', keywords: '[英偉達, gpu]' }, basePath),
  ];
}

function outputsOf(config: SiteConfig = CONFIG): Output[] {
  const placed = placeArticles(articles(config.basePath), config);
  const { index, errors } = keywordStage(placed, config);
  assert.deepEqual(errors, []);
  return siteOutputs(siteModel(config, placed, index));
}

const outputs = outputsOf();
const pages = outputs.filter(isPage);
const page = (path: string): PageOutput => {
  const p = pages.find((x) => x.path === path);
  assert.ok(p, `no page at ${path}`);
  return p;
};
const data = (file: string): DataOutput => {
  const d = outputs.find((o): o is DataOutput => !isPage(o) && o.file === file);
  assert.ok(d, `no data file ${file}`);
  return d;
};

test('the output list: every variant\'s pages in kind order, then the root pages, then the data files', () => {
  const variantPages = (dir: string, lang: 'zh-Hant' | 'zh-Hans') => [
    ['article', lang, `${BASE}${dir}/2024/07/c/`, `${dir}/2024/07/c/index.html`],
    ['article', lang, `${BASE}${dir}/2024/06/b/`, `${dir}/2024/06/b/index.html`],
    ['article', lang, `${BASE}${dir}/2024/06/a/`, `${dir}/2024/06/a/index.html`],
    ['home', lang, `${BASE}${dir}/`, `${dir}/index.html`],
    ['home', lang, `${BASE}${dir}/page/2/`, `${dir}/page/2/index.html`],
    ['sections', lang, `${BASE}${dir}/sections/`, `${dir}/sections/index.html`],
    ['year', lang, `${BASE}${dir}/2024/`, `${dir}/2024/index.html`],
    ['year', lang, `${BASE}${dir}/2024/page/2/`, `${dir}/2024/page/2/index.html`],
    ['month', lang, `${BASE}${dir}/2024/07/`, `${dir}/2024/07/index.html`],
    ['month', lang, `${BASE}${dir}/2024/06/`, `${dir}/2024/06/index.html`],
    ['authors', lang, `${BASE}${dir}/authors/`, `${dir}/authors/index.html`],
    ['keyword', lang, `${BASE}${dir}/keywords/gpu/`, `${dir}/keywords/gpu/index.html`],
    ['keyword', lang, `${BASE}${dir}/keywords/ying-wei-da/`, `${dir}/keywords/ying-wei-da/index.html`],
    ['keyword', lang, `${BASE}${dir}/keywords/ying-wei-da/page/2/`, `${dir}/keywords/ying-wei-da/page/2/index.html`],
    ['keywords', lang, `${BASE}${dir}/keywords/`, `${dir}/keywords/index.html`],
    ['search', lang, `${BASE}${dir}/search/`, `${dir}/search/index.html`],
    ['not-found', lang, `${BASE}${dir}/404.html`, `${dir}/404.html`],
  ];
  assert.deepEqual(pages.map((p) => [p.kind, p.variant, p.path, p.file]), [
    ...variantPages('zh-hant', 'zh-Hant'),
    ...variantPages('zh-hans', 'zh-Hans'),
    ['root', undefined, BASE, 'index.html'],
    ['not-found', undefined, `${BASE}404.html`, '404.html'],
  ]);
  assert.deepEqual(outputs.filter((o) => !isPage(o) && o.kind !== 'search-index').map((o) => [o.kind, o.variant, o.file]), [
    ['sitemap', undefined, 'sitemap.xml'],
    ['keywords-json', undefined, 'keywords.json'],
    ['search-data', 'zh-Hant', 'zh-hant/search.json'],
    ['search-data', 'zh-Hans', 'zh-hans/search.json'],
    ...(['zh-Hant', 'zh-Hans'] as const).flatMap((v) => {
      const dir = v.toLowerCase();
      return [['feed', v, `${dir}/feed.xml`], ['feed', v, `${dir}/keywords/gpu/feed.xml`], ['feed', v, `${dir}/keywords/ying-wei-da/feed.xml`]];
    }),
    ['news-sitemap', undefined, 'news-sitemap.xml'],
    ['robots', undefined, 'robots.txt'],
  ]);
  // Then the shared search index: meta.json first, fragments, chunks.
  const index = outputs.filter((o) => o.kind === 'search-index').map((o) => o.file);
  assert.equal(index[0], 'search/meta.json');
  assert.ok(index.some((f) => /^search\/c\/0\.json$/.test(f)) && index.some((f) => f === 'search/zh-hans/0.json'));
  // Pages first, then data: the build renders the first part and writes the list in order.
  assert.equal(outputs.findIndex((o) => !isPage(o)), pages.length);
});

test('each page kind renders with its registered template, and every registered template is required', () => {
  for (const p of pages) {
    assert.ok(PAGE_KINDS.some((k) => k.kind === p.kind && k.template === p.template), `${p.path}: ${p.kind} with ${p.template}`);
  }
  assert.deepEqual([...PAGE_TEMPLATES].sort(), ['404', 'archive', 'article', 'author', 'authors', 'keyword', 'keywords', 'list', 'root', 'search', 'section', 'sections']);
});

test('a variant page has its twin in every variant as alternates, and x-default is the first variant', () => {
  const a = page(`${BASE}zh-hans/2024/06/a/`);
  assert.deepEqual(a.alternates, { 'zh-Hant': `${BASE}zh-hant/2024/06/a/`, 'zh-Hans': `${BASE}zh-hans/2024/06/a/` });
  assert.equal(a.lastmod, '2024-06-01T00:00:00+08:00');
  const ctx = a.context as ArticlePageContext;
  assert.equal(ctx.page.canonical, `${ORIGIN}${BASE}zh-hans/2024/06/a/`);
  assert.equal(ctx.page.x_default, `${ORIGIN}${BASE}zh-hant/2024/06/a/`);
  assert.deepEqual(ctx.page.alternates.map((l) => [l.hreflang, l.url, l.current]), [
    ['zh-Hant', `${BASE}zh-hant/2024/06/a/`, false],
    ['zh-Hans', `${BASE}zh-hans/2024/06/a/`, true],
  ]);
  // Newer and older: the articles next to it in newest-first order; the oldest has no older one.
  assert.deepEqual([ctx.newer, ctx.older], [{ title: '乙', url: `${BASE}zh-hans/2024/06/b/` }, null]);
  assert.deepEqual(ctx.article.keywords, [
    { name: '英伟达', url: `${BASE}zh-hans/keywords/ying-wei-da/` },
    { name: 'GPU', url: `${BASE}zh-hans/keywords/gpu/` },
  ]);
  for (const kind of ['home', 'keyword', 'keywords', 'search', 'not-found']) {
    for (const p of pages.filter((x) => x.kind === kind && x.variant === 'zh-Hant')) {
      assert.deepEqual(Object.keys(p.alternates), ['zh-Hant', 'zh-Hans'], p.path);
      assert.equal(p.alternates['zh-Hans'], p.path.replace('/zh-hant/', '/zh-hans/'), p.path);
    }
  }
});

test('home pages are paginated: page count, items per page, prev/next links and …/page/2/', () => {
  const homes = pages.filter((p) => p.kind === 'home' && p.variant === 'zh-Hant').map((p) => p.context as HomePageContext);
  const links = (current: number) => [1, 2].map((n) => ({ n, url: n === 1 ? `${BASE}zh-hant/` : `${BASE}zh-hant/page/2/`, current: n === current, gap: false }));
  assert.deepEqual(homes.map((h) => h.pagination), [
    { page: 1, pages: 2, prev_url: '', next_url: `${BASE}zh-hant/page/2/`, first_url: `${BASE}zh-hant/`, links: links(1) },
    { page: 2, pages: 2, prev_url: `${BASE}zh-hant/`, next_url: '', first_url: `${BASE}zh-hant/`, links: links(2) },
  ]);
  assert.deepEqual(homes.map((h) => h.articles.map((a) => a.title)), [['丙', '乙'], ['甲']]);
  assert.deepEqual(homes.map((h) => h.page.title), ['同文新聞', '第 2 頁 | 同文新聞']);
  assert.deepEqual(page(`${BASE}zh-hans/page/2/`).alternates, { 'zh-Hant': `${BASE}zh-hant/page/2/`, 'zh-Hans': `${BASE}zh-hans/page/2/` });
});

test('keyword pages list their articles newest first, paginated like the home pages', () => {
  const [first, second] = pages.filter((p) => p.kind === 'keyword' && p.variant === 'zh-Hans' && p.path.includes('ying-wei-da')).map((p) => p.context as KeywordPageContext);
  assert.ok(first && second);
  assert.deepEqual([first.pagination.page, first.pagination.pages, first.pagination.prev_url, first.pagination.next_url], [1, 2, '', `${BASE}zh-hans/keywords/ying-wei-da/page/2/`]);
  assert.deepEqual([second.pagination.page, second.pagination.pages, second.pagination.prev_url, second.pagination.next_url], [2, 2, `${BASE}zh-hans/keywords/ying-wei-da/`, '']);
  assert.deepEqual([first.articles.map((a) => a.title), second.articles.map((a) => a.title)], [['丙', '乙'], ['甲']]);
  assert.equal(first.keyword.name, '英伟达');
  assert.equal(first.keyword.count, 3);
  assert.equal(first.keyword.index_url, `${BASE}zh-hans/keywords/`);
  assert.equal(page(`${BASE}zh-hant/keywords/gpu/`).alternates['zh-Hans'], `${BASE}zh-hans/keywords/gpu/`);
});

test('the keyword index groups keywords A–Z and orders them by count', () => {
  const ctx = page(`${BASE}zh-hant/keywords/`).context as KeywordIndexContext;
  assert.deepEqual(ctx.letters, ['G', 'Y']);
  assert.deepEqual(ctx.groups.map((g) => [g.letter, g.keywords.map((k) => k.name)]), [['G', ['GPU']], ['Y', ['英偉達']]]);
  assert.deepEqual(ctx.by_count.map((k) => [k.name, k.count, k.url]), [
    ['英偉達', 3, `${BASE}zh-hant/keywords/ying-wei-da/`],
    ['GPU', 2, `${BASE}zh-hant/keywords/gpu/`],
  ]);
});

test('404 pages: one per variant linking its home, one at the root offering every variant; none in the sitemap', () => {
  const variant404 = page(`${BASE}zh-hant/404.html`);
  assert.equal(variant404.template, '404');
  assert.equal(variant404.sitemap, false);
  assert.deepEqual(variant404.alternates, { 'zh-Hant': `${BASE}zh-hant/404.html`, 'zh-Hans': `${BASE}zh-hans/404.html` });
  const root404 = page(`${BASE}404.html`);
  assert.equal(root404.file, '404.html');
  assert.deepEqual(root404.alternates, {});
  const ctx = root404.context as RootContext;
  assert.deepEqual(ctx.choices.map((c) => [c.id, c.url, c.href]), [
    ['zh-Hant', `${BASE}zh-hant/`, `${ORIGIN}${BASE}zh-hant/`],
    ['zh-Hans', `${BASE}zh-hans/`, `${ORIGIN}${BASE}zh-hans/`],
  ]);
  assert.equal(ctx.page.x_default, `${ORIGIN}${BASE}zh-hant/`);
  assert.equal(ctx.page.title, '找不到這個頁面 | 同文新聞');
});

test('the root page chooses a variant: the variant homes are its hreflang alternates in the head, not in the sitemap', () => {
  const root = page(BASE);
  assert.equal(root.sitemap, false);
  const ctx = root.context as RootContext;
  assert.deepEqual(ctx.page.alternates.map((l) => [l.hreflang, l.href]), [
    ['zh-Hant', `${ORIGIN}${BASE}zh-hant/`],
    ['zh-Hans', `${ORIGIN}${BASE}zh-hans/`],
  ]);
  assert.deepEqual(ctx.choices.map((c) => c.title), ['同文新聞', '同文新闻']);
});

test('the search page points at its variant\'s search data and the shared script, both encoded', () => {
  const ctx = page(`${BASE}zh-hans/search/`).context as SearchPageContext;
  assert.equal(ctx.search.data_url, `${BASE}zh-hans/search.json`);
  assert.equal(ctx.search.script_url, `${BASE}assets/search.js`);
  assert.deepEqual(Object.keys(JSON.parse(ctx.search.texts) as object), ['noResults', 'results', 'loading', 'failed']);

  const chinese = outputsOf({ ...CONFIG, baseUrl: `${ORIGIN}/新聞/`, basePath: '/新聞/' }).filter(isPage);
  const search = chinese.find((p) => p.kind === 'search' && p.variant === 'zh-Hant')!;
  assert.equal(search.file, 'zh-hant/search/index.html');
  const { search: urls } = search.context as SearchPageContext;
  assert.equal(urls.script_url, '/%E6%96%B0%E8%81%9E/assets/search.js');
  assert.equal(urls.data_url, '/%E6%96%B0%E8%81%9E/zh-hant/search.json');
});

test('the sitemap lists articles, homes, taxonomy and archive pages and their indexes, each with alternates and x-default', () => {
  const xml = data('sitemap.xml').text;
  const locs = [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]!);
  const expected = pages.filter((p) => ['article', 'home', 'keyword', 'keywords', 'sections', 'authors', 'year', 'month'].includes(p.kind)).map((p) => `${ORIGIN}${p.path}`).sort();
  assert.deepEqual(locs, expected);
  assert.ok(xml.includes([
    '  <url>',
    `    <loc>${ORIGIN}${BASE}zh-hans/2024/07/c/</loc>`,
    '    <lastmod>2024-07-03T00:00:00+08:00</lastmod>',
    `    <xhtml:link rel="alternate" hreflang="zh-Hant" href="${ORIGIN}${BASE}zh-hant/2024/07/c/"/>`,
    `    <xhtml:link rel="alternate" hreflang="zh-Hans" href="${ORIGIN}${BASE}zh-hans/2024/07/c/"/>`,
    `    <xhtml:link rel="alternate" hreflang="x-default" href="${ORIGIN}${BASE}zh-hant/2024/07/c/"/>`,
    '  </url>',
  ].join('\n')));
  // Pages outside the variants have no alternates, so no x-default either.
  const lone: PageOutput = { ...page(BASE), sitemap: true };
  assert.ok(!sitemapXml([lone], CONFIG).includes('x-default'));
});

test('keywords.json and the search data come from the same model as the pages', () => {
  const json = JSON.parse(data('keywords.json').text) as { keywords: Array<{ slug: string; urls: Record<string, string> }> };
  assert.deepEqual(json.keywords.map((k) => [k.slug, k.urls['zh-Hans']]), [
    ['gpu', `${ORIGIN}${BASE}zh-hans/keywords/gpu/`],
    ['ying-wei-da', `${ORIGIN}${BASE}zh-hans/keywords/ying-wei-da/`],
  ]);
  const search = JSON.parse(data('zh-hant/search.json').text) as { home: string; index: string; k: Array<[string, string]> };
  assert.equal(search.home, `${BASE}zh-hant/`);
  assert.equal(search.index, `${BASE}search/`);
  assert.deepEqual(search.k.map(([name, slug]) => [name, slug]), [['GPU', 'gpu'], ['英偉達', 'ying-wei-da']]);
  // Fragments newest first, in the variant's script, with the URL under the base path.
  assert.deepEqual([0, 1, 2].map((n) => (JSON.parse(data(`search/zh-hant/${n}.json`).text) as { t: string; u: string }).u), [`${BASE}zh-hant/2024/07/c/`, `${BASE}zh-hant/2024/06/b/`, `${BASE}zh-hant/2024/06/a/`]);
});

test('paginate: an empty list still has one page; prev/next are encoded', () => {
  assert.deepEqual(paginate([], 20, (n) => `/x/${n}/`), [{ n: 1, items: [], pagination: { page: 1, pages: 1, prev_url: '', next_url: '', first_url: '/x/1/', links: [{ n: 1, url: '/x/1/', current: true, gap: false }] } }]);
  const pages5 = paginate([1, 2, 3, 4, 5], 2, (n) => (n === 1 ? '/新/' : `/新/page/${n}/`));
  assert.deepEqual(pages5.map((p) => p.items), [[1, 2], [3, 4], [5]]);
  const { links, ...rest } = pages5[1]!.pagination;
  assert.deepEqual(rest, { page: 2, pages: 3, prev_url: '/%E6%96%B0/', next_url: '/%E6%96%B0/page/3/', first_url: '/%E6%96%B0/' });
  assert.deepEqual(links.map((l) => l.url), ['/%E6%96%B0/', '/%E6%96%B0/page/2/', '/%E6%96%B0/page/3/']);
});

test('checkUrls: two articles whose URLs differ only in case are an error on the later file, naming the earlier', () => {
  const one = processed('content/one.md', { title: '一', date: '2024-06-01', slug: 'Same' });
  const two = processed('content/two.md', { title: '二', date: '2024-06-01', slug: 'same' });
  const errors = checkUrls(placeArticles([two, one], CONFIG));
  assert.deepEqual(errors.map((e) => [e.file, e.message]), [['content/two.md', 'article URL …/2024/06/same/ is already used by content/one.md']]);
  assert.deepEqual(checkUrls(placeArticles(articles(), CONFIG)), []);
});

test('article, home, archive and term pages make their context on access: no page holds it, every access gives equal data', () => {
  const lazyKinds = new Set(['article', 'home', 'year', 'month', 'keyword']);
  for (const p of pages.filter((x) => lazyKinds.has(x.kind))) {
    const own = Object.getOwnPropertyDescriptor(p, 'context');
    assert.ok(own?.get && !('value' in own), `${p.path}: context is a getter`);
    assert.ok(own.enumerable, `${p.path}: context is enumerable like the other fields`);
    const first = p.context;
    assert.notEqual(p.context, first, `${p.path}: made anew on each access (nothing kept)`);
    assert.deepEqual(p.context, first, `${p.path}: the same data each time`);
  }
  // A page made with a plain context keeps it as a value.
  const root = Object.getOwnPropertyDescriptor(page(BASE), 'context');
  assert.ok(root && 'value' in root);
});
