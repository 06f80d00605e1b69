/**
 * Search: the build-time character map, the chunked full-text index and the
 * browser's own search code (templates/assets/search.js, run here in a VM
 * context without a DOM, reading the index files from disk) on a built
 * fixture site written for these cases.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { Builder, build } from '../src/build.js';
import { charMap, searchNormalizer } from '../src/search/search-data.js';
import { tokenStats } from '../src/search/search-index.js';
import { REPO, readTree, sharedPool, tempDir, writeSite } from './helpers.js';

interface Hit { doc: number; score: number }
interface Engine { norm: (t: string) => string; search(q: string): Promise<{ terms: string[]; hits: Hit[] }> }
interface SearchApi {
  makeNormalizer(map: string): (text: string) => string;
  engine(meta: unknown, load: (path: string) => Promise<unknown>): Engine;
  excerpt(norm: (t: string) => string, text: string, terms: string[], width?: number): { parts: Array<[string, boolean]>; found: boolean };
}

function browserApi(): SearchApi {
  const code = readFileSync(join(REPO, 'templates', 'assets', 'search.js'), 'utf8');
  const sandbox: Record<string, unknown> = {};
  sandbox.globalThis = sandbox;
  runInNewContext(code, sandbox);
  return sandbox.TongwenSearch as SearchApi;
}

const fm = (title: string, date: string, lang: string, extra = '') => `---\ntitle: ${title}\ndate: ${date}\nlang: ${lang}\n${extra}---\n`;
const SIGN_OFF = '本站所有文章均为原创，转载请注明出处并保留链接。';

/** The search fixture: written for the cases below (the sign-off is boilerplate: it ends 4 of 5 articles). */
export function searchSite(): string {
  return writeSite(tempDir(), {
    'tongwen.config.yaml': 'title: 搜索測試\nsearch: { documents: true }\n',
    'content/title.md': `${fm('英偉達發布新一代GPU', '2024-06-01', 'zh-Hant', 'keywords: [晶片]\n')}新品面向資料中心。\n\n${SIGN_OFF}\n`,
    // A written keyword, so the article is found through its body only (an automatic one could be 英偉達).
    'content/body.md': `${fm('數據中心週報', '2024-06-05', 'zh-Hant', 'keywords: [週報]\n')}本週多家廠商採購了英偉達的加速卡，英偉達股價上漲。\n\n${SIGN_OFF}\n`,
    'content/phrase.md': `${fm('远程工作指南', '2024-06-02', 'zh-Hans')}公司推行远程工作已经三年。\n\n${SIGN_OFF}\n`,
    'content/scattered.md': `${fm('工作与生活', '2024-06-03', 'zh-Hans')}远程会议很多，工作时间变长，通勤减少。\n\n${SIGN_OFF}\n`,
    'content/latin.md': `${fm('Airdroid 與 Rust 工具', '2024-06-04', 'zh-Hant')}Airdroid 可以遠程控制手機；RustDesk 用 Rust 寫成。\n`,
  });
}

let built: Promise<string> | undefined;
function site(): Promise<string> {
  built ??= (async () => {
    const out = join(tempDir(), 'out');
    await build({ root: searchSite(), out, workers: 0 });
    return out;
  })();
  return built;
}

