/**
 * `tongwen convert`: a Markdown document through the build's pipeline, the
 * document kept as written except its prose; HTML exactly as a build.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { processArticle, type ArticleContext } from '../src/article/process.js';
import { PNG_1X1, REPO, runCli, tempDir, writeSite } from './helpers.js';

const DOC = [
  '---',
  'title: 英伟达发布新的软件',
  'date: 2024-06-26',
  'lang: zh-Hans',
  'keywords:',
  '  - 鼠标',
  '  - 软件',
  'slug: nvidia-software',
  'note: 这一行不是文字字段',
  '---',
  '# 软件的*历史*',
  '',
  '英伟达的\\*软件\\*和鼠标，-{鼠标}-不变，-{zh-Hans:内存;zh-TW:記憶體}-。',
  '',
  '> 引用的软件',
  '> 第二行的鼠标',
  '',
  '- 列表 `软件代码` [链接的软件](https://example.org/软件 "标题的软件")',
  '- ![图片的鼠标](/img/鼠标.png)',
  '',
  '| 软件 | 鼠标 |',
  '|:----|-----:|',
  '| 打印机 | <b>软件</b> |',
  '',
  '```js',
  'const 软件 = "鼠标";',
  '```',
  '',
].join('\n');

const EXPECTED_TW = [
  '---',
  'title: 輝達發布新的軟體',
  'date: 2024-06-26',
  'lang: zh-TW',
  'keywords:',
  '  - 滑鼠',
  '  - 軟體',
  'slug: nvidia-software',
  'note: 这一行不是文字字段',
  '---',
  '# 軟體的*歷史*',
  '',
  '輝達的\\*軟體\\*和滑鼠，鼠标不變，記憶體。',
  '',
  '> 引用的軟體',
  '> 第二行的滑鼠',
  '',
  '- 列表 `软件代码` [連結的軟體](https://example.org/软件 "標題的軟體")',
  '- ![圖片的滑鼠](/img/鼠标.png)',
  '',
  '| 軟體 | 滑鼠 |',
  '|:----|-----:|',
  '| 印表機 | <b>軟體</b> |',
  '',
  '```js',
  'const 软件 = "鼠标";',
  '```',
  '',
].join('\n');

function site(): string {
  return writeSite(tempDir(), {
    'tongwen.config.yaml': 'variants: [zh-Hans, zh-TW]\ndefaultLang: zh-Hans\n',
    'glossary.yaml': '英伟达:\n  zh-Hans: 英伟达\n  zh-TW: 輝達\n',
    'doc.md': DOC,
  });
}

test('convert prints the document with only its prose converted: syntax, escapes, code, URLs and HTML tags as written', async () => {
  const root = site();
  const r = await runCli(['convert', '--root', root, '--to', 'zh-TW', join(root, 'doc.md')]);
  assert.equal(r.code, 0, r.err.join('\n'));
  assert.equal(`${r.out.join('\n')}\n`, EXPECTED_TW);
});

test('convert --html prints the body exactly as the build renders it', async () => {
  const root = site();
  const r = await runCli(['convert', '--root', root, '--to', 'zh-TW', '--html', join(root, 'doc.md')]);
  assert.equal(r.code, 0);
  const ctx: ArticleContext = {
    variants: ['zh-TW'], timeZone: 'Asia/Shanghai', defaultLang: 'zh-Hans', basePath: '/', html: {}, drafts: false,
    glossary: [{ term: '英伟达', forms: { 'zh-Hans': '英伟达', 'zh-TW': '輝達' } }],
  };
  const built = processArticle('doc.md', new TextEncoder().encode(DOC), ctx);
  assert.ok(built.ok);
  assert.equal(`${r.out.join('\n')}\n`, built.article.variants['zh-TW']!.html);
});

test('convert reads standard input when no file is given (through the real executable)', () => {
  const root = writeSite(tempDir(), {});
  const run = spawnSync(process.execPath, [join(REPO, 'bin', 'tongwen.js'), 'convert', '--from', 'zh-Hant', '--to', 'zh-Hans'], {
    cwd: root, input: '軟體與滑鼠，`代碼`。\n', encoding: 'utf8',
  });
  assert.equal(run.status, 0, run.stderr);
  assert.equal(run.stdout, '软体与滑鼠，`代碼`。\n');
});

test('--from overrides the front matter’s lang; CRLF line ends are kept', async () => {
  const root = writeSite(tempDir(), {});
  const file = join(root, 'crlf.md');
  writeFileSync(file, '---\r\ntitle: 標題\r\nlang: zh-Hans\r\n---\r\n後來的軟件\r\n');
  const r = await runCli(['convert', '--root', root, '--from', 'zh-Hant', '--to', 'zh-CN', file]);
  assert.equal(r.code, 0);
  assert.equal(`${r.out.join('\n')}\n`, '---\r\ntitle: 标题\r\nlang: zh-CN\r\n---\r\n后来的软件\r\n');
});

test('convert: multi-line text fields (block scalars, plain continuation lines) are converted; other fields stay', async () => {
  const root = writeSite(tempDir(), {});
  const file = join(root, 'multi.md');
  writeFileSync(file, '---\ntitle: 鼠标\nsummary: >-\n  第一行的软件\n\n  第二行的鼠标\nauthor: 张三\n  和软件\nnote: |\n  软件\n---\n正文\n');
  const r = await runCli(['convert', '--root', root, '--from', 'zh-Hans', '--to', 'zh-TW', file]);
  assert.equal(r.code, 0, r.err.join('\n'));
  assert.equal(`${r.out.join('\n')}\n`, '---\ntitle: 滑鼠\nsummary: >-\n  第一行的軟體\n\n  第二行的滑鼠\nauthor: 張三\n  和軟體\nnote: |\n  软件\n---\n正文\n');
});

test('convert: bad usage exits 2, a markup mistake exits 1 with file:line:col', async () => {
  const root = writeSite(tempDir(), { 'bad.md': '---\ntitle: 标题\n---\n正文 -{没有关闭\n' });
  assert.equal((await runCli(['convert', '--root', root, join(root, 'bad.md')])).code, 2);
  const unknown = await runCli(['convert', '--root', root, '--to', 'zh-SG', join(root, 'bad.md')]);
  assert.equal(unknown.code, 2);
  assert.match(unknown.err[0]!, /unknown variant "zh-SG" for --to/);
  assert.equal((await runCli(['convert', '--root', root, '--to', 'zh-TW', join(root, 'missing.md')])).code, 2);
  const bad = await runCli(['convert', '--root', root, '--to', 'zh-TW', 'bad.md']);
  assert.equal(bad.code, 2, 'a relative path is resolved against the working directory, not the root');
  const abs = await runCli(['convert', '--root', root, '--to', 'zh-TW', join(root, 'bad.md')]);
  assert.equal(abs.code, 1);
  assert.equal(abs.err[0], `${join(root, 'bad.md')}:4:4: markdown: -{ is never closed with }-`);
});

test('convert --html: footnote labels in the target variant’s script, root-relative URLs under the base path, as the build writes them', async () => {
  const doc = '---\ntitle: 标题\ndate: 2024-06-26\nlang: zh-Hans\n---\n软件的历史[^1]，见![图](/images/a.png)。\n\n[^1]: 注释的软件。\n';
  const root = writeSite(tempDir(), {
    'tongwen.config.yaml': 'title: 测试\nbaseUrl: https://example.org/news/\ndefaultLang: zh-Hans\n',
    'content/a.md': doc,
    'static/images/a.png': PNG_1X1,
  });
  const out = join(tempDir(), 'out');
  assert.equal((await runCli(['build', '--root', root, '--out', out, '--workers', '0', '--quiet'])).code, 0);
  const page = readFileSync(join(out, 'zh-hant', '2024', '06', 'a', 'index.html'), 'utf8');
  for (const [to, label, back] of [['zh-Hant', '註釋', '返回正文第 1 處'], ['zh-Hans', '注释', '返回正文第 1 处']] as const) {
    const r = await runCli(['convert', '--root', root, '--to', to, '--html', join(root, 'content', 'a.md')]);
    assert.equal(r.code, 0, r.err.join('\n'));
    const html = r.out.join('\n');
    assert.ok(html.includes(`>${label}</h2>`), html);
    assert.ok(html.includes(`aria-label="${back}"`), html);
    assert.ok(html.includes('src="/news/images/a.png"'), html);
    assert.doesNotMatch(html, /Footnotes|Back to reference/);
    if (to === 'zh-Hant') assert.ok(page.includes(html), 'the page built for zh-Hant holds exactly this body');
  }
});
