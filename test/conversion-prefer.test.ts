/**
 * House style (`conversion: { prefer: [...] }`, src/conversion/prefer.ts):
 * read from the config with errors at their line; every form of every
 * choice applied in every Traditional variant, under both forms options,
 * and read back; learned from a fixture site's own Traditional articles
 * and applied by a build to the site's Simplified article.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import matter from 'gray-matter';
import { Builder, build } from '../src/build.js';
import { BuildError, formatError } from '../src/core/errors.js';
import { parseConfig } from '../src/config/config.js';
import { converter, variantConverter } from '../src/conversion/converters.js';
import { conversionKey, learnsPreferences, resolveLearned, variantConversion } from '../src/conversion/options.js';
import { PREFERENCE_CHOICES, learnPreferences, normalizePreferences } from '../src/conversion/prefer.js';
import type { VariantId } from '../src/conversion/variants.js';
import { heldByFile, readTree, sharedPool, tempDir, writeSite } from './helpers.js';

/** The process's shared worker pool (helpers.sharedPool), warm from other builds: what a worker converts must not depend on them. */
const pool = heldByFile(sharedPool);

/** Article `n` written in `lang` (for the `prefer: learn` sites). */
const article = (lang: string, body: string, n: number) => `---\ntitle: 第${n}篇\ndate: 2024-06-0${n}\nlang: ${lang}\n---\n${body}\n`;

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
  assert.deepEqual(errorsOf('conversion:\n  zh-TW:\n    prefer: 臺\n'), ['tongwen.config.yaml:3:13: config: conversion prefer must be a list of preferred forms |   hint: write prefer: [臺] (a list, in brackets), or prefer: learn']);
  assert.deepEqual(errorsOf('conversion:\n  prefer:\n    - 裡\n    - 裏\n'), [
    'tongwen.config.yaml:4:7: config: conversion prefer: "裏" and "裡" are two forms of one choice (裡/裏) |   hint: keep the one the site writes: prefer: [裡] or prefer: [裏]',
  ]);
  const [unknown] = errorsOf('conversion:\n  prefer: [xyz]\n');
  assert.match(unknown!, /^tongwen\.config\.yaml:2:12: config: conversion prefer: "xyz" is not a form tongwen can prefer \| {3}hint: write the forms the site writes, one per choice, e\.g\. prefer: \[臺, 甚麼\], or prefer: learn \(learned from the site's Traditional articles\); the choices: 臺灣\/台灣, 臺\/台, 裡\/裏/);
  assert.deepEqual(errorsOf('conversion:\n  prefer: [{ a: 1 }]\n'), ['tongwen.config.yaml:2:12: config: conversion prefer: each item must be a form such as 臺 |   hint: write the forms the site writes, one per choice, e.g. prefer: [臺, 甚麼], or prefer: learn (learned from the site\'s Traditional articles); the choices: ' + PREFERENCE_CHOICES.map((c) => c.id).join(', ')]);
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
  // 占卜 is 占 in every form.
  '占/佔': { simplified: '占有一席之地，占卜', want: { 占: '占有一席之地，占卜', 佔: '佔有一席之地，占卜' } },
  '拚/拼': { simplified: '大家一起打拼的拼劲', want: { 拚: '打拚的拚勁', 拼: '打拼的拼勁' } },
  '佈/布': { simplified: '宣布分布结果', want: { 佈: '宣佈分佈結果', 布: '宣布分布結果' } },
  // The Cantonese particle “all” (cantonese.ts): 晒 where a Cantonese writer writes it, OpenCC's 曬 by default.
  '曬/晒': { simplified: '唔该晒你', want: { 曬: '唔該曬你', 晒: '唔該晒你' } },
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

test('default house style (DEFAULT_PREFER, from the development texts): 臺 in Taiwan’s names on zh-TW and zh-Hant, 占 拚 on zh-TW, zh-HK as OpenCC’s Hong Kong forms; a named form wins; forms: opencc has none', () => {
  const text = '台湾的台北市在平台上，台美关系和台海和平，访台的驻台代表；占有一席之地，一起打拼；这里';
  assert.equal(variantConverter('zh-Hans', 'zh-TW', { quotes: false })(text), '臺灣的臺北市在平台上，臺美關係和臺海和平，訪臺的駐臺代表；占有一席之地，一起打拚；這裡');
  assert.equal(variantConverter('zh-Hans', 'zh-Hant', { quotes: false })(text), '臺灣的臺北市在平台上，臺美關係和臺海和平，訪臺的駐臺代表；佔有一席之地，一起打拼；這裡');
  assert.equal(variantConverter('zh-Hans', 'zh-HK', { quotes: false })(text), '台灣的台北市在平台上，台美關係和台海和平，訪台的駐台代表；佔有一席之地，一起打拼；這裏');
  // A site's own form wins its choice (the others stay default).
  assert.equal(variantConverter('zh-Hans', 'zh-TW', { quotes: false, prefer: ['台灣', '佔'] })(text), '台灣的台北市在平台上，台美關係和台海和平，訪台的駐台代表；佔有一席之地，一起打拚；這裡');
  assert.equal(variantConverter('zh-Hans', 'zh-HK', { quotes: false, prefer: ['裡'] })('这里'), '這裡');
  // OpenCC's forms: OpenCC's output.
  assert.equal(variantConverter('zh-Hans', 'zh-TW', { forms: 'opencc', vocabulary: 'computing', quotes: false })(text), converter('cn', 'twp')(text));
  // Read back: the writer's Simplified.
  for (const v of HANT) assert.equal(variantConverter(v, 'zh-Hans', { quotes: false })(variantConverter('zh-Hans', v, { quotes: false })(text)), text, v);
});

test('臺 names are not read inside words ending in 台 or after the measure word 台 (平台中, 控制台中, 一台电脑), nor cut out of 统一 …', () => {
  const tw = variantConverter('zh-Hans', 'zh-TW', { quotes: false });
  const cases: Array<[string, string]> = [
    ['在控制台中输入', '在控制台中輸入'],
    ['平台中的资料', '平台中的資料'],
    ['舞台中央', '舞台中央'],
    ['电视台电话', '電視台電話'],
    ['一台电脑，这台大型机器，3台电扇', '一台電腦，這台大型機器，3台電扇'],
    ['统一台湾', '統一臺灣'],
    ['之后台湾经济', '之後臺灣經濟'],
    ['许多台湾人', '許多臺灣人'],
    ['前台北市长', '前臺北市長'],
    ['日本与台湾交流', '日本與臺灣交流'],
    ['日本台湾的关系', '日本臺灣的關係'],
    ['舞台美术', '舞台美術'],
    ['驻台北代表处', '駐臺北代表處'],
  ];
  for (const [s, want] of cases) assert.equal(tw(s), want, s);
  // Under prefer: [臺灣, 臺] the guarded words are 臺 too, as OpenCC writes them.
  assert.equal(variantConverter('zh-Hans', 'zh-TW', { quotes: false, prefer: ['臺灣', '臺'] })('一台电脑在平台中'), '一臺電腦在平臺中');
});

test('names written with 台 by their owners keep it under every house style (台電, 台積電, 健康台灣, 日本台灣交流協會, 美國在台協會台北辦事處); 來臺 and 臺商 follow the name choice, 來颱風 and 來台上 stay words of their own', () => {
  const fixed: Array<[string, string]> = [
    ['台电公司出班人数', '台電公司出班人數'],
    ['台积电的工厂', '台積電的工廠'],
    ['健康台湾推动委员会', '健康台灣推動委員會'],
    ['日本台湾交流协会', '日本台灣交流協會'],
    ['美国在台协会台北办事处处长', '美國在台協會台北辦事處處長'],
  ];
  for (const v of ['zh-TW', 'zh-Hant', 'zh-HK'] as const) {
    for (const prefer of [undefined, ['臺灣'], ['台灣'], ['臺灣', '臺']]) {
      const conv = variantConverter('zh-Hans', v, { quotes: false, ...(prefer ? { prefer } : {}) });
      for (const [s, want] of fixed) {
        assert.equal(conv(s), want, `${v} ${prefer?.join(' ') ?? 'default'}: ${s}`);
        assert.equal(variantConverter(v, 'zh-Hans', { quotes: false, ...(prefer ? { prefer } : {}) })(want), s, `${v} back: ${want}`);
      }
    }
  }
  const tw = variantConverter('zh-Hans', 'zh-TW', { quotes: false });
  assert.equal(tw('欢迎他来台访问，台商也来了'), '歡迎他來臺訪問，臺商也來了');
  assert.equal(variantConverter('zh-Hans', 'zh-TW', { quotes: false, prefer: ['台灣'] })('欢迎他来台访问，台商也来了'), '歡迎他來台訪問，台商也來了');
  // 回臺 返臺 抵臺 對臺 臺澎 (helper conv2) follow the name choice too; 對台戲, 台下 and 台上 (a stage) stay 台.
  const names = '他回台投资，返台探亲，抵台访问；对台军售，保卫台澎金马';
  assert.equal(tw(names), '他回臺投資，返臺探親，抵臺訪問；對臺軍售，保衛臺澎金馬');
  assert.equal(variantConverter('zh-TW', 'zh-Hans', { quotes: false })(tw(names)), names);
  const taiStyle = variantConverter('zh-Hans', 'zh-TW', { quotes: false, prefer: ['台灣'] });
  assert.equal(taiStyle(names), '他回台投資，返台探親，抵台訪問；對台軍售，保衛台澎金馬');
  assert.equal(variantConverter('zh-TW', 'zh-Hans', { quotes: false, prefer: ['台灣'] })(taiStyle(names)), names);
  // A correction that holds a name word is cut whole before the name word (preset.ts preferSegmentation): 对台风 is a
  // typhoon, 对台风险 a risk to Taiwan, under every house style.
  for (const prefer of [undefined, ['台灣'], ['臺灣', '臺']]) {
    const conv = variantConverter('zh-Hans', 'zh-TW', { quotes: false, ...(prefer ? { prefer } : {}) });
    assert.equal(conv('各单位对台风做好准备'), '各單位對颱風做好準備', prefer?.join(' ') ?? 'default');
    assert.equal(conv('评估对台风险与来台风险'), prefer?.[0] === '台灣' ? '評估對台風險與來台風險' : '評估對臺風險與來臺風險', prefer?.join(' ') ?? 'default');
  }
  const stage = '唱对台戏，面对台下观众，再走回台上';
  assert.equal(tw(stage), '唱對台戲，面對台下觀眾，再走回台上');
  assert.equal(variantConverter('zh-TW', 'zh-Hans', { quotes: false })(tw(stage)), stage);
  for (const v of ['zh-TW', 'zh-Hant', 'zh-HK'] as const) {
    const conv = variantConverter('zh-Hans', v, { quotes: false });
    assert.equal(conv('未来台风带来台风雨'), '未來颱風帶來颱風雨', v);
    assert.equal(conv('请他来台上表演'), '請他來台上表演', v);
  }
  // Learning counts the fixed names for neither form: a text that writes only 台電 and 健康台灣 teaches nothing.
  assert.deepEqual(learnPreferences(['台電公司與健康台灣', '台電', '健康台灣', '台積電']).prefer, []);
});

test('拚 in 拚經濟 拚外交 拚到底 as in 打拚 (zh-TW default, or prefer: [拚]), 拼 under prefer: [拼] and on zh-HK; 打拼音 stays', () => {
  const text = '一起拼经济、拼外交，拼到底，一起打拼；用键盘打拼音';
  assert.equal(variantConverter('zh-Hans', 'zh-TW', { quotes: false })(text), '一起拚經濟、拚外交，拚到底，一起打拚；用鍵盤打拼音');
  assert.equal(variantConverter('zh-Hans', 'zh-Hant', { quotes: false, prefer: ['拚'] })(text), '一起拚經濟、拚外交，拚到底，一起打拚；用鍵盤打拼音');
  assert.equal(variantConverter('zh-Hans', 'zh-TW', { quotes: false, prefer: ['拼'] })(text), '一起拼經濟、拼外交，拼到底，一起打拼；用鍵盤打拼音');
  assert.equal(variantConverter('zh-Hans', 'zh-HK', { quotes: false })(text), '一起拼經濟、拼外交，拼到底，一起打拼；用鍵盤打拼音');
  for (const w of ['一起拚經濟、拚外交，拚到底，一起打拚；用鍵盤打拼音']) assert.equal(variantConverter('zh-TW', 'zh-Hans', { quotes: false })(w), text);
});

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
  // zh-TW pages in the house style; zh-Hant and zh-HK keep the default forms (zh-Hant: 臺 in names, zh-HK: 台).
  assert.equal(para('zh-tw'), '臺北市政府的平台上，大家在討論甚麼計畫。');
  assert.equal(para('zh-hant'), '臺北市政府的平台上，大家在討論什麼計劃。');
  assert.equal(para('zh-hk'), '台北市政府的平台上，大家在討論什麼計劃。');
  assert.equal(para('zh-hans'), '台北市政府的平台上，大家在讨论什么计划。');
});

