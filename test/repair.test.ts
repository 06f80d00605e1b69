/**
 * Source repair: naively converted Traditional text is normalized, correct
 * text is left alone, stray Traditional characters in Simplified text are
 * converted; `repair: true` per site and per article.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from '../src/build.js';
import { BuildError, formatError } from '../src/core/errors.js';
import { repairer, repairSuggestions } from '../src/conversion/repair.js';
import { REPO, article, tempDir, writeSite } from './helpers.js';

const seed = (await import(pathToFileURL(join(REPO, 'bench', 'seed-text.mjs')).href)) as { TRAD_SENTENCES: string[]; TRAD_HEADINGS: string[] };

/** A paragraph of the naively converted news text of the benchmark corpus. */
const NEWS = seed.TRAD_SENTENCES.slice(0, 12).join('');

/** Correct Traditional text full of one-to-many characters and TW/HK variant spellings. */
const CORRECT =
  '於是他在後來的發言中提到，皇后與太后的頭髮都已花白。乾淨的房間裡面有一張臺灣製造的桌子，著名作家于右任的書法被掛在牆上。' +
  '我們瞭解這個系統的複雜性，也明白麵包和麵條的區別。他週末去公園散步，鐘錶店的老闆姓鍾。這台機器的乾燥功能很好，颱風過後天氣晴朗。' +
  '她把舊衣服捐給了慈善機構，並用剩餘的錢買了藥。為此，集群才會宣布擴建計劃，繞地球五周。';

test('repair fixes the naive conversions named in the issue: 對于, 盡管, 并用, 云服務, 背后', () => {
  const fix = repairer('zh-Hant');
  assert.equal(fix('對于這件事'), '對於這件事');
  assert.equal(fix('盡管如此'), '儘管如此');
  assert.equal(fix('TPU和GPU并用'), 'TPU和GPU並用');
  assert.equal(fix('谷歌的云服務'), '谷歌的雲服務');
  assert.equal(fix('背后的金主'), '背後的金主');
});

test('repair normalizes a paragraph of naively converted news text', () => {
  const fixed = repairer('zh-Hant')(NEWS);
  for (const wrong of ['對于', '盡管', '背后', '用于', '基于', '之后', '輕松', '機柜', '采購']) assert.ok(NEWS.includes(wrong), `the sample lacks ${wrong}`);
  for (const wrong of ['對于', '盡管', '背后', '用于', '基于', '之后', '輕松', '機柜', '采購']) assert.ok(!fixed.includes(wrong), `${wrong} is still there`);
  for (const right of ['對於', '儘管', '背後', '用於', '基於', '之後', '輕鬆', '機櫃', '採購']) assert.ok(fixed.includes(right), `${right} is missing`);
  // Only characters change, never the length or anything else.
  assert.equal([...fixed].length, [...NEWS].length);
  const changed = [...NEWS].filter((c, i) => c !== [...fixed][i]!);
  assert.deepEqual([...new Set(changed)].sort(), ['于', '后', '柜', '松', '盡', '采'].sort());
});

test('repair leaves correct Traditional text as written, in every Traditional variant', () => {
  for (const lang of ['zh-Hant', 'zh-TW', 'zh-HK'] as const) assert.equal(repairer(lang)(CORRECT), CORRECT, lang);
});

test('a change between two Traditional forms needs a word: OpenCC phrase fragments (并为, 半只) do not damage correct text', () => {
  const fix = repairer('zh-Hant');
  // The round trip alone gives 併爲此 and 多半隻負責: its greedy segmentation matches 并为 (of 合并为) and 半只 (半隻).
  assert.equal(fix('他並為此付出代價，多半只負責技術。'), '他並為此付出代價，多半只負責技術。');
  assert.deepEqual(repairSuggestions('他並為此付出代價，多半只負責技術。', 'zh-Hant'), []);
  // Where the new form makes a word, the change stays: 合併, 輕鬆, 頭髮, 乾淨, 儘管.
  assert.equal(fix('兩家公司合並為一家，輕松上市，頭發干淨，盡管如此'), '兩家公司合併為一家，輕鬆上市，頭髮乾淨，儘管如此');
});

test('repair converts stray Traditional characters of Simplified text and leaves correct Simplified text alone', () => {
  const fix = repairer('zh-Hans');
  assert.equal(fix('深圳市發布了报告，會議在後天舉行。'), '深圳市发布了报告，会议在后天举行。');
  const correct = '深圳市中小企业公共服务平台今天发布了报告。著名作家于右任的书法，乾隆年间的瓷器，皇后和太后都在后面。';
  assert.equal(fix(correct), correct);
});

test('suggestions name each place repair would change (for tongwen check)', () => {
  assert.deepEqual(repairSuggestions('但對于馬斯克', 'zh-Hant'), [{ offset: 2, from: '對于馬', to: '對於馬' }]);
  assert.deepEqual(repairSuggestions(CORRECT, 'zh-Hant'), []);
});