async function engine() {
  const out = await site();
  const api = browserApi();
  const meta = JSON.parse(readFileSync(join(out, 'search', 'meta.json'), 'utf8')) as { map: string };
  const load = (path: string) => Promise.resolve(JSON.parse(readFileSync(join(out, 'search', path), 'utf8')) as unknown);
  const eng = api.engine(meta, load);
  const fragment = (doc: number, dir = 'zh-hant') => JSON.parse(readFileSync(join(out, 'search', dir, `${doc}.json`), 'utf8')) as { t: string; u: string; d: string; x: string };
  /** Titles of the hits (in `dir`'s script), best first. */
  const titles = async (q: string, dir = 'zh-hant') => Array.from((await eng.search(q)).hits, (h) => fragment(h.doc, dir).t);
  return { api, meta, eng, fragment, titles, out };
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

test('the normalizer replaces exactly what NFKC, lower case and a per-Han-character replace would (its definition, and the browser\'s)', () => {
  let all = '';
  for (let c = 0x2e80; c <= 0x9fff; c++) all += String.fromCodePoint(c);
  const map = charMap([[all, 'zh-Hant'], [all, 'zh-Hans']]);
  const pairs = Array.from(map);
  const m = new Map<string, string>();
  for (let i = 0; i + 1 < pairs.length; i += 2) m.set(pairs[i]!, pairs[i + 1]!);
  const definition = (text: string) => text.normalize('NFKC').toLowerCase().replace(/\p{Script=Han}/gu, (ch) => m.get(ch) ?? ch);
  const norm = searchNormalizer(map);
  for (const text of [all, map, '英偉達 ＧＰＵ ① ﬁ Ⅻ \ud800偉\udc00 𠀀𡃁𪚥 龜⺀〇々', '', 'plain ascii']) assert.equal(norm(text), definition(text));
  assert.ok(pairs.length > 2000, String(pairs.length));
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
  const { api, meta } = await engine();
  const js = api.makeNormalizer(meta.map);
  const ts = searchNormalizer(meta.map);
  for (const text of ['英偉達發布新一代數據中心GPU', 'ＧＰＵ', '遠程工作', 'Apple 半導體']) assert.equal(js(text), ts(text));
});

test('cross-script: a query in either script, any case or width, finds the same articles, shown in the page\'s script', async () => {
  const { titles } = await engine();
  const expected = ['英偉達發布新一代GPU', '數據中心週報'];
  assert.deepEqual((await titles('英伟达')).sort(), [...expected].sort());
  assert.deepEqual((await titles('英偉達')).sort(), [...expected].sort());
  assert.deepEqual((await titles('英伟达', 'zh-hans')).sort(), ['数据中心周报', '英伟达发布新一代GPU'].sort(), 'the zh-Hans fragments are in Simplified');
  assert.deepEqual(await titles('ＧＰＵ'), await titles('gpu'));
  assert.deepEqual(await titles('GPU'), ['英偉達發布新一代GPU']);
  // Simplified articles are found by a Traditional query.
  assert.ok((await titles('遠程工作')).includes('遠程工作指南'));
});

test('Chinese matches inside words: 偉達 finds 英偉達', async () => {
  const { titles } = await engine();
  assert.deepEqual((await titles('偉達')).sort(), (await titles('英偉達')).sort());
});

test('ranking: a title match beats body mentions, newer first on ties', async () => {
  const { titles } = await engine();
  const r = await titles('英偉達');
  assert.equal(r[0], '英偉達發布新一代GPU', 'title (and fewer body mentions) before the body-only article');
});

test('ranking: the exact phrase beats the same terms scattered', async () => {
  const { titles } = await engine();
  const r = await titles('远程 工作');
  assert.ok(r.length >= 2, r.join(' '));
  assert.equal(r[0], '遠程工作指南');
  assert.ok(r.includes('工作與生活'), 'scattered terms still match');
});

test('Latin terms match whole words; a prefix only from three letters', async () => {
  const { titles } = await engine();
  assert.deepEqual(await titles('AI'), [], 'AI does not match Airdroid');
  assert.deepEqual(await titles('Rust'), ['Airdroid 與 Rust 工具']);
  assert.deepEqual(await titles('Rus'), ['Airdroid 與 Rust 工具'], 'Rus finds Rust (and RustDesk)');
  assert.deepEqual(await titles('ru'), [], 'two letters are no prefix');
});

test('Latin words written against Chinese without a space are words of their own, and the Chinese around them is searched', async () => {
  // Chinese prose rarely spaces Latin words (AI晶片, 用Rust寫成): they were indexed as one token with the Chinese after
  // them (`ai晶片需求`), so AI, Rust and 晶片 found nothing in such text (at 20,000 corpus articles, AI had no hit).
  const root = writeSite(tempDir(), {
    'tongwen.config.yaml': 'title: 搜索測試\nkeywords: { auto: false }\n',
    'content/mixed.md': `${fm('晶片週報', '2024-06-01', 'zh-Hant')}AI晶片需求大增，新工具用Rust寫成，特斯拉Model Y電動車降價。\n`,
    'content/other.md': `${fm('手機週報', '2024-06-02', 'zh-Hant')}Airdroid 可以控制手機，RustDesk 也可以。\n`,
  });
  const out = join(root, 'out');
  await build({ root, out, workers: 0 });
  const api = browserApi();
  const meta = JSON.parse(readFileSync(join(out, 'search', 'meta.json'), 'utf8')) as { map: string };
  const eng = api.engine(meta, (path) => Promise.resolve(JSON.parse(readFileSync(join(out, 'search', path), 'utf8')) as unknown));
  const titles = async (q: string) => Array.from((await eng.search(q)).hits, (h) => (JSON.parse(readFileSync(join(out, 'search', 'zh-hant', `${h.doc}.json`), 'utf8')) as { t: string }).t).sort();
  assert.deepEqual(await titles('AI'), ['晶片週報'], 'AI before 晶片, and not Airdroid');
  assert.deepEqual(await titles('需求'), ['晶片週報'], 'the Chinese after a Latin word');
  const rust = Array.from((await eng.search('Rust')).hits, (h) => h.doc);
  assert.equal(rust.length, 2, 'Rust, and RustDesk by prefix');
  assert.deepEqual(await titles('Rust'), ['手機週報', '晶片週報']);
  assert.equal((JSON.parse(readFileSync(join(out, 'search', 'zh-hant', `${rust[0]}.json`), 'utf8')) as { t: string }).t, '晶片週報', 'the whole word Rust (between 用 and 寫成) first');
  assert.deepEqual(await titles('Rus'), ['手機週報', '晶片週報'], 'a prefix from three letters: Rust and RustDesk');
  assert.deepEqual(await titles('特斯拉 電動車'), ['晶片週報']);
  assert.deepEqual(await titles('AI晶片'), ['晶片週報'], 'a query written the same way');
  assert.deepEqual(await titles('Model'), ['晶片週報']);
});

test('boilerplate is not searched: the sign-off that ends most articles finds nothing', async () => {
  const { titles, fragment } = await engine();
  assert.deepEqual(await titles('转载请注明出处'), []);
  assert.ok(!fragment(0).x.includes('轉載'), 'nor is it in the excerpt text');
});

test('excerpts are in each variant, with the match highlighted', async () => {
  const { api, eng, fragment } = await engine();
  const r = await eng.search('英伟达');
  const body = r.hits.find((h) => fragment(h.doc).t === '數據中心週報')!;
  for (const [dir, word] of [['zh-hant', '英偉達'], ['zh-hans', '英伟达']] as const) {
    const x = api.excerpt(eng.norm, fragment(body.doc, dir).x, r.terms);
    assert.ok(x.found);
    const marked = x.parts.filter(([, m]) => m).map(([t]) => t);
    assert.deepEqual([...new Set(marked)], [word], dir);
  }
});

test('the index is chunked and documents.jsonl is exported when asked', async () => {
  const { out, meta } = await engine();
  const m = meta as unknown as { chunks: string[]; len: number[] };
  assert.equal(m.len.length, 5);
  assert.equal(readdirSync(join(out, 'search', 'c')).length, m.chunks.length);
  const lines = readFileSync(join(out, 'search', 'documents.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string; folded: string; variants: Record<string, { title: string; body: string }> });
  assert.equal(lines.length, 5);
  const first = lines.find((l) => l.variants['zh-Hant']!.title === '英偉達發布新一代GPU')!;
  assert.match(first.folded, /英伟达/);
  assert.ok(!first.variants['zh-Hant']!.body.includes('轉載'), 'no boilerplate');
});

test('a rebuild in one process tokenizes again only the articles that changed, and its index equals a cold build', async () => {
  const root = searchSite();
  const out = join(tempDir(), 'out');
  const builder = new Builder({ root, out, cache: join(tempDir(), 'cache'), workers: 0 });
  const searchFiles = (dir: string) => new Map([...readTree(join(dir, 'search'))].map(([f, b]) => [f, b.toString('utf8')]));
  try {
    await builder.build();
    // [what, file, from, to, documents tokenized again]: a character new to the site changes the character map,
    // which folds every document: all are tokenized again.
    const edits: Array<[string, string, string, string, number]> = [
      ['keywords edited', 'content/title.md', 'keywords: [晶片]', 'keywords: [晶片, 資料中心]', 1],
      ['title and date moved', 'content/latin.md', 'title: Airdroid 與 Rust 工具\ndate: 2024-06-04', 'title: Rust 工具與 Airdroid\ndate: 2024-05-20', 1],
      ['body edited', 'content/body.md', '英偉達股價上漲', '英偉達股價大漲', 1],
      ['a character new to the site', 'content/body.md', '股價大漲', '股價飆漲', 5],
    ];
    for (const [what, file, from, to, again] of edits) {
      const text = readFileSync(join(root, file), 'utf8');
      assert.ok(text.includes(from), `${file} holds ${from}`);
      writeFileSync(join(root, file), text.replace(from, to));
      const before = { ...tokenStats };
      await builder.build();
      assert.equal(tokenStats.made - before.made, again, `${what}: documents tokenized again`);
      assert.equal(tokenStats.kept - before.kept, 5 - again, `${what}: the others kept`);
      const coldOut = join(tempDir(), 'cold');
      await build({ root, out: coldOut, workers: 0 });
      const warm = searchFiles(out);
      const cold = searchFiles(coldOut);
      assert.deepEqual([...warm.keys()], [...cold.keys()], `${what}: the same index files`);
      for (const [f, textOf] of cold) assert.equal(warm.get(f), textOf, `${what}: search/${f} as a cold build writes it`);
    }
    // The moved article is now the oldest (documents are numbered newest first), under its new title.
    const oldest = JSON.parse(readFileSync(join(out, 'search', 'zh-hant', '4.json'), 'utf8')) as { t: string; d: string };
    assert.deepEqual([oldest.t, oldest.d], ['Rust 工具與 Airdroid', '2024-05-20']);
  } finally {
    await builder.close();
  }
});

test('the search-token task gives, in worker threads, the index the main thread makes', async () => {
  const { blockHash, boilerplateSet } = await import('../src/taxonomy/blocks.js');
  const { searchIndexFiles, makeDocTokens, keeper } = await import('../src/search/search-index.js');
  const { task, tokenItem } = await import('../src/search/task.js');
  const { unpackTokens } = await import('../src/search/search-index.js');
  const { runTask } = await import('../src/workers/pool.js');
  const hant = ['英偉達發布新一代GPU加速卡', '資料中心採購了AI晶片，Rust 寫成的工具', SIGN_OFF];
  const hans = ['英伟达发布新一代GPU加速卡', '数据中心采购了AI芯片，Rust 写成的工具', SIGN_OFF];
  const docs = Array.from({ length: 9 }, (_, n) => {
    const blocks = (texts: string[]): Array<['h' | 'p', string]> => [['h', `第${n}章 ${texts[0]}`], ...texts.slice(1).map((t): ['p', string] => ['p', `${t}${n % 3 ? '' : '遠程會議'}`])];
    const own = n % 4 === 0 ? [] : [SIGN_OFF];
    const h = [...blocks(hant), ...own.map((t): ['p', string] => ['p', t])];
    const s = [...blocks(hans), ...own.map((t): ['p', string] => ['p', t])];
    return {
      id: `2024/06/a${n}`, epoch: 1_700_000_000_000 + (n % 5) * 86_400_000, day: '2024-06-01', hashes: s.map(([, t]) => blockHash(t)),
      variants: {
        'zh-Hant': { title: `標題${n} 英偉達`, url: `/zh-hant/a${n}/`, summary: hant[1]!, keywords: ['晶片', 'Rust'], meta: ['科技', '記者'], blocks: h },
        'zh-Hans': { title: `标题${n} 英伟达`, url: `/zh-hans/a${n}/`, summary: hans[1]!, keywords: ['芯片', 'Rust'], meta: ['科技', '记者'], blocks: s },
      },
    };
  });
  const map = charMap(docs.flatMap((d) => Object.entries(d.variants).flatMap(([v, dv]) => [dv.title, dv.summary, ...dv.blocks.map(([, t]) => t)].map((t): [string, 'zh-Hant' | 'zh-Hans'] => [t, v as 'zh-Hant' | 'zh-Hans']))));
  const boilerplate = boilerplateSet(docs.map((d) => d.hashes));
  assert.ok(boilerplate.has(blockHash(SIGN_OFF)), 'the sign-off is boilerplate: the workers must leave it out too');
  const fold = searchNormalizer(map);
  const dirs = { 'zh-Hant': 'zh-hant', 'zh-Hans': 'zh-hans' } as const;
  const inline = searchIndexFiles(docs, fold, map, dirs, boilerplate);
  // The process's shared pool (helpers.sharedPool).
  const pool = await sharedPool.acquire();
  let results;
  try {
    results = await runTask(pool, task, docs.map(tokenItem), { map, boilerplate: [...boilerplate] });
  } finally {
    await sharedPool.release();
  }
  const made = new Map(results.map((r, i) => [docs[i]!, r]));
  docs.forEach((d) => {
    const mine = makeDocTokens(d, fold, keeper(d, boilerplate));
    const sent = unpackTokens(made.get(d)!);
    assert.deepEqual({ tokens: sent.tokens, codes: [...sent.codes], length: sent.length }, { tokens: mine.tokens, codes: mine.codes, length: mine.length });
  });
  assert.deepEqual(searchIndexFiles(docs, fold, map, dirs, boilerplate, made), inline);
  // The index is made from what the workers sent: a changed code shows in it.
  const first = made.get(docs[0]!)!;
  made.set(docs[0]!, { ...first, codes: Uint8Array.from(first.codes, (c, i) => (i === 0 ? c ^ 8 : c)) });
  assert.notDeepEqual(searchIndexFiles(docs, fold, map, dirs, boilerplate, made), inline);
});
