/**
 * Regional variants: a site building all five variants, each under its own
 * URL prefix with its own lang and hreflang, each converted with the right
 * OpenCC pair (Taiwan and Hong Kong phrases, both directions).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from '../src/build.js';
import { article, headLinks, tempDir, writeSite } from './helpers.js';

const VARIANTS = ['zh-Hant', 'zh-Hans', 'zh-TW', 'zh-HK', 'zh-CN'] as const;

/** `conversion: { forms: opencc, vocabulary: computing }` gives OpenCC's own pairs. */
async function fiveVariantSite(conversion = 'conversion: { forms: opencc, vocabulary: computing }\n'): Promise<string> {
  const root = writeSite(tempDir(), {
    'tongwen.config.yaml': `baseUrl: https://news.example.org/\nvariants: [zh-Hant, zh-Hans, zh-TW, zh-HK, zh-CN]\ndefaultLang: zh-Hans\n${conversion}`,
    'content/mainland.md': article({ title: '鼠标和软件的信息', date: '2024-06-26' }, '用鼠标打开软件，查看内存信息。\n'),
    'content/taiwan.md': article({ title: '滑鼠與軟體', date: '2024-06-27', lang: 'zh-TW' }, '用滑鼠開啟軟體，檢視記憶體資訊。\n'),
  });
  const out = join(root, 'dist');
  await build({ root, out });
  return out;
}

test('all five variants build, each under its own lower-case prefix, with lang, canonical and hreflang for every variant', async () => {
  const out = await fiveVariantSite();
  for (const v of VARIANTS) {
    const html = readFileSync(join(out, v.toLowerCase(), '2024', '06', 'mainland', 'index.html'), 'utf8');
    assert.match(html, new RegExp(`<html lang="${v}">`));
    const { canonical, alternates } = headLinks(html);
    assert.deepEqual(canonical, [`https://news.example.org/${v.toLowerCase()}/2024/06/mainland/`]);
    assert.deepEqual([...alternates.keys()].sort(), [...VARIANTS, 'x-default'].sort());
    for (const w of VARIANTS) assert.equal(alternates.get(w), `https://news.example.org/${w.toLowerCase()}/2024/06/mainland/`);
    assert.equal(alternates.get('x-default'), 'https://news.example.org/zh-hant/2024/06/mainland/');
  }
  const sitemap = readFileSync(join(out, 'sitemap.xml'), 'utf8');
  for (const v of VARIANTS) assert.ok(sitemap.includes(`<loc>https://news.example.org/${v.toLowerCase()}/2024/06/taiwan/</loc>`), v);
});

test('with OpenCC’s forms and computing vocabulary each variant reads in OpenCC’s standard: Taiwan and Hong Kong phrases, both from Simplified and from a zh-TW source', async () => {
  const out = await fiveVariantSite();
  const body = (v: string, slug: string) => {
    const html = readFileSync(join(out, v.toLowerCase(), '2024', '06', slug, 'index.html'), 'utf8');
    return /<p>([^<]*)<\/p>/.exec(html.slice(html.indexOf('<article')))![1];
  };
  assert.deepEqual(Object.fromEntries(VARIANTS.map((v) => [v, body(v, 'mainland')])), {
    'zh-Hant': '用鼠標打開軟件，查看內存信息。',
    'zh-Hans': '用鼠标打开软件，查看内存信息。',
    'zh-TW': '用滑鼠開啟軟體，檢視記憶體資訊。',
    'zh-HK': '用鼠標打開軟件，查看內存信息。',
    'zh-CN': '用鼠标打开软件，查看内存信息。',
  });
  // zh-TW source: Taiwan phrases are taken back (滑鼠 → 鼠标, 軟體 → 软件) into Simplified (OpenCC's tw2sp);
  // between Traditional variants only characters change (tw2t: 啟 → 啓), so the author's vocabulary stays.
  assert.deepEqual(Object.fromEntries(VARIANTS.map((v) => [v, body(v, 'taiwan')])), {
    'zh-Hant': '用滑鼠開啓軟體，檢視記憶體資訊。',
    'zh-Hans': '用鼠标打开软件，查看内存信息。',
    'zh-TW': '用滑鼠開啟軟體，檢視記憶體資訊。',
    'zh-HK': '用滑鼠開啓軟體，檢視記憶體資訊。',
    'zh-CN': '用鼠标打开软件，查看内存信息。',
  });
});

test('by default (common forms, news vocabulary) zh-TW gets Taiwan words only where the sense is clear, and zh-Hant the forms readers write', async () => {
  const out = await fiveVariantSite('');
  const body = (v: string, slug: string) => {
    const html = readFileSync(join(out, v.toLowerCase(), '2024', '06', slug, 'index.html'), 'utf8');
    return /<p>([^<]*)<\/p>/.exec(html.slice(html.indexOf('<article')))![1];
  };
  // 鼠标, 软件, 内存 have one sense; 打开, 查看, 信息 are general words and stay.
  assert.equal(body('zh-TW', 'mainland'), '用滑鼠打開軟體，查看記憶體信息。');
  assert.equal(body('zh-Hant', 'mainland'), '用鼠標打開軟件，查看內存信息。');
  // zh-TW source on zh-Hant pages: the author's words and Taiwan's forms (開啟, not OpenCC's 開啓).
  assert.equal(body('zh-Hant', 'taiwan'), '用滑鼠開啟軟體，檢視記憶體資訊。');
  assert.equal(body('zh-HK', 'taiwan'), '用滑鼠開啟軟體，檢視記憶體資訊。');
  // Back into Simplified, Taiwan words are taken back where news vocabulary writes them (滑鼠 → 鼠标,
  // 軟體 → 软件, 記憶體 → 内存); words it leaves standard stay as the author wrote them (開啟, 檢視, 資訊).
  assert.equal(body('zh-Hans', 'taiwan'), '用鼠标开启软件，检视内存资讯。');
});
