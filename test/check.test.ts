/**
 * `tongwen check` on fixture sites (test/fixtures/check/<site>), with the
 * exact messages, exit codes, and nothing written.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { textHazards, checkArticle } from '../src/lint/check.js';
import { compileGlossary } from '../src/conversion/glossary.js';
import { checkSite } from '../src/commands/check.js';
import { parseConfig } from '../src/config/config.js';
import { FIXTURES, article, heldByFile, readTree, runCli, sharedPool, tempDir, writeSite } from './helpers.js';

/** The process's shared worker pool (helpers.sharedPool). */
const pool = heldByFile(sharedPool);

const SITES = join(FIXTURES, 'check');

test('a clean site: settled titles (phrase, glossary, markup), correct text in both scripts, every glossary entry used', async () => {
  const r = await runCli(['check', '--root', join(SITES, 'clean')]);
  assert.deepEqual(r.out, ['Checked 2 articles: 0 errors, 0 warnings']);
  assert.equal(r.code, 0);
  assert.equal((await runCli(['check', '--strict', '--root', join(SITES, 'clean')])).code, 0);
});

test('warnings: ambiguous title character, naive conversion, mixed script, unused glossary entry; exit 0, or 1 with --strict', async () => {
  const r = await runCli(['check', '--root', join(SITES, 'warnings')]);
  assert.deepEqual(r.out, [
    'content/ambiguous.md:2:15: warning[ambiguous-title]: title: 后 has several Traditional forms (後/后) and nothing settles which one “英伟达发布财报后股价大涨” means',
    '  hint: add a glossary entry for the word, or write it as -{zh-Hans:…;zh-Hant:…}- in the title',
    '    2 | title: 英伟达发布财报后股价大涨',
    '      |                      ^',
    'content/naive.md:2:18: warning[naive-conversion]: mixed script: the text looks converted character by character: U并用 → U並用, 對于這 → 對於這, 背后的 → 背後的',
    '  hint: set `repair: true` (front matter or config) to normalize it, or correct the characters',
    '    2 | title: 谷歌的TPU和GPU并用',
    '      |                      ^',
    'content/naive.md:7:7: warning[mixed-script]: mixed script: Simplified characters in Traditional text: 这',
    '  hint: write them in the article’s script, or set `repair: true` (front matter or config) to normalize the text',
    '    7 | 這是個錯字：这。',
    '      |             ^',
    'glossary.yaml:4:1: warning[unused-glossary]: glossary entry "没人用的词" is not used by any article',
    '  hint: remove the entry, or check that its texts are written as in the articles',
    '    4 | 没人用的词:',
    '      | ^',
    'Checked 3 articles: 0 errors, 4 warnings',
  ]);
  assert.equal(r.code, 0);
  const strict = await runCli(['check', '--root', join(SITES, 'warnings'), '--strict']);
  assert.equal(strict.code, 1);
  assert.equal(strict.out.at(-1), 'Checked 3 articles: 0 errors, 4 warnings (--strict: warnings count as errors)');
});

test('errors: lang that disagrees with the text, unclosed markup, missing title, a bad glossary; exit 1', async () => {
  const r = await runCli(['check', '--root', join(SITES, 'errors')]);
  assert.deepEqual(r.out, [
    'content/no-title.md:1:1: metadata: title is missing or empty',
    '  hint: add a line like `title: 深圳發布電子信息產業報告` to the front matter',
    '    1 | ---',
    '      | ^',
    'content/unclosed.md:6:6: markdown: -{ is never closed with }-',
    '  hint: end the markup with }- (write -{text}- to keep text as written, or -{zh-Hans:…;zh-Hant:…}- for one form per variant)',
    '    6 | 正文里有 -{没有关闭的标记。',
    '      |          ^',
    'content/wrong-lang.md:4:7: error[lang]: lang is zh-Hans but the text is written in Traditional script (11 Traditional-only characters, 0 Simplified-only)',
    '  hint: write `lang: zh-Hant` (or the regional variant the text uses) in the front matter',
    '    4 | lang: zh-Hans',
    '      |       ^',
    'glossary.yaml:4:1: config: glossary: unknown variant "zh-MO" in "微软"',
    '  hint: use zh-Hans, zh-Hant, zh-CN, zh-TW or zh-HK',
    '    4 | 微软:',
    '      | ^',
    'Checked 3 articles: 4 errors, 0 warnings',
  ]);
  assert.equal(r.code, 1);
});

test('check writes nothing: the site folder is byte-identical afterwards and has no output folder', async () => {
  const root = tempDir();
  cpSync(join(SITES, 'warnings'), root, { recursive: true });
  const before = readTree(root);
  await runCli(['check', '--root', root]);
  assert.deepEqual(readTree(root), before);
});

test('repair: true silences mixed-script warnings for that article only', async () => {
  const report = await checkSite(join(SITES, 'warnings'));
  assert.deepEqual(report.findings.filter((f) => f.file === 'content/repaired.md'), []);
  assert.deepEqual(report.findings.map((f) => f.rule), ['ambiguous-title', 'naive-conversion', 'mixed-script', 'unused-glossary']);
});

