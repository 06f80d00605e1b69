/**
 * Markdown nested too deep (markdown/nesting.ts): at the limit an article
 * builds — through parse, conversion, HTML and sanitizing without
 * exhausting the stack — and past it, even 10,000 levels deep, it is a
 * positioned error in well under a second.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_NESTING, nestingProblem } from '../src/markdown/nesting.js';
import { processArticle } from '../src/article/process.js';
import { ARTICLE_CONTEXT } from './helpers.js';

const shapes: Record<string, (n: number) => string> = {
  blockquotes: (n) => `${'>'.repeat(n)} 引文`,
  'blockquotes with spaces': (n) => `${'> '.repeat(n)}引文`,
  'bullet lists': (n) => `${'- '.repeat(n)}項目`,
  'ordered lists': (n) => `${'1. '.repeat(n)}項目`,
  // Indentation grows with the square of the depth: 1,000 levels are already a megabyte.
  'indented lists': (n) => Array.from({ length: Math.min(n, 1000) }, (_, i) => `${'  '.repeat(i)}- 第${i}層`).join('\n'),
  'quotes in lists': (n) => `${'- > '.repeat(Math.ceil(n / 2))}x`,
  emphasis: (n) => `${'*強調 '.repeat(n)}中心${' 強調*'.repeat(n)}`,
  strong: (n) => `${'**重 '.repeat(n)}中心${' 重**'.repeat(n)}`,
  'HTML elements': (n) => `${'<div>'.repeat(n)}內容${'</div>'.repeat(n)}`,
  'HTML spans': (n) => `段落${'<span>'.repeat(n)}內容${'</span>'.repeat(n)}`,
};

const doc = (body: string) => `---\ntitle: 深層\ndate: 2024-06-01\n---\n${body}\n`;

for (const [name, make] of Object.entries(shapes)) {
  test(`${name}: ${MAX_NESTING} levels build`, () => {
    assert.equal(nestingProblem(make(MAX_NESTING)), undefined);
    const r = processArticle('content/a.md', Buffer.from(doc(make(MAX_NESTING))), { ...ARTICLE_CONTEXT, autoKeywords: true });
    assert.ok(r.ok, JSON.stringify(!r.ok && r.errors));
    assert.ok(r.article.variants['zh-Hans']!.html.length > 0);
  });
  test(`${name}: 10,000 levels (indented lists: 1,000) are an error at their place, quickly`, () => {
    const started = Date.now();
    const r = processArticle('content/a.md', Buffer.from(doc(make(10000))), { ...ARTICLE_CONTEXT, autoKeywords: true });
    assert.ok(!r.ok);
    const [e] = r.errors;
    assert.equal(e!.stage, 'markdown');
    assert.equal(e!.file, 'content/a.md');
    assert.match(e!.message, new RegExp(`more than ${MAX_NESTING}`));
    assert.ok(e!.line! >= 5, `line ${e!.line}`);
    // Not a speed test: a hang or a recursion that blows up takes minutes; under load this takes a second or two.
    assert.ok(Date.now() - started < 20_000, `${Date.now() - started} ms`);
  });
}

test('ordinary emphasis, intraword underscores and fenced code are not nesting', () => {
  const n = 2000;
  assert.equal(nestingProblem(`${'*a* '.repeat(n)}${'**「重點」**之後'.repeat(n)}${' snake_case_name '.repeat(n)}`), undefined);
  assert.equal(nestingProblem(`\`\`\`\n${'>'.repeat(n)}\n${'<div>'.repeat(n)}\n\`\`\`\n`), undefined);
  assert.equal(nestingProblem(`${'<br>'.repeat(n)}${'<img src="a.png">'.repeat(n)}<p/>`), undefined);
});
