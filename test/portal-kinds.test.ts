/**
 * The portal's page kinds as data (issue 8): sections from `category`
 * (unified across scripts), authors, date archives, numbered pagination,
 * reading time, related articles, JSON-LD, Atom feeds, the news sitemap and
 * robots.txt — computed for a small site in memory, nothing rendered.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { processArticle, type ProcessedArticle } from '../src/article/process.js';
import { DEFAULT_CONFIG, type SiteConfig } from '../src/config/config.js';
import { checkUrls, placeArticles } from '../src/site/place.js';
import { keywordStage } from '../src/site/keywords.js';
import { isPage, siteModel, siteOutputs, type DataOutput, type Output, type PageOutput } from '../src/site/outputs.js';
import { pageNumbers, paginate } from '../src/site/paginate.js';
import { countText, readingMinutes } from '../src/article/reading-time.js';
import { scriptSafeJson } from '../src/site/json-ld.js';
import { relatedArticles } from '../src/site/related.js';
import { newsSitemapXml } from '../src/site/news-sitemap.js';
import { PAGE_TEMPLATES } from '../src/site/page-templates.js';
import type { SectionPageContext } from '../src/site/kinds/section.js';
import type { AuthorPageContext } from '../src/site/kinds/author.js';
import type { ArchivePageContext } from '../src/site/kinds/archive.js';
import type { HomePageContext } from '../src/site/kinds/home.js';
import type { ArticlePageContext } from '../src/site/kinds/article.js';
import type { TermIndexContext } from '../src/site/kinds/term.js';
import { ARTICLE_CONTEXT, article } from './helpers.js';

const BASE = '/news/';
const ORIGIN = 'https://example.org';
const CONFIG: SiteConfig = { ...DEFAULT_CONFIG, title: '同文新聞', baseUrl: `${ORIGIN}${BASE}`, basePath: BASE, pageSize: 2, keywords: { auto: false } };

function processed(file: string, fields: Record<string, string>, body?: string): ProcessedArticle {
  const r = processArticle(file, new TextEncoder().encode(article(fields, body)), { ...ARTICLE_CONTEXT, basePath: BASE });
  if (!r.ok) throw new Error(`${file}: ${JSON.stringify(r.errors)}`);
  return r.article;
}

/** Four articles: 產業動態 written in both scripts (one section), two by 周子健, two months of 2024 and one of 2025. */
function articles(): ProcessedArticle[] {
  return [
    processed('content/a.md', { title: '甲', date: '2024-06-01', slug: 'a', category: '產業動態', author: '周子健', keywords: '[英偉達, GPU]' }),
    processed('content/b.md', { title: '乙', date: '2024-06-02', slug: 'b', category: '产业动态', author: '周子健', keywords: '[英伟达]', lang: 'zh-Hans' }),
    processed('content/c.md', { title: '丙', date: '2024-07-03', slug: 'c', category: '產業動態', keywords: '[英偉達, gpu]' }),
    processed('content/d.md', { title: '丁 </script>', date: '2025-01-05', slug: 'd', category: '政策', keywords: '[算力券]' }, '![圖](/images/d.png)\n\n正文。\n'),
  ];
}

function modelOf(now?: Date) {
  const placed = placeArticles(articles(), CONFIG);
  const { index, errors } = keywordStage(placed, CONFIG);
  assert.deepEqual(errors, []);
  return siteModel(CONFIG, placed, index, now ? { now } : {});
}

const model = modelOf();
const outputs: Output[] = siteOutputs(model);
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
const paths = (kind: string, dir = 'zh-hant') => pages.filter((p) => p.kind === kind && p.path.startsWith(`${BASE}${dir}/`)).map((p) => p.path);

test('sections come from category, unified across scripts (產業動態 = 产业动态), one slug, paginated newest first', () => {
  assert.deepEqual(paths('section'), [
    `${BASE}zh-hant/sections/chan-ye-dong-tai/`,
    `${BASE}zh-hant/sections/chan-ye-dong-tai/page/2/`,
    `${BASE}zh-hant/sections/zheng-ce/`,
  ]);
  const p = page(`${BASE}zh-hans/sections/chan-ye-dong-tai/`);
  assert.equal(p.template, 'section');
  assert.deepEqual(p.alternates, { 'zh-Hant': `${BASE}zh-hant/sections/chan-ye-dong-tai/`, 'zh-Hans': `${BASE}zh-hans/sections/chan-ye-dong-tai/` });
  const ctx = p.context as SectionPageContext;
  assert.equal(ctx.section.name, '产业动态');
  assert.equal(ctx.term, ctx.section);
  assert.equal(ctx.section.count, 3);
  assert.deepEqual(ctx.articles.map((a) => a.id), ['2024/07/c', '2024/06/b']);
  assert.equal(ctx.section.feed_url, `${BASE}zh-hans/sections/chan-ye-dong-tai/feed.xml`);
  assert.deepEqual(ctx.page.feeds, [{ title: '同文新闻：产业动态', url: `${BASE}zh-hans/sections/chan-ye-dong-tai/feed.xml` }]);
  assert.equal((page(`${BASE}zh-hant/sections/chan-ye-dong-tai/`).context as SectionPageContext).section.name, '產業動態');
  const index = page(`${BASE}zh-hant/sections/`).context as TermIndexContext;
  assert.deepEqual(index.by_count.map((k) => [k.name, k.count]), [['產業動態', 3], ['政策', 1]]);
});