test('check outside a site folder is a usage error', async () => {
  const r = await runCli(['check', '--root', tempDir()]);
  assert.equal(r.code, 2);
  assert.match(r.err[0]!, /is not a site folder/);
});

test('correct Traditional text that OpenCC’s round trip would misread (多半只負責 → 隻) is not reported as naive conversion', () => {
  const config = parseConfig('variants: [zh-Hant, zh-Hans]\n', 'tongwen.config.yaml');
  const md = '---\ntitle: 公司的決定\ndate: 2024-06-26\nlang: zh-Hant\n---\n他並為此付出代價，多半只負責技術。\n';
  assert.deepEqual(checkArticle('content/a.md', new TextEncoder().encode(md), config, []).findings, []);
  const naive = md.replace('多半只負責技術', '對于技術');
  assert.deepEqual(checkArticle('content/a.md', new TextEncoder().encode(naive), config, []).findings.map((f) => f.message), [
    'mixed script: the text looks converted character by character: 對于技 → 對於技',
  ]);
});

test('ambiguous-title: OpenCC’s default for 了, 云 and 面 is not reported; 后 still is', () => {
  const config = parseConfig('variants: [zh-Hant, zh-Hans]\n', 'tongwen.config.yaml');
  const title = (t: string) => checkArticle('content/a.md', new TextEncoder().encode(`---\ntitle: ${t}\ndate: 2024-06-26\nlang: zh-Hans\n---\n正文\n`), config, []).findings
    .map((f) => `${f.column}: ${f.message.split(' has ')[0]}`);
  assert.deepEqual(title('谷歌推出了新的云服务界面'), []);
  assert.deepEqual(title('财报发布后股价大涨'), ['12: title: 后']);
  // 于 before a number is the preposition (the 82 title warnings of the 4,000-article corpus); a lone 于 still is reported.
  assert.deepEqual(title('该公司计划于2023年建设研发中心'), []);
  assert.deepEqual(title('导演于正新剧'), ['10: title: 于']);
});

test('a glossary entry used only in an article’s source or author is used (the build converts those too)', async () => {
  const root = writeSite(tempDir(), {
    'glossary.yaml': '新华社: 新华社\n张三丰: { zh-Hant: 張三丰 }\n没人用的词: 没人用的词\n',
    'content/a.md': article({ title: '标题', date: '2024-06-26', lang: 'zh-Hans', source: '新华社', author: '张三丰' }, '正文。\n'),
  });
  assert.deepEqual((await checkSite(root)).findings.map((f) => f.message), ['glossary entry "没人用的词" is not used by any article']);
});

test('check in worker threads reports exactly what it reports in this thread', async () => {
  for (const site of ['clean', 'warnings', 'errors']) {
    const inline = await checkSite(join(SITES, site), { workers: 0 });
    // One site in a worker of its own (check starting and ending its pool), the others in the process's shared pool
    // of two (each worker's start, its dictionaries, costs about a CPU second).
    const threaded = await checkSite(join(SITES, site), site === 'clean' ? { workers: 1 } : { pool: await pool() });
    assert.deepEqual(threaded, inline, site);
    assert.ok(site === 'clean' || inline.findings.length > 0, `${site} has findings`);
  }
});

// check = the build minus rendering and writing: it stops on what the build stops on.

/** check's finding lines (not hints, source lines or the summary). */
const findingLines = (out: string[]) => out.filter((l) => l !== '' && !l.startsWith(' ') && !l.startsWith('Checked '));

test('check: two articles on one URL is an error naming both files, exit 1', async () => {
  const root = writeSite(tempDir(), {
    'content/a/report.md': article({ title: '報告', date: '2024-06-26' }),
    'content/b/report.md': article({ title: '另一份報告', date: '2024-06-27' }),
  });
  const r = await runCli(['check', '--root', root]);
  assert.equal(r.code, 1);
  assert.deepEqual(findingLines(r.out), ['content/b/report.md:1:1: url: article URL …/2024/06/report/ is already used by content/a/report.md']);
  assert.equal(r.out.at(-1), 'Checked 2 articles: 1 error, 0 warnings');
});

test('check: two articles whose URLs differ only in letter case collide (case-insensitive file systems), exit 1', async () => {
  const root = writeSite(tempDir(), {
    'content/a/Foo.md': article({ title: '甲', date: '2024-06-26' }),
    'content/b/foo.md': article({ title: '乙', date: '2024-06-27' }),
  });
  const r = await runCli(['check', '--root', root]);
  assert.equal(r.code, 1);
  assert.deepEqual(findingLines(r.out), ['content/b/foo.md:1:1: url: article URL …/2024/06/foo/ is already used by content/a/Foo.md']);
});

