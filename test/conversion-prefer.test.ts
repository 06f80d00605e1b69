/**
 * House style (`conversion: { prefer: [...] }`, src/conversion/prefer.ts):
 * read from the config with errors at their line; every form of every
 * choice applied in every Traditional variant, under both forms options,
 * and read back; learned from a fixture site's own Traditional articles
 * and applied by a build to the site's Simplified article.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import matter from 'gray-matter';
import { build } from '../src/build.js';
import { BuildError, formatError } from '../src/core/errors.js';
import { parseConfig } from '../src/config/config.js';
import { variantConverter } from '../src/conversion/converters.js';
import { conversionKey, variantConversion } from '../src/conversion/options.js';
import { PREFERENCE_CHOICES, learnPreferences, normalizePreferences } from '../src/conversion/prefer.js';
import type { VariantId } from '../src/conversion/variants.js';
import { tempDir, writeSite } from './helpers.js';

const HANT: VariantId[] = ['zh-Hant', 'zh-TW', 'zh-HK'];

function errorsOf(text: string): string[] {
  try {
    parseConfig(text, 'tongwen.config.yaml');
    return [];
  } catch (e) {
    assert.ok(e instanceof BuildError);
    return e.errors.map((x) => formatError(x).split('\n').slice(0, 2).join(' | '));
  }
}

test('conversion.prefer is read site-wide and per variant; a variant’s own choice wins', () => {
  const c = parseConfig('conversion:\n  prefer: [甚麼, 臺]\n  zh-HK:\n    prefer: [裡, 台]\n', 'tongwen.config.yaml').conversion!;
  // Canonical order (the order of the choices), whatever order the config lists them in.
  assert.deepEqual(c.prefer, ['臺', '甚麼']);
  assert.deepEqual(c.variants?.['zh-HK']?.prefer, ['台', '裡']);
  assert.deepEqual(variantConversion(c, 'zh-TW').prefer, ['臺', '甚麼']);
  assert.deepEqual(variantConversion(c, 'zh-HK').prefer, ['台', '裡', '甚麼']);
  // Without a preference the settings, and the cache key, are what they were.
  const plain = parseConfig('conversion:\n  forms: common\n', 'tongwen.config.yaml').conversion!;
  assert.equal(variantConversion(plain, 'zh-TW').prefer, undefined);
  assert.equal(conversionKey(plain), JSON.stringify(['common', 'news', true, []]));
  assert.notEqual(conversionKey(c), conversionKey(plain));
});

test('conversion.prefer mistakes: path:line:col, what is wrong, how to fix', () => {
  assert.deepEqual(errorsOf('conversion:\n  prefer: [臺, 臺北]\n'), [
    'tongwen.config.yaml:2:15: config: conversion prefer: "臺北" is not a form tongwen can prefer |   hint: did you mean one of 臺, 台 (the choice 臺/台)?',
  ]);
  assert.deepEqual(errorsOf('conversion:\n  zh-TW:\n    prefer: 臺\n'), ['tongwen.config.yaml:3:13: config: conversion prefer must be a list of preferred forms |   hint: write prefer: [臺] (a list, in brackets)']);
  assert.deepEqual(errorsOf('conversion:\n  prefer:\n    - 裡\n    - 裏\n'), [
    'tongwen.config.yaml:4:7: config: conversion prefer: "裏" and "裡" are two forms of one choice (裡/裏) |   hint: keep the one the site writes: prefer: [裡] or prefer: [裏]',
  ]);
  const [unknown] = errorsOf('conversion:\n  prefer: [xyz]\n');
  assert.match(unknown!, /^tongwen\.config\.yaml:2:12: config: conversion prefer: "xyz" is not a form tongwen can prefer \| {3}hint: write the forms the site writes, one per choice, e\.g\. prefer: \[臺, 甚麼\]; the choices: 臺灣\/台灣, 臺\/台, 裡\/裏/);
  assert.deepEqual(errorsOf('conversion:\n  prefer: [{ a: 1 }]\n'), ['tongwen.config.yaml:2:12: config: conversion prefer: each item must be a form such as 臺 |   hint: write the forms the site writes, one per choice, e.g. prefer: [臺, 甚麼]; the choices: ' + PREFERENCE_CHOICES.map((c) => c.id).join(', ')]);
  // A wrong preference fails the whole config (non-zero exit), with the other errors.
  assert.equal(errorsOf('conversion:\n  prefer: [臺]\n').length, 0);
});

/** For each choice: a Simplified sentence, and what each form writes (the part of the Traditional page to look for). */
const EXAMPLES: Record<string, { simplified: string; want: Record<string, string>; keeps?: [string, string] }> = {
  '臺灣/台灣': { simplified: '在台湾的台北市', want: { 臺灣: '在臺灣的臺北市', 台灣: '在台灣的台北市' } },
  // 天台 (a mountain, a county) is OpenCC's phrase with 台, and keeps it under 臺.
  '臺/台': { simplified: '公益平台，天台山', want: { 臺: '公益平臺，天台山', 台: '公益平台，天台山' } },
  '裡/裏': { simplified: '这里很好', want: { 裡: '這裡很好', 裏: '這裏很好' } },
  '甚麼/什麼': { simplified: '为什么不去', want: { 甚麼: '甚麼不去', 什麼: '什麼不去' } },
  '計畫/計劃': { simplified: '都市计划委员会', want: { 計畫: '都市計畫委員會', 計劃: '都市計劃委員會' } },
  '週/周': { simplified: '这个周末和下周', want: { 週: '週末和下週', 周: '周末和下周' } },
  '儘量/盡量': { simplified: '尽量尽快完成', want: { 儘量: '儘量儘快完成', 盡量: '盡量盡快完成' } },
  // 除了|解决 is no 了解: it stays under 瞭解.
  '瞭解/了解': { simplified: '了解情况，除了解决问题', want: { 瞭解: '瞭解情況，除了解決問題', 了解: '了解情況，除了解決問題' } },
  '蒐集/搜集': { simplified: '搜集资料', want: { 蒐集: '蒐集資料', 搜集: '搜集資料' } },
  // 沈 the surname stays.
  '沉/沈': { simplified: '变成沉积岩，沈先生很沉默', want: { 沉: '變成沉積岩，沈先生很沉默', 沈: '變成沈積岩，沈先生很沈默' } },
  '佈/布': { simplified: '宣布分布结果', want: { 佈: '宣佈分佈結果', 布: '宣布分布結果' } },
};

