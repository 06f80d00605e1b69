/**
 * `-{…}-` markup as strings: scanning, MediaWiki's fallbacks, rendering.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chooseForm, markupProblems, renderSegments, scanMarkup, type Segment } from '../src/conversion/markup.js';
import { variantText } from '../src/conversion/text.js';
import { VARIANT_IDS, type VariantId } from '../src/conversion/variants.js';

test('-{text}- and -{R|text}- keep their text as written; text around them is prose', () => {
  assert.deepEqual(scanMarkup('前-{微软}-后-{R|鼠标}-。').segments, [
    { kind: 'text', text: '前' },
    { kind: 'raw', text: '微软' },
    { kind: 'text', text: '后' },
    { kind: 'raw', text: '鼠标' },
    { kind: 'text', text: '。' },
  ]);
});

test('per-variant forms are read with MediaWiki’s syntax: any case, spaces, trailing semicolon, semicolons inside a form', () => {
  const [choice] = scanMarkup('-{ zh-hans:计算机; ZH-HANT : 電腦 ;zh-TW:電;腦;}-').segments;
  assert.deepEqual(choice, { kind: 'choice', forms: { 'zh-Hans': '计算机', 'zh-Hant': '電腦', 'zh-TW': '電;腦' } });
});

test('text that does not start with a variant code is kept as written, colons included', () => {
  assert.deepEqual(scanMarkup('-{注意：zh-Hans:不是选择}-').segments, [{ kind: 'raw', text: '注意：zh-Hans:不是选择' }]);
});

test('markup problems: unknown variant, a variant twice, unsupported flags, nesting, unclosed -{', () => {
  const messages = (text: string) => markupProblems(text).map((p) => `${p.offset}: ${p.message}`);
  assert.deepEqual(messages('甲-{zh-SG:电脑;zh-Hans:计算机}-'), ['1: unknown variant "zh-SG" in -{…}-']);
  assert.deepEqual(messages('-{zh-Hans:甲;zh-hans:乙}-'), ['0: variant zh-Hans is given twice in -{…}-']);
  assert.deepEqual(messages('-{H|zh-Hans:甲;zh-Hant:乙}-'), ['0: -{H|…}-: MediaWiki flag H is not supported']);
  assert.deepEqual(messages('-{甲-{乙}-丙}-'), ['3: -{ inside -{…}- is not supported']);
  assert.deepEqual(messages('標題-{未完'), ['2: -{ is never closed with }-']);
  assert.deepEqual(messages('沒有標記的}-文字'), []);
});

test('a text that continues an open -{ keeps everything up to }- as written', () => {
  const r = scanMarkup('公司}-之后', true);
  assert.deepEqual(r.segments, [{ kind: 'raw', text: '公司' }, { kind: 'text', text: '之后' }]);
  assert.equal(r.open, undefined);
  const whole = scanMarkup('全部保留', true);
  assert.deepEqual(whole.open, { offset: -1, content: '全部保留' });
});

/** MediaWiki's fallbacks, as the issue states them. */
const FALLBACK_ORDER: Record<VariantId, VariantId[]> = {
  'zh-TW': ['zh-TW', 'zh-Hant', 'zh-HK'],
  'zh-HK': ['zh-HK', 'zh-Hant', 'zh-TW'],
  'zh-Hant': ['zh-Hant', 'zh-TW', 'zh-HK'],
  'zh-CN': ['zh-CN', 'zh-Hans'],
  'zh-Hans': ['zh-Hans', 'zh-CN'],
};

for (const target of VARIANT_IDS) {
  test(`fallbacks for ${target}: ${FALLBACK_ORDER[target].join(' → ')}, each form used as written`, () => {
    const order = FALLBACK_ORDER[target];
    for (let k = 0; k < order.length; k++) {
      // Give only the forms from position k of the chain on: the first of them must win.
      const forms: Partial<Record<VariantId, string>> = {};
      for (const v of order.slice(k)) forms[v] = `form-${v}`;
      assert.deepEqual(chooseForm(forms, target), { text: `form-${order[k]}`, from: order[k], exact: true });
    }
  });
}

test('with no form of its own script, a variant converts the nearest form of the other script', () => {
  assert.deepEqual(chooseForm({ 'zh-Hans': '计算机', 'zh-CN': '电脑' }, 'zh-TW'), { text: '计算机', from: 'zh-Hans', exact: false });
  assert.deepEqual(chooseForm({ 'zh-CN': '电脑' }, 'zh-HK'), { text: '电脑', from: 'zh-CN', exact: false });
  assert.deepEqual(chooseForm({ 'zh-HK': '電腦', 'zh-TW': '計算機' }, 'zh-Hans'), { text: '計算機', from: 'zh-TW', exact: false });
  assert.equal(chooseForm({}, 'zh-Hans'), undefined);
  // Rendered through the real converters: the zh-Hans form becomes Taiwan's word.
  const segments: Segment[] = [{ kind: 'choice', forms: { 'zh-Hans': '鼠标' } }];
  assert.equal(variantText({ from: 'zh-Hans', to: 'zh-TW' }).markup(segments), '滑鼠');
  assert.equal(variantText({ from: 'zh-Hant', to: 'zh-TW' }).markup(segments), '滑鼠');
});

test('renderSegments converts prose only and never prints the markup', () => {
  const segments = scanMarkup('鼠标-{鼠标}--{zh-Hans:内存;zh-Hant:記憶體}-').segments;
  const upper = (t: string) => `[${t}]`;
  assert.equal(renderSegments(segments, 'zh-Hant', upper, upper), '[鼠标]鼠标記憶體');
  assert.equal(renderSegments(segments, 'zh-CN', upper, upper), '[鼠标]鼠标内存');
});
