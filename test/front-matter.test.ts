/**
 * Front matter: split with gray-matter, parsed with `yaml`, every position
 * given as a line of the FILE (the block starts on line 2), not of the block.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseFrontMatter } from '../src/content/front-matter.js';
import { SiteError } from '../src/core/errors.js';

function failure(text: string): SiteError {
  try {
    parseFrontMatter(text, 'content/a.md');
  } catch (e) {
    assert.ok(e instanceof SiteError);
    return e;
  }
  assert.fail('expected a SiteError');
}

test('fields, body and the body start line are returned', () => {
  const fm = parseFrontMatter('---\ntitle: 標題\ndate: 2024-06-26\n---\n正文\n', 'a.md');
  assert.deepEqual(fm.data, { title: '標題', date: '2024-06-26' });
  assert.equal(fm.body, '正文\n');
  assert.equal(fm.bodyLine, 5);
});

test('dates stay text (YAML 1.2 core schema), so the time zone rules apply later', () => {
  const fm = parseFrontMatter('---\ndate: 2024-06-26\nupdated: 2024-06-26T10:00:00+08:00\n---\n', 'a.md');
  assert.equal(typeof fm.data.date, 'string');
  assert.equal(fm.data.updated, '2024-06-26T10:00:00+08:00');
});

test('a field is placed at its value in the file', () => {
  const fm = parseFrontMatter('---\ntitle: 標題\nkeywords:  [a, b]\n---\n', 'a.md');
  assert.deepEqual(fm.placeOf('title'), { line: 2, column: 8 });
  assert.deepEqual(fm.placeOf('keywords'), { line: 3, column: 12 });
  assert.deepEqual(fm.placeOf('missing'), { line: 1, column: 1 });
});

test('a YAML error is reported at its line in the file, not in the block', () => {
  // Line 4 of the file is line 3 of the block.
  const e = failure('---\ntitle: 好\ndate: 2024-06-26\ntags: [a, b\nx: 1\n---\n');
  assert.equal(e.stage, 'front matter');
  assert.equal(e.line, 5);
  assert.match(e.message, /^invalid YAML: /);
});

test('an unclosed quote is reported where the quote opens', () => {
  const e = failure('---\ntitle: 好\nsummary: "沒有關上\ndate: 2024-06-26\n---\n正文\n');
  assert.deepEqual([e.line, e.column], [3, 10]);
});

test('duplicate keys are an error at the second one', () => {
  const e = failure('---\ntitle: 一\ntitle: 二\n---\n');
  assert.equal(e.line, 3);
});

test('front matter never closed is an error at line 1', () => {
  const e = failure('---\ntitle: 好\n\n正文\n');
  assert.deepEqual([e.line, e.column, e.stage], [1, 1, 'front matter']);
  assert.match(e.message, /never closed/);
});

test('front matter that is not a mapping is an error', () => {
  const e = failure('---\n- a\n- b\n---\n');
  assert.match(e.message, /field: value/);
});

test('no front matter: empty data, the whole text is the body', () => {
  const fm = parseFrontMatter('正文\n---\n', 'a.md');
  assert.deepEqual(fm.data, {});
  assert.equal(fm.body, '正文\n---\n');
  assert.equal(fm.bodyLine, 1);
});

test('parsing the same text twice gives independent results (no gray-matter cache)', () => {
  const text = '---\ntitle: 好\n---\n';
  const a = parseFrontMatter(text, 'a.md');
  a.data.title = '改';
  assert.equal(parseFrontMatter(text, 'a.md').data.title, '好');
  assert.throws(() => parseFrontMatter('---\ntitle: [\n---\n', 'b.md'));
  assert.throws(() => parseFrontMatter('---\ntitle: [\n---\n', 'b.md'), 'a failed parse is not cached as a success');
});

test('tab-indented front matter (as Hexo accepts it) reads like space-indented', () => {
  const fm = parseFrontMatter('---\ntitle: 遷移\ntags:\n\t- 開源\n\t- Python\ncategories:\n\t- 產業動態\nauthor:\n\tname: 周子健\n---\n正文\n', 'a.md');
  assert.deepEqual(fm.data, { title: '遷移', tags: ['開源', 'Python'], categories: ['產業動態'], author: { name: '周子健' } });
  assert.deepEqual(fm.placeOf('tags'), { line: 4, column: 2 }, 'positions are those of the file');
});

test('a YAML error under tab indentation keeps its column in the file', () => {
  const e = failure('---\ntitle: 好\ntags:\n\t- "開源\n---\n');
  assert.deepEqual([e.line, e.column], [4, 4]);
});

test('tabs after the indentation are left to YAML: a tab inside a value is kept', () => {
  const fm = parseFrontMatter('---\nsummary: "甲\t乙"\n---\n', 'a.md');
  assert.equal(fm.data.summary, '甲\t乙');
});
