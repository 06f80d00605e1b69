/**
 * `tongwen convert` keeps every byte outside converted prose (issue 9): no
 * final newline added, idempotent, text in raw HTML converted (never tags or
 * attributes), paragraphs with a bracketed bare URL converted like the build.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { convertDocument } from '../src/article/convert-document.js';
import { listFiles } from '../src/core/fs.js';
import { processArticle } from '../src/article/process.js';
import { ARTICLE_CONTEXT, REPO, article, tempDir } from './helpers.js';
import type { VariantId } from '../src/conversion/variants.js';

const convert = (text: string, from: VariantId, to: VariantId) => convertDocument(text, { file: 'doc.md', from, to, defaultLang: 'zh-Hant' });

test('convert through the executable adds no final newline and keeps the bytes around prose', () => {
  const dir = tempDir();
  const file = join(dir, 'a.md');
  writeFileSync(file, '软件  \n\n后台');
  const run = spawnSync(process.execPath, [join(REPO, 'bin', 'tongwen.js'), 'convert', '--root', dir, '--from', 'zh-Hans', '--to', 'zh-Hant', file], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  assert.equal(run.stdout, '軟件  \n\n後台');
});

test('converting zh-Hans → zh-Hant twice changes nothing the second time (every sample article without -{…}- markup)', () => {
  const files = listFiles(join(REPO, 'content'), (n) => n.endsWith('.md'));
  assert.ok(files.length >= 8);
  for (const f of files) {
    const source = readFileSync(join(REPO, 'content', f), 'utf8');
    // Markup is resolved by the first conversion, so a second one reads different text.
    if (source.includes('-{')) continue;
    const once = convert(source, 'zh-Hans', 'zh-Hant');
    assert.equal(convert(once, 'zh-Hans', 'zh-Hant'), once, f);
  }
});

test('a paragraph holding a bare URL in square brackets is converted, as the build converts it', () => {
  const text = '中文当然 [https://a.io/b.html] 后面的软件\n';
  assert.equal(convert(text, 'zh-Hans', 'zh-Hant'), '中文當然 [https://a.io/b.html] 後面的軟件\n');
  const built = processArticle('a.md', Buffer.from(article({ title: 't', date: '2024-06-26', lang: 'zh-Hans' }, text)), { ...ARTICLE_CONTEXT, variants: ['zh-Hant'] });
  assert.match((built.ok ? built.article : undefined)!.variants['zh-Hant']!.html, /中文當然 \[<a href="https:\/\/a.io\/b.html">https:\/\/a.io\/b.html<\/a>\] 後面的軟件/);
});

test('zh-TW → zh-Hans: 使用 Github 進行程式碼 is 进行代码, never 进进程式码', () => {
  assert.equal(convert('使用 Github 進行程式碼審查', 'zh-TW', 'zh-Hans'), '使用 Github 进行代码审查');
});

test('text in raw HTML blocks (a figcaption, alt and title values) is converted; tags, other attributes and URLs are not; code inside stays', () => {
  const html = '<figure><img src="/后台.png" alt="后台" title="软件"><figcaption>后台软件的图片</figcaption></figure>\n\n<div><code>后台</code> 后台</div>\n';
  assert.equal(
    convert(html, 'zh-Hans', 'zh-Hant'),
    '<figure><img src="/后台.png" alt="後台" title="軟件"><figcaption>後台軟件的圖片</figcaption></figure>\n\n<div><code>后台</code> 後台</div>\n',
  );
  const ctx = { ...ARTICLE_CONTEXT, variants: ['zh-Hant'] as VariantId[], html: { tags: ['figure', 'figcaption'] } };
  const built = processArticle('a.md', Buffer.from(article({ title: 't', date: '2024-06-26', lang: 'zh-Hans' }, html)), ctx);
  assert.match((built.ok ? built.article : undefined)!.variants['zh-Hant']!.html, /<figcaption>後台軟件的圖片<\/figcaption>/);
});
