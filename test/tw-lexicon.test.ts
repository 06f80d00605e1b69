/**
 * The zh-TW lexicon (src/conversion/tw-lexicon.ts, derived by
 * bench/derive-tw-lexicon.ts from McBopomofo's Taiwan phrase frequencies):
 * every entry, from Simplified and back, and the derivation rule itself.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { converter, variantConverter } from '../src/conversion/converters.js';
import { chainConverter } from '../src/conversion/preset.js';
import { TW_LEXICON } from '../src/conversion/tw-lexicon.js';
import { deriveLexicon, MIN_COUNT, RATIO } from '../bench/derive-tw-lexicon.js';

const NO_QUOTES = { quotes: false };

test('every lexicon entry: Simplified → zh-TW writes the Taiwan form (in a sentence too), and it reads back; the entry’s key is what the Simplified → Traditional step writes', () => {
  const tw = variantConverter('zh-Hans', 'zh-TW', NO_QUOTES);
  const back = variantConverter('zh-TW', 'zh-Hans', NO_QUOTES);
  const standard = chainConverter({ script: 'Hans' }, { script: 'Hant', forms: 't' });
  assert.ok(TW_LEXICON.length >= 40);
  for (const [s, std, taiwan, count, competitors] of TW_LEXICON) {
    assert.ok(count >= MIN_COUNT && count >= RATIO * competitors, s);
    assert.equal(standard(s), std, s);
    assert.equal(tw(s), taiwan, s);
    assert.equal(tw(`我们说${s}。`), `我們說${taiwan}。`, s);
    assert.equal(back(taiwan), s, taiwan);
  }
});

test('the lexicon is zh-TW news vocabulary only: zh-Hant, zh-HK and the computing vocabulary write what they wrote (家具: OpenCC 傢俱)', () => {
  assert.equal(variantConverter('zh-Hans', 'zh-TW')('家具店的雇主'), '家具店的雇主');
  assert.equal(variantConverter('zh-Hans', 'zh-Hant')('家具店的雇主'), '傢俱店的僱主');
  assert.equal(variantConverter('zh-Hans', 'zh-HK')('家具店的雇主'), '傢俱店的僱主');
  assert.equal(variantConverter('zh-Hans', 'zh-TW', { vocabulary: 'computing', forms: 'opencc' })('家具店的雇主'), converter('cn', 'twp')('家具店的雇主'));
  // Its words are cut as words: 受雇|于, not 受|雇于.
  assert.equal(variantConverter('zh-Hans', 'zh-TW')('他受雇于公司'), '他受雇於公司');
  // A zh-Hant page's 傢俱 reads as 家具 on zh-TW.
  assert.equal(variantConverter('zh-Hant', 'zh-TW')('傢俱'), '家具');
});

test('derivation: the most frequent Taiwan form of a Simplified word wins at MIN_COUNT and RATIO× its competitors; policy forms and OpenCC Taiwan phrases the counts do not know stay', () => {
  const occ = new Map<string, number>([
    ['家具', 328], ['傢俱', 20], // wins: 328 ≥ 3 × 20
    ['回音', 20], // wins: tongwen writes 迴音, which the counts do not know (no Taiwan phrase wrote it)
    ['自制', 40], ['自製', 30], // loses: 40 < 3 × 30
    ['臺灣', 100], // policy: 台/臺
    ['調製', 35], // loses: OpenCC's Taiwan phrase wrote 調變 (modulation), unknown to the counts
    ['迴文', 1], ['回文', 27], // wins: 27 ≥ 3 × 1
    ['傭人', 6], ['佣人', 10], // below MIN_COUNT
    ['轉台', 24], ['轉檯', 3], // wins: 台/檯 is no policy pair (台/臺 is)
  ]);
  const got = deriveLexicon(occ).map((e) => [e.simplified, e.standard, e.taiwan]);
  assert.deepEqual(got, [['回文', '迴文', '回文'], ['回音', '迴音', '回音'], ['家具', '傢俱', '家具'], ['转台', '轉檯', '轉台']]);
});