test('every choice has an example for each of its forms', () => {
  for (const c of PREFERENCE_CHOICES) {
    const e = EXAMPLES[c.id];
    assert.ok(e, c.id);
    assert.deepEqual(Object.keys(e.want).sort(), [...c.forms].sort(), c.id);
  }
});

for (const choice of PREFERENCE_CHOICES) {
  test(`house style ${choice.id}: each form in every Traditional variant, both forms options, and read back`, () => {
    const { simplified, want } = EXAMPLES[choice.id]!;
    for (const form of choice.forms) {
      for (const forms of ['common', 'opencc'] as const) {
        const options = { forms, quotes: false, prefer: [form] };
        for (const v of HANT) {
          const got = variantConverter('zh-Hans', v, options)(simplified);
          assert.ok(got.includes(want[form]!), `${v} (${forms}) prefer ${form}: ${simplified} → ${got}, lacks ${want[form]}`);
          // Simplified again: the writer's text.
          assert.equal(variantConverter(v, 'zh-Hans', options)(got), simplified, `${v} (${forms}) prefer ${form}: back`);
          // The same preference given for this variant only.
          assert.equal(variantConverter('zh-Hans', v, { forms, quotes: false, variants: { [v]: { prefer: [form] } } })(simplified), got, `${v}: per variant`);
        }
      }
      // Traditional text written in the house style, shown in another Traditional variant with the same house style.
      const tw = variantConverter('zh-Hans', 'zh-TW', { quotes: false, prefer: [form] })(simplified);
      const hk = variantConverter('zh-TW', 'zh-HK', { quotes: false, prefer: [form] })(tw);
      assert.ok(hk.includes(want[form]!), `zh-TW → zh-HK prefer ${form}: ${tw} → ${hk}`);
    }
  });
}

