/**
 * Conversion options apply everywhere a variant shows text: automatic
 * keyword names on each variant's pages are written as that variant's
 * article text is (a Traditional-source site shows Traditional names on its
 * Traditional pages, in the forms and vocabulary of the site's conversion
 * options), and so are the keyword names of each variant's search data.
 * Built on small fixture sites.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from '../src/build.js';
import { charMap } from '../src/search/search-data.js';
import { article, tempDir, writeSite } from './helpers.js';

const LIQUID = '液冷技術讓數據中心的能耗明顯下降。液冷改造之後，數據中心的電費減少三成。';
const SOFTWARE = '數據中心的軟件發布會在台灣舉行。台灣的數據中心軟件更新。\n\n軟件發布之後，台灣的數據中心開始試用。\n';

interface KeywordsJson {
  keywords: Array<{ id: string; auto: boolean; names: Record<string, string> }>;
}

async function site(lang: 'zh-Hant' | 'zh-Hans', config: string, bodies: string[]) {
  const root = writeSite(tempDir('tongwen-names-'), {
    'tongwen.config.yaml': `title: 測試\nbaseUrl: https://names.example.org/\ndefaultLang: ${lang}\nvariants: [zh-Hant, zh-Hans, zh-TW, zh-HK]\nkeywords: { auto: true }\n${config}`,
    ...Object.fromEntries(bodies.map((b, i) => [`content/2024/03/a${i}.md`, article({ title: i ? '調查' : '报道', date: `2024-03-0${i + 1}`, lang }, b)])),
  });
  const out = join(root, 'dist');
  await build({ root, out, workers: 0 });
  const json = JSON.parse(readFileSync(join(out, 'keywords.json'), 'utf8')) as KeywordsJson;
  const page = (v: string, i: number) => readFileSync(join(out, v.toLowerCase(), '2024', '03', `a${i}`, 'index.html'), 'utf8');
  const search = (v: string) => JSON.parse(readFileSync(join(out, v.toLowerCase(), 'search.json'), 'utf8')) as { k: Array<[string, string, number, string[]]> };
  return { json, page, search };
}

/** The article text of a page (its <article> element, tags removed). */
const bodyText = (html: string) => (/<article[\s\S]*?<\/article>/.exec(html)?.[0] ?? html).replace(/<[^>]+>/g, '');

test('automatic keywords of a Traditional-source site: each variant shows the names its article text shows', async () => {
  const { json, page, search } = await site('zh-Hant', '', [`${LIQUID}\n\n${LIQUID}\n`, SOFTWARE]);
  const auto = json.keywords.filter((k) => k.auto);
  assert.ok(auto.length >= 4, `${auto.length} automatic keywords`);
  for (const k of auto) {
    for (const v of ['zh-Hant', 'zh-Hans', 'zh-TW', 'zh-HK']) {
      const name = k.names[v]!;
      const shown = [0, 1].some((i) => bodyText(page(v, i)).includes(name));
      assert.ok(shown, `${k.id}: ${v} name ${name} is not in that variant's article text`);
    }
  }
  const names = (id: string) => json.keywords.find((k) => k.id === id)?.names;
  assert.deepEqual(names('数据中心'), { 'zh-Hant': '數據中心', 'zh-Hans': '数据中心', 'zh-TW': '資料中心', 'zh-HK': '數據中心' });
  assert.deepEqual(names('软件'), { 'zh-Hant': '軟件', 'zh-Hans': '软件', 'zh-TW': '軟體', 'zh-HK': '軟件' });
  // The zh-TW text around that name keeps news vocabulary (發布會, not 釋出會).
  assert.ok(bodyText(page('zh-TW', 1)).includes('軟體發布會'), bodyText(page('zh-TW', 1)));
  // The search data of each variant names the keywords the same way.
  const zhHant = search('zh-Hant').k.map(([name]) => name);
  assert.ok(zhHant.includes('數據中心') && !zhHant.includes('数据中心'), zhHant.join(' '));
  assert.ok(search('zh-TW').k.some(([name]) => name === '資料中心'));
});

test('automatic keyword names follow the conversion options (forms: opencc, prefer: [台灣] on a Simplified-source site)', async () => {
  const text = '台湾的数据中心发布会在台湾举行。台湾数据中心的电费下降。\n\n台湾的数据中心继续扩建。\n';
  const common = await site('zh-Hans', '', [text]);
  const styled = await site('zh-Hans', 'conversion: { prefer: [台灣] }\n', [text]);
  const opencc = await site('zh-Hans', 'conversion: { forms: opencc }\n', [text]);
  const taiwan = (j: KeywordsJson) => j.keywords.find((k) => k.id === '台湾')?.names;
  // The default writes 臺 in Taiwan's names (prefer.ts DEFAULT_PREFER), as OpenCC does; a site's 台灣 reaches the names.
  assert.equal(taiwan(common.json)?.['zh-Hant'], '臺灣');
  assert.equal(taiwan(styled.json)?.['zh-Hant'], '台灣');
  assert.equal(taiwan(opencc.json)?.['zh-Hant'], '臺灣');
  assert.ok(bodyText(opencc.page('zh-Hant', 0)).includes('臺灣'));
  assert.ok(bodyText(styled.page('zh-Hant', 0)).includes('台灣'));
  assert.ok(bodyText(common.page('zh-Hant', 0)).includes('臺灣'));
});

test('the search character map knows the forms the site writes (為 and 爲 both fold to 为)', () => {
  const pairs = (map: string) => {
    const cps = [...map];
    const m = new Map<string, string>();
    for (let i = 0; i + 1 < cps.length; i += 2) m.set(cps[i]!, cps[i + 1]!);
    return m;
  };
  // A Simplified-only text: the reader of its pages may type either Traditional form.
  const m = pairs(charMap([['因为这里', 'zh-Hans']]));
  assert.equal(m.get('爲'), '为');
  assert.equal(m.get('為'), '为');
  assert.equal(m.get('裡'), '里');
});
