/**
 * 里 at the end of a transliterated name (src/conversion/name-li.ts): kept as written on every Traditional page
 * under the common forms, where OpenCC writes 裏; 里 “inside” at the end of a sentence stays OpenCC's.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { converter, variantConverter } from '../src/conversion/converters.js';
import { markNameLi } from '../src/conversion/name-li.js';
import type { VariantId } from '../src/conversion/variants.js';

const HANT: VariantId[] = ['zh-Hant', 'zh-TW', 'zh-HK'];
const NO_QUOTES = { quotes: false };

for (const [s, want] of [['杜里', '杜里'], ['东帝汶首都杜里（帝力）', '杜里（'], ['我同事叫杰里。', '傑里。']] as const) {
  test(`name ending in 里: ${s}`, () => {
    assert.ok(!converter('cn', 't')(s).includes(want), `OpenCC already writes ${want}`);
    for (const v of HANT) {
      const got = variantConverter('zh-Hans', v, NO_QUOTES)(s);
      assert.ok(got.includes(want), `${v}: ${got}`);
      assert.equal(variantConverter(v, 'zh-Hans', NO_QUOTES)(got), s, `${v} back`);
    }
  });
}

test('里 “inside” at the end of a sentence, and text without a name, stay as OpenCC converts them', () => {
  const ours = variantConverter('zh-Hans', 'zh-Hant', { forms: 'opencc', ...NO_QUOTES });
  const opencc = converter('cn', 't');
  for (const s of ['数据在表格里。', '我在家里', '东西都在那里，', '肚皮里']) {
    assert.equal(markNameLi(s).text, s, s);
    assert.equal(variantConverter('zh-Hans', 'zh-TW', NO_QUOTES)(s).includes('里'), false, s);
  }
  // forms: opencc is OpenCC's output.
  assert.equal(ours('杜里'), opencc('杜里'));
});