test('cards and articles link their section, author and month archive', () => {
  const ctx = page(`${BASE}zh-hant/2024/06/a/`).context as ArticlePageContext;
  assert.equal(ctx.article.category_url, `${BASE}zh-hant/sections/chan-ye-dong-tai/`);
  assert.equal(ctx.article.author_url, `${BASE}zh-hant/authors/zhou-zi-jian/`);
  assert.equal(ctx.article.month_url, `${BASE}zh-hant/2024/06/`);
  const c = page(`${BASE}zh-hant/2024/07/c/`).context as ArticlePageContext;
  assert.equal(c.article.author_url, '');
});

test('the home page lists the newest articles, then a block per section (most articles first, newest few)', () => {
  const home = page(`${BASE}zh-hant/`).context as HomePageContext;
  assert.deepEqual(home.articles.map((a) => a.id), ['2025/01/d', '2024/07/c']);
  assert.deepEqual(home.sections.map((s) => [s.name, s.url, s.articles.map((a) => a.id)]), [
    ['產業動態', `${BASE}zh-hant/sections/chan-ye-dong-tai/`, ['2024/07/c', '2024/06/b', '2024/06/a']],
    ['政策', `${BASE}zh-hant/sections/zheng-ce/`, ['2025/01/d']],
  ]);
  assert.deepEqual((page(`${BASE}zh-hant/page/2/`).context as HomePageContext).sections, []);
});

test('author pages exist for authors only, unified like keywords', () => {
  assert.deepEqual(paths('author'), [`${BASE}zh-hant/authors/zhou-zi-jian/`]);
  assert.deepEqual(paths('authors'), [`${BASE}zh-hant/authors/`]);
  const ctx = page(`${BASE}zh-hans/authors/zhou-zi-jian/`).context as AuthorPageContext;
  assert.deepEqual([ctx.author.name, ctx.author.count, ctx.author.feed_url], ['周子健', 2, '']);
});

test('date archives per year and month, newest first, paginated, never on an article URL', () => {
  assert.deepEqual(paths('year'), [`${BASE}zh-hant/2025/`, `${BASE}zh-hant/2024/`, `${BASE}zh-hant/2024/page/2/`]);
  assert.deepEqual(paths('month'), [`${BASE}zh-hant/2025/01/`, `${BASE}zh-hant/2024/07/`, `${BASE}zh-hant/2024/06/`]);
  const year = page(`${BASE}zh-hant/2024/`).context as ArchivePageContext;
  assert.equal(year.heading, '2024年');
  assert.deepEqual(year.archive.months.map((m) => [m.label, m.url, m.count]), [['2024年7月', `${BASE}zh-hant/2024/07/`, 1], ['2024年6月', `${BASE}zh-hant/2024/06/`, 2]]);
  assert.deepEqual(year.archive.years.map((y) => [y.label, y.current]), [['2025年', false], ['2024年', true]]);
  const june = page(`${BASE}zh-hans/2024/06/`).context as ArchivePageContext;
  assert.deepEqual(june.articles.map((a) => a.id), ['2024/06/b', '2024/06/a']);
  // No two pages share a path or an output file.
  assert.equal(new Set(pages.map((p) => p.file)).size, pages.length);
  // An article slugged `page` would sit where the month archive's later pages are: it is an error.
  const bad = placeArticles([processed('content/p.md', { title: '頁', date: '2024-06-09', slug: 'page' })], CONFIG);
  assert.match(checkUrls(bad)[0]?.message ?? '', /slug "page" is reserved/);
});