// ---- prefer: learn ---------------------------------------------------------------------------

test('conversion.prefer: learn is read site-wide, per variant and among named forms; resolveLearned puts the learned forms under the named ones', () => {
  const c = parseConfig('conversion:\n  prefer: learn\n  zh-HK:\n    prefer: [learn, 裡]\n  zh-TW:\n    prefer: [臺]\n', 'tongwen.config.yaml').conversion!;
  assert.equal(c.learn, true);
  assert.deepEqual(c.prefer, []);
  assert.deepEqual(c.variants?.['zh-HK'], { prefer: ['裡'], learn: true });
  assert.ok(learnsPreferences(c));
  assert.ok(!learnsPreferences(parseConfig('conversion:\n  prefer: [臺]\n', 'tongwen.config.yaml').conversion));
  // Unresolved options keep a cache key of their own.
  assert.notEqual(conversionKey(c), conversionKey(parseConfig('conversion:\n  prefer: []\n', 'tongwen.config.yaml').conversion));
  const r = resolveLearned(c, { site: ['台', '裏', '什麼'], variants: { 'zh-HK': ['裏', '周'] } });
  assert.equal(r.learn, undefined);
  assert.deepEqual(r.prefer, ['台', '裏', '什麼']);
  // The variant learned 裏 and 周, and names 裡: the named form wins its choice.
  assert.deepEqual(r.variants?.['zh-HK'], { prefer: ['裡', '周'] });
  assert.deepEqual(variantConversion(r, 'zh-HK').prefer, ['台', '裡', '什麼', '周']);
  assert.deepEqual(variantConversion(r, 'zh-TW').prefer, ['臺', '裏', '什麼']);
  // Nothing learned: no preference at all, as without `learn`.
  assert.equal(resolveLearned({ ...c, variants: {} }, { site: [], variants: {} }).prefer, undefined);
  // A misspelt learn is an unknown form, at its place.
  assert.match(errorsOf('conversion:\n  prefer: [lern]\n')[0]!, /^tongwen\.config\.yaml:2:12: config: conversion prefer: "lern" is not a form tongwen can prefer/);
  assert.deepEqual(errorsOf('conversion:\n  zh-TW:\n    prefer: lern\n'), ['tongwen.config.yaml:3:13: config: conversion prefer must be a list of preferred forms |   hint: write prefer: [lern] (a list, in brackets), or prefer: learn']);
});

