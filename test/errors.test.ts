/**
 * The error type and its printer: `path:line:col: stage: message` plus a hint,
 * sorted, each distinct error once, CJK-aware columns.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BuildError, SiteError, asSiteErrors, codeFrame, formatError, sortErrors } from '../src/core/errors.js';
import { positionAt } from '../src/core/position.js';

test('an error prints as path:line:col: stage: message, then an indented hint', () => {
  const e = new SiteError({ stage: 'metadata', file: 'content/a.md', line: 3, column: 7, message: 'date is missing', hint: 'add a date' });
  assert.equal(formatError(e), 'content/a.md:3:7: metadata: date is missing\n  hint: add a date');
});

test('unknown parts of the place are left out', () => {
  assert.equal(formatError(new SiteError({ stage: 'template', file: 'templates/x.liquid', message: 'm' })), 'templates/x.liquid: template: m');
  assert.equal(formatError(new SiteError({ stage: 'output', message: 'm' })), 'output: m');
});

test('errors sort by file, then line, then column, then message', () => {
  const mk = (file: string, line: number, column: number, message = 'x') => new SiteError({ stage: 'read', file, line, column, message });
  const sorted = sortErrors([mk('b.md', 1, 1), mk('a.md', 10, 1), mk('a.md', 2, 5), mk('a.md', 2, 3, 'z'), mk('a.md', 2, 3, 'a')]);
  assert.deepEqual(sorted.map((e) => `${e.file}:${e.line}:${e.column}:${e.message}`), ['a.md:2:3:a', 'a.md:2:3:z', 'a.md:2:5:x', 'a.md:10:1:x', 'b.md:1:1:x']);
});

test('a BuildError holds its errors sorted, each distinct one once', () => {
  const same = () => new SiteError({ stage: 'template', file: 't.liquid', line: 1, column: 2, message: 'boom' });
  const other = new SiteError({ stage: 'read', file: 'a.md', line: 1, column: 1, message: 'bad' });
  const e = new BuildError([same(), other, same()]);
  assert.deepEqual(e.errors.map((x) => x.file), ['a.md', 't.liquid']);
  assert.equal(e.message, '2 errors');
});

test('errors survive the trip to and from a worker thread as plain data', () => {
  const e = new SiteError({ stage: 'read', file: 'a.md', line: 2, column: 3, message: 'm', hint: 'h' });
  const back = new SiteError(structuredClone(e.toJSON()));
  assert.equal(formatError(back), formatError(e));
});

test('asSiteErrors flattens build errors and rethrows programming errors', () => {
  const e = new SiteError({ stage: 'read', message: 'm' });
  assert.deepEqual(asSiteErrors(new BuildError([e])), [e]);
  assert.throws(() => asSiteErrors(new TypeError('bug')), TypeError);
});

test('positions are 1-based lines and columns counted in characters, not UTF-16 units or bytes', () => {
  const text = '第一行\n𠀀漢字: x\n';
  assert.deepEqual(positionAt(text, 0), { line: 1, column: 1 });
  assert.deepEqual(positionAt(text, 4), { line: 2, column: 1 });
  // '𠀀' is two UTF-16 units: the ':' after '𠀀漢字' is the 4th character of line 2.
  assert.deepEqual(positionAt(text, text.indexOf(':')), { line: 2, column: 4 });
});

test('given the file text, an error shows its source line with a caret under the column', () => {
  const e = new SiteError({ stage: 'metadata', file: 'content/a.md', line: 3, column: 7, message: 'bad date', hint: 'fix it' });
  const text = '---\ntitle: 標題\ndate: 2024-13-45\n---\n';
  assert.equal(formatError(e, text), [
    'content/a.md:3:7: metadata: bad date',
    '  hint: fix it',
    '    3 | date: 2024-13-45',
    '      |       ^',
  ].join('\n'));
});

test('the caret counts Chinese and full-width characters as two columns, tabs as two', () => {
  assert.deepEqual(codeFrame('正文 -{未閉合', 1, 4), ['1 | 正文 -{未閉合', '  |      ^']);
  assert.deepEqual(codeFrame('ＧＰＵ\tx', 1, 5), ['1 | ＧＰＵ  x', '  |         ^']);
  assert.deepEqual(codeFrame('𠮷野x', 1, 3), ['1 | 𠮷野x', '  |     ^'], 'a character outside the BMP is one column position');
  assert.deepEqual(codeFrame('a\nb', 5, 1), [], 'a line that is not there shows nothing');
  assert.deepEqual(codeFrame('a\nb', 2), ['2 | b'], 'no column, no caret');
});
