/**
 * bench:conversion's figures as a regression test, on the vendored human-written
 * text (bench/corpora/): tongwen's round trip never does worse than plain
 * OpenCC, meets issue 9's goal (≤ 1/3 of OpenCC's error rate) on the Taiwan
 * VS Code text in both Traditional variants, writes the team's news
 * sentences as expected, and repair only fixes (≤ 0.5 changes per 10,000
 * characters of correct text, ≥ 90% of naive damage fixed).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { conversionFigures, repairFigures } from '../bench/conversion-quality.js';

const figures = conversionFigures();
const byPair = (start: string) => figures.find((f) => f.pair.startsWith(start))!;

test('round trip on real Traditional text: tongwen is never worse than OpenCC', () => {
  for (const f of figures) {
    if (f.pair.includes('vocabulary')) continue;
    assert.ok(f.tongwen <= f.opencc + 0.5, `${f.pair}: tongwen ${f.tongwen.toFixed(1)} vs OpenCC ${f.opencc.toFixed(1)}`);
  }
});

test('round trip on the Taiwan VS Code text: at most one third of OpenCC’s error rate, as zh-TW and as zh-Hant', () => {
  for (const pair of ['VS Code zh-Hant (Taiwan) as zh-TW', 'VS Code zh-Hant (Taiwan) as zh-Hant']) {
    const f = byPair(pair);
    assert.ok(f.han > 30000, pair);
    assert.ok(f.ratio <= 1 / 3, `${pair}: ratio ${f.ratio.toFixed(2)}`);
  }
});

test('zh-TW news vocabulary: the team’s sentences come out as a Taiwan editor writes them', () => {
  const f = byPair('zh-TW news vocabulary');
  assert.equal(f.tongwen, 0);
  assert.ok(f.opencc > 0);
});

test('repair on real text: no change on correct Taiwan text (≤ 0.5 per 10,000), ≥ 90% of naive damage fixed', () => {
  const r = repairFigures();
  assert.ok(r.falseFixesPer10k <= 0.5, `false fixes ${r.falseFixesPer10k.toFixed(2)}`);
  assert.ok(r.damaged > 100);
  assert.ok(r.fixedShare >= 0.9, `fixed ${(r.fixedShare * 100).toFixed(1)}%`);
});
