/**
 * The build clock (issue 8): articles dated after `now` are left out unless
 * `future`, drafts unless `drafts`, `updated` shows as the modified date;
 * summaries: `summary:` else the text, cut at a sentence end, never raw
 * HTML, never a paragraph repeated across the site.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { build } from '../src/build.js';
import { MemorySink } from '../src/output/memory.js';
import { cutSummary, summaryFromBlocks } from '../src/content/summary.js';
import { article, tempDir, writeSite } from './helpers.js';

const NOW = new Date('2025-01-10T12:00:00+08:00');

function site(extra: Record<string, string> = {}): string {
  return writeSite(tempDir(), {
    'tongwen.config.yaml': 'title: 測試\nbaseUrl: https://example.org/\n',
    'content/past.md': article({ title: '昨日新聞', date: '2025-01-09', slug: 'past', updated: '2025-01-10T08:00:00+08:00' }, '今天的正文。\n'),
    'content/soon.md': article({ title: '明日新聞', date: '2025-01-11', slug: 'soon' }, '明天的正文。\n'),
    'content/draft.md': article({ title: '草稿', date: '2025-01-08', slug: 'draft', draft: 'true' }, '草稿正文。\n'),
    ...extra,
  });
}

async function files(root: string, opts: { future?: boolean; drafts?: boolean } = {}) {
  const report = await build({ root, workers: 0, sink: 'memory', now: NOW, ...opts });
  const sink = report.sink as MemorySink;
  const text = (f: string) => sink.files.get(f)?.toString() ?? '';
  return { report, paths: [...sink.files.keys()], text };
}

test('an article dated after the build clock is left out everywhere unless future; drafts unless drafts', async () => {
  const root = site();
  const plain = await files(root);
  assert.equal(plain.report.articles, 1);
  assert.equal(plain.report.future, 1);
  assert.equal(plain.report.drafts, 1);
  assert.ok(!plain.paths.some((p) => p.includes('/soon/') || p.includes('/draft/')));
  for (const f of ['sitemap.xml', 'zh-hant/index.html', 'zh-hant/feed.xml']) {
    assert.ok(plain.text(f) !== '', f);
    assert.ok(!plain.text(f).includes('明日新聞') && !plain.text(f).includes('/soon/'), `${f} leaves the future article out`);
  }
  const future = await files(root, { future: true });
  assert.equal(future.report.articles, 2);
  assert.ok(future.paths.includes('zh-hant/2025/01/soon/index.html'));
  assert.ok(future.text('zh-hant/index.html').includes('明日新聞'));
  const both = await files(root, { future: true, drafts: true });
  assert.equal(both.report.articles, 3);
});

test('updated shows as the modified date: byline, article:modified_time and JSON-LD dateModified', async () => {
  const { text } = await files(site());
  const page = text('zh-hant/2025/01/past/index.html');
  assert.match(page, /<time datetime="2025-01-10T08:00:00\+08:00">/);
  assert.match(page, /<meta property="article:modified_time" content="2025-01-10T08:00:00\+08:00">/);
  assert.match(page, /"dateModified":"2025-01-10T08:00:00\+08:00"/);
  assert.match(page, /"datePublished":"2025-01-09T00:00:00\+08:00"/);
});

test('cutSummary: whole when it fits, else at the last sentence end, else at the limit with an ellipsis', () => {
  assert.equal(cutSummary('短句。', 10), '短句。');
  assert.equal(cutSummary('第一句話說完了。第二句話還沒有說完就超出了限度', 12), '第一句話說完了。');
  assert.equal(cutSummary('他說：「好。」然後離開了會場，走向遠處的停車場', 12), '他說：「好。」', 'a closing quote stays with its sentence');
  assert.equal(cutSummary('一二三四五六七八九十一二三四五', 10), '一二三四五六七八九…');
  assert.equal(cutSummary('短。一二三四五六七八九十一二三四五', 10), '短。一二三四五六七…', 'a sentence end too early is not used');
  assert.equal(cutSummary('First sentence here. Second one runs on and on', 30), 'First sentence here.');
  assert.equal(cutSummary('Version 1.5 is out and it is a big release', 20), 'Version 1.5 is out…');
  assert.equal(summaryFromBlocks([['h', '標題'], ['p', '訂閱本刊。'], ['p', '正文開始。']], (i) => i === 1), '正文開始。');
});

test('a summary never shows raw HTML as text (an <img onerror> first paragraph) nor markup in the meta description', async () => {
  const root = site({
    // The image is there (a missing local image would stop the build).
    'content/html.md': article({ title: '有圖', date: '2025-01-09', slug: 'html' }, '<img src="/x.png" onerror="alert(1)">\n\n真正的第一段。\n'),
    'static/x.png': 'png',
    'content/inline.md': article({ title: '行內', date: '2025-01-09', slug: 'inline' }, '前面<span onclick="x()">中間</span>後面。\n'),
  });
  const { text } = await files(root);
  const page = text('zh-hant/2025/01/html/index.html');
  assert.match(page, /<meta name="description" content="真正的第一段。">/);
  const inline = text('zh-hant/2025/01/inline/index.html');
  assert.match(inline, /<meta name="description" content="前面中間後面。">/);
  for (const p of [page, inline, text('zh-hant/index.html')]) assert.ok(!/&lt;(img|span)|onerror|onclick=&quot;/.test(p.replace(/<div class="article-body">[\s\S]*?<\/div>/, '')), 'no markup as text');
});

test('a paragraph repeated across many articles is never a summary; a summary: field always wins', async () => {
  const files0: Record<string, string> = {};
  const sign = '本刊由城市公共服務平台編輯部出品，歡迎轉發。';
  for (let i = 0; i < 5; i++) files0[`content/w${i}.md`] = article({ title: `週刊第${i}期`, date: `2025-01-0${i + 1}`, slug: `w${i}` }, `${sign}\n\n第${i}期的新聞在這裡。\n`);
  files0['content/own.md'] = article({ title: '自有摘要', date: '2025-01-06', slug: 'own', summary: sign }, `${sign}\n\n正文。\n`);
  const root = writeSite(tempDir(), { 'tongwen.config.yaml': 'title: 測試\nbaseUrl: https://example.org/\n', ...files0 });
  const { text } = await files(root);
  for (let i = 0; i < 5; i++) assert.match(text(`zh-hant/2025/01/w${i}/index.html`), new RegExp(`<meta name="description" content="第${i}期的新聞在這裡。">`));
  assert.match(text('zh-hant/2025/01/own/index.html'), /<meta name="description" content="本刊由城市公共服務平台編輯部出品，歡迎轉發。">/);
  const home = text('zh-hant/index.html');
  assert.equal(home.split('<p class="summary">本刊由').length - 1, 1, 'only the article that chose it shows it');
});