test('repair: true in the config normalizes every article; repair: false in front matter opts one out', async () => {
  const heading = seed.TRAD_HEADINGS[2]!; // TPU和GPU并用,谷歌的Hypercomputer
  const root = writeSite(tempDir(), {
    'tongwen.config.yaml': 'repair: true\nvariants: [zh-Hant, zh-Hans]\n',
    'content/a.md': article({ title: heading, date: '2024-06-26' }, `${NEWS}\n`),
    'content/b.md': article({ title: heading, date: '2024-06-27', repair: 'false' }, `${NEWS}\n`),
  });
  const out = join(root, 'dist');
  await build({ root, out });
  const a = readFileSync(join(out, 'zh-hant', '2024', '06', 'a', 'index.html'), 'utf8');
  assert.match(a, /<h1[^>]*>TPU和GPU並用,谷歌的Hypercomputer<\/h1>/);
  assert.ok(a.includes('儘管有兩家供應商') && a.includes('對於馬斯克') && a.includes('背後的金主'));
  const b = readFileSync(join(out, 'zh-hant', '2024', '06', 'b', 'index.html'), 'utf8');
  assert.ok(b.includes('TPU和GPU并用') && b.includes('盡管有兩家供應商'));
});

test('repair: true in one article’s front matter; a wrong value is an error at its line', async () => {
  const root = writeSite(tempDir(), {
    'content/a.md': article({ title: '谷歌的云服務', date: '2024-06-26', repair: 'true' }, '背后的原因。\n'),
  });
  const out = join(root, 'dist');
  await build({ root, out });
  const a = readFileSync(join(out, 'zh-hant', '2024', '06', 'a', 'index.html'), 'utf8');
  assert.ok(a.includes('谷歌的雲服務') && a.includes('<p>背後的原因。</p>'));
  writeSite(root, { 'content/a.md': article({ title: '標題', date: '2024-06-26', repair: 'yes' }) });
  await assert.rejects(build({ root, out }), (e: unknown) =>
    e instanceof BuildError && formatError(e.errors[0]!) === 'content/a.md:4:9: metadata: repair must be true or false\n  hint: write `repair: true` to normalize text produced by naive character conversion');
});

test('repair only fixes: correct Taiwan text from the issue’s tech blog is left as written (更複雜, 知道裡面, 遊戲, 對表格, 回復/回覆)', () => {
  for (const v of ['zh-TW', 'zh-Hant', 'zh-HK'] as const) {
    const fix = repairer(v);
    for (const text of ['這比以前更複雜了', '我不知道裡面有什麼', '玩遊戲的時間', '請對表格進行檢查', '我回復了他的郵件，他的回覆很快', '控制是否顯示折疊功能', '請為自訂工作使用名稱，並為延伸模組提供的工作使用名稱', '深入了解情況']) {
      assert.equal(fix(text), text, `${v}: ${text}`);
    }
  }
});

test('repair still fixes naive conversions that change one Traditional form into another (盡管 → 儘管, 輕松 → 輕鬆, 頭發 → 頭髮)', () => {
  const fix = repairer('zh-Hant');
  assert.equal(fix('盡管如此'), '儘管如此');
  assert.equal(fix('工作很輕松'), '工作很輕鬆');
  assert.equal(fix('她的頭發很長'), '她的頭髮很長');
});

test('repair leaves the words real Hong Kong and Taiwan text writes: 匯報, 系數, 盡量, 布局 (found on the Hong Kong Government press text)', () => {
  for (const v of ['zh-Hant', 'zh-TW', 'zh-HK'] as const) {
    const text = '有關銀行已向金管局匯報事件，塗上防曬系數為十五的防曬液，盡量提早布局，盡快求醫。';
    assert.equal(repairer(v)(text), text, v);
  }
  // Naive damage next to them is still fixed.
  assert.equal(repairer('zh-HK')('盡管向金管局匯報'), '儘管向金管局匯報');
});

test('repair leaves Taiwan text’s own 里 范 准 and 自製 水表 製氨 (found on the Taiwan sprint and exam text), and still fixes 這里 范圍 標准', () => {
  const fix = repairer('zh-TW');
  for (const text of ['頂新里辦公處，土城區頂福里', '基本上我不贊成范老師的意見', '審查核准', '提高自製頻道的節目製播率', '每月水表度數', '由氮及氫以哈柏法製氨']) {
    assert.equal(fix(text), text);
  }
  assert.equal(fix('這里的范圍和標准'), '這裡的範圍和標準');
});

test('repair leaves 海裡 (“in the sea”) and the Taiwanese 斗內 as written (found on the Taiwan sentence-collector text), and still fixes naive 頭發 輕松', () => {
  const fix = repairer('zh-TW');
  for (const text of ['不能隨便灑骨灰到海裡', '像實況主斗內那樣']) assert.equal(fix(text), text);
  assert.equal(fix('頭發很輕松'), '頭髮很輕鬆');
  assert.equal(fix('戰斗力'), '戰鬥力');
});
