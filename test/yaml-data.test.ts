/**
 * The YAML loader's limits (core/yaml-data.ts): deep nesting and alias bombs
 * give a positioned SiteError — never a stack trace, a hang or an
 * out-of-memory crash — in front matter, the config and glossary.yaml.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_YAML_DEPTH, parseYamlData, yamlDepth } from '../src/core/yaml-data.js';
import { SiteError } from '../src/core/errors.js';
import { parseFrontMatter } from '../src/content/front-matter.js';
import { parseConfig } from '../src/config/config.js';
import { parseGlossaryFile } from '../src/config/glossary-file.js';
import { BuildError } from '../src/core/errors.js';

const source = { file: 'f.yaml', stage: 'config' as const };

function bomb(levels = 8): string {
  const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
  for (let i = 1; i < levels; i++) lines.push(`${'abcdefghijklmnop'[i]}: &${'abcdefghijklmnop'[i]} [${Array(10).fill(`*${'abcdefghijklmnop'[i - 1]}`).join(', ')}]`);
  return lines.join('\n') + '\n';
}

function throwsAt(fn: () => unknown, line: number, pattern: RegExp): SiteError {
  let caught: unknown;
  try {
    fn();
  } catch (error) {
    caught = error instanceof BuildError ? error.errors[0] : error;
  }
  assert.ok(caught instanceof SiteError, `expected a SiteError, got ${String(caught)}`);
  assert.match(caught.message, pattern);
  assert.equal(caught.line, line);
  assert.ok(caught.column !== undefined && caught.column >= 1);
  return caught;
}

test('ordinary YAML reads as data, aliases within the limit too', () => {
  assert.deepEqual(parseYamlData('a: [1, [2, {b: "x]"}]]\nc: &c q\nd: *c\n', source).data, { a: [1, [2, { b: 'x]' }]], c: 'q', d: 'q' });
  assert.equal(parseYamlData('', source).data, null);
});

test('depth: flow brackets, block indentation and `- - -` all count; quotes and comments do not', () => {
  assert.equal(yamlDepth('a: [[[x]]]').depth, 4);
  assert.equal(yamlDepth('a:\n  b:\n    c: 1').depth, 3);
  assert.equal(yamlDepth('- - - x').depth, 4);
  assert.equal(yamlDepth('a: "[[[[[["\nb: \'{{{{\' # [[[[').depth, 1);
  assert.equal(yamlDepth("a: it's [x]\nb: 1").depth, 2);
});

for (const [name, text, line] of [
  ['flow sequences 10,000 deep', `a: ${'['.repeat(10000)}${']'.repeat(10000)}\n`, 1],
  ['flow mappings 100,000 deep', `a: ${'{b: '.repeat(100000)}1${'}'.repeat(100000)}\n`, 1],
  ['block lists 3,000 deep', `a:\n${Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i + 1)}- `).join('\n')}\n`, MAX_YAML_DEPTH],
  ['`- - - …` 10,000 times', `${'- '.repeat(10000)}x\n`, 1],
] as const) {
  test(`nesting: ${name} → a positioned error, quickly`, () => {
    const started = Date.now();
    throwsAt(() => parseYamlData(text, source), line, /nested more than 64 levels/);
    assert.ok(Date.now() - started < 5000, `took ${Date.now() - started} ms`);
  });
}

test('an alias bomb is an error at its first alias, not a ReferenceError', () => {
  const e = throwsAt(() => parseYamlData(bomb(), source), 2, /alias bomb/);
  assert.equal(e.column, 8);
});

test('front matter, config and glossary.yaml use the loader, with file positions', () => {
  const article = `---\ntitle: t\ndate: 2024-01-01\n${bomb()}---\nbody\n`;
  throwsAt(() => parseFrontMatter(article, 'content/a.md'), 5, /alias bomb/);
  throwsAt(() => parseFrontMatter(`---\ntitle: t\nx: ${'['.repeat(5000)}\n---\n`, 'content/a.md'), 3, /nested more than/);
  throwsAt(() => parseConfig(`title: x\n${bomb()}`, 'tongwen.config.yaml'), 3, /alias bomb/);
  const g = parseGlossaryFile(`窗口: 窗口\n${bomb()}`, 'glossary.yaml');
  assert.equal(g.errors.length, 1);
  assert.match(g.errors[0]!.message, /alias bomb/);
  assert.equal(g.errors[0]!.line, 3);
  assert.equal(g.errors[0]!.file, 'glossary.yaml');
});