test('a preference changes only its own words: the rest of a page is the default conversion', () => {
  const text = '市政府发布通知，这里的群众为了法律程序，台湾的计划。';
  for (const v of HANT) {
    const plain = variantConverter('zh-Hans', v, { quotes: false })(text);
    const styled = variantConverter('zh-Hans', v, { quotes: false, prefer: ['臺灣'] })(text);
    const a = [...plain];
    const b = [...styled];
    assert.equal(a.length, b.length);
    const changed = a.map((c, i) => (c === b[i] ? '' : `${c}→${b[i]}`)).filter(Boolean);
    assert.deepEqual(changed, plain.includes('台灣') ? ['台→臺'] : [], `${v}: ${plain} / ${styled}`);
  }
});

test('learnPreferences: the form a text writes most, per choice; ties and rare choices stay default', () => {
  const learned = learnPreferences(['臺灣的臺北，臺灣大學', '平台上的台子，台上', '這裡和這裏', '甚麼甚麼什麼']);
  assert.deepEqual(learned.prefer, ['臺灣', '台', '甚麼']);
  const tai = learned.choices.find((c) => c.choice === '臺/台')!;
  // 臺 of 臺灣 and 臺北 counts for the names, not for 臺/台.
  assert.deepEqual(tai.counts, { 臺: 0, 台: 3 });
  assert.equal(learned.choices.find((c) => c.choice === '裡/裏')!.preferred, undefined);
  assert.deepEqual(learnPreferences([]).prefer, []);
  assert.deepEqual(normalizePreferences(['什麼', '臺', '甚麼']), ['臺', '甚麼']);
});

const FIXTURE = join(fileURLToPath(import.meta.url), '..', '..', '..', 'test', 'fixtures', 'house-style');

test('a fixture site: the house style learned from its Traditional articles, written to the config, reaches its Simplified article’s pages', async () => {
  // The Traditional-written articles need no conversion into Traditional: their counts give the house style.
  const files = readdirSync(join(FIXTURE, 'content')).sort();
  const byLang = new Map<string, string[]>();
  for (const f of files) {
    const { data, content } = matter(readFileSync(join(FIXTURE, 'content', f), 'utf8'));
    const lang = String(data.lang ?? 'zh-Hans');
    byLang.set(lang, [...(byLang.get(lang) ?? []), content]);
  }
  const learned = learnPreferences(byLang.get('zh-TW') ?? []);
  assert.deepEqual(learned.prefer, ['臺灣', '台', '甚麼', '計畫']);
  const config = readFileSync(join(FIXTURE, 'tongwen.config.yaml'), 'utf8');
  const root = writeSite(tempDir(), {
    'tongwen.config.yaml': `${config}conversion:\n  zh-TW:\n    prefer: [${learned.prefer.join(', ')}]\n`,
    ...Object.fromEntries(files.map((f) => [`content/${f}`, readFileSync(join(FIXTURE, 'content', f), 'utf8')])),
  });
  const out = join(root, 'dist');
  await build({ root, out });
  const para = (v: string) => {
    const html = readFileSync(join(out, v, '2024', '06', 'simplified', 'index.html'), 'utf8');
    return /<p>([^<]*)<\/p>/.exec(html.slice(html.indexOf('<article')))![1]!;
  };
  // zh-TW pages in the house style; zh-Hant and zh-HK keep the default forms.
  assert.equal(para('zh-tw'), '臺北市政府的平台上，大家在討論甚麼計畫。');
  assert.equal(para('zh-hant'), '台北市政府的平台上，大家在討論什麼計劃。');
  assert.equal(para('zh-hk'), '台北市政府的平台上，大家在討論什麼計劃。');
  assert.equal(para('zh-hans'), '台北市政府的平台上，大家在讨论什么计划。');
});
