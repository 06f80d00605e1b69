/**
 * The Cantonese copula (src/conversion/cantonese.ts): 系 of a Cantonese sentence is 係 on every Traditional page
 * under the common forms, except in a word of 系; Mandarin text and `forms: opencc` are left as OpenCC converts them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { converter, variantConverter } from '../src/conversion/converters.js';
import { cantoneseCopula } from '../src/conversion/cantonese.js';
import type { VariantId } from '../src/conversion/variants.js';

const HANT: VariantId[] = ['zh-Hant', 'zh-TW', 'zh-HK'];
const NO_QUOTES = { quotes: false };

const CASES: ReadonlyArray<readonly [string, string]> = [
  ['呢个系我嘅', '呢個係我嘅'],
  ['我系香港人，佢系台湾人', '我係香港人，佢係'],
  ['系好嘅，我哋听日见', '係好嘅'],
  ['个问题系佢唔肯讲', '個問題係佢'],
  // Marked only by 㗎, one of the markers found on HKCanCor (bench/corpora/hkcancor-hk.txt); fails without it.
  ['呢度系你屋企㗎', '呢度係你屋企'],
];

for (const [s, want] of CASES) {
  test(`Cantonese copula: ${s}`, () => {
    assert.ok(!converter('cn', 't')(s).includes(want), 'OpenCC gets it wrong');
    for (const v of HANT) {
      const got = variantConverter('zh-Hans', v, NO_QUOTES)(s);
      const expect = v === 'zh-TW' ? want.replace('台灣', '臺灣') : want;
      assert.ok(got.includes(expect), `${v}: ${got}`);
      assert.equal(variantConverter(v, 'zh-Hans', NO_QUOTES)(got), s, `${v} back`);
    }
  });
}

test('Cantonese copula: words of 系 stay, Mandarin sentences are untouched', () => {
  assert.equal(cantoneseCopula('佢哋个系统好差'), '佢哋个系统好差');
  assert.equal(cantoneseCopula('佢读中文系嘅'), '佢读中文系嘅');
  assert.equal(cantoneseCopula('冇关系，佢会联系你'), '冇关系，佢会联系你');
  assert.equal(cantoneseCopula('佢系好安全带先至落车'), '佢系好安全带先至落车');
  // No Cantonese character in the sentence: the formal 系 of Mandarin is left to the corrections.
  assert.equal(cantoneseCopula('他是中文系的学生，该体系由三部分组成'), '他是中文系的学生，该体系由三部分组成');
  // Sentence by sentence: the Mandarin sentence beside a Cantonese one keeps its 系.
  assert.equal(cantoneseCopula('佢系我朋友。这个系统很好。'), '佢係我朋友。这个系统很好。');
});

test('Cantonese copula: forms: opencc keeps OpenCC’s output', () => {
  const s = '呢个系我嘅';
  assert.equal(variantConverter('zh-Hans', 'zh-HK', { forms: 'opencc', ...NO_QUOTES })(s), converter('cn', 'hk')(s));
});
