/**
 * content/script-share.ts: `scriptCounts` (the build's lang warning, `convert`'s
 * script guess) counts what `scriptOfChar` says of each character.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { characterTables } from '../src/conversion/converters.js';
import { scriptCounts, scriptOfChar } from '../src/content/script-share.js';

/** The definition: every character of the texts, one by one. */
function countsByChar(texts: readonly string[]): { Hant: number; Hans: number } {
  const counts = { Hant: 0, Hans: 0 };
  for (const text of texts) for (const c of text) if (c.codePointAt(0)! >= 0x3400) {
    const s = scriptOfChar(c);
    if (s) counts[s]++;
  }
  return counts;
}

test('scriptCounts counts each character as scriptOfChar classes it: every table character, astral ones and lone surrogates', () => {
  const { st, ts } = characterTables();
  const all = [...new Set([...st.keys(), ...ts.keys(), ...st.values(), ...ts.values()])].join('');
  const counts = scriptCounts([all]);
  assert.deepEqual(counts, countsByChar([all]));
  assert.ok(counts.Hant > 1000 && counts.Hans > 1000, JSON.stringify(counts));
  const mixed = ['這是繁體，这是简体', '中文 ABC 𠀀𡃁 \ud800這\udc00这', ''];
  assert.deepEqual(scriptCounts(mixed), countsByChar(mixed));
  assert.deepEqual(scriptCounts(['這個', '这个']), { Hant: 2, Hans: 2 });
});