const LEARN_FIXTURE = join(fileURLToPath(import.meta.url), '..', '..', '..', 'test', 'fixtures', 'house-style-learn');

/** The first paragraph of a built article page's body. */
function firstParagraph(out: string, variant: string, slug: string): string {
  const html = readFileSync(join(out, variant, '2024', '06', slug, 'index.html'), 'utf8');
  return /<p>([^<]*)<\/p>/.exec(html.slice(html.indexOf('<article')))![1]!;
}

test('prefer: learn — a site whose Traditional articles write 台灣 裏 什麼 計劃 周 盡量 搜集 宣佈 gets those forms on its converted pages; code is not counted; the summary says what was learned', async () => {
  const root = writeSite(tempDir(), Object.fromEntries(['tongwen.config.yaml', ...readdirSync(join(LEARN_FIXTURE, 'content')).map((f) => `content/${f}`)].map((f) => [f, readFileSync(join(LEARN_FIXTURE, f))])));
  const out = join(tempDir(), 'out');
  const report = await build({ root, out, workers: 0 });
  // Every Traditional variant of the Simplified article in the house style (default zh-TW: 臺灣 臺北 週末 這裡 計畫 蒐集 下週 宣布).
  const styled = '台灣的台北市議會周末在這裏討論什麼計劃，會盡量搜集意見，下周宣佈。';
  for (const v of ['zh-tw', 'zh-hant', 'zh-hk']) assert.equal(firstParagraph(out, v, 'simplified'), styled, v);
  assert.equal(firstParagraph(out, 'zh-hans', 'simplified'), '台湾的台北市议会周末在这里讨论什么计划，会尽量搜集意见，下周宣布。');
  // The same article without the option: the variants' defaults.
  const plain = writeSite(tempDir(), { 'tongwen.config.yaml': 'title: t\ndefaultLang: zh-Hans\nvariants: [zh-Hans, zh-TW]\n', 'content/simplified.md': readFileSync(join(LEARN_FIXTURE, 'content', 'simplified.md')) });
  await build({ root: plain, out: join(plain, 'dist'), workers: 0 });
  assert.equal(firstParagraph(join(plain, 'dist'), 'zh-tw', 'simplified'), '臺灣的臺北市議會週末在這裡討論什麼計畫，會盡量蒐集意見，下週宣布。');
  // What was learned: the ten counted choices, from the three zh-TW articles (the code block's 裡 and 甚麼 not among them).
  assert.equal(report.houseStyle?.length, 1);
  const site = report.houseStyle![0]!;
  assert.equal(site.scope, 'site');
  assert.equal(site.articles, 3);
  assert.deepEqual(site.prefer, ['台灣', '裏', '什麼', '計劃', '周', '盡量', '搜集', '佈']);
  assert.deepEqual(site.choices.find((c) => c.choice === '裡/裏')!.counts, { 裡: 0, 裏: 3 });
  assert.deepEqual(site.choices.find((c) => c.choice === '甚麼/什麼')!.counts, { 甚麼: 0, 什麼: 3 });
  const { formatReport } = await import('../src/cli/report.js');
  assert.match(formatReport(report), /\nHouse style learned \(site-wide, from 3 Traditional articles\): 台灣 裏 什麼 計劃 周 盡量 搜集 佈 \(臺灣\/台灣 0:7 → 台灣; 裡\/裏 0:3 → 裏;/);
  // Deterministic: a second build (another output folder, in worker threads) is byte-identical.
  const again = join(tempDir(), 'again');
  await build({ root, out: again, pool: await pool() });
  const a = readTree(out);
  const b = readTree(again);
  assert.deepEqual([...a.keys()], [...b.keys()]);
  for (const [f, bytes] of a) if (f !== 'manifest.json') assert.ok(bytes.equals(b.get(f)!), f);
});

test('prefer: learn per variant learns from the articles written in that variant; check reports the learned style', async () => {
  const root = writeSite(tempDir(), {
    'tongwen.config.yaml': 'title: t\ndefaultLang: zh-Hans\nvariants: [zh-Hans, zh-TW, zh-HK]\nconversion:\n  zh-HK:\n    prefer: learn\n',
    // Hong Kong writers: 裡 and 週; Taiwan writers: 裏 (which must not reach zh-HK, nor anything reach zh-TW).
    'content/hk1.md': article('zh-HK', '這裡的人每週都來，那裡也是，每週一次。', 1),
    'content/hk2.md': article('zh-HK', '家裡說下週再談，週末休息。', 2),
    'content/tw1.md': article('zh-TW', '這裏這裏這裏這裏這裏。', 3),
    'content/cn.md': article('zh-Hans', '这里每周都开会。', 4),
  });
  const out = join(tempDir(), 'out');
  const report = await build({ root, out, workers: 0 });
  assert.deepEqual(report.houseStyle?.map((l) => [l.scope, l.articles, l.prefer]), [['zh-HK', 2, ['裡', '週']]]);
  assert.equal(firstParagraph(out, 'zh-hk', 'cn'), '這裡每週都開會。');
  // zh-HK's default (this one's 裏 and 周) and zh-TW's stay.
  assert.equal(firstParagraph(out, 'zh-tw', 'cn'), '這裡每週都開會。');
  const plain = (await build({ root: writeSite(tempDir(), { 'tongwen.config.yaml': 'title: t\ndefaultLang: zh-Hans\nvariants: [zh-Hans, zh-HK]\n', 'content/cn.md': article('zh-Hans', '这里每周都开会。', 4) }), out: join(tempDir(), 'p'), workers: 0 })).outDir;
  assert.equal(firstParagraph(plain, 'zh-hk', 'cn'), '這裏每周都開會。');
  const { checkSite } = await import('../src/commands/check.js');
  const { formatCheck } = await import('../src/cli/report.js');
  const checked = await checkSite(root, { workers: 0 });
  assert.deepEqual(checked.houseStyle?.map((l) => l.prefer), [['裡', '週']]);
  assert.ok(formatCheck(checked, root, false).includes('House style learned (zh-HK, from 2 Traditional articles in zh-HK): 裡 週 (裡/裏 3:0 → 裡; 週/周 5:0 → 週)'));
});

test('prefer: learn in a dev server: a body edit that changes the learned style rebuilds every page; one that does not stays a body edit', async () => {
  // (Automatic keywords read every article: without them a body edit can stay one.)
  const root = writeSite(tempDir(), {
    'tongwen.config.yaml': 'title: t\ndefaultLang: zh-Hans\nvariants: [zh-Hans, zh-TW]\nkeywords:\n  auto: false\nconversion:\n  prefer: learn\n',
    'content/a.md': article('zh-TW', '第一段。\n\n這裏這裏這裏，第二段。', 1),
    'content/b.md': article('zh-TW', '第一段。\n\n這裡這裡，第二段。', 2),
    'content/c.md': article('zh-Hans', '这里。', 3),
  });
  const out = join(tempDir(), 'out');
  const builder = new Builder({ root, out, cache: join(tempDir(), 'cache'), workers: 0 });
  const edit = (from: string, to: string) => {
    const path = join(root, 'content', 'a.md');
    writeFileSync(path, readFileSync(path, 'utf8').replace(from, to));
  };
  try {
    await builder.build();
    assert.equal(firstParagraph(out, 'zh-tw', 'c'), '這裏。');
    // 裏 3 to 裡 2 still: the style is the same, only the article's own pages are made.
    edit('第二段', '這段');
    const small = await builder.build({ changed: ['content/a.md'] });
    assert.equal(small.cache?.bodyEdit, true);
    // 裏 1 to 裡 2: the style now writes 裡, on the pages of every article converted into zh-TW.
    edit('這裏這裏這裏', '這裏');
    const flip = await builder.build({ changed: ['content/a.md'] });
    assert.notEqual(flip.cache?.bodyEdit, true);
    assert.deepEqual(flip.houseStyle![0]!.prefer, ['裡']);
    assert.equal(firstParagraph(out, 'zh-tw', 'c'), '這裡。');
    // And the output is a cold build's.
    const cold = join(tempDir(), 'cold');
    await build({ root, out: cold, workers: 0 });
    const warm = readTree(out);
    for (const [f, bytes] of readTree(cold)) if (f !== 'manifest.json') assert.ok(bytes.equals(warm.get(f)!), f);
  } finally {
    await builder.close();
  }
});