test('pagination: numbered links with gaps, prev/next, stable …/page/n/ URLs', () => {
  assert.deepEqual(pageNumbers(1, 3), [1, 2, 3]);
  assert.deepEqual(pageNumbers(6, 12), [1, 0, 4, 5, 6, 7, 8, 0, 12]);
  assert.deepEqual(pageNumbers(1, 12), [1, 2, 3, 0, 12]);
  const list = paginate([1, 2, 3, 4, 5], 2, (n) => (n === 1 ? '/x/' : `/x/page/${n}/`));
  const second = list[1]!.pagination;
  assert.deepEqual([second.prev_url, second.next_url, second.first_url], ['/x/', '/x/page/3/', '/x/']);
  assert.deepEqual(second.links.map((l) => [l.n, l.url, l.current]), [[1, '/x/', false], [2, '/x/page/2/', true], [3, '/x/page/3/', false]]);
});

test('reading time: Chinese by characters (400 a minute), Latin by words', () => {
  assert.deepEqual(countText('英偉達 GPU 的 H100 chips, don’t stop'), { characters: 4, words: 5 });
  assert.equal(readingMinutes(`<p>${'字'.repeat(800)}</p>`), 2);
  assert.equal(readingMinutes(`<p>${'字'.repeat(801)}</p>`), 3);
  assert.equal(readingMinutes(`<p>${'word '.repeat(400)}</p><pre><code class="x">a</code></pre>`), 3);
  assert.equal(readingMinutes('<p class="長長長長長長">短</p>'), 1);
  const ctx = page(`${BASE}zh-hant/2024/06/a/`).context as ArticlePageContext;
  assert.equal(ctx.article.reading_time, '約 1 分鐘讀完');
});

test('reading time: countText counts as the regular expressions it mirrors, on mixed text with astral and lone surrogates', () => {
  const cjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
  const word = /[\p{Script=Latin}\p{N}]+(?:['’.-][\p{Script=Latin}\p{N}]+)*/gu;
  const alphabet = ['a', 'Z', '1', '٣', 'é', '\u{1D7CE}', '\u{10780}', "'", '’', '.', '-', ' ', '字', '\u{20000}', 'あ', 'ア', '한', '\ud800', '\udc00', ',', 'Ⅻ', '½'];
  let seed = 11;
  const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % alphabet.length;
  for (let k = 0; k < 20000; k++) {
    let s = '';
    for (let i = 1 + (k % 12); i > 0; i--) s += alphabet[next()];
    assert.deepEqual(countText(s), { characters: s.match(cjk)?.length ?? 0, words: s.match(word)?.length ?? 0 }, JSON.stringify(s));
  }
  assert.deepEqual(countText("rock'n'roll 3.14 e-mail x-'y 𠀀字"), { characters: 2, words: 5 });
});

test('related articles: most shared keywords, then same section, then newest', () => {
  const related = relatedArticles(model);
  // a shares 英偉達 and GPU with c, 英偉達 with b; b and c are in its section too.
  assert.deepEqual(related.get('2024/06/a'), ['2024/07/c', '2024/06/b']);
  // d shares nothing with anyone: no related articles.
  assert.deepEqual(related.get('2025/01/d'), []);
  const ctx = page(`${BASE}zh-hans/2024/06/a/`).context as ArticlePageContext;
  assert.deepEqual(ctx.related.map((r) => r.url), [`${BASE}zh-hans/2024/07/c/`, `${BASE}zh-hans/2024/06/b/`]);
});

test('articles carry NewsArticle and BreadcrumbList JSON-LD, serialized script-safe', () => {
  assert.equal(scriptSafeJson({ a: '</script><!--&\u2028' }), '{"a":"\\u003c/script\\u003e\\u003c!--\\u0026\\u2028"}');
  const ctx = page(`${BASE}zh-hans/2025/01/d/`).context as ArticlePageContext;
  assert.ok(!/[<>&\u2028\u2029]/.test(ctx.page.json_ld));
  const [news, crumbs] = JSON.parse(ctx.page.json_ld) as Array<Record<string, unknown>>;
  assert.equal(news!['@type'], 'NewsArticle');
  assert.equal(news!.headline, '丁 </script>');
  assert.equal(news!.inLanguage, 'zh-Hans');
  assert.equal(news!.datePublished, '2025-01-05T00:00:00+08:00');
  assert.equal(news!.articleSection, '政策');
  assert.equal(news!.keywords, '算力券');
  assert.deepEqual(news!.image, [`${ORIGIN}${BASE}images/d.png`]);
  assert.deepEqual(news!.publisher, { '@type': 'Organization', name: '同文新闻' });
  assert.equal(crumbs!['@type'], 'BreadcrumbList');
  assert.deepEqual(ctx.social.image, `${ORIGIN}${BASE}images/d.png`);
  assert.equal(ctx.social.twitter_card, 'summary_large_image');
  const list = JSON.parse((page(`${BASE}zh-hant/sections/zheng-ce/`).context as SectionPageContext).page.json_ld) as { itemListElement: Array<{ name: string; item: string }> };
  assert.deepEqual(list.itemListElement.map((i) => i.name), ['首頁', '欄目', '政策']);
});

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });

test('Atom feeds per variant, section and keyword: well-formed, required elements, absolute URLs, full content', () => {
  const feeds = outputs.filter((o): o is DataOutput => !isPage(o) && o.kind === 'feed').map((o) => o.file);
  assert.deepEqual(feeds.filter((f) => f.startsWith('zh-hant/')), [
    'zh-hant/feed.xml',
    'zh-hant/keywords/gpu/feed.xml',
    'zh-hant/keywords/suan-li-quan/feed.xml',
    'zh-hant/keywords/ying-wei-da/feed.xml',
    'zh-hant/sections/chan-ye-dong-tai/feed.xml',
    'zh-hant/sections/zheng-ce/feed.xml',
  ]);
  for (const file of feeds) {
    const text = data(file).text;
    assert.equal(XMLValidator.validate(text), true, file);
    const feed = parser.parse(text).feed as Record<string, unknown>;
    for (const el of ['id', 'title', 'updated', 'author', 'link']) assert.ok(feed[el] !== undefined, `${file}: no ${el}`);
    assert.equal(feed['@xmlns'], 'http://www.w3.org/2005/Atom');
  }
  const feed = parser.parse(data('zh-hans/feed.xml').text).feed as { '@xml:lang': string; updated: string; entry: Array<Record<string, unknown>> };
  assert.equal(feed['@xml:lang'], 'zh-Hans');
  assert.equal(feed.updated, '2025-01-05T00:00:00+08:00');
  assert.equal(feed.entry.length, 4);
  const d = feed.entry[0]!;
  assert.equal(d.id, `${ORIGIN}${BASE}zh-hans/2025/01/d/`);
  assert.equal(d.title, '丁 </script>');
  const content = d.content as { '#text': string; '@type': string; '@xml:base': string };
  assert.equal(content['@type'], 'html');
  assert.equal(content['@xml:base'], `${ORIGIN}${BASE}zh-hans/2025/01/d/`);
  assert.match(content['#text'], /<img src="\/news\/images\/d.png"/);
});

test('the news sitemap: the last two days before the build clock, every variant, Google News fields', () => {
  const text = data('news-sitemap.xml').text;
  assert.equal(XMLValidator.validate(text), true);
  // The clock defaults to the newest article: only d is recent.
  const urls = (xml: string) => {
    const u = (parser.parse(xml).urlset as { url?: unknown }).url;
    return (u === undefined ? [] : Array.isArray(u) ? u : [u]) as Array<{ loc: string; 'news:news': Record<string, Record<string, string>> }>;
  };
  assert.deepEqual(urls(text).map((u) => [u.loc, u['news:news']['news:publication']!['news:language']]), [
    [`${ORIGIN}${BASE}zh-hant/2025/01/d/`, 'zh-tw'],
    [`${ORIGIN}${BASE}zh-hans/2025/01/d/`, 'zh-cn'],
  ]);
  const june = modelOf(new Date('2024-06-02T12:00:00+08:00'));
  assert.deepEqual(urls(newsSitemapXml(june)).map((u) => u.loc), [
    `${ORIGIN}${BASE}zh-hant/2024/06/b/`, `${ORIGIN}${BASE}zh-hant/2024/06/a/`,
    `${ORIGIN}${BASE}zh-hans/2024/06/b/`, `${ORIGIN}${BASE}zh-hans/2024/06/a/`,
  ]);
  assert.deepEqual(urls(newsSitemapXml(modelOf(new Date('2030-01-01T00:00:00Z')))), []);
});

test('robots.txt names both sitemaps; every page links the variant feed; templates are registered', () => {
  assert.equal(data('robots.txt').text, `User-agent: *\nDisallow:\n\nSitemap: ${ORIGIN}${BASE}sitemap.xml\nSitemap: ${ORIGIN}${BASE}news-sitemap.xml\n`);
  for (const p of pages.filter((x) => x.variant === 'zh-Hans')) {
    assert.equal((p.context as { variant: { feed: string } }).variant.feed, `${BASE}zh-hans/feed.xml`, p.path);
  }
  for (const t of ['section', 'sections', 'author', 'authors', 'archive']) assert.ok(PAGE_TEMPLATES.includes(t), t);
  // The output is the same for the same input (no clock, no randomness).
  assert.deepEqual(siteOutputs(modelOf()), outputs);
});
