/**
 * Search: the build-time character map and the browser's own search code
 * (templates/assets/search.js, run here in a VM context without a DOM) on the
 * search data of a built fixture site.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { build } from '../src/build.js';
import { charMap, searchNormalizer } from '../src/search/search-data.js';
import { REPO, tempDir } from './helpers.js';
import { keywordSite } from './keywords-fixture.js';

interface Prepared { home: string; keywords: Array<{ name: string; slug: string }>; articles: Array<{ title: string; path: string }> }
interface Result { terms: string[]; keywords: Array<{ name: string; slug: string; count: number }>; articles: Array<{ title: string; path: string; day: string }>; total: number }
interface SearchApi {
  makeNormalizer(map: string): (text: string) => string;
  prepare(data: unknown): Prepared;
  search(index: Prepared, query: string, limit?: number): Result;
}

function browserSearch(): SearchApi {
  const code = readFileSync(join(REPO, 'templates', 'assets', 'search.js'), 'utf8');
  const sandbox: Record<string, unknown> = {};
  sandbox.globalThis = sandbox;
  runInNewContext(code, sandbox);
  const api = sandbox.TongwenSearch as SearchApi;
  // Results come from another realm: copy them into this one for deepEqual.
  return { ...api, search: (index, query, limit) => JSON.parse(JSON.stringify(api.search(index, query, limit))) as Result };
}

let built: Promise<string> | undefined;
function site(): Promise<string> {
  built ??= (async () => {
    const out = join(tempDir(), 'out');
    await build({ root: keywordSite(), out, workers: 0 });
    return out;
  })();
  return built;
}

async function index(variant: 'zh-hant' | 'zh-hans') {
  const api = browserSearch();
  const data = JSON.parse(readFileSync(join(await site(), variant, 'search.json'), 'utf8')) as unknown;
  return { api, data, index: api.prepare(data) };
}

test('the character map normalizes Traditional to Simplified, only for characters that change', () => {
  const map = charMap([['英偉達發布數據中心', 'zh-Hant'], ['英伟达', 'zh-Hans']]);
  const norm = searchNormalizer(map);
  assert.equal(norm('英偉達'), '英伟达');
  assert.equal(norm('數據中心'), '数据中心');
  assert.equal(norm('ＧＰＵ'), 'gpu');
  assert.ok(!Array.from(map).some((ch, i, all) => i % 2 === 0 && ch === all[i + 1]), 'no identity pairs');
  // A Traditional character whose Simplified form occurs only in Simplified text is mapped too.
  const simplifiedOnly = searchNormalizer(charMap([['台积电扩产', 'zh-Hans']]));
  assert.equal(simplifiedOnly('台積電擴產'), '台积电扩产');
});

test('the character map never chains or swaps characters, so query and index normalize alike', () => {
  // 喫茶 in a Simplified article and 吃 elsewhere, on a site with a Taiwan variant:
  // both 吃 and 喫 must normalize to one character, not to each other.
  const texts: Array<[string, 'zh-TW' | 'zh-Hans']> = [['吃饭', 'zh-Hans'], ['喫茶店', 'zh-Hans'], ['吃飯', 'zh-TW'], ['吃茶店', 'zh-TW']];
  const norm = searchNormalizer(charMap(texts));
  assert.equal(norm('喫茶'), norm('吃茶'));
  // Traditional characters typed in a Simplified article are mapped too (a zh-Hans-only site).
  assert.equal(searchNormalizer(charMap([['英偉達财报', 'zh-Hans']]))('英伟达'), '英伟达');
  assert.equal(searchNormalizer(charMap([['英偉達财报', 'zh-Hans']]))('英偉達'), '英伟达');
  // Idempotent over every CJK character, whatever the variants (OpenCC's 薴→苧→苎 is one step here).
  let all = '';
  for (let c = 0x4e00; c <= 0x9fff; c++) all += String.fromCodePoint(c);
  for (const variants of [['zh-Hant', 'zh-Hans'], ['zh-TW', 'zh-Hans'], ['zh-HK', 'zh-CN'], ['zh-Hans']] as const) {
    const map = charMap(variants.map((v): [string, (typeof variants)[number]] => [all, v]));
    const pairs = new Map<string, string>();
    const cps = Array.from(map);
    for (let i = 0; i + 1 < cps.length; i += 2) pairs.set(cps[i]!, cps[i + 1]!);
    const chained = [...pairs].filter(([, to]) => pairs.has(to)).map(([from, to]) => `${from}→${to}→${pairs.get(to)!}`);
    assert.deepEqual(chained, [], variants.join(','));
  }
});

test('the browser normalizer agrees with the build-time one', async () => {
  const { api, data } = await index('zh-hant');
  const map = (data as { map: string }).map;
  const js = api.makeNormalizer(map);
  const ts = searchNormalizer(map);
  for (const text of ['英偉達發布新一代數據中心GPU', 'ＧＰＵ', '台積電擴產', 'Apple 半導體']) assert.equal(js(text), ts(text));
});

test('a Simplified query on the zh-Hant page finds the Traditional article, shown in Traditional', async () => {
  const { api, index: idx } = await index('zh-hant');
  const r = api.search(idx, '英伟达');
  const titles = r.articles.map((a) => a.title);
  assert.ok(titles.includes('英偉達發布新一代數據中心GPU'), titles.join(' / '));
  assert.ok(titles.includes('英偉達股價創新高'), 'the Simplified article, in Traditional');
  assert.equal(r.keywords[0]!.name, '英偉達');
  assert.equal(r.keywords[0]!.slug, 'ying-wei-da');
});

test('a Traditional query on the zh-Hans page finds the same articles, shown in Simplified', async () => {
  const hans = await index('zh-hans');
  const hant = await index('zh-hant');
  const fromHans = hans.api.search(hans.index, '英偉達').articles.map((a) => a.path);
  const fromHant = hant.api.search(hant.index, '英伟达').articles.map((a) => a.path);
  assert.deepEqual(fromHans, fromHant);
  assert.ok(hans.api.search(hans.index, '英偉達').articles.every((a) => !/[偉達發]/.test(a.title)));
});

test('substring queries match Chinese inside words: 偉達 finds 英偉達', async () => {
  const { api, index: idx } = await index('zh-hant');
  const r = api.search(idx, '偉達');
  assert.ok(r.articles.length >= 2);
  assert.ok(r.keywords.some((k) => k.name === '英偉達'));
  const partial = api.search(idx, '積電').articles.map((a) => a.title);
  assert.ok(partial.includes('台積電擴產'));
});

test('Latin queries ignore case and width', async () => {
  const { api, index: idx } = await index('zh-hans');
  const a = api.search(idx, 'gpu').articles.map((x) => x.path);
  assert.deepEqual(api.search(idx, 'GPU').articles.map((x) => x.path), a);
  assert.deepEqual(api.search(idx, 'ＧＰＵ').articles.map((x) => x.path), a);
  assert.equal(api.search(idx, 'gpu').total, 3);
});

test('ranking: keyword exact before keyword substring before title only, newer first', async () => {
  const { api, index: idx } = await index('zh-hans');
  // 数据中心 is a written keyword of two articles (exact) and an automatic one of a third, older one.
  const r = api.search(idx, '数据中心');
  const paths = r.articles.map((a) => a.path);
  const exact = ['2024/06/nvidia-dc-gpu/', '2024/05/liquid-cooling/'];
  assert.deepEqual(paths.slice(0, 2), exact, 'keyword matches first, newer first among them');
  // Every term must match: 数据中心 + 液冷 leaves only articles with both.
  const both = api.search(idx, '数据中心 液冷').articles.map((a) => a.path);
  assert.ok(both.includes('2024/05/liquid-cooling/'));
  assert.ok(!both.includes('2024/06/nvidia-dc-gpu/'));
  assert.equal(api.search(idx, '不存在的词').total, 0);
  assert.equal(api.search(idx, '   ').terms.length, 0);
});

test('ranking tiers on hand-made data: exact keyword, then keyword substring, then title only; newer first within a tier', () => {
  const api = browserSearch();
  const data = {
    v: 1, home: '/news/zh-hans/', map: '',
    k: [['液冷', 'ye-leng', 2, []], ['液冷技术', 'ye-leng-ji-shu', 1, []], ['液冷机柜', 'ye-leng-ji-gui', 1, []]],
    // Newest first, as the build writes them.
    a: [
      ['标题提到液冷', 'a/', '2024-06-05', []],
      ['子串一', 'b/', '2024-06-04', [1]],
      ['精确一', 'c/', '2024-06-03', [0]],
      ['子串二', 'd/', '2024-06-02', [2]],
      ['精确二', 'e/', '2024-06-01', [0, 1]],
      ['子串三', 'f/', '2024-05-01', [2]],
    ],
  };
  const idx = api.prepare(data);
  const r = api.search(idx, '液冷');
  assert.deepEqual(r.articles.map((a) => a.path), ['c/', 'e/', 'b/', 'd/', 'f/', 'a/']);
  assert.deepEqual(r.keywords.map((k) => k.slug), ['ye-leng', 'ye-leng-ji-shu', 'ye-leng-ji-gui'], 'exact keyword first, then by count');
  assert.equal(r.total, 6);
  assert.deepEqual(api.search(idx, '液冷', 2).articles.map((a) => a.path), ['c/', 'e/'], 'limit');
  assert.deepEqual(api.search(idx, '机柜').articles.map((a) => a.path), ['d/', 'f/']);
});

test('Latin terms match at the start of a word, Chinese terms anywhere', () => {
  const api = browserSearch();
  const idx = api.prepare({
    v: 1, home: '/zh-hans/', map: '',
    k: [['email', 'email', 1, []], ['ai芯片', 'ai-xin-pian', 1, []]],
    a: [
      ['台湾email营销', 'a/', '2024-06-03', [0]],
      ['新一代ai服务器', 'b/', '2024-06-02', []],
      ['ai芯片出货', 'c/', '2024-06-01', [1]],
    ],
  });
  assert.deepEqual(api.search(idx, 'ai').articles.map((a) => a.path), ['c/', 'b/'], 'not "email", not "taiwan"');
  assert.deepEqual(api.search(idx, '芯片').articles.map((a) => a.path), ['c/']);
  assert.deepEqual(api.search(idx, 'mail').articles.map((a) => a.path), [], 'inside a Latin word');
  assert.deepEqual(api.search(idx, '湾').articles.map((a) => a.path), ['a/'], 'inside Chinese text');
});
