/**
 * The search data's character map (src/site/search-json.ts): `addHanChars` must give the Han characters of a text
 * exactly as folding the whole text does (NFKC, lower case, every `\p{Script=Han}` character, first occurrence
 * order), while skipping the fold for code points that cannot change.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addHanChars } from '../src/site/search-json.js';

/** The fold `addHanChars` replaces, on a whole text. */
function reference(text: string): string {
  const seen = new Set<string>();
  for (const m of text.normalize('NFKC').toLowerCase().matchAll(/\p{Script=Han}+/gu)) for (const ch of m[0]) seen.add(ch);
  return [...seen].join('');
}

function chars(text: string): string {
  const seen = new Set<string>();
  addHanChars(text, seen);
  return [...seen].join('');
}

test('addHanChars: every code point alone gives what folding it gives', () => {
  const wrong: string[] = [];
  for (let cp = 0; cp <= 0x10ffff; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    const ch = String.fromCodePoint(cp);
    if (chars(ch) !== reference(ch)) wrong.push(cp.toString(16));
  }
  assert.deepEqual(wrong, []);
});

test('addHanChars: texts in context (compatibility forms, astral characters, marks after Han) as the whole-text fold', () => {
  for (const text of [
    '英偉達發布新款ＧＰＵ，股價「大漲」〇七々',
    '㈱会社 ㍿ ⼀⼆⼈ 豈更 𠮶嘅 𪚥 ﹏ 㐀',
    '漢\u0301字\u3099か\u309a ア\uff9e',
    'ﾊﾟ 全角ａｂｃ 半形 ﾃｽﾄ 一二三',
    '',
  ]) assert.equal(chars(text), reference(text), text);
});
