/**
 * Markup in articles: front-matter texts (title, summary, category,
 * keywords, aliases), and every markup mistake reported at its file
 * position, in the body (shifted past the front matter) and in fields.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { processArticle, type ArticleContext } from '../src/article/process.js';
import { formatError, SiteError } from '../src/core/errors.js';
import { ARTICLE_CONTEXT } from './helpers.js';

const CTX: ArticleContext = { ...ARTICLE_CONTEXT, variants: ['zh-Hans', 'zh-Hant', 'zh-TW'], defaultLang: 'zh-Hans' };

function run(text: string) {
  return processArticle('content/a.md', new TextEncoder().encode(text), CTX);
}

function errorsOf(text: string): string[] {
  const r = run(text);
  assert.equal(r.ok, false, 'expected the article to fail');
  return r.ok ? [] : r.errors.map((e) => formatError(new SiteError(e)).split('\n')[0]!);
}

test('markup in the title, summary, category and keywords, also under Chinese field names', () => {
  const r = run([
    '---',
    '标题: "-{微软}-的-{zh-Hans:鼠标;zh-TW:滑鼠}-"',
    'date: 2024-06-26',
    'summary: 软件与-{软件}-',
    '分类: -{zh-Hans:信息;zh-Hant:資訊}-',
    'keywords: -{软件}- 鼠标',
    '---',
    '正文。',
  ].join('\n'));
  assert.ok(r.ok, JSON.stringify(!r.ok && r.errors));
  const hant = r.article.variants['zh-Hant']!;
  assert.deepEqual([hant.title, hant.summary, hant.category, hant.keywords], ['微软的滑鼠', '軟件與软件', '資訊', ['软件', '鼠標']]);
  const tw = r.article.variants['zh-TW']!;
  assert.deepEqual([tw.title, tw.summary, tw.category, tw.keywords], ['微软的滑鼠', '軟體與软件', '資訊', ['软件', '滑鼠']]);
  const hans = r.article.variants['zh-Hans']!;
  assert.deepEqual([hans.title, hans.summary, hans.category, hans.keywords], ['微软的鼠标', '软件与软件', '信息', ['软件', '鼠标']]);
});

test('an unclosed -{ in the body is an error at its file line and column, past the front matter', () => {
  assert.deepEqual(errorsOf('---\ntitle: 标题\ndate: 2024-06-26\n---\n第一段。\n\n第二段，-{没有关闭\n的标记。\n'), [
    'content/a.md:7:5: markdown: -{ is never closed with }-',
  ]);
});

test('markup errors in headings, lists, quotes, tables and link text all name their place', () => {
  const body = [
    '# 标题 -{坏', // 5
    '',
    '- 列表 -{zh-XX:甲}-', // 7
    '',
    '> 引用 -{H|zh-Hans:甲;zh-Hant:乙}-', // 9
    '',
    '| 甲 | -{乙 |', // 11
    '| -- | -- |',
    '| 丙 | 丁 |',
    '',
    '[链接 -{zh-Hans:甲;zh-Hans:乙}-](https://example.org/)', // 15
  ].join('\n');
  assert.deepEqual(errorsOf(`---\ntitle: 标题\ndate: 2024-06-26\n---\n${body}\n`), [
    'content/a.md:5:6: markdown: -{ is never closed with }-',
    'content/a.md:7:6: markdown: unknown variant "zh-XX" in -{…}-',
    'content/a.md:9:6: markdown: -{H|…}-: MediaWiki flag H is not supported',
    'content/a.md:11:7: markdown: -{ is never closed with }-',
    'content/a.md:15:5: markdown: variant zh-Hans is given twice in -{…}-',
  ]);
});

test('per-variant forms across Markdown formatting are an error that says how to write them', () => {
  assert.deepEqual(errorsOf('---\ntitle: 标题\ndate: 2024-06-26\n---\n前 -{zh-Hans:**计算机**;zh-Hant:電腦}- 后\n'), [
    'content/a.md:5:3: markdown: -{…}- with forms per variant cannot contain Markdown formatting',
  ]);
});

test('markup errors in front-matter texts are at the character in the file, quotes counted', () => {
  assert.deepEqual(errorsOf('---\ntitle: "坏的-{标题"\ndate: 2024-06-26\nsummary: 摘要 -{zh-SG:新}-\n---\n正文。\n'), [
    'content/a.md:2:11: metadata: title: -{ is never closed with }-',
    'content/a.md:4:13: metadata: summary: unknown variant "zh-SG" in -{…}-',
  ]);
});

test('markup in code, inline code and URLs is never read, so it is never an error', () => {
  const r = run('---\ntitle: 标题\ndate: 2024-06-26\n---\n`-{` 和 [链接](https://example.org/-{) 与\n\n```\n-{ 未关闭\n```\n');
  assert.ok(r.ok);
  assert.match(r.article.variants['zh-Hant']!.html, /<code>-\{<\/code>/);
});

test('an autolink’s URL is not markup: an unclosed -{ in it is no error and later text is still converted', () => {
  const r = run('---\ntitle: 标题\ndate: 2024-06-26\n---\n见 https://example.org/-{a 和 <https://example.org/-{b> 的鼠标}-\n');
  assert.ok(r.ok, JSON.stringify(!r.ok && r.errors));
  const html = r.article.variants['zh-Hant']!.html;
  assert.ok(html.includes('>https://example.org/-{a</a>') && html.includes('>https://example.org/-{b</a>'), html);
  assert.ok(html.includes('的鼠標}-'), html);
});

test('a -{ inside a -{…}- that spans formatting is an error too, never output as text', () => {
  assert.deepEqual(errorsOf('---\ntitle: 标题\ndate: 2024-06-26\n---\n-{甲*乙*-{丙}-\n'), [
    'content/a.md:5:7: markdown: -{ inside -{…}- is not supported',
  ]);
});
