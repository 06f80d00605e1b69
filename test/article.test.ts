/**
 * The per-article pipeline (`processArticle`): rules that must hold whatever
 * the golden files say — emphasis next to CJK punctuation, code and URLs left
 * alone, footnote links that resolve, sanitizing, metadata converted per variant.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { processArticle, type ArticleContext, type ProcessedArticle } from '../src/article/process.js';
import { ARTICLE_CONTEXT, article } from './helpers.js';

const CTX: ArticleContext = ARTICLE_CONTEXT;

function run(text: string, ctx: Partial<ArticleContext> = {}): ProcessedArticle {
  const r = processArticle('content/a.md', new TextEncoder().encode(text), { ...CTX, ...ctx });
  if (!r.ok) assert.fail(`unexpected errors: ${JSON.stringify(r.errors)}`);
  return r.article;
}

function html(text: string, variant: 'zh-Hant' | 'zh-Hans' = 'zh-Hant', ctx: Partial<ArticleContext> = {}): string {
  return run(text, ctx).variants[variant]!.html;
}

const meta = { title: '標題', date: '2024-06-26' };

test('strong emphasis closes before Chinese text after a closing bracket: **「重點」**之後', () => {
  const a = run(article(meta, '**「重點」**之後，軟體更新。\n'));
  assert.match(a.variants['zh-Hant']!.html, /<strong>「重點」<\/strong>之後/);
  // Simplified pages write “” for 「」 (conversion.quotes).
  assert.match(a.variants['zh-Hans']!.html, /<strong>“重点”<\/strong>之后/);
});

test('strikethrough works next to CJK punctuation too: ~~「舊」~~之後', () => {
  assert.match(html(article(meta, '~~「舊說法」~~之後\n')), /<del>「舊說法」<\/del>之後/);
});

test('code blocks and inline code are identical in every variant', () => {
  const a = run(article({ ...meta, lang: 'zh-Hans' }, '后台软件 `后台软件`\n\n```\n后台软件\n```\n'));
  for (const v of ['zh-Hant', 'zh-Hans'] as const) {
    const h = a.variants[v]!.html;
    assert.match(h, /<code>后台软件<\/code>/);
    assert.match(h, /<pre><code>后台软件\n<\/code><\/pre>/);
  }
  // zh-Hant writes 台 as readers do (conversion.forms: common).
  assert.match(a.variants['zh-Hant']!.html, /^<p>後台軟件 /);
});

test('URLs and the text of autolinks are never converted, link text is', () => {
  const h = html(article(meta, '<https://example.com/軟體> 與 [軟體](https://example.com/軟體)\n'), 'zh-Hans');
  assert.match(h, />https:\/\/example\.com\/軟體<\/a>/);
  assert.match(h, /href="https:\/\/example\.com\/%E8%BB%9F%E9%AB%94">软体<\/a>/);
});

test('every footnote link points at an id that exists in the same HTML', () => {
  const h = html(article(meta, '甲[^a]乙[^b]\n\n[^a]: 註一\n[^b]: 註二 <sup>上</sup>\n'));
  const ids = new Set([...h.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
  const targets = [...h.matchAll(/\shref="#([^"]+)"/g)].map((m) => m[1]);
  assert.equal(targets.length, 4, 'two references and two back links');
  for (const t of targets) assert.ok(ids.has(t), `#${t} has no element with that id in:\n${h}`);
  assert.match(h, /註二 <sup>上<\/sup>/, 'raw HTML inside a footnote is kept');
});

test('raw HTML is sanitized: script, style, event handlers and javascript: URLs go; sup and kbd stay', () => {
  const h = html(article(meta, [
    '<sup>1</sup> <kbd>Ctrl</kbd> <span onclick="x()" style="color:red">字</span>',
    '',
    '<script>alert(1)</script>',
    '',
    '<style>body{display:none}</style>',
    '',
    '<a href="javascript:alert(1)">壞</a> <a href="JaVaScRiPt:alert(1)">壞</a> <img src="x.png" onerror="alert(1)">',
    '',
    '[壞](javascript:alert(1))',
    '',
  ].join('\n')));
  assert.match(h, /<sup>1<\/sup>/);
  assert.match(h, /<kbd>Ctrl<\/kbd>/);
  assert.doesNotMatch(h, /<script|alert\(1\)<\/script>/i);
  assert.doesNotMatch(h, /onclick|onerror|style=|<style|display:none/i);
  assert.doesNotMatch(h, /javascript:/i);
});

test('the config can widen the HTML allowlist, but never to scripts or event handlers', () => {
  const body = '<iframe src="https://example.com/v" onload="x()" allowfullscreen></iframe>\n\n<script>1</script>\n';
  const strict = html(article(meta, body));
  assert.doesNotMatch(strict, /<iframe/);
  const wide = html(article(meta, body), 'zh-Hant', { html: { tags: ['iframe', 'script'], attributes: { iframe: ['src', 'allowfullscreen', 'onload', 'style'] } } });
  assert.match(wide, /<iframe src="https:\/\/example\.com\/v" allowfullscreen><\/iframe>/);
  assert.doesNotMatch(wide, /onload|<script/);
});

test('title, summary, category, source, author and keywords are converted per variant', () => {
  const a = run(article({ ...meta, title: '軟體發佈', summary: '資訊摘要', category: '科學', source: '聯合報', author: '張記者', keywords: '[軟體, 網絡]' }));
  const hans = a.variants['zh-Hans']!;
  assert.equal(hans.title, '软体发布');
  assert.equal(hans.summary, '资讯摘要');
  assert.equal(hans.category, '科学');
  assert.equal(hans.source, '联合报');
  assert.equal(hans.author, '张记者');
  assert.deepEqual(hans.keywords, ['软体', '网络']);
  assert.equal(a.variants['zh-Hant']!.title, '軟體發佈');
});

test('without a summary, the first paragraph (converted, as plain text) is the summary', () => {
  const a = run(article(meta, '## 小標\n\n第一段**軟體**[連結](https://x.org/)。\n\n第二段。\n'));
  assert.equal(a.variants['zh-Hant']!.summary, '第一段軟體連結。');
  assert.equal(a.variants['zh-Hans']!.summary, '第一段软体连结。');
});

test('a draft is read but not rendered unless drafts are asked for', () => {
  const text = article({ ...meta, draft: 'true' }, '正文\n');
  const skipped = run(text);
  assert.equal(skipped.meta.draft, true);
  assert.deepEqual(skipped.variants, {});
  const built = run(text, { drafts: true });
  assert.match(built.variants['zh-Hans']!.html, /正文/);
});

test('Windows line ends and a byte-order mark change neither parsing nor error positions', () => {
  const crlf = '\ufeff---\r\ntitle: 標題\r\ndate: 2024-06-26\r\n---\r\n**「重點」**之後\r\n';
  assert.match(html(crlf), /^<p><strong>「重點」<\/strong>之後<\/p>/);
  const bad = processArticle('content/a.md', new TextEncoder().encode('---\r\ntitle: 標題\r\ndate: 2024-13-01\r\n---\r\n'), CTX);
  assert.ok(!bad.ok);
  assert.deepEqual(bad.errors.map((e) => [e.line, e.column]), [[3, 7]]);
});
