/**
 * generalIdfOf reads only the wanted words of jieba's IDF table: it must give
 * exactly the table's values for them (read here from the file itself), and
 * nothing for words the table lacks, on every call.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { generalIdfOf } from '../src/taxonomy/auto.js';

test('generalIdfOf gives the IDF table’s values for the wanted words only', () => {
  const require = createRequire(import.meta.url);
  const lines = readFileSync(require.resolve('@node-rs/jieba/idf.txt'), 'utf8').split('\n').filter((l) => l.includes(' '));
  const table = new Map(lines.map((l) => [l.slice(0, l.lastIndexOf(' ')), Number(l.slice(l.lastIndexOf(' ') + 1))] as const));
  // Words of the table (every 97th line, and its first and last), words it lacks, and edge cases.
  const sample = lines.filter((_, i) => i % 97 === 0 || i === lines.length - 1).map((l) => l.slice(0, l.lastIndexOf(' ')));
  const absent = ['英伟达大模型', 'H100X', '', ' ', '𠮷野家', '不存在的词语甲乙'];
  const words = ['芯片', '市场', '中国', '开源', ...sample, ...absent];
  const got = generalIdfOf(words);
  assert.ok(sample.length > 2000);
  for (const w of words) assert.equal(got.get(w), table.get(w), w);
  for (const w of absent) assert.equal(got.has(w), false, w);
  assert.equal(got.size, new Set(words.filter((w) => table.has(w))).size);
  assert.ok(got.get('市场')! < got.get('芯片')!);
  assert.equal(generalIdfOf([]).size, 0);
  // A later call (the lines found again where the first one indexed them) gives the table's values too.
  const later = ['市场', '英伟达大模型', ...sample.filter((_, i) => i % 3 === 1)];
  const again = generalIdfOf(later);
  for (const w of later) assert.equal(again.get(w), table.get(w), w);
  assert.equal(again.size, new Set(later.filter((w) => table.has(w))).size);
});