test('check: a template syntax error (an unclosed {% if %}) is an error at the template’s line and column, with its source line, exit 1', async () => {
  const root = writeSite(tempDir(), {
    'content/a.md': article({ title: '甲', date: '2024-06-26' }),
    'templates/article.liquid': '<article>\n  <h1>{{ article.title }}</h1>\n  {% if article.summary %}\n  <p>{{ article.summary }}</p>\n</article>\n',
  });
  const r = await runCli(['check', '--root', root]);
  assert.equal(r.code, 1);
  const lines = findingLines(r.out);
  assert.equal(lines.length, 1, r.out.join('\n'));
  assert.match(lines[0]!, /^templates\/article\.liquid:3:3: template: tag \{% if article\.summary %\} not closed/);
  assert.ok(r.out.includes('    3 |   {% if article.summary %}'), r.out.join('\n'));
});

test('check reports exactly the errors the build stops on, for every invalid fixture site', async () => {
  const dir = join(FIXTURES, 'sites-invalid');
  for (const name of readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort()) {
    const expected = readFileSync(join(dir, name, 'expected.txt'), 'utf8').split('\n').filter((l) => l !== '');
    const r = await runCli(['check', '--root', join(dir, name)]);
    assert.equal(r.code, 1, name);
    assert.deepEqual(findingLines(r.out), expected, name);
  }
});

test('check reads bodies: unsettled one-to-many characters are reported with file:line:col, most likely first, at most three per article', async () => {
  const root = writeSite(tempDir(), {
    'tongwen.config.yaml': 'variants: [zh-Hans, zh-Hant]\ndefaultLang: zh-Hans\n',
    'content/a.md': article({ title: '会议', date: '2024-06-26' }, '会议开始了。\n\n他还斗得过，借他的笔，托他办事。他说只要干，大家举杯。\n'),
    'content/b.md': article({ title: '会议', date: '2024-06-27' }, '皇后之后发布了新闻，头发很长。\n'),
  });
  const report = await checkSite(root);
  const body = report.findings.filter((f) => f.rule === 'ambiguous-text');
  const a = body.filter((f) => f.file?.endsWith('a.md'));
  assert.equal(a.length, 3);
  // Chosen by rank: 干 (often wrong), then 斗 and 借 in order; 托 is left out and counted. Listed in file order.
  assert.deepEqual(a.map((f) => [f.line, f.column, f.message.split(' ')[1]]), [[7, 3, '斗'], [7, 7, '借'], [7, 21, '干']]);
  assert.match(a.find((f) => f.message.startsWith('text: 干'))!.message, /\(1 more in this article\)/);
  // Phrases settle everything in b.md (皇后, 之后, 发布, 头发).
  assert.equal(body.filter((f) => f.file?.endsWith('b.md')).length, 0);
});

test('check does not recommend repair for 了解 on correct Traditional text', async () => {
  const root = writeSite(tempDir(), {
    'content/a.md': article({ title: '了解情況', date: '2024-06-26', lang: 'zh-TW' }, '我們需要深入了解這個問題，才能了解全貌。\n'),
  });
  const report = await checkSite(root);
  assert.deepEqual(report.findings.filter((f) => f.rule === 'naive-conversion').map((f) => f.message), []);
});

test('check reads raw HTML as the build converts it: a caption, an alt text and a title inside raw HTML are read for hazards, at file:line:col', async () => {
  const html = [
    '正文。',
    '',
    '<figure>',
    '  <img src="/a.png" alt="他说只要干">',
    '  <figcaption title="借他的笔">他还斗得过</figcaption>',
    '</figure>',
    '',
    '<pre>斗 干 借</pre>',
    '',
  ].join('\n');
  const images = join(FIXTURES, '..', '..', 'static', 'images');
  const root = writeSite(tempDir(), {
    'tongwen.config.yaml': 'variants: [zh-Hans, zh-Hant]\ndefaultLang: zh-Hans\n',
    'content/a.md': article({ title: '会议', date: '2024-06-26' }, html),
    'static/a.png': readFileSync(join(images, readdirSync(images).find((f) => f.endsWith('.png'))!)),
  });
  const report = await checkSite(root);
  const body = report.findings.filter((f) => f.rule === 'ambiguous-text');
  // The front matter takes lines 1–4 (article()), so the body starts on line 5.
  // 干 in the alt text (line 8), 借 in the title and 斗 in the caption (line 9); nothing from <pre>.
  assert.deepEqual(body.map((f) => [f.line, f.column, f.message.split(' ')[1]]), [[8, 30, '干'], [9, 22, '借'], [9, 30, '斗']]);
  assert.deepEqual(report.findings.filter((f) => f.severity === 'error'), []);
});

test('body hazards: a phrase the conversion reads across a word (这只|好 → 這隻好) is reported; phrases a correction settles (这只能, 那只好, 波长发生, 相冲突) and whole words (一只猫, 头发) are not', () => {
  assert.deepEqual(textHazards('这只好麻烦你').map((h) => [h.i, h.c, h.risk]), [[1, '只', 1]]);
  for (const t of ['这只能说明问题', '那只好麻烦你', '波长发生改变', '与其他命令相冲突', '一只猫', '他的头发很长']) assert.deepEqual(textHazards(t), [], t);
  // A glossary entry for the words settles it.
  assert.deepEqual(textHazards('这只好麻烦你', compileGlossary([{ term: '只好', forms: { 'zh-Hant': '只好' } }])), []);
});
