/**
 * tongwen's PhraseTable against opencc-js's Trie, which it replaces in the
 * conversion chains: with every dictionary group of every opencc-js
 * configuration and every group of tongwen's own data (forms, vocabulary,
 * corrections), both must segment and convert real text identically — the
 * sample site's articles, OpenCC's test cases, the conversion benchmark's
 * corpora — and the edge cases of the matcher (characters outside the BMP,
 * ideographic description sequences, lone surrogates, text ending inside a
 * possible phrase).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ConverterBuilder, Trie, type DictGroup, type DictLike } from 'opencc-js/core';
import * as Preset from 'opencc-js/preset';
import { PhraseTable } from '../src/conversion/phrase-table.js';
import { formsGroup, formsReverseGroup, type FormsId } from '../src/conversion/forms.js';
import { computingPhrases, computingPhrasesRev, newsPhrases, newsPhrasesRev } from '../src/conversion/vocabulary.js';
import { correctionPairs } from '../src/conversion/corrections.js';
import { FIXTURES, REPO } from './helpers.js';

/** Every string inside a JSON value. */
function strings(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) for (const x of v) strings(x, out);
  else if (v && typeof v === 'object') for (const x of Object.values(v)) strings(x, out);
  return out;
}

const texts: string[] = [
  ...readdirSync(join(REPO, 'content'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => readFileSync(join(REPO, 'content', f), 'utf8')),
  strings(JSON.parse(readFileSync(join(FIXTURES, 'conformance', 'opencc-testcases.json'), 'utf8'))).join('\n'),
  ...['cldr-zh.json', 'vscode-zh.json', 'news-zh-tw.json'].map((f) => strings(JSON.parse(readFileSync(join(REPO, 'bench', 'corpora', f), 'utf8'))).join('\n')),
  // Outside the BMP, description sequences (⿰木木, nested ⿱⿰木木木, cut short ⿰木), lone surrogates, a phrase cut at the end.
  '𠮷野家的𩸽魚和𠀀字，⿰木木林與⿱⿰木木木森，半個⿰木',
  '\ud842孤\udfb7立的代理項\ud842',
  '中华人民共和国',
  // CJK compatibility ideographs (U+F900…, U+2F800… outside the BMP), which the normalization chain replaces.
  '兼容字：豈更車賈滑，\u{2F800}\u{2F801}，其後無',
  'no key starts anywhere in this ASCII text',
  '中华人民共和',
  '',
  '發',
];

const groups: Array<[string, DictGroup]> = [];
for (const [name, c] of Object.entries(Preset.configs)) {
  c.conversionChain.forEach((g, k) => groups.push([`${name} chain ${k}`, g]));
  // The normalization chain (CJK compatibility ideographs) runs on phrase tables too (preset.ts `normalizer`).
  ((c as { normalizationChain?: DictGroup[] }).normalizationChain ?? []).forEach((g, k) => groups.push([`${name} normalization ${k}`, g]));
  const seg = c.segmentation as DictLike | DictGroup | undefined;
  if (typeof seg === 'string') groups.push([`${name} segmentation`, [seg]]);
  else if (Array.isArray(seg) && seg.length > 0) groups.push([`${name} segmentation`, (typeof seg[0] === 'string' ? seg : [seg]) as DictGroup]);
}
for (const id of ['t', 'tw', 'hk', 'tc', 'twc', 'hkc'] as FormsId[]) groups.push([`forms ${id}`, formsGroup(id)], [`forms ${id} reversed`, formsReverseGroup(id)]);
groups.push(['news vocabulary', [newsPhrases()]], ['news vocabulary reversed', [newsPhrasesRev()]], ['computing vocabulary', [computingPhrases()]], ['computing vocabulary reversed', [computingPhrasesRev()]]);
groups.push(['corrections s2t', [correctionPairs('s2t')]], ['corrections t2s', [correctionPairs('t2s')]]);

test('the phrase table segments and converts exactly as opencc-js’s trie, with every dictionary group, on real text', () => {
  assert.ok(groups.length >= 30, `only ${groups.length} groups`);
  assert.ok(texts.join('').length > 200_000, 'enough text to compare');
  let changed = 0;
  for (const [name, group] of groups) {
    const trie = new Trie();
    trie.loadDictGroup(group);
    const table = new PhraseTable();
    table.loadDictGroup(group);
    for (const text of texts) {
      const expected = trie.convert(text);
      const got = table.convert(text);
      if (got !== expected) {
        let i = 0;
        while (got[i] === expected[i]) i++;
        assert.fail(`${name}: converts differently near ${JSON.stringify(expected.slice(Math.max(0, i - 10), i + 10))} (got ${JSON.stringify(got.slice(Math.max(0, i - 10), i + 10))})`);
      }
      if (got !== text) changed++;
      assert.deepEqual(table.segment(text), trie.segment(text), `${name}: segments differently`);
    }
  }
  // The comparison is not vacuous: the dictionaries change most of the text they are given.
  assert.ok(changed > groups.length, `only ${changed} conversions changed their text`);
});

test('a text in which no key starts is returned whole; a key in the last place is still found', () => {
  const table = new PhraseTable();
  table.loadDict([['发展', '發展'], ['\u{2F800}', '丽']]);
  const plain = 'abc 和平 xyz';
  assert.equal(table.convert(plain), plain);
  assert.deepEqual(table.segment(plain), [plain]);
  assert.deepEqual(table.segment(''), []);
  assert.equal(table.convert('和平发展'), '和平發展');
  assert.equal(table.convert('和平\u{2F800}'), '和平丽');
  assert.deepEqual(table.segment('和平发展'), ['和平', '发展']);
  // A key added after a conversion is found too (the table of first units is rebuilt).
  table.addWord('和平', '和平!');
  assert.equal(table.convert(plain), 'abc 和平! xyz');
});

test('loading order: the first dictionary of a group wins; within one, the last entry of a key', () => {
  const table = new PhraseTable();
  table.loadDictGroup([[['发', '發'], ['发展', '發展']], 'a b|a c', [['发', '髮']]]);
  assert.equal(table.convert('发展发a'), '發展發c');
  assert.deepEqual(table.segment('xx发展y发'), ['xx', '发展', 'y', '发']);
  assert.throws(() => table.loadDict('broken'), /invalid dictionary entry/);
});

test('characterConverter converts every character exactly as the full opencc-js converter, for every locale pair the search map uses', async () => {
  const { characterConverter, patchedPreset } = await import('../src/conversion/converters.js');
  const build = ConverterBuilder(patchedPreset());
  const converter = (from: string, to: string) => build({ from, to });
  // Every key and value character of every dictionary, and the characters of the real texts.
  const chars = new Set<string>();
  const add = (s: string) => {
    for (const ch of s) chars.add(ch);
  };
  for (const c of Object.values(Preset.configs)) for (const g of c.conversionChain) for (const d of g) add(typeof d === 'string' ? d : d.flat().join(''));
  for (const t of texts) add(t);
  add('殢圞樠');
  const list = [...chars].filter((ch) => ch !== ' ' && ch !== '|');
  assert.ok(list.length > 10000, `${list.length} characters`);
  const pairs: Array<[string, string]> = [['t', 'cn'], ['tw', 'cn'], ['twp', 'cn'], ['hk', 'cn'], ['cn', 't'], ['cn', 'tw'], ['cn', 'twp'], ['cn', 'hk']];
  for (const [from, to] of pairs) {
    const fast = characterConverter(from as 't', to as 'cn');
    const full = converter(from as 't', to as 'cn');
    let changed = 0;
    for (const ch of list) {
      const want = full(ch);
      if (want !== ch) changed++;
      assert.equal(fast(ch), want, `${from}>${to} ${ch} U+${ch.codePointAt(0)!.toString(16)}`);
    }
    assert.ok(changed > 1000, `${from}>${to}: ${changed} characters change`);
    // Longer text goes to the full converter.
    assert.equal(fast('头发发展'), full('头发发展'));
  }
});

test('converter (on phrase tables) converts real text exactly as opencc-js’s ConverterBuilder, for every configured locale pair', async () => {
  const { converter, patchedPreset, OPENCC_CONFIGS } = await import('../src/conversion/converters.js');
  const build = ConverterBuilder(patchedPreset());
  const text = texts.join('\n');
  for (const [name, [from, to]] of Object.entries(OPENCC_CONFIGS)) {
    const want = build({ from, to })(text);
    assert.ok(name === 'jp2t' || want !== text, `${name} changes the text`);
    assert.equal(converter(from, to)(text), want, name);
  }
});
