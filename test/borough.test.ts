/**
 * Taiwan boroughs named after their district (src/conversion/borough.ts):
 * 里 kept as written on every Traditional page under the common forms, read
 * back, and “inside” (裏/裡) left to OpenCC where the pattern does not hold.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { converter, variantConverter } from '../src/conversion/converters.js';
import { markBoroughs } from '../src/conversion/borough.js';

const HANT = ['zh-Hant', 'zh-TW', 'zh-HK'] as const;
const NO_QUOTES = { quotes: false } as const;

test('a borough after its district keeps 里 on every Traditional page (土城區頂福里, 八德區大發里, 關廟區下湖里的橋梁), and reads back', () => {
  const cases: Array<[string, string]> = [
    ['土城区顶福里', '土城區頂福里'],
    ['桃园市八德区大发里', '桃園市八德區大發里'],
    ['关庙区下湖里的桥梁', '關廟區下湖里的'],
    ['桃园市大园区埔心里，', '桃園市大園區埔心里，'],
    ['台北市大安区忠诚里里长', '大安區忠誠里里長'],
    ['头城镇石城里、大坑里', '頭城鎮石城里、大坑'],
    ['归仁区八甲里与关庙区下湖里交界', '歸仁區八甲里與關廟區下湖里交界'],
  ];
  for (const [s, want] of cases) {
    // Plain OpenCC reads the lone 里 as “inside”.
    assert.ok(!converter('cn', 'twp')(s).includes(want) || !converter('cn', 't')(s).includes(want), s);
    for (const v of HANT) {
      const got = variantConverter('zh-Hans', v, NO_QUOTES)(s);
      assert.ok(got.includes(want.replace('臺', v === 'zh-HK' ? '台' : '臺')), `${v}: ${s} → ${got}`);
      assert.equal(variantConverter(v, 'zh-Hans', NO_QUOTES)(got), s, `${v} back`);
    }
  }
});

test('“inside” stays OpenCC’s after a generic word or a place one is in (在城區巷弄裡, 大安區公寓裡, 大安區的家裡), and under OpenCC’s forms', () => {
  const tw = variantConverter('zh-Hans', 'zh-TW', NO_QUOTES);
  for (const [s, want] of [
    ['在城区巷弄里。', '在城區巷弄裡。'],
    ['住在大安区公寓里。', '住在大安區公寓裡。'],
    ['大安区的家里', '大安區的家裡'],
    ['信义区公园里', '信義區公園裡'],
    ['这个社区家里', '這個社區家裡'],
    ['这里长满了草', '這裡長滿了草'],
  ] as const) assert.equal(tw(s), want, s);
  // OpenCC's forms: OpenCC's own output, its test cases untouched.
  assert.equal(variantConverter('zh-Hans', 'zh-TW', { ...NO_QUOTES, forms: 'opencc' })('土城区顶福里'), converter('cn', 'tw')('土城区顶福里'));
});

test('markBoroughs: the mark only where the pattern holds, text holding the mark left alone, deterministic', () => {
  const { text, restore } = markBoroughs('土城区顶福里，在城区巷弄里');
  assert.equal(text, '土城区顶福\uFDD0，在城区巷弄里');
  assert.equal(restore('土城區頂福\uFDD0'), '土城區頂福里');
  assert.equal(markBoroughs('土城区顶福里\uFDD0').text, '土城区顶福里\uFDD0');
  assert.equal(markBoroughs('没有里').text, '没有里');
  assert.equal(markBoroughs('土城区顶福里').text, markBoroughs('土城区顶福里').text);
});
