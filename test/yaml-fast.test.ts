/**
 * core/yaml-fast.ts: where the fast path reads a front matter, it reads what
 * `yaml` reads (the document without errors, the same data); everything else
 * is left to `yaml`. Compared on every front matter of the fixture sites and
 * the sample site, and on generated texts built from the pieces that change
 * YAML's reading (quotes, escapes, comments, indicators, special scalars,
 * flow lists, repeated keys, indentation, tabs).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { listFiles } from '../src/core/fs.js';
import { simpleYamlMapping } from '../src/core/yaml-fast.js';
import { parseFrontMatter } from '../src/content/front-matter.js';
import { FIXTURES } from './helpers.js';

const REPO = join(FIXTURES, '..', '..', '..');

/** What `yaml` makes of the text: its data, or undefined when it reports an error. */
function yamlData(text: string): unknown {
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  return doc.errors.length ? undefined : doc.toJS();
}

function agrees(text: string): boolean {
  const fast = simpleYamlMapping(text);
  if (fast === undefined) return false;
  assert.deepEqual(fast, yamlData(text), JSON.stringify(text));
  return true;
}

test('the fast path reads the front matter of the fixture and sample sites as yaml does (and most of them)', () => {
  let read = 0;
  let all = 0;
  for (const dir of [join(REPO, 'content'), FIXTURES]) {
    for (const f of listFiles(dir, (n) => n.endsWith('.md'))) {
      const text = readFileSync(join(dir, f), 'utf8').replace(/\r\n?/g, '\n');
      const m = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(\n|$)/.exec(text);
      if (!m) continue;
      all++;
      if (agrees(m[1]!)) read++;
    }
  }
  assert.ok(all > 50 && read > all / 3, `${read} of ${all}`);
});

test('the fast path agrees with yaml on generated front matter, and leaves what it cannot read to it', () => {
  const keys = ['title', '標題', 'a.b', 'x_y', 'true', '1', '__proto__', '<<', '-x', "'q'", 'k#', 'lang', 'title'];
  const seps = [': ', ':', ':  ', ': \t', ' : '];
  const parts = ['"abc"', "'a''b'", "'單引號'", '"有,逗號"', '"a\\"b"', '[', ']', ',', ', ', ' ', '#', ' #c', 'null', 'Null', '~', '1', '-1', '1.5', '1e3', '.inf', '.NaN', '0x1F', '0o17', '1_000',
    '2024-06-26', '2024-06-26T09:30:00+08:00', '12:30', '中文標題', ':', 'a: b', '&a', '*a', '!t', '|', '>', '%', '@', '`', '\\', '\t', '-', '- x', '{a: 1}', 'yes', 'on', 'C#', 'x]', '"', "'", '[]', '["a", "b"]', '[a, b]', '[a,]', '\u00a0', 'é'];
  let seed = 5;
  const pick = <T>(xs: readonly T[]): T => xs[(seed = (seed * 1103515245 + 12345) & 0x7fffffff) % xs.length]!;
  let read = 0;
  const runs = 30000;
  for (let k = 0; k < runs; k++) {
    const lines: string[] = [];
    for (let n = 1 + (k % 4); n > 0; n--) {
      let value = '';
      for (let m = 1 + (seed % 4); m > 0; m--) value += pick(parts);
      lines.push(`${k % 17 === 0 ? ' ' : ''}${pick(keys)}${pick(seps)}${value}${k % 13 === 0 ? ' ' : ''}`);
      if (k % 11 === 0) lines.push('');
    }
    if (agrees(lines.join('\n'))) read++;
  }
  assert.ok(read > 300 && read < runs, `read ${read} of ${runs}`);
});

test('front matter read by the fast path has the same data and field places as through yaml', () => {
  const text = '---\ntitle: "標題"\ndate: 2024-06-26\nkeywords: ["甲", "乙"]\nlang: zh-Hant\n---\n正文\n';
  const slow = '---\ntitle: "標題"\ndate: 2024-06-26\nkeywords: ["甲", "乙"]\nlang: zh-Hant\n# a comment sends it to yaml\n---\n正文\n';
  assert.ok(simpleYamlMapping(text.split('---\n')[1]!));
  assert.equal(simpleYamlMapping(slow.split('---\n')[1]!), undefined);
  const a = parseFrontMatter(text, 'a.md');
  const b = parseFrontMatter(slow, 'a.md');
  assert.deepEqual(a.data, b.data);
  assert.equal(a.body, b.body);
  for (const field of ['title', 'date', 'keywords', 'lang', 'missing']) assert.deepEqual(a.placeOf(field), b.placeOf(field), field);
  assert.deepEqual(a.placeOf('lang'), { line: 5, column: 7 });
});
