/**
 * The glossary: reading it (glossary.yaml, config, front matter) with errors
 * at their line, longest-match application before OpenCC, and the API that
 * keyword unification uses.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from '../src/build.js';
import { BuildError, formatError } from '../src/core/errors.js';
import { parseConfig } from '../src/config/config.js';
import { applyGlossary, compileGlossary, findTerms, glossaryTermMapper, mergeGlossaries, type GlossaryEntry } from '../src/conversion/glossary.js';
import { loadSiteGlossary, parseGlossaryFile } from '../src/config/glossary-file.js';
import { variantText } from '../src/conversion/text.js';
import { converter } from '../src/conversion/converters.js';
import { article, tempDir, writeSite } from './helpers.js';

const NVIDIA: GlossaryEntry = { term: '英伟达', forms: { 'zh-Hans': '英伟达', 'zh-Hant': '英偉達', 'zh-TW': '輝達' } };

test('glossary.yaml entries: per-variant forms, a fixed text, positions of each term', () => {
  const { entries, errors } = parseGlossaryFile('英伟达:\n  zh-Hans: 英伟达\n  zh-TW: 輝達\n窗口: 窗口\n', 'glossary.yaml');
  assert.deepEqual(errors, []);
  assert.deepEqual(entries, [
    { term: '英伟达', forms: { 'zh-Hans': '英伟达', 'zh-TW': '輝達' }, file: 'glossary.yaml', line: 1, column: 1 },
    { term: '窗口', fixed: '窗口', forms: {}, file: 'glossary.yaml', line: 4, column: 1 },
  ]);
});

test('glossary mistakes are errors at the term’s line, with a hint', () => {
  const { errors } = parseGlossaryFile('好:\n  zh-Hans: 好\n坏:\n  zh-SG: 坏\n空: {}\n列表: [a, b]\n', 'glossary.yaml');
  assert.deepEqual(errors.map((e) => formatError(e).split('\n')[0]), [
    'glossary.yaml:3:1: config: glossary: unknown variant "zh-SG" in "坏"',
    'glossary.yaml:5:1: config: glossary: "空" gives no form',
    'glossary.yaml:6:1: config: glossary: "列表" must have a text or forms per variant',
  ]);
  const yaml = parseGlossaryFile('a: [\n', 'glossary.yaml');
  assert.match(formatError(yaml.errors[0]!), /^glossary\.yaml:\d+:\d+: config: invalid YAML/);
});

test('a text claimed by two entries is an error naming both', () => {
  assert.throws(
    () => compileGlossary([NVIDIA, { term: '辉达', forms: { 'zh-TW': '輝達' }, file: 'glossary.yaml', line: 9, column: 1 }]),
    (e: unknown) => e instanceof BuildError && formatError(e.errors[0]!).startsWith('glossary.yaml:9:1: config: glossary: "輝達" belongs to both "英伟达" and "辉达"'),
  );
});

test('matching is leftmost, longest first, and never overlapping', () => {
  const g = compileGlossary([
    { term: '英伟达', fixed: 'A', forms: {} },
    { term: '英伟达中国', fixed: 'B', forms: {} },
    { term: '中国区', fixed: 'C', forms: {} },
  ]);
  const text = '英伟达中国区和英伟达';
  assert.deepEqual(findTerms(g, text).map((m) => text.slice(m.start, m.end)), ['英伟达中国', '英伟达']);
});

test('glossary forms take precedence over OpenCC and are not converted again', () => {
  const g = compileGlossary([NVIDIA, { term: '窗口', fixed: '窗口', forms: {} }]);
  // Without the glossary, OpenCC's Taiwan (computing) phrases turn 窗口 into 視窗.
  const computing = { vocabulary: 'computing' } as const;
  assert.equal(variantText({ from: 'zh-Hans', to: 'zh-TW', conversion: computing }).prose('服务窗口'), '服務視窗');
  assert.equal(variantText({ from: 'zh-Hans', to: 'zh-TW', glossary: g, conversion: computing }).prose('服务窗口'), '服務窗口');
  // A form written in Simplified stays Simplified on a Traditional page: it is the editor's choice.
  const fixedSimplified = compileGlossary([{ term: '内存', forms: { 'zh-Hant': '内存' } }]);
  assert.equal(variantText({ from: 'zh-Hans', to: 'zh-Hant', glossary: fixedSimplified }).prose('内存条'), '内存條');
  // Forms are matched in any script: a Traditional source finds 輝達 and 英偉達 too.
  const upper = (t: string) => t.toUpperCase();
  assert.equal(applyGlossary(g, '輝達x英偉達y', 'zh-Hans', upper), '英伟达X英伟达Y');
});

test('a variant without a form takes MediaWiki’s fallback, and with none in its script the text is converted as usual', () => {
  const g = compileGlossary([NVIDIA]);
  assert.equal(variantText({ from: 'zh-Hans', to: 'zh-HK', glossary: g }).prose('英伟达'), '英偉達'); // zh-HK → zh-Hant
  assert.equal(variantText({ from: 'zh-Hans', to: 'zh-CN', glossary: g }).prose('英伟达'), '英伟达'); // zh-CN → zh-Hans
  const onlyTw = compileGlossary([{ term: '软件', forms: { 'zh-TW': '軟體' } }]);
  assert.equal(variantText({ from: 'zh-Hant', to: 'zh-Hans', glossary: onlyTw }).prose('軟體'), '软体');
});

test('keyword unification on normalized keys: every text of an entry maps to its term’s key', () => {
  const g = compileGlossary([NVIDIA, { term: 'GPU', forms: { 'zh-Hans': '图形处理器' } }]);
  const toSimplified = converter('twp', 'cn');
  const normalize = (t: string) => toSimplified(t.normalize('NFKC')).toLowerCase();
  const map = glossaryTermMapper(g, normalize);
  assert.equal(map(normalize('輝達')), '英伟达');
  assert.equal(map(normalize('英偉達')), '英伟达');
  assert.equal(map(normalize('圖形處理器')), 'gpu');
  assert.equal(map('微软'), '微软');
});

test('an article entry replaces the site entry of the same term or text', () => {
  const merged = mergeGlossaries([NVIDIA, { term: '窗口', fixed: '窗口', forms: {} }], [{ term: '辉达', forms: { 'zh-TW': '輝達' } }]);
  assert.deepEqual(merged.map((e) => e.term), ['窗口', '辉达']);
});

test('the config’s glossary: and glossary.yaml together; a term in both is an error at glossary.yaml', () => {
  const config = parseConfig('glossary:\n  窗口: 窗口\n  英伟达:\n    zh-TW: 輝達\n', 'tongwen.config.yaml');
  assert.deepEqual(config.glossary?.map((e) => [e.term, e.line]), [['窗口', 2], ['英伟达', 3]]);
  const root = writeSite(tempDir(), { 'glossary.yaml': '# 站點詞表\n微软:\n  zh-TW: 微軟\n窗口: 窗口\n' });
  const { entries, errors } = loadSiteGlossary(root, config.glossary);
  assert.deepEqual(entries.map((e) => e.term), ['窗口', '英伟达', '微软']);
  assert.deepEqual(errors.map((e) => formatError(e).split('\n')[0]), ['glossary.yaml:4:1: config: glossary: "窗口" is defined both here and in the config\'s glossary:']);
  assert.throws(() => parseConfig('glossary:\n  坏: [1]\n', 'tongwen.config.yaml'), (e: unknown) =>
    e instanceof BuildError && formatError(e.errors[0]!).startsWith('tongwen.config.yaml:2:3: config: glossary: "坏" must have a text or forms per variant'));
});

test('a build applies glossary.yaml and front-matter entries to titles, keywords and text of every variant', async () => {
  const root = writeSite(tempDir(), {
    'tongwen.config.yaml': 'variants: [zh-Hans, zh-TW]\ndefaultLang: zh-Hans\nconversion: { vocabulary: computing }\n',
    'glossary.yaml': '英伟达:\n  zh-Hans: 英伟达\n  zh-TW: 輝達\n',
    'content/a.md': article({ title: '英伟达的服务窗口', date: '2024-06-26', keywords: '[英伟达, 窗口]', glossary: '{ 窗口: 窗口 }' }, '英伟达开设服务窗口。\n'),
    'content/b.md': article({ title: '另一篇的服务窗口', date: '2024-06-27' }, '英伟达的服务窗口。\n'),
  });
  const out = join(root, 'dist');
  await build({ root, out });
  const a = readFileSync(join(out, 'zh-tw', '2024', '06', 'a', 'index.html'), 'utf8');
  assert.match(a, /<h1[^>]*>輝達的服務窗口<\/h1>/);
  assert.match(a, /<p>輝達開設服務窗口。<\/p>/);
  assert.doesNotMatch(a, /"glossary"|窗口: 窗口/);
  // The front-matter entry is the article's own: the other article gets OpenCC's 視窗 (computing vocabulary).
  const b = readFileSync(join(out, 'zh-tw', '2024', '06', 'b', 'index.html'), 'utf8');
  assert.match(b, /<p>輝達的服務視窗。<\/p>/);
});

test('a glossary error fails the build with the file and line', async () => {
  const root = writeSite(tempDir(), {
    'glossary.yaml': '英伟达:\n  zh-XX: 輝達\n',
    'content/a.md': article({ title: '標題', date: '2024-06-26', glossary: '[不對]' }),
  });
  await assert.rejects(build({ root, out: join(root, 'dist') }), (e: unknown) => {
    assert.ok(e instanceof BuildError);
    assert.deepEqual(e.errors.map((x) => formatError(x).split('\n')[0]), [
      'content/a.md:4:11: metadata: glossary: the glossary must be a mapping of term → forms',
      'glossary.yaml:1:1: config: glossary: unknown variant "zh-XX" in "英伟达"',
    ]);
    return true;
  });
});
