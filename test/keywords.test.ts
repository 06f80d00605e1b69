import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from '../src/build.js';
import { BuildError } from '../src/core/errors.js';
import { cleanKeyword, keyFunction, keywordKey, simplifiedConverter } from '../src/taxonomy/key.js';
import { assignSlugs, baseSlug, initialOf } from '../src/taxonomy/slug.js';
import { buildKeywordIndex } from '../src/taxonomy/keyword-index.js';
import { commonEnglishWords, containsTerm, kindWords, mergeNumeronyms, pickAutoKeywords } from '../src/taxonomy/auto.js';
import { articleTerms, boundWords, enclosedWords, glossedNames, headlineNames, joinLatin, nominalSuffixes, phrasePieces, retag, segmenter, siteWords, taggedWords, truncatedPhrases, verbLike, withBodyWords } from '../src/taxonomy/terms.js';
import { isTitleOfOffice } from '../src/taxonomy/stop-words.js';
import { processArticle } from '../src/article/process.js';
import { textBlocks } from '../src/taxonomy/blocks.js';
import { parseMarkdown } from '../src/markdown/parse.js';
import { article, heldByFile, sharedPool, tempDir, writeSite } from './helpers.js';

/** The process's shared worker pool (helpers.sharedPool), warm from other builds: a worker's keywords must not depend on them. */
const pool = heldByFile(sharedPool);
import { keywordSite } from './keywords-fixture.js';

const both = ['zh-Hant', 'zh-Hans'] as const;

test('keywords in either script, any case and full width unify to one key', () => {
  const key = keyFunction([...both]);
  assert.equal(key('英偉達', 'zh-Hant'), key('英伟达', 'zh-Hans'));
  assert.equal(key('數據中心', 'zh-Hant'), '数据中心');
  assert.equal(key('数据中心', 'zh-Hans'), '数据中心');
  assert.equal(key('GPU', 'zh-Hans'), 'gpu');
  assert.equal(key('gpu', 'zh-Hant'), 'gpu');
  assert.equal(key('ＧＰＵ', 'zh-Hant'), 'gpu');
  // A Simplified article that mixes in Traditional characters still unifies.
  assert.equal(key('英偉達', 'zh-Hans'), '英伟达');
});

test('surrounding spaces and punctuation are trimmed, name punctuation is kept', () => {
  assert.equal(cleanKeyword('  「英偉達」。 '), '英偉達');
  assert.equal(cleanKeyword('《大模型》！'), '大模型');
  assert.equal(cleanKeyword('🔥GPU🔥'), 'GPU');
  assert.equal(cleanKeyword('C#'), 'C#');
  assert.equal(cleanKeyword('C++'), 'C++');
  assert.equal(cleanKeyword('Open   AI'), 'Open AI');
  // Display names keep the writer's punctuation: full-width ，： and marks that pair inside the name.
  assert.equal(cleanKeyword('游戏《底特律：变人》'), '游戏《底特律：变人》');
  assert.equal(cleanKeyword('“双碳”目标，'), '“双碳”目标');
  assert.equal(cleanKeyword('華為，小米'), '華為，小米');
  assert.equal(cleanKeyword('《三体》'), '三体', 'a pair around the whole name is trimmed');
  assert.equal(cleanKeyword('ＧＰＵ：'), 'GPU', 'full-width letters fold to ASCII');
  const key = keyFunction([...both]);
  assert.equal(key(' （ＧＰＵ） ', 'zh-Hant'), key('gpu', 'zh-Hans'));
  assert.equal(key('！？', 'zh-Hant'), '');
  // Only the key folds punctuation: both spellings are one keyword.
  assert.equal(key('游戏《底特律：变人》', 'zh-Hans'), key('遊戲《底特律:變人》', 'zh-Hant'));
  assert.equal(key('🔥🎉', 'zh-Hans'), '');
});

test('invisible format characters (zero-width space, soft hyphen, BOM) inside a keyword do not make another keyword', () => {
  const key = keyFunction([...both]);
  assert.equal(key('英\u200b偉達', 'zh-Hant'), '英伟达');
  assert.equal(key('\ufeffG\u00adPU\u2060', 'zh-Hans'), 'gpu');
  assert.equal(cleanKeyword('數據\u2060中心'), '數據中心');
});

test('spaces next to Chinese characters do not make another keyword; spaces between Latin words do', () => {
  const key = keyFunction([...both]);
  assert.equal(key('GPU 芯片', 'zh-Hans'), key('GPU芯片', 'zh-Hant'));
  assert.equal(key('英偉達 H100', 'zh-Hant'), '英伟达h100');
  assert.equal(key('Model 3', 'zh-Hans'), 'model 3');
});

test('輝達 is 英伟达 only where a Taiwan-phrase variant is configured', () => {
  assert.equal(keyFunction([...both])('輝達', 'zh-Hant'), '辉达');
  assert.equal(keyFunction(['zh-Hant', 'zh-Hans', 'zh-TW'])('輝達', 'zh-Hant'), '英伟达');
  assert.equal(keyFunction(['zh-Hans'])('輝達', 'zh-TW'), '英伟达');
  assert.equal(keyFunction(['zh-TW', 'zh-CN'])('資料中心', 'zh-TW'), '数据中心');
});

test('a term mapper (e.g. a glossary) can unify keys further', () => {
  const toSimplified = simplifiedConverter('zh-Hant', [...both]);
  const glossary = (k: string) => (k === 'nvidia' ? '英伟达' : k);
  assert.equal(keywordKey('NVIDIA', toSimplified, glossary), keywordKey('英偉達', toSimplified));
  assert.equal(keywordKey('NVIDIA', toSimplified), 'nvidia');
});

test('slugs are pinyin for Chinese, slugified Latin otherwise, never empty', () => {
  assert.equal(baseSlug('英伟达'), 'ying-wei-da');
  assert.equal(baseSlug('数据中心'), 'shu-ju-zhong-xin');
  assert.equal(baseSlug('gpu'), 'gpu');
  assert.equal(baseSlug('h100芯片'), 'h100-xin-pian');
  assert.equal(baseSlug('重庆'), 'chong-qing');
  assert.equal(baseSlug('绿电'), 'lv-dian');
  assert.notEqual(baseSlug('𠮷'), '');
  assert.equal(initialOf('ying-wei-da'), 'Y');
  assert.equal(initialOf('gpu'), 'G');
  assert.equal(initialOf('5g'), '#');
});

test('a very long keyword gets a short slug of its own (file names have a length limit)', () => {
  const long = '国家发展和改革委员会关于促进新一代人工智能产业发展三年行动计划的通知'.repeat(3);
  const slug = baseSlug(long);
  assert.ok(Buffer.byteLength(slug) <= 80, `${Buffer.byteLength(slug)} bytes: ${slug}`);
  assert.match(slug, /^guo-jia-fa-zhan-he-gai-ge-(?:[a-z]+-)+[0-9a-f]{8}$/, 'cut at a syllable, then a hash');
  assert.notEqual(baseSlug(`${long}甲`), baseSlug(`${long}乙`), 'keywords sharing a long prefix differ');
  assert.ok(Buffer.byteLength(baseSlug('x'.repeat(300))) <= 80);
  assert.ok(Buffer.byteLength(baseSlug('서울'.repeat(60))) <= 80, 'counted in UTF-8 bytes');
  assert.equal(baseSlug('ying-wei-da'.repeat(2)), 'ying-wei-daying-wei-da', 'short slugs unchanged');
});

test('colliding slugs are disambiguated deterministically, independent of other keywords', () => {
  const a = assignSlugs(['事实', '实施', 'gpu']);
  assert.equal(baseSlug('事实'), baseSlug('实施'));
  assert.notEqual(a.get('事实'), a.get('实施'));
  const winner = ['事实', '实施'].sort()[0]!;
  const loser = ['事实', '实施'].sort()[1]!;
  assert.equal(a.get(winner), 'shi-shi');
  assert.match(a.get(loser)!, /^shi-shi-[0-9a-f]{4}$/);
  // Same slugs whatever the input order or the other keys.
  const b = assignSlugs(['gpu', '实施', '数据', '事实']);
  assert.equal(b.get(loser), a.get(loser));
  assert.equal(b.get(winner), a.get(winner));
  // A Latin keyword spelled like the pinyin also gets its own slug.
  const c = assignSlugs(['shi shi', '事实']);
  assert.equal(new Set(c.values()).size, 2);
});

test('the index unifies keywords across articles and picks display names per variant', () => {
  const { index, errors } = buildKeywordIndex([
    { id: '2024/01/a', file: 'a.md', lang: 'zh-Hant', epoch: 1, keywords: ['英偉達', 'GPU'], converted: { 'zh-Hant': ['英偉達', 'GPU'], 'zh-Hans': ['英伟达', 'GPU'] } },
    { id: '2024/01/b', file: 'b.md', lang: 'zh-Hans', epoch: 3, keywords: ['英伟达', 'gpu'], converted: { 'zh-Hant': ['英偉達', 'gpu'], 'zh-Hans': ['英伟达', 'gpu'] } },
    { id: '2024/01/c', file: 'c.md', lang: 'zh-Hans', epoch: 2, keywords: ['ＧＰＵ', '英伟达', '英偉達'], converted: { 'zh-Hant': ['ＧＰＵ', '英偉達', '英偉達'], 'zh-Hans': ['ＧＰＵ', '英伟达', '英伟达'] } },
  ], { variants: [...both], auto: false });
  assert.deepEqual(errors, []);
  assert.deepEqual(index.keywords.map((k) => k.id), ['gpu', '英伟达']);
  const gpu = index.byId.get('gpu')!;
  assert.deepEqual(gpu.names, { 'zh-Hant': 'GPU', 'zh-Hans': 'GPU' }, 'the most common written form wins (GPU twice, gpu once)');
  assert.deepEqual(gpu.articles, ['2024/01/b', '2024/01/c', '2024/01/a'], 'newest first');
  assert.deepEqual(index.byId.get('英伟达')!.names, { 'zh-Hant': '英偉達', 'zh-Hans': '英伟达' });
  assert.deepEqual(index.ofArticle.get('2024/01/c'), { ids: ['gpu', '英伟达'], auto: false }, 'one keyword once per article');
});

/** The candidate words of an article (title + Markdown body), with their tags. */
function wordsOf(title: string, markdown: string, userWords: readonly string[] = []): Map<string, string> {
  const terms = articleTerms(title, textBlocks(parseMarkdown(markdown)), userWords);
  const out = new Map<string, string>();
  for (const encoded of [terms.title, ...terms.blocks]) {
    const parts = encoded === '' ? [] : encoded.split('\t');
    for (let i = 0; i + 1 < parts.length; i += 2) out.set(parts[i]!, parts[i + 1]!);
  }
  return out;
}

test('candidate terms: jieba words and tags, code left out, split names joined, handles, URLs and dates dropped', () => {
  const words = wordsOf('马斯克的超算', '马斯克说，xAI 的超算用了十万块 GPU，英伟达和台积电供货。\n\n```js\nconst 关键词 = 1;\n```\n\n`行内代码`\n\n感谢 zhangsan 投稿，@lisi_dev 校对，2024-06-01 发布，详见 https://example.com/a。\n');
  assert.equal(words.get('马斯克'), 'nr', `words: ${[...words].join(' ')}`);
  assert.equal(words.get('xAI'), 'eng');
  assert.ok(words.has('GPU'));
  assert.ok(words.has('英伟达'), 'a name jieba splits (英|伟达) is joined');
  assert.ok(words.has('台积电'));
  assert.ok(!words.has('关键词'), 'code is not prose');
  assert.ok(!words.has('行内代码'));
  for (const noise of ['zhangsan', 'lisi_dev', 'lisi', 'example', 'com', '2024']) assert.ok(!words.has(noise), `${noise} is noise`);
});

test('candidate compounds: two nouns of two or three characters join; phrases starting with a verb do not', () => {
  const words = wordsOf('扫地机器人出海欧洲', '扫地机器人在欧洲卖得好。光伏组件价格跌破成本线。全球智慧型手机出货回温。');
  assert.equal(words.get('扫地机器人'), 'c', `words: ${[...words].join(' ')}`);
  assert.equal(words.get('智慧型手机'), 'c');
  assert.ok(!words.has('跌破成本线'), 'a verb does not start a term');
  assert.ok(!words.has('光伏组件价格'), 'at most two words of up to three characters');
});

test('Latin terms with a hyphen or digits are one term as written (RISC-V, COVID-19, Wi-Fi, GPT-4o)', () => {
  const words = wordsOf('RISC-V 晶片出貨', 'RISC-V 架构的芯片，COVID-19 疫情期间，Wi-Fi 7 路由器与 GPT-4o 模型。');
  for (const term of ['RISC-V', 'COVID-19', 'Wi-Fi', 'GPT-4o']) assert.equal(words.get(term), 'eng', `words: ${[...words].join(' ')}`);
  for (const part of ['RISC', 'Wi', 'Fi', 'GPT-4']) assert.ok(!words.has(part), `${part} is part of a term`);
  assert.equal(words.get('Wi-Fi 7'), 'c', 'a version number ends a Latin name');
});

test('the title of a work between book-title marks is a name, as written', () => {
  const words = wordsOf('《黑神话：悟空》销量破千万', '游戏科学开发的《黑神话：悟空》登上榜首。');
  assert.equal(words.get('黑神话：悟空'), 'nz', `words: ${[...words].join(' ')}`);
});

test('compounds: not with a generic word or from a verbal noun and a number, nor through an adverb, pronoun or verb', () => {
  const words = wordsOf('', '房地产市场回暖，公司计划扩产。药品降价六成。就是这样微不可察。谷歌作为云服务商。宁德时代与台积电。');
  for (const phrase of ['房地产市场', '公司计划', '降价六成', '就是这样微', '这样微不可', '谷歌作为云']) assert.ok(!words.has(phrase), `${phrase}: words ${[...words].join(' ')}`);
  assert.ok(words.has('房地产'));
  assert.ok(words.has('宁德时代') && words.has('台积电'), `words: ${[...words].join(' ')}`);
});

test('a compound or unknown word counts only when it recurs in the article; a title term the body uses is a keyword even in one article', () => {
  const key = keyFunction([...both]);
  const other = (id: string, text: string) => doc(id, 'zh-Hans', false, '', text);
  const docs = [
    // 组件价格 (a compound) once: not a term. 柔性玻璃 (title and body, no other article has it): the subject.
    doc('a', 'zh-Hans', true, '柔性玻璃/c 国产/n', '折叠屏/n 手机/n 组件价格/c', '柔性玻璃/c 厚度/n 折叠屏/n'),
    other('b', '折叠屏/n 手机/n 组件价格/c'), other('c', '手机/n 厚度/n'), other('d', '面板/n 厚度/n'),
  ];
  const picked = pickAutoKeywords(docs, key, new Set()).get('a')!.map((k) => k.key);
  assert.equal(picked[0], '柔性玻璃', `picked: ${picked.join(' ')}`);
  assert.ok(!picked.includes('组件价格'), `picked: ${picked.join(' ')}`);
  assert.ok(!picked.includes('国产'), 'a title word of this article only that the body never uses is not a keyword');
});

test('a further keyword the body uses only once needs half the best score; the first keyword never does', () => {
  const key = keyFunction([...both]);
  const site = (extra: string) => [
    doc('a', 'zh-Hans', true, '液冷/n 散热/n', '液冷/n 服务器/n', '液冷/n 液冷/n 散热/n 液冷/n', extra),
    doc('b', 'zh-Hans', false, '', '液冷/n 散热/n 机柜/n'), doc('c', 'zh-Hans', false, '', '散热/n 机柜/n'), doc('d', 'zh-Hans', false, '', '天气/n'),
  ];
  const once = pickAutoKeywords(site('天气/n'), key, new Set());
  assert.deepEqual(once.get('a')!.map((k) => k.key), ['液冷'], '散热 (title, body once) scores under half of 液冷');
  const share = pickAutoKeywords(site('天气/n'), key, new Set(), { onceShare: 0.4 }).get('a')!;
  assert.deepEqual(share.map((k) => k.key), ['液冷', '散热'], 'the same term passes the general 0.4 floor');
  assert.ok(share[1]!.score < 0.5 * share[0]!.score);
  const twice = pickAutoKeywords(site('散热/n'), key, new Set());
  assert.deepEqual(twice.get('a')!.map((k) => k.key), ['液冷', '散热'], 'used twice in the body, it is a keyword');
  const alone = pickAutoKeywords([doc('a', 'zh-Hans', true, '散热/n', '散热/n 天气/n'), ...site('').slice(1)], key, new Set());
  assert.deepEqual(alone.get('a')!.map((k) => k.key), ['散热'], 'the best term is kept even when the body uses it once');
});

test('a compound does not start from a single character another compound ends with', () => {
  const words = wordsOf('比特币现货ETF获批', '比特币现货ETF获批，快递业价格战未歇。');
  assert.ok(words.has('比特币') && words.has('价格战'), `words: ${[...words].join(' ')}`);
  assert.ok(!words.has('币现货') && !words.has('业价格战'), `words: ${[...words].join(' ')}`);
});

test('at most four automatic keywords, none generic, each at least 0.4 of the best', () => {
  const key = keyFunction([...both]);
  const terms = ['液冷', '服务器', '散热', '机柜', '功耗', '风扇'];
  const body = terms.map((t, i) => `${t}/n `.repeat(6 - i)).join('') + '公司/n 市场/n 公司/n 市场/n 公司/n 市场/n';
  const docs = [doc('a', 'zh-Hans', true, '', body), ...terms.map((t, i) => doc(`o${i}`, 'zh-Hans', false, '', `${t}/n 公司/n 市场/n 其他/n`)), doc('z', 'zh-Hans', false, '', '天气/n')];
  const picked = pickAutoKeywords(docs, key, new Set()).get('a')!;
  assert.ok(picked.length <= 4, `picked: ${picked.map((k) => k.key).join(' ')}`);
  for (const k of picked) assert.ok(k.score >= 0.4 * picked[0]!.score);
  assert.ok(!picked.some((k) => k.key === '公司' || k.key === '市场'), 'generic news words are stop words');
});

test('a word that also stands alone is kept beside the longer term that contains it; a fragment that never does is not', () => {
  const key = keyFunction([...both]);
  const other = (id: string, text: string) => doc(id, 'zh-Hans', false, '', text);
  const docs = [
    // 光伏 also stands alone (光伏/j 产能/n); 伟达 occurs only inside 英伟达.
    doc('a', 'zh-Hans', true, '光伏/j 组件/n 光伏组件/c', '光伏/j 组件/n 光伏组件/c 价格/n 光伏/j 产能/n 英伟达/c 伟达/n 英伟达/c 伟达/n'),
    other('b', '光伏/j 产能/n 英伟达/c 伟达/n'), other('c', '光伏组件/c 组件/n 英伟达/c 伟达/n'), other('d', '价格/n 产能/n'),
  ];
  const picked = pickAutoKeywords(docs, key, new Set()).get('a')!.map((k) => k.key);
  assert.ok(picked.includes('光伏'), `picked: ${picked.join(' ')}`);
  assert.ok(!picked.includes('伟达'), `picked: ${picked.join(' ')}`);
});

/** A document for pickAutoKeywords: every block one string of space-separated `word/tag`. */
function doc(id: string, lang: 'zh-Hans' | 'zh-Hant', wanted: boolean, title: string, ...blocks: string[]) {
  const encode = (s: string) => s.split(' ').filter(Boolean).map((w) => w.split('/').join('\t')).join('\t');
  return { id, lang, wanted, hashes: blocks.map((_, i) => i + 1), terms: { title: encode(title), blocks: blocks.map(encode), kinds: 'p'.repeat(blocks.length) } };
}

test('automatic keywords prefer site-specific repeated terms over common ones', () => {
  const key = keyFunction([...both]);
  const common = '公司/n 市场/n 公司/n 市场/n';
  const docs = [
    doc('a', 'zh-Hans', true, '液冷/n', `${common} 液冷/n 液冷/n 液冷/n 液冷/n 数据中心/n 数据中心/n 数据中心/n 一次/m`),
    doc('b', 'zh-Hant', false, '', `${common} 液冷/n`),
    doc('c', 'zh-Hant', false, '', `${common} 数据中心/n 数据中心/n`),
    doc('d', 'zh-Hans', false, '', common),
  ];
  const picked = pickAutoKeywords(docs, key, new Set());
  assert.deepEqual(picked.get('a')!.map((k) => k.key), ['液冷', '数据中心']);
  assert.equal(picked.has('b'), false, 'articles with keywords get none');
  const capped = pickAutoKeywords(docs, key, new Set(), { max: 1 });
  assert.equal(capped.get('a')!.length, 1);
  // Boilerplate blocks do not count: the same article, its text marked as boilerplate, gets nothing from it.
  const marked = [{ ...docs[0]!, hashes: [42] }, ...docs.slice(1)];
  const none = pickAutoKeywords(marked, key, new Set(), { boilerplate: new Set([42]) });
  assert.deepEqual(none.get('a')!.map((k) => k.key), ['液冷'], 'only the title is left');
});

test('the fixture site builds keyword pages, the index, keywords.json and article links', async () => {
  const out = join(tempDir(), 'out');
  await build({ root: keywordSite(), out, workers: 0 });
  const json = JSON.parse(readFileSync(join(out, 'keywords.json'), 'utf8')) as {
    version: number;
    variants: string[];
    keywords: Array<{ id: string; slug: string; names: Record<string, string>; urls: Record<string, string>; count: number; auto: boolean; articles: string[] }>;
    articles: Array<{ id: string; date: string; lang: string; keywords: string[]; auto: boolean; variants: Record<string, { title: string; url: string }> }>;
  };
  assert.equal(json.version, 1);
  const ids = json.keywords.map((k) => k.id);
  assert.deepEqual(ids, [...ids].sort(), 'keywords sorted by id');
  assert.deepEqual(json.articles.map((a) => a.id), json.articles.map((a) => a.id).sort(), 'articles sorted by id');
  const nvidia = json.keywords.find((k) => k.id === '英伟达')!;
  assert.deepEqual(nvidia.names, { 'zh-Hant': '英偉達', 'zh-Hans': '英伟达' });
  assert.equal(nvidia.slug, 'ying-wei-da');
  assert.deepEqual(nvidia.articles, ['2024/06/nvidia-shares', '2024/06/nvidia-dc-gpu']);
  assert.equal(nvidia.count, 2);
  assert.equal(nvidia.urls['zh-Hant'], 'https://kw.example.org/zh-hant/keywords/ying-wei-da/');
  const gpu = json.keywords.find((k) => k.id === 'gpu')!;
  assert.equal(gpu.count, 3, 'GPU, gpu and ＧＰＵ are one keyword');
  assert.ok(json.keywords.some((k) => k.id === '供应链'), 'brackets trimmed');
  const first = json.articles.find((a) => a.id === '2024/06/nvidia-dc-gpu')!;
  assert.deepEqual(first.keywords, ['英伟达', 'gpu', '数据中心']);
  assert.equal(first.auto, false);
  assert.equal(first.variants['zh-Hans']!.title, '英伟达发布新一代数据中心GPU');
  assert.equal(first.variants['zh-Hant']!.url, 'https://kw.example.org/zh-hant/2024/06/nvidia-dc-gpu/');

  // Automatic keywords for the articles without any, marked as such.
  const auto1 = json.articles.find((a) => a.id === '2024/03/auto-one')!;
  assert.equal(auto1.auto, true);
  assert.ok(auto1.keywords.length >= 1 && auto1.keywords.length <= 5);
  assert.ok(auto1.keywords.includes('液冷'), `auto keywords: ${auto1.keywords.join(' ')}`);
  const auto2 = json.articles.find((a) => a.id === '2024/02/auto-two')!;
  assert.ok(auto2.keywords.includes('半导体') || auto2.keywords.includes('台积电'), `auto keywords: ${auto2.keywords.join(' ')}`);

  // Keyword pages in both variants with the same slug; switcher leads to the twin.
  const hant = readFileSync(join(out, 'zh-hant/keywords/ying-wei-da/index.html'), 'utf8');
  assert.match(hant, /英偉達/);
  assert.match(hant, /href="\/zh-hans\/keywords\/ying-wei-da\/"/);
  assert.ok(existsSync(join(out, 'zh-hans/keywords/ying-wei-da/index.html')));
  // GPU has three articles and pageSize is 2: two pages, newest first.
  const gpu1 = readFileSync(join(out, 'zh-hans/keywords/gpu/index.html'), 'utf8');
  const gpu2 = readFileSync(join(out, 'zh-hans/keywords/gpu/page/2/index.html'), 'utf8');
  assert.ok(gpu1.indexOf('显卡供应依然紧张') >= 0 && gpu1.indexOf('显卡供应依然紧张') < gpu1.indexOf('英伟达股价创新高'));
  assert.match(gpu2, /英伟达发布新一代数据中心GPU/);

  // Article pages link their keywords, in the page's script.
  const page = readFileSync(join(out, 'zh-hans/2024/06/nvidia-dc-gpu/index.html'), 'utf8');
  assert.match(page, /<a href="\/zh-hans\/keywords\/ying-wei-da\/" rel="tag">英伟达<\/a>/);
  assert.match(page, /<a href="\/zh-hans\/keywords\/gpu\/" rel="tag">GPU<\/a>/);

  // The sitemap lists keyword pages and the index.
  const sitemap = readFileSync(join(out, 'sitemap.xml'), 'utf8');
  assert.match(sitemap, /<loc>https:\/\/kw\.example\.org\/zh-hant\/keywords\/ying-wei-da\/<\/loc>/);
  assert.match(sitemap, /<loc>https:\/\/kw\.example\.org\/zh-hans\/keywords\/<\/loc>/);
  assert.doesNotMatch(sitemap, /\/search\//);
});

test('the keyword index lists keywords by count and grouped by pinyin initial', async () => {
  const out = join(tempDir(), 'out');
  await build({ root: keywordSite('keywords: { auto: false }\n'), out, workers: 0 });
  const html = readFileSync(join(out, 'zh-hant/keywords/index.html'), 'utf8');
  const [byCount, byInitial] = html.split('id="by-initial"');
  const names = (part: string) => [...part!.matchAll(/rel="tag">([^<]+)<\/a> <small>(\d+) 篇/g)].map((m) => [m[1]!, Number(m[2])] as const);
  const counted = names(byCount!);
  assert.deepEqual(counted.slice(0, 3).map((x) => x[0]), ['GPU', '數據中心', '英偉達']);
  for (let i = 1; i < counted.length; i++) assert.ok(counted[i - 1]![1] >= counted[i]![1], 'by count, descending');
  const letters = [...byInitial!.matchAll(/<h3>([^<]+)<\/h3>/g)].map((m) => m[1]);
  assert.deepEqual(letters, ['A', 'B', 'G', 'S', 'T', 'Y']);
  const group = (letter: string) => names(byInitial!.split(`<h3>${letter}</h3>`)[1]!.split('</section>')[0]!).map((x) => x[0]);
  assert.deepEqual(group('Y'), ['液冷', '英偉達'], 'ye-leng before ying-wei-da');
  assert.deepEqual(group('G'), ['供應鏈', 'GPU'], 'Latin keywords under their own letter, in slug order (gong-ying-lian < gpu)');
  assert.deepEqual(group('S'), ['數據中心']);
  const json = JSON.parse(readFileSync(join(out, 'keywords.json'), 'utf8')) as { articles: Array<{ id: string; keywords: string[]; auto: boolean }> };
  assert.deepEqual(json.articles.find((a) => a.id === '2024/03/auto-one')!.keywords, [], 'auto: false turns extraction off');
});

test('a keyword of only punctuation or emoji is an error at the keywords line', async () => {
  const root = writeSite(tempDir(), {
    'content/2024/01/a.md': article({ title: '測試', date: '2024-01-01', keywords: '[英偉達, "！！", 🎉]' }),
  });
  await assert.rejects(build({ root, out: join(root, 'dist'), workers: 0 }), (error: unknown) => {
    assert.ok(error instanceof BuildError);
    const found = error.errors.filter((e) => e.message.includes('has no letters or digits'));
    assert.equal(found.length, 2);
    for (const e of found) {
      assert.equal(e.file, 'content/2024/01/a.md');
      assert.equal(e.line, 4);
    }
    return true;
  });
  assert.equal(existsSync(join(root, 'dist')), false, 'nothing written');
});

test('the config rejects a malformed keywords setting at its line', async () => {
  const root = writeSite(tempDir(), {
    'tongwen.config.yaml': 'title: 測試\nkeywords: { auto: maybe }\n',
    'content/a.md': article({ title: '測試', date: '2024-01-01' }),
  });
  await assert.rejects(build({ root, out: join(root, 'dist'), workers: 0 }), (error: unknown) => {
    assert.ok(error instanceof BuildError);
    assert.equal(error.errors[0]!.file, 'tongwen.config.yaml');
    assert.equal(error.errors[0]!.line, 2);
    return true;
  });
});

test('with a Taiwan variant, 輝達 and 英伟达 are one keyword named for each variant', async () => {
  const root = writeSite(tempDir(), {
    'tongwen.config.yaml': 'title: 測試\nvariants: [zh-TW, zh-Hans]\n',
    'content/2024/01/tw.md': article({ title: '輝達財報', date: '2024-01-02', lang: 'zh-TW', keywords: '[輝達, 資料中心]' }),
    'content/2024/01/cn.md': article({ title: '英伟达财报', date: '2024-01-01', lang: 'zh-Hans', keywords: '[英伟达, 数据中心]' }),
  });
  const out = join(root, 'dist');
  await build({ root, out, workers: 0 });
  const json = JSON.parse(readFileSync(join(out, 'keywords.json'), 'utf8')) as { keywords: Array<{ id: string; slug: string; names: Record<string, string>; count: number }> };
  assert.deepEqual(json.keywords.map((k) => [k.id, k.slug, k.names['zh-TW'], k.names['zh-Hans'], k.count]), [
    ['数据中心', 'shu-ju-zhong-xin', '資料中心', '数据中心', 2],
    ['英伟达', 'ying-wei-da', '輝達', '英伟达', 2],
  ]);
  assert.ok(existsSync(join(out, 'zh-tw/keywords/ying-wei-da/index.html')));
  // The zh-TW search data knows the keyword's other names, so 英伟达 finds 輝達 there.
  const data = readFileSync(join(out, 'zh-tw/search.json'), 'utf8');
  assert.match(data, /\["輝達","ying-wei-da",2,\[[^\]]*"英伟达"/);
});

test('the site glossary unifies keywords OpenCC alone does not', async () => {
  const root = writeSite(tempDir(), {
    'tongwen.config.yaml': 'title: 測試\nglossary:\n  英伟达: { zh-Hans: 英伟达, zh-Hant: 輝達 }\n',
    'content/2024/01/a.md': article({ title: '甲', date: '2024-01-02', lang: 'zh-Hant', keywords: '[輝達]' }),
    'content/2024/01/b.md': article({ title: '乙', date: '2024-01-01', lang: 'zh-Hans', keywords: '[英伟达]' }),
  });
  const out = join(root, 'dist');
  await build({ root, out, workers: 0 });
  const json = JSON.parse(readFileSync(join(out, 'keywords.json'), 'utf8')) as { keywords: Array<{ id: string; count: number }> };
  assert.deepEqual(json.keywords.map((k) => [k.id, k.count]), [['英伟达', 2]]);
});

test('keyword pages of a very long keyword and of names with `$&` or `{n}` build and show the name as written', async () => {
  const long = '国家发展和改革委员会关于促进新一代人工智能产业发展三年行动计划的通知'.repeat(3);
  const root = writeSite(tempDir(), {
    'content/2024/01/a.md': article({ title: '測試', date: '2024-01-01', lang: 'zh-Hans', keywords: `[${long}, "R$&D", "A{n}B"]` }),
  });
  const out = join(root, 'dist');
  await build({ root, out, workers: 0 });
  const json = JSON.parse(readFileSync(join(out, 'keywords.json'), 'utf8')) as { keywords: Array<{ id: string; slug: string }> };
  const slug = (id: string) => json.keywords.find((k) => k.id === id)!.slug;
  assert.ok(existsSync(join(out, 'zh-hans/keywords', slug(long), 'index.html')));
  const rd = readFileSync(join(out, 'zh-hans/keywords', slug('r$&d'), 'index.html'), 'utf8');
  assert.match(rd, /<h1>关键词：R\$&amp;D<\/h1>/);
  assert.match(rd, /<title>关键词：R\$&amp;D \| /);
  const ab = readFileSync(join(out, 'zh-hans/keywords', slug('a{n}b'), 'index.html'), 'utf8');
  // Simplified pages write “” (conversion.quotes).
  assert.match(ab, /<meta name="description" content="关键词“A\{n\}B”的 1 篇文章">/);
});

test('the site words: Chinese keyword keys of 2 to 12 characters, sorted, each once', () => {
  assert.deepEqual(siteWords(['萝卜快跑', 'gpu', '规模定律', 'ai芯片', '萝卜快跑', '港', '数据中心']), ['数据中心', '萝卜快跑', '规模定律'].sort());
});

test("the site's written keywords segment as one word (a user dictionary of the segmenter)", () => {
  const text = '萝卜快跑在武汉扩大服务，萝卜快跑的车队已超过千辆。';
  const plain = wordsOf('萝卜快跑扩大服务', text);
  assert.ok(!plain.has('萝卜快跑'), `jieba alone cuts it (萝卜|快|跑): ${[...plain.keys()].join(' ')}`);
  const site = wordsOf('萝卜快跑扩大服务', text, ['萝卜快跑', '武汉']);
  assert.equal(site.get('萝卜快跑'), 'nk', `words: ${[...site].join(' ')}`);
  assert.equal(site.get('武汉'), 'ns', 'a word the dictionary already has keeps its tag');
  assert.deepEqual([...wordsOf('萝卜快跑扩大服务', text)], [...plain], 'the plain segmenter is unchanged afterwards');
});

test('automatic keywords use the site words; their cache follows the site words', async () => {
  const root = tempDir();
  const other = (n: number) => article({ title: `武汉出行观察${n}`, date: `2024-05-0${n}`, lang: 'zh-Hans', keywords: '[出行]' }, `武汉的出租车与公交车${n}。\n`);
  const files = (keywords: string) => ({
    'content/a.md': article({ title: '蘿蔔快跑車隊', date: '2024-05-01', lang: 'zh-Hant', keywords }, '蘿蔔快跑的車隊。\n'),
    'content/b.md': article({ title: '萝卜快跑扩大服务', date: '2024-05-02', lang: 'zh-Hans' }, '萝卜快跑在武汉扩大无人出租车服务，萝卜快跑的车队已超过千辆。\n\n乘客表示服务稳定。\n'),
    'content/c.md': other(3), 'content/d.md': other(4), 'content/e.md': other(5),
  });
  const autoOf = (out: string) => (JSON.parse(readFileSync(join(out, 'keywords.json'), 'utf8')) as { articles: Array<{ id: string; keywords: string[] }> }).articles.find((a) => a.id === '2024/05/b')!.keywords;
  const cache = join(tempDir(), 'cache');
  writeSite(root, files('[蘿蔔快跑]'));
  await build({ root, out: join(root, 'dist1'), workers: 0, cache });
  assert.equal(autoOf(join(root, 'dist1'))[0], '萝卜快跑', 'written as a keyword elsewhere (in Traditional), the term is found as one word');
  writeSite(root, files('[車隊]'));
  await build({ root, out: join(root, 'dist2'), workers: 0, cache });
  await build({ root, out: join(root, 'dist3'), pool: await pool() });
  assert.ok(!autoOf(join(root, 'dist2')).includes('萝卜快跑'), `without the site word: ${autoOf(join(root, 'dist2')).join(' ')}`);
  assert.equal(readFileSync(join(root, 'dist2', 'keywords.json'), 'utf8'), readFileSync(join(root, 'dist3', 'keywords.json'), 'utf8'), 'the cached build equals a build without cache, in worker threads');
  writeSite(root, files('[蘿蔔快跑]'));
  await build({ root, out: join(root, 'dist4'), pool: await pool() });
  assert.equal(readFileSync(join(root, 'dist1', 'keywords.json'), 'utf8'), readFileSync(join(root, 'dist4', 'keywords.json'), 'utf8'), 'the same in worker threads');
});

test("a site keyword's boost ranks it first but does not raise the floor the others must reach", () => {
  const key = keyFunction([...both]);
  const docs = [
    doc('a', 'zh-Hans', true, '百度/n 大模型/c', '大模型/c 大模型/c 百度/n 大模型/c', '百度/n 文心/n 大模型/c'),
    doc('b', 'zh-Hans', false, '', '大模型/c 百度/n'), doc('c', 'zh-Hans', false, '', '百度/n 天气/n'), doc('d', 'zh-Hans', false, '', '天气/n 文心/n'),
  ];
  const plain = pickAutoKeywords(docs, key, new Set()).get('a')!;
  const known = pickAutoKeywords(docs, key, new Set(['大模型'])).get('a')!;
  assert.deepEqual(known.map((k) => k.key).slice(0, 2), ['大模型', '百度'], `picked: ${known.map((k) => `${k.key}:${k.score}`).join(' ')}`);
  assert.ok(known[1]!.score < 0.4 * known[0]!.score, 'below 0.4 of the boosted score, above 0.4 of the unboosted one');
  assert.deepEqual(known.slice(1).map((k) => k.key), plain.filter((k) => k.key !== '大模型').map((k) => k.key), 'the others are those chosen without the boost');
});

test("common words jieba's dictionary tags as names are common nouns; a name starting with a function character is a word it did not know", () => {
  const words = wordsOf('外国游客绑定银行卡', '外国游客可以绑定银行卡，城市里的商户都支持，马斯克也来了。');
  assert.equal(words.get('银行卡'), 'n', `words: ${[...words].join(' ')}`);
  assert.equal(words.get('城市'), 'n');
  assert.equal(words.get('马斯克'), 'nr', 'a real name keeps its tag');
  assert.deepEqual(retag({ word: '和超微', tag: 'nr' }), { word: '超微', tag: 'x' }, 'without the character glued to its start');
  assert.deepEqual(retag({ word: '明显增加', tag: 'nr' }), { word: '明显增加', tag: 'x' });
  assert.deepEqual(retag({ word: '华为', tag: 'nr' }), { word: '华为', tag: 'nr' });
  assert.deepEqual(retag({ word: '武汉', tag: 'ns' }), { word: '武汉', tag: 'ns' });
});

test("a chosen term becomes the headline's named form of it (a place + the term) when that makes half its uses", () => {
  const key = keyFunction([...both]);
  const other = (id: string, text: string) => doc(id, 'zh-Hans', false, '', text);
  const site = (body: string) => [
    doc('a', 'zh-Hans', true, '高雄/x 高雄捷运/c 捷运/n 免费/vn 网络/n', '高雄/x 高雄捷运/c 捷运/n 车站/n 网络/n', body),
    other('b', '捷运/n 车站/n'), other('c', '捷运/n 票价/n'), other('d', '网络/n 车站/n'), other('e', '天气/n'),
  ];
  const named = pickAutoKeywords(site('捷运/n 公司/n 捷运/n'), key, new Set()).get('a')!.map((k) => k.key);
  assert.equal(named[0], '高雄捷运', `picked: ${named.join(' ')}`);
  const plain = pickAutoKeywords(site('捷运/n 捷运/n 捷运/n 捷运/n 公司/n'), key, new Set()).get('a')!.map((k) => k.key);
  assert.equal(plain[0], '捷运', `used mostly alone, the term stays: ${plain.join(' ')}`);
});

test('no compound ends with a generic tail (案件, 生态, 中下游, 司机); launch-day words (开卖, 首周) are never keywords', () => {
  const words = wordsOf('深伪诈骗案件增加', '深伪诈骗案件增加，长江中下游进入汛期，算力生态成形，网约车司机收入下降。');
  for (const w of ['诈骗案件', '长江中下游', '算力生态', '网约车司机']) assert.ok(!words.has(w), `${w}: ${[...words.keys()].join(' ')}`);
  const more = wordsOf('萤火虫首款小车上市', '萤火虫首款小车上市，东数西算工程提速。');
  for (const w of ['首款小车', '西算工程']) assert.ok(!more.has(w), `${w}: ${[...more.keys()].join(' ')}`);
  const key = keyFunction([...both]);
  const docs = [
    doc('a', 'zh-Hans', true, '开卖/v 任天堂/nz', '开卖/v 首周/t 开卖/v 首周/t 任天堂/nz', '开卖/v 首周/t 销量/n'),
    doc('b', 'zh-Hans', false, '', '开卖/v 首周/t 销量/n'), doc('c', 'zh-Hans', false, '', '任天堂/nz 首周/t'), doc('d', 'zh-Hans', false, '', '天气/n'),
  ];
  const picked = pickAutoKeywords(docs, key, new Set()).get('a')!.map((k) => k.key);
  assert.ok(picked.includes('任天堂') && !picked.includes('开卖') && !picked.includes('首周'), `picked: ${picked.join(' ')}`);
});

test('a common noun the site mostly uses as a verb (已量产, 正式生效) weighs as a verb', () => {
  const tags = articleTerms('新规正式生效', textBlocks(parseMarkdown('新规正式生效，工厂已量产，量产顺利。'))).blocks[0]!.split('\t');
  const tagOf = (w: string) => tags.filter((_, i) => i % 2 === 1 && tags[i - 1] === w);
  assert.deepEqual(tagOf('量产'), ['nv', 'n'], `after 已 a verb, as a subject a noun: ${tags.join(' ')}`);
  const key = keyFunction([...both]);
  const site = (verbal: boolean) => [
    doc('a', 'zh-Hans', true, '量产/n 电池/n', `${verbal ? '量产/nv' : '量产/n'} 电池/n 量产/n`, `${verbal ? '量产/nv' : '量产/n'} 电池/n`),
    doc('b', 'zh-Hans', false, '', `${verbal ? '量产/nv' : '量产/n'} 电池/n`), doc('c', 'zh-Hans', false, '', `${verbal ? '量产/nv' : '量产/n'} 电池/n`), doc('d', 'zh-Hans', false, '', '天气/n'),
  ];
  const score = (verbal: boolean) => pickAutoKeywords(site(verbal), key, new Set(), { minShare: 0, onceShare: 0 }).get('a')!.find((k) => k.key === '量产')?.score ?? 0;
  assert.ok(score(true) < score(false), `as a verb ${score(true)}, as a noun ${score(false)}`);
});

test('product codes written in capitals are names, not handles (C919, not kevin2049); 社会 starts a compound; 条例, 票价 end none', () => {
  const key = keyFunction([...both]);
  const docs = [
    doc('a', 'zh-Hans', true, 'C919/eng 大飞机/c', 'C919/eng 交付/vn C919/eng kevin2049/eng kevin2049/eng', 'C919/eng 大飞机/c'),
    doc('b', 'zh-Hans', false, '', 'C919/eng 交付/vn kevin2049/eng'), doc('c', 'zh-Hans', false, '', '大飞机/c 天气/n kevin2049/eng'), doc('d', 'zh-Hans', false, '', '天气/n'),
  ];
  const picked = pickAutoKeywords(docs, key, new Set()).get('a')!.map((k) => k.key);
  assert.ok(picked.includes('c919') && !picked.includes('kevin2049'), `picked: ${picked.join(' ')}`);
  const words = wordsOf('社会住宅供不应求', '社会住宅供不应求。稳定币条例生效，北捷票价调涨。');
  assert.ok(words.has('社会住宅'), `words: ${[...words.keys()].join(' ')}`);
  assert.ok(!words.has('稳定币条例') && !words.has('北捷票价'), `words: ${[...words.keys()].join(' ')}`);
});

test('a name jieba did not know written against a capitalized Latin part is one name (智谱AI, 玄戒O1); a long noun and a short one join (人工智能法案)', () => {
  const words = wordsOf('智谱AI启动上市辅导', '智谱AI启动上市辅导，玄戒O1芯片亮相。欧盟人工智能法案生效。');
  for (const w of ['智谱AI', '玄戒O1', '人工智能法案']) assert.ok(words.has(w), `${w}: ${[...words.keys()].join(' ')}`);
  assert.ok(!words.has('小米SU7') && !wordsOf('小米SU7交付', '小米SU7交付。').has('小米SU7'), 'not a word jieba knows (小米) with a model name');
});

test('a compound headed by a place that also stands alone is a phrase: its topic stays a term (香港 稳定币, not 香港稳定币)', () => {
  const key = keyFunction([...both]);
  const other = (id: string, text: string) => doc(id, 'zh-Hans', false, '', text);
  const docs = [
    doc('a', 'zh-Hans', true, '香港/ns 香港稳定币/c 稳定币/c 牌照/n', '香港/ns 香港稳定币/c 稳定币/c 牌照/n', '香港/ns 金融/n'),
    other('b', '香港/ns 金融/n'), other('c', '牌照/n 金融/n'), other('d', '天气/n'), other('e', '香港/ns 天气/n'),
  ];
  const picked = pickAutoKeywords(docs, key, new Set()).get('a')!.map((k) => k.key);
  assert.ok(picked.includes('稳定币') && picked.includes('香港'), `picked: ${picked.join(' ')}`);
});

test('a name and 号 is one name (海鲲号); a word jieba did not know starting with a degree adverb (偏高) is none', () => {
  const words = wordsOf('国造潜舰海鲲号海测延宕', '国造潜舰海鲲号海测延宕，保费偏高。');
  assert.ok(words.has('海鲲号'), `words: ${[...words.keys()].join(' ')}`);
  // A place name and 号 too (西拉雅号, a train named after the Siraya: jieba tags 西拉雅 a place).
  const train = wordsOf('彩绘列车西拉雅号启航', '西拉雅号今日启航，西拉雅号行驶南部铁道。');
  assert.ok(train.has('西拉雅号'), `words: ${[...train.keys()].join(' ')}`);
  assert.ok(!words.has('偏高'), `words: ${[...words.keys()].join(' ')}`);
});

test('an unknown word loses the grammatical character glued to its start (用+小红书); 海外, 国产 start compounds; a verb and an unknown word join (就业+金卡)', () => {
  assert.deepEqual(retag({ word: '用小红书', tag: 'x' }), { word: '小红书', tag: 'x' });
  assert.deepEqual(retag({ word: '这台', tag: 'x' }), { word: '这台', tag: 'x' }, 'two characters: left as it is (and never a candidate)');
  const words = wordsOf('就业金卡核发破万张', '年轻人用小红书搜索。菜鸟海外仓面积翻倍，国产剧出海。就业金卡核发破万张。');
  for (const w of ['小红书', '海外仓', '国产剧', '就业金卡']) assert.ok(words.has(w), `${w}: ${[...words.keys()].join(' ')}`);
  assert.ok(!words.has('用小红书'));
});

test('the terms-only pass counts the same terms as the full pass (same conversion options and base path)', () => {
  const bytes = new TextEncoder().encode(article({ title: '「軟體」供應鏈', date: '2024-05-01', lang: 'zh-Hant' }, '「軟體」供應鏈的[資安](/a/)問題，軟體公司回應。\n\n## 資安\n\n供應鏈攻擊增加。\n'));
  for (const conversion of [undefined, { forms: 'opencc' as const, vocabulary: 'computing' as const, quotes: false }]) {
    const ctx = { variants: ['zh-Hans', 'zh-Hant'] as Array<'zh-Hans' | 'zh-Hant'>, timeZone: 'Asia/Shanghai', defaultLang: 'zh-Hant' as const, basePath: '/news/', html: {}, drafts: false, autoKeywords: true, termSample: 1, ...(conversion ? { conversion } : {}) };
    const full = processArticle('a.md', bytes, ctx);
    const only = processArticle('a.md', bytes, { ...ctx, termsOnly: true });
    assert.ok(full.ok && only.ok);
    assert.deepEqual(only.article.terms, full.article.terms);
    assert.equal(only.article.terms!.blocks.length, full.article.text!.hashes.length, 'one terms entry per hashed block');
  }
});

test('a thing named by a place comes with its kind, as editors tag them (杭州亚运会 and 亚运会)', () => {
  const key = keyFunction([...both]);
  const other = (id: string, text: string) => doc(id, 'zh-Hans', false, '', text);
  const docs = [
    doc('a', 'zh-Hans', true, '杭州/ns 杭州亚运会/c 亚运会/j 场馆/n', '杭州/ns 杭州亚运会/c 亚运会/j 场馆/n', '场馆/n 市民/n'),
    other('b', '场馆/n 市民/n'), other('c', '亚运会/j 天气/n'), other('d', '天气/n'), other('e', '市民/n'),
  ];
  const picked = pickAutoKeywords(docs, key, new Set()).get('a')!.map((k) => k.key);
  assert.ok(picked.includes('杭州亚运会') && picked.includes('亚运会'), `picked: ${picked.join(' ')}`);
});

/** An article of real text as the workers count it: its title and paragraphs, segmented (Simplified). */
function realDoc(id: string, wanted: boolean, title: string, ...paragraphs: string[]) {
  const terms = articleTerms(title, textBlocks(parseMarkdown(paragraphs.join('\n\n'))));
  return { id, lang: 'zh-Hans' as const, wanted, terms, hashes: terms.blocks.map((_, i) => 1000 * id.length + i) };
}

test('a word jieba did not know made of verb and adjective characters (调涨, 推高, 难求) is no candidate; a name of such a word is (蔚来, 鸿海, 顺丰)', () => {
  const j = segmenter();
  for (const w of ['调涨', '推高', '难求', '多地', '转冷']) assert.ok(verbLike(w, j), `${w} is verb-like`);
  for (const w of ['蔚来', '鸿海', '顺丰', '伟达', '时薪', '宇树']) assert.ok(!verbLike(w, j), `${w} is a name or noun`);
  const words = wordsOf('基本工资明年调涨，月薪突破两万九', '持续高温推高用电负荷。急诊室一床难求。蔚来与鸿海合作，顺丰承运。');
  for (const w of ['调涨', '推高', '难求']) assert.ok(!words.has(w), `${w}: ${[...words.keys()].join(' ')}`);
  for (const w of ['基本工资', '蔚来', '鸿海', '顺丰']) assert.ok(words.has(w), `${w}: ${[...words.keys()].join(' ')}`);
});

test('a capitalized Latin abbreviation written against a Chinese noun is one term (AI客服, AI伺服器); not with a generic word (AI功能)', () => {
  const words = wordsOf('银行用AI客服替代人工', '多家银行的电话客服改由AI客服接听，AI功能有限。AI伺服器需求强劲。');
  assert.equal(words.get('AI客服'), 'c', `words: ${[...words].join(' ')}`);
  assert.equal(words.get('AI伺服器'), 'c');
  assert.ok(!words.has('AI功能'), 'not with a stop word');
  assert.ok(words.has('AI') && words.has('客服'), 'the parts stay candidates');
});

test("two common words the lead repeats from the title once (流感+疫情) weigh as a common noun: the word that stands alone wins", () => {
  const key = keyFunction([...both]);
  const docs = [
    realDoc('flu', true, '流感疫情升温，急诊室一床难求', '疾管署监测显示，上周类流感门急诊就诊人次突破十二万，流感疫情持续升温。',
      '多家医学中心急诊室出现一床难求的情况，病患等候住院的时间超过两天。', '疾管署呼吁尚未接种公费流感疫苗的长者与幼童尽速接种。'),
    realDoc('b', false, '疫情趋缓', '各地疫情趋缓，医院门诊人次回落。'), realDoc('c', false, '医院扩建', '医院扩建急诊室，门诊大楼明年启用。'),
    realDoc('d', false, '天气转凉', '本周天气转凉，各地气温下降。'), realDoc('e', false, '流感疫苗开打', '公费流感疫苗今起开打，长者优先。'),
  ];
  const picked = pickAutoKeywords(docs, key, new Set()).get('flu')!.map((k) => k.key);
  assert.ok(picked.includes('流感'), `picked: ${picked.join(' ')}`);
  assert.ok(!picked.includes('流感疫情'), `picked: ${picked.join(' ')}`);
  // The same compound, used twice more in the body, is a term.
  const twice = [realDoc('flu', true, '流感疫情升温', '流感疫情持续升温，急诊室一床难求。', '专家预计流感疫情将在下月达到高峰，流感疫情期间应戴口罩。'), ...docs.slice(1)];
  assert.ok(pickAutoKeywords(twice, key, new Set()).get('flu')!.some((k) => k.key === '流感疫情'));
});

test("the title counts a word of the body its own segmentation cut otherwise (国|片 in the headline, 国片 in the body)", () => {
  const titleOf = (title: string, body: string) => {
    const parts = articleTerms(title, textBlocks(parseMarkdown(body))).title.split('\t');
    return new Map(parts.flatMap((w, i) => (i % 2 === 0 ? [[w, parts[i + 1]!] as const] : [])));
  };
  const plain = titleOf('国片票房破三亿', '');
  assert.ok(!plain.has('国片'), `the headline alone cuts 国|片: ${[...plain.keys()].join(' ')}`);
  const title = titleOf('国片票房破三亿', '一部描写南部家族故事的国片上映六周，票房领先。');
  assert.equal(title.get('国片'), 'n', `title words: ${[...title].join(' ')}`);
  // Not a word inside one of the title's (台积 beside 台积电), nor one holding one (舰海鲲号 beside 海鲲号), nor a compound.
  assert.equal(withBodyWords('台积电\tc\t扩产\tv', '台积电扩产', ['台积\tx\t扩产\tv']), '台积电\tc\t扩产\tv');
  assert.equal(withBodyWords('潜舰\tn\t海鲲号\tc', '潜舰海鲲号海试', ['舰海鲲号\tx\t海试\tc']), '潜舰\tn\t海鲲号\tc');
  assert.equal(withBodyWords('', '国片票房', ['国片\tn\t票房\tn']), '国片\tn\t票房\tn', 'a title without words of its own gets the body words it holds');
});

test('a compound of the headline that the body uses too names the topic even when its part stands alone more often (AI客服 beside 人工客服)', () => {
  const key = keyFunction([...both]);
  const body = ['多家银行的电话客服改由AI客服接听，转接人工客服需要多次按键，老年用户投诉明显增多。', '消费者协会表示，AI客服难以理解方言，客服热线也常占线。', '监管部门要求银行保留便捷的人工客服通道。'];
  const background = [realDoc('b', false, '银行网点减少', '多家银行关闭网点，老年用户不便。'), realDoc('c', false, '方言节目', '电视台推出方言节目。'),
    realDoc('d', false, '天气转凉', '本周天气转凉，各地气温下降。'), realDoc('e', false, '投诉增多', '消费者协会称投诉增多。')];
  const picked = pickAutoKeywords([realDoc('a', true, '银行用AI客服替代人工，老年用户投诉增多', ...body), ...background], key, new Set()).get('a')!.map((k) => k.key);
  assert.ok(picked.includes('ai客服'), `picked: ${picked.join(' ')}`);
  // Without it in the title, the compound is a phrase of its part, which stands alone more often.
  const untitled = pickAutoKeywords([realDoc('a', true, '银行客服改革', ...body), ...background], key, new Set()).get('a')!.map((k) => k.key);
  assert.ok(!untitled.includes('ai客服') && untitled.includes('客服'), `picked: ${untitled.join(' ')}`);
});

test('the people and places of city news (市民, 居民, 本市, 多地) are generic words, as 民众 is', () => {
  const key = keyFunction([...both]);
  const docs = [
    realDoc('a', true, '暑期血库告急，市民踊跃献血', '进入暑期，多地血库告急，部分血型的库存仅能维持三天。市民踊跃献血。', '血液中心呼吁本市市民积极献血，市民可就近前往献血点，居民也可预约。'),
    realDoc('b', false, '市民公园开放', '本市市民公园今起开放。'), realDoc('c', false, '天气转凉', '本周天气转凉，多地气温下降。'), realDoc('d', false, '血型知识', '血型分为四种。'),
    realDoc('e', false, '市民卡', '市民卡可乘公交。'),
  ];
  const picked = pickAutoKeywords(docs, key, new Set()).get('a')!.map((k) => k.key);
  assert.ok(picked.includes('血库'), `picked: ${picked.join(' ')}`);
  for (const w of ['市民', '居民', '本市', '多地']) assert.ok(!picked.includes(w), `${w}: picked ${picked.join(' ')}`);
});

test('a term the site says in more than half its articles is never a keyword, counting the articles where it is only inside a longer term (香港 of Hong Kong releases)', () => {
  const key = keyFunction([...both]);
  const other = (id: string, text: string) => doc(id, 'zh-Hans', false, '', text);
  const docs = [
    doc('a', 'zh-Hans', true, '香港/ns 民族党/n', '香港/ns 民族党/n 申述/n 香港/ns'),
    ...['b', 'c', 'd', 'e'].map((id) => other(id, '香港/ns 天气/n')),
    // 香港 here only as part of 香港赛马会 (a fragment there, dropped from the article's terms): still said.
    ...['f', 'g', 'h', 'i', 'j'].map((id) => other(id, '香港/ns 香港赛马会/c 香港赛马会/c 马场/n')),
    other('k', '天气/n 马场/n'), other('l', '马场/n 申述/n'),
  ];
  const picked = pickAutoKeywords(docs, key, new Set()).get('a')!.map((k) => k.key);
  assert.ok(!picked.includes('香港'), `in 10 of 12 articles (5 as a term of its own): picked ${picked.join(' ')}`);
  assert.ok(picked.includes('民族党'), `picked: ${picked.join(' ')}`);
});

test('a dictionary name starting with a function character stays whole (以色列, never 色列); one whose rest is a word loses it (和+超微)', () => {
  const words = wordsOf('陈茂波访问以色列', '财政司司长访问以色列，与以色列创新局会面。');
  assert.ok(words.has('以色列') && !words.has('色列'), `words: ${[...words].join(' ')}`);
  assert.deepEqual(retag({ word: '以色列', tag: 'ns' }), { word: '以色列', tag: 'ns' });
  assert.deepEqual(retag({ word: '和超微', tag: 'nr' }), { word: '超微', tag: 'x' });
});

test('Hong Kong variant characters OpenCC leaves (衞) are folded: 衞生署 is one word and one key with 衛生署 and 卫生署', () => {
  const key = keyFunction([...both]);
  assert.equal(key('衞生署', 'zh-Hant'), '卫生署');
  assert.equal(key('衛生署', 'zh-Hant'), '卫生署');
  assert.equal(key('衞生署', 'zh-Hans'), '卫生署');
  // The Simplified text of a Hong Kong release (what terms are found in) keeps 衞, as OpenCC's t → cn leaves it: jieba
  // cut 衞|生|署 and 生署 was a term.
  const words = wordsOf('衞生署提醒市民预防中暑', '衞生署提醒市民，炎热天气下应多喝水。衞生署又指出，长者尤其要小心。');
  assert.ok(words.has('卫生署') && !words.has('生署'), `words: ${[...words].join(' ')}`);
});

test('titles and roles are no keywords and join no compound (湖北省省长, 事务局局长; 行政长官 does not take 林 of 林郑月娥)', () => {
  const words = wordsOf('林郑月娥会见湖北省省长王晓东', '行政长官林郑月娥今日会见湖北省省长王晓东。民政事务局局长刘江华亦有出席。');
  for (const w of ['湖北省省长', '省长王晓东', '事务局局长', '局长刘江华', '行政长官林']) assert.ok(!words.has(w), `${w} in: ${[...words].join(' ')}`);
  assert.ok(words.has('林郑月娥') && words.has('湖北省') && words.has('王晓东'), `words: ${[...words].join(' ')}`);
  const key = keyFunction([...both]);
  const docs = [
    doc('a', 'zh-Hans', true, '湖北省/ns 省长/n 重庆市/ns 市长/n', '湖北省/ns 省长/n 省长/n 重庆市/ns 市长/n 市长/n'),
    doc('b', 'zh-Hans', false, '', '天气/n 省长/n'), doc('c', 'zh-Hans', false, '', '天气/n'), doc('d', 'zh-Hans', false, '', '市长/n 马场/n'),
  ];
  const picked = pickAutoKeywords(docs, key, new Set()).get('a')!.map((k) => k.key);
  assert.ok(!picked.includes('省长') && !picked.includes('市长'), `picked: ${picked.join(' ')}`);
});

test('a place name and a bound morpheme jieba cuts off are one name (深水+埗), and the cut piece is no keyword', () => {
  const words = wordsOf('旅发局推广深水埗', '旅发局推广深水埗的地道特色。深水埗是香港的老区。');
  assert.ok(words.has('深水埗'), `words: ${[...words].join(' ')}`);
});

test('a long name of three or four words repeated as written is a term (空气质素健康指数, 诱蚊产卵器指数); written once, it leaves its parts alone', () => {
  const words = wordsOf('空气质素健康指数达甚高水平', '环保署表示，今日空气质素健康指数达甚高水平。市民应留意空气质素健康指数的最新情况。');
  assert.equal(words.get('空气质素健康指数'), 'cl', `words: ${[...words].join(' ')}`);
  const mosquito = wordsOf('食环署公布诱蚊产卵器指数', '食环署今日公布诱蚊产卵器指数。诱蚊产卵器指数上升。');
  assert.equal(mosquito.get('诱蚊产卵器指数'), 'cl', `words: ${[...mosquito].join(' ')}`);
  // Phrases are not long names: a generic word or a verb at the end (晶圆代工+业务+亏损, 半导体设备+出口).
  const phrases = wordsOf('英特尔晶圆代工业务亏损扩大', '英特尔晶圆代工业务亏损扩大。日本限制半导体设备出口。');
  assert.ok(!phrases.has('晶圆代工业务亏损') && !phrases.has('半导体设备出口'), `words: ${[...phrases].join(' ')}`);
  const key = keyFunction([...both]);
  const other = (id: string, text: string) => doc(id, 'zh-Hans', false, '', text);
  const docs = [
    doc('a', 'zh-Hans', true, '空气质素健康指数/cl 指数/n 空气质素/c', '空气质素健康指数/cl 指数/n 空气质素/c 监测站/n', '空气质素健康指数/cl 指数/n 空气质素/c 臭氧/n'),
    doc('b', 'zh-Hans', true, '香港稳定币/cl 稳定币/c 条例/n', '稳定币/c 牌照/n 稳定币/c'),
    other('c', '指数/n 天气/n'), other('d', '臭氧/n 天气/n'), other('e', '牌照/n 天气/n'), other('f', '天气/n'),
  ];
  const picked = pickAutoKeywords(docs, key, new Set());
  assert.equal(picked.get('a')![0]!.key, '空气质素健康指数', `picked: ${picked.get('a')!.map((k) => k.key).join(' ')}`);
  assert.ok(picked.get('b')!.some((k) => k.key === '稳定币'), `a long name in the title only is no term: picked ${picked.get('b')!.map((k) => k.key).join(' ')}`);
});

test('the visits and meetings of government news (两地, 会面, 行程, 特区政府) are generic words; the places met are not', () => {
  const key = keyFunction([...both]);
  const docs = [
    realDoc('a', true, '林郑月娥会见湖北省及重庆市访问团', '行政长官今日与湖北省及重庆市访问团会面，双方同意加强两地合作。', '特区政府会继续促进两地交流，访问团的行程包括参观高铁西九龙站。会面后双方交换意见。'),
    realDoc('b', false, '湖北省推介会', '湖北省在港举行推介会。'), realDoc('c', false, '重庆市经贸', '重庆市经贸代表团来港。'), realDoc('d', false, '天气转凉', '本周天气转凉。'),
    realDoc('e', false, '特区政府公布数字', '特区政府今日公布数字。'),
  ];
  const picked = pickAutoKeywords(docs, key, new Set()).get('a')!.map((k) => k.key);
  assert.ok(picked.includes('湖北省') || picked.includes('重庆市'), `picked: ${picked.join(' ')}`);
  for (const w of ['两地', '会面', '行程', '特区政府']) assert.ok(!picked.includes(w), `${w}: picked ${picked.join(' ')}`);
});

test('a short term between corner or double quotes is a name as written (「一带一路」, 「再工业化」, “双碳”); a long quoted phrase is not', () => {
  const words = wordsOf('香港在“一带一路”的角色', '特区政府积极参与「一带一路」建设，推动「再工业化」。“双碳”目标。「二零一三至二零二零年的精神健康行动计划」已完成。');
  for (const w of ['一带一路', '再工业化', '双碳']) assert.ok(words.has(w), `${w} in: ${[...words].join(' ')}`);
  assert.equal(words.get('一带一路'), 'nq');
  assert.ok(!words.has('二零一三至二零二零年的精神健康行动计划'), `words: ${[...words].join(' ')}`);
  const key = keyFunction([...both]);
  const docs = [
    realDoc('a', true, '香港在「一带一路」的角色', '「一带一路」为香港带来机遇。', '特区政府会把握「一带一路」的机遇，推动物流发展。'),
    realDoc('b', false, '物流业', '物流业发展。'), realDoc('c', false, '天气转凉', '本周天气转凉。'), realDoc('d', false, '机遇', '新的机遇。'),
  ];
  const picked = pickAutoKeywords(docs, key, new Set()).get('a')!.map((k) => k.key);
  assert.equal(picked[0], '一带一路', `picked: ${picked.join(' ')}`);
  assert.ok(!picked.includes('一带') && !picked.includes('一路'), `picked: ${picked.join(' ')}`);
});

test('the words of a ceremony speech (同仁, 典礼, 祝福, 心声, 伉俪, 因应) are no keywords; the topic of the speech is', () => {
  const key = keyFunction([...both]);
  const docs = [
    realDoc('a', true, '总统出席典礼　祝福同仁　强化治安', '总统今日出席典礼，感谢同仁，并祝福大家。总统表示，治安是民众的后盾。',
      '总统感谢同仁的辛劳，也聆听基层的心声。政府将因应新的犯罪手法，深化治安工作，维护治安。'),
    realDoc('b', true, '总统伉俪欢迎帛琉总统', '总统伉俪今日以军礼欢迎帛琉总统，祝福两国友谊长存。', '帛琉是邦交国，双方深化观光交流。帛琉总统感谢台湾。'),
    realDoc('c', false, '交通安全宣导', '交通安全宣导活动今日举行。'), realDoc('d', false, '天气转凉', '本周天气转凉。'), realDoc('e', false, '邦交国', '外交部表示，邦交国支持台湾。'),
  ];
  const picked = pickAutoKeywords(docs, key, new Set());
  const a = picked.get('a')!.map((k) => k.key);
  const b = picked.get('b')!.map((k) => k.key);
  assert.equal(a[0], '治安', `picked: ${a.join(' ')}`);
  assert.ok(b.includes('帛琉'), `picked: ${b.join(' ')}`);
  for (const w of ['同仁', '典礼', '祝福', '心声', '后盾', '因应', '深化', '辛劳', '伉俪', '两国']) assert.ok(!a.includes(w) && !b.includes(w), `${w}: picked ${a.join(' ')} | ${b.join(' ')}`);
  // … nor the milestones, issues and dinners of receptions (里程碑, 议题, 建言, 晚宴).
  const reception = [
    realDoc('r', true, '总统接见传统基金会创办人　盼台美关系创造新的里程碑', '总统接见传统基金会创办人，盼台美关系创造新的里程碑，并就区域议题交换意见。',
      '传统基金会长期提供政府建言。总统晚宴款待传统基金会访团，双方讨论议题，迈向新的里程碑。'),
    realDoc('s', false, '天气转凉', '本周天气转凉。'), realDoc('t', false, '台美关系', '台美关系密切。'), realDoc('u', false, '创办人', '创办人致词。'),
  ];
  const r = pickAutoKeywords(reception, key, new Set()).get('r')!.map((k) => k.key);
  assert.equal(r[0], '传统基金会', `picked: ${r.join(' ')}`);
  for (const w of ['里程碑', '议题', '建言', '晚宴']) assert.ok(!r.includes(w), `${w}: picked ${r.join(' ')}`);
  // jieba's dictionary tags 同仁, 祝福 and 双赢 as names of people: common words here.
  for (const w of ['同仁', '祝福', '双赢']) assert.equal(retag({ word: w, tag: 'nr' }).tag, 'n', w);
});

test('a person named by surname and role (赖总统, 蔡副总统) and an institution head (外交部长) are titles of office, never keywords nor compounds', () => {
  for (const w of ['赖总统', '蔡副总统', '卓院长', '外交部长', '行政院长', '警政署长', '总统', '指挥官']) assert.ok(isTitleOfOffice(w), w);
  for (const w of ['总统府', '田纳西州', '英国', '院长室内乐团', '部长级会议']) assert.ok(!isTitleOfOffice(w), w);
  const words = wordsOf('赖总统接见英国前首相', '赖总统今日接见英国前首相。赖总统表示，台英关系密切。');
  assert.ok(!words.has('赖总统'), `words: ${[...words].join(' ')}`);
  const key = keyFunction([...both]);
  const docs = [
    realDoc('a', true, '赖总统接见英国前首相约翰逊', '赖总统今日接见英国前首相约翰逊。赖总统表示，感谢约翰逊支持台湾。', '约翰逊表示，英国与台湾有共同的价值。赖总统也感谢英国国会。'),
    realDoc('b', false, '天气转凉', '本周天气转凉。'), realDoc('c', false, '英国', '英国经济。'), realDoc('d', false, '外交部长出访', '外交部长今日出访。'),
  ];
  const picked = pickAutoKeywords(docs, key, new Set()).get('a')!.map((k) => k.key);
  assert.ok(picked.includes('约翰逊'), `picked: ${picked.join(' ')}`);
  assert.ok(!picked.includes('赖总统'), `picked: ${picked.join(' ')}`);
});

test("a long official name of the headline (中央灾害应变中心, 亚洲动物保护大会) that the body writes twice is one term; its pieces are not", () => {
  assert.ok(headlineNames('总统视察中央灾害应变中心　感谢救灾人员').includes('中央灾害应变中心'));
  assert.ok(headlineNames('总统出席亚洲动物保护大会').includes('亚洲动物保护大会'));
  assert.ok(headlineNames('科技专才培育计划今日推出').includes('科技专才培育计划'), headlineNames('科技专才培育计划今日推出').join(' '));
  // Phrases are not names: from a verb or an adverb (持续+深化+伙伴关系), with a function word, a generic tail at the end.
  assert.deepEqual(headlineNames('总统盼持续深化伙伴关系'), []);
  // A verb only right before the last word (a verb with more after it is a clause), and none that takes an object.
  assert.ok(!headlineNames('渔护署整合越野单车径').includes('渔护署整合越野单车径'), headlineNames('渔护署整合越野单车径').join(' '));
  assert.ok(!headlineNames('总统春节慰勉警察').some((n) => n.includes('慰勉')), headlineNames('总统春节慰勉警察').join(' '));
  assert.ok(!headlineNames('台积电扩大半导体设备投资').some((n) => n.endsWith('投资')), headlineNames('台积电扩大半导体设备投资').join(' '));
  const title = '总统视察中央灾害应变中心';
  const twice = wordsOf(title, '总统今日视察中央灾害应变中心，听取简报。中央灾害应变中心已提前开设。');
  assert.equal(twice.get('中央灾害应变中心'), 'ct', `words: ${[...twice].join(' ')}`);
  const key = keyFunction([...both]);
  const docs = [
    realDoc('a', true, title, '总统今日视察中央灾害应变中心，听取台风简报。', '中央灾害应变中心已提前开设，各部会进驻。总统感谢救灾人员。'),
    realDoc('b', true, '总统视察中央灾害应变中心', '总统今日视察中央灾害应变中心，听取台风简报。', '各部会已进驻，总统感谢救灾人员。'),
    realDoc('c', false, '天气转凉', '本周天气转凉。'), realDoc('d', false, '台风路径', '台风路径偏北。'), realDoc('e', false, '中央政府', '中央政府预算。'),
  ];
  const picked = pickAutoKeywords(docs, key, new Set());
  const a = picked.get('a')!.map((k) => k.key);
  assert.equal(a[0], '中央灾害应变中心', `picked: ${a.join(' ')}`);
  assert.ok(!a.includes('中央灾害') && !a.includes('灾害'), `picked: ${a.join(' ')}`);
  // Written once in the body: not a term of its own.
  const b = picked.get('b')!.map((k) => k.key);
  assert.ok(!b.includes('中央灾害应变中心'), `picked: ${b.join(' ')}`);
});

test('nouns jieba tags as verbs (警察) and festivals it tags as time words (中秋节, 国庆) are nouns; 下午 stays a time word', () => {
  assert.equal(retag({ word: '警察', tag: 'v' }).tag, 'n');
  assert.equal(retag({ word: '中秋节', tag: 't' }).tag, 'n');
  assert.equal(retag({ word: '国庆', tag: 't' }).tag, 'n');
  assert.equal(retag({ word: '下午', tag: 't' }).tag, 't');
  assert.equal(retag({ word: '表示', tag: 'v' }).tag, 'v');
  const words = wordsOf('总统春节慰勉警察', '总统今日慰勉警察。警察维护治安。国庆焰火在南投举行。');
  for (const w of ['警察', '春节', '国庆焰火']) assert.ok(words.has(w), `${w} in: ${[...words].join(' ')}`);
});

test('no compound starts from a word jieba did not know that starts with a grammatical character (会当+运动员, 并期+勉)', () => {
  const words = wordsOf('国家会当运动员后盾', '国家会当运动员后盾，并期勉大家。');
  for (const w of ['会当运动员', '并期勉']) assert.ok(!words.has(w), `${w} in: ${[...words].join(' ')}`);
  assert.ok(words.has('运动员'), `words: ${[...words].join(' ')}`);
});

test('a Chinese name glossed in Latin is a name however jieba tags it (强生（Boris Johnson）, 卡斯楚那斯), and counts each time it is written', () => {
  assert.deepEqual(glossedNames(['英国前首相强生（Boris Johnson）访团', '首先欢迎卡斯楚那斯（Laurynas Kasčiūnas）主席', '同时欢迎莎卡琳恩（Dovilė Šakalienė）副主席',
    '副助理国务卿华自强（Rick Waters）']), ['强生', '卡斯楚那斯', '莎卡琳恩', '华自强']);
  // Not an abbreviation (GDP), not a noun jieba knows (棒球 of 盲人棒球（Beep Ball）), not a title of office.
  assert.deepEqual(glossedNames(['国内生产毛额（GDP）达13兆', '盲人棒球（Beep Ball）', '田纳西州州长（Governor）']), []);
  const terms = articleTerms('总统接见英国前首相强生', textBlocks(parseMarkdown('总统今日接见英国前首相强生（Boris Johnson）。\n\n强生表示，英国支持台湾。强生也感谢总统。')));
  const count = [terms.title, ...terms.blocks].join('\t').split('\t').filter((w, i, a) => w === '强生' && a[i + 1] === 'nr').length;
  assert.equal(count, 4, `terms: ${[terms.title, ...terms.blocks].join(' | ')}`);
});

test('a verb that takes an object and a noun are a phrase, not a term (拓展+动保, 协调+人力); 巡护+船 and 充电+桩 still join', () => {
  const words = wordsOf('政府拓展动保　协调人力', '政府拓展动保工作，协调人力支援。海巡署建造巡护船，各地兴建充电桩。');
  for (const w of ['拓展动保', '协调人力']) assert.ok(!words.has(w), `${w} in: ${[...words].join(' ')}`);
  for (const w of ['巡护船', '充电桩']) assert.ok(words.has(w), `${w} not in: ${[...words].join(' ')}`);
  // Abstract words of policy speeches are no keywords, but 模范 and 转型 still start a compound.
  const key = keyFunction([...both]);
  const docs = [
    realDoc('a', true, '总统接见模范劳工　提升劳工权益', '总统接见全国模范劳工，肯定模范劳工的专业，并提升劳工权益。', '政府推动转型正义，也推动产业转型，保障劳工权益。模范劳工代表致词。'),
    realDoc('b', false, '天气转凉', '本周天气转凉。'), realDoc('c', false, '劳工保险', '劳工保险改革。'), realDoc('d', false, '转型正义', '转型正义委员会。'),
  ];
  const picked = pickAutoKeywords(docs, key, new Set()).get('a')!.map((k) => k.key);
  for (const w of ['专业', '权益', '模范', '转型']) assert.ok(!picked.includes(w), `${w}: picked ${picked.join(' ')}`);
  assert.ok(picked.some((k) => k.includes('劳工')), `picked: ${picked.join(' ')}`);
});

test('a name jieba cut at a wrong boundary is made whole when the candidate is always beside the same word (上+银机械, 不+义遗址, 丹娜+丝, 大桥+光夫)', () => {
  // 上/f 银/ng 机械 …: a bound morpheme after the same single character every time.
  const award = wordsOf('出席上银机械硕士论文奖颁奖典礼', '副总统出席第19届上银机械硕士论文奖颁奖典礼。上银机械硕士论文奖鼓励学生投入机械研究。');
  assert.ok(award.has('上银机械硕士论文奖'), `words: ${[...award.keys()].join(' ')}`);
  assert.ok(!award.has('银机械硕士论文奖'), `words: ${[...award.keys()].join(' ')}`);
  const site = wordsOf('视察不义遗址', '总统视察不义遗址。促转会审定为不义遗址，不义遗址转化为教育基地。');
  assert.ok(site.has('不义遗址') && !site.has('义遗址'), `words: ${[...site.keys()].join(' ')}`);
  // 丹娜/x 丝/m: a word jieba did not know and a single character after it every time.
  const typhoon = wordsOf('丹娜丝台风灾后复原', '丹娜丝台风造成灾情。丹娜丝过后，政府协助复原。');
  assert.equal(typhoon.get('丹娜丝'), 'nb', `words: ${[...typhoon].join(' ')}`);
  assert.ok(!typhoon.has('丹娜'), `words: ${[...typhoon.keys()].join(' ')}`);
  // 大桥/ns 光夫/x: a name before a title of office; the surname alone before the title is the same person.
  const person = wordsOf('接见日台交流协会大桥光夫会长', '总统接见大桥光夫会长。总统欢迎大桥会长再次访问。大桥光夫会长表示，日台关系良好。');
  assert.ok(person.has('大桥光夫') && !person.has('光夫') && !person.has('大桥'), `words: ${[...person.keys()].join(' ')}`);
  // A place and a word it is always beside are not one name without a title of office after them (印度+移工).
  // 8 of 9 (金山办公 eight times, 金山文档 once) is nearly always; 2 of 3 is not.
  const wps = ['金山办公携手网关打造新体验', '金山办公的业务每天百万请求，金山办公选型时比较了多个网关。金山办公最终选择开源方案。',
    '金山办公的运维团队维护网关，金山办公还在金山文档中接入网关。金山办公与社区合作，金山办公的经验值得参考。'];
  assert.equal(enclosedWords(wps, wps.map((t) => taggedWords(t))).get('金山'), '金山办公');
  const few = ['金山办公携手网关', '金山办公的业务，金山文档的业务。'];
  assert.ok(!enclosedWords(few, few.map((t) => taggedWords(t))).has('金山'));
  const workers = wordsOf('印度移工首批来台', '首批印度移工今日来台。印度移工将投入制造业。');
  assert.ok(!workers.has('印度移工') || workers.get('印度移工') !== 'nb', `words: ${[...workers].join(' ')}`);
  // Nor after a particle (的+…).
  const particle = wordsOf('台积电扩产', '市场关注的台积电动向。投资人关注的台积电财报。');
  assert.ok(![...particle.keys()].some((w) => w.startsWith('的')), `words: ${[...particle.keys()].join(' ')}`);
});

test('站, 祭 and 展, which jieba tags as verbs, end a compound after a noun or a name (浊水站, 熊本台湾祭, 半导体展), not after a pronoun', () => {
  const station = wordsOf('视察浊水站', '总统视察南投浊水站。浊水站是集集支线的车站。');
  assert.ok(station.has('浊水站'), `words: ${[...station.keys()].join(' ')}`);
  const festival = wordsOf('参展熊本台湾祭', '观旅局参加熊本台湾祭。熊本台湾祭吸引十万人次。');
  assert.ok(festival.has('熊本台湾祭'), `words: ${[...festival.keys()].join(' ')}`);
  assert.deepEqual(nominalSuffixes([{ word: '他', tag: 'r' }, { word: '站', tag: 'v' }]), [{ word: '他', tag: 'r' }, { word: '站', tag: 'v' }]);
  assert.deepEqual(nominalSuffixes([{ word: '捷运', tag: 'nz' }, { word: '站', tag: 'v' }])[1], { word: '站', tag: 'n' });
});

test('可, a verb and 性 are one noun (可观测性), and 观测性 is no term beside it; words the dictionary has whole stay so (可扩展性)', () => {
  const words = wordsOf('浅谈 Apache APISIX 的可观测性', '可观测性是系统的重要能力。网关提供日志、指标和链路追踪，提升可观测性，也具有可扩展性。');
  // One noun: joined (c) where jieba cut it, a whole name (nb) where the text writes it otherwise (its piece 观测 is no term).
  assert.match(words.get('可观测性') ?? '', /^(?:c|nb)$/, `words: ${[...words].join(' ')}`);
  assert.equal(words.get('可扩展性'), 'n');
  const key = keyFunction([...both]);
  const docs = [
    realDoc('a', true, '浅谈 Apache APISIX 的可观测性', '可观测性是系统的重要能力。网关提供日志、指标和链路追踪，提升系统的可观测性。', '有了可观测性，运维人员可以快速定位故障。'),
    realDoc('b', false, '网关日志', '网关日志写入文件。'), realDoc('c', false, '链路追踪', '链路追踪记录请求。'), realDoc('d', false, '运维', '运维人员值班。'),
  ];
  const picked = pickAutoKeywords(docs, key, new Set()).get('a')!.map((k) => k.key);
  assert.ok(picked.includes('可观测性') && !picked.includes('观测性'), `picked: ${picked.join(' ')}`);
});

test('a word jieba did not know, every time of many after the same function character, is a name with it (又+拍云 → 又拍云); twice is not enough', () => {
  const body = ['又拍云是一家云服务商。又拍云的网关承载全部流量。', '又拍云团队选型时比较了多个网关。又拍云最终选择了开源方案。', '如今又拍云的 CDN 业务都经过新网关。'];
  const many = wordsOf('又拍云的公网网关实践', body.join('\n\n'));
  assert.ok(many.has('又拍云') && !many.has('拍云'), `words: ${[...many.keys()].join(' ')}`);
  const few = wordsOf('又拍云的网关', '又拍云的网关承载流量。');
  assert.ok(!few.has('又拍云'), `two occurrences: ${[...few.keys()].join(' ')}`);
});

test('a Latin word the article mostly writes in lower case (token, client) is no keyword; a capitalized name is (Okta)', () => {
  const key = keyFunction([...both]);
  const docs = [
    realDoc('a', true, '使用 Okta 实现集中身份认证', 'Okta 是身份服务商。客户端先向 Okta 申请 token，再携带 token 访问网关。', '网关校验 token 后转发给 client，token 过期时 client 重新向 Okta 申请 token。'),
    realDoc('b', false, '身份认证', '身份认证保护接口。'), realDoc('c', false, 'Okta 发布财报', 'Okta 公布季度营收。'), realDoc('d', false, '令牌 token', '令牌 token 有有效期。'),
    realDoc('e', false, '网关', '网关转发请求给 client。'),
  ];
  const picked = pickAutoKeywords(docs, key, new Set()).get('a')!.map((k) => k.key);
  assert.ok(picked.includes('okta'), `picked: ${picked.join(' ')}`);
  assert.ok(!picked.includes('token') && !picked.includes('client'), `picked: ${picked.join(' ')}`);
});

test('a name that one article uses again and again (five times or more) is its keyword though no other article and not the headline has it', () => {
  const key = keyFunction([...both]);
  const body = ['本文介绍如何集中管理身份认证。Okta 提供单点登录服务。', '首先在 Okta 后台创建应用，再把 Okta 的地址填入网关配置。', '用户访问时被重定向到 Okta 登录页面，登录后 Okta 返回令牌。'];
  const others = [realDoc('b', false, '身份认证', '身份认证保护接口。'), realDoc('c', false, '单点登录', '单点登录方便用户。'), realDoc('d', false, '网关配置', '网关配置写在文件里。')];
  const picked = pickAutoKeywords([realDoc('a', true, '集中身份认证实践', ...body), ...others], key, new Set()).get('a')!.map((k) => k.key);
  assert.ok(picked.includes('okta'), `five times: picked ${picked.join(' ')}`);
  const twice = pickAutoKeywords([realDoc('a', true, '集中身份认证实践', body[0]!, '首先在 Okta 后台创建应用。'), ...others], key, new Set()).get('a')!.map((k) => k.key);
  assert.ok(!twice.includes('okta'), `twice: picked ${twice.join(' ')}`);
});

test("a word the headline writes alone is no fragment of the body's longer Latin name (Python beside Python Runner)", () => {
  const key = keyFunction([...both]);
  const docs = [
    realDoc('a', true, 'Python 助你快速上手插件开发', '通过 Python Runner，开发者可以编写插件。Python Runner 与网关通过 RPC 通信。', 'Python Runner 启动后加载插件，Python Runner 的性能足够。'),
    realDoc('b', false, 'Python 入门', 'Python 是一门语言。'), realDoc('c', false, '插件开发', '插件开发需要文档。'), realDoc('d', false, 'RPC 通信', 'RPC 通信很快。'),
  ];
  const picked = pickAutoKeywords(docs, key, new Set()).get('a')!.map((k) => k.key);
  assert.ok(picked.includes('python'), `picked: ${picked.join(' ')}`);
});

test("the headline's name one character longer than a name it starts is the keyword (腾讯 → 腾讯云); a longer phrase of a common word is not (光伏组件)", () => {
  const key = keyFunction([...both]);
  const others = [realDoc('b', false, '腾讯财报', '腾讯公布财报。'), realDoc('c', false, '平台落地', '平台落地很快。'), realDoc('d', false, '机器学习', '机器学习需要算力。')];
  const cloud = realDoc('a', true, 'APISIX 在腾讯云智能钛平台的落地实践', '腾讯云智能钛是机器学习平台。腾讯云团队选择了开源网关。', '腾讯内部有多个网关，腾讯云的网关团队负责接入。腾讯的工程师参与了社区。');
  const picked = pickAutoKeywords([cloud, ...others], key, new Set()).get('a')!.map((k) => k.key);
  assert.ok(picked.includes('腾讯云') && !picked.includes('腾讯'), `picked: ${picked.join(' ')}`);
  const solar = [realDoc('s', true, '光伏组件价格跌破成本线', '光伏组件价格持续下跌，多家企业亏损。', '光伏行业进入洗牌期，光伏组件库存高企。'),
    realDoc('t', false, '光伏装机', '光伏装机量创新高。'), realDoc('u', false, '企业亏损', '企业亏损扩大。'), realDoc('v', false, '库存', '库存高企。')];
  const solarPicked = pickAutoKeywords(solar, key, new Set()).get('s')!.map((k) => k.key);
  assert.ok(!solarPicked.includes('光伏组件') || solarPicked.includes('光伏'), `picked: ${solarPicked.join(' ')}`);
});

test('Latin names that share a word are one topic: Cloud Gateway is skipped after Spring Cloud (both of Spring Cloud Gateway)', () => {
  const key = keyFunction([...both]);
  const docs = [
    realDoc('a', true, '放弃 Spring Cloud Gateway！APISIX 的实践', '我们原来使用 Spring Cloud Gateway 作为网关，Spring Cloud 体系的服务都经过它。', 'Spring Cloud Gateway 的性能不足，Spring Cloud 的配置复杂，最后迁移到 Java 之外的网关。'),
    realDoc('b', false, 'Spring Cloud 入门', 'Spring Cloud 是微服务框架。'), realDoc('c', false, 'Java 生态', 'Java 生态成熟。'), realDoc('d', false, '网关选型', '网关选型要看性能。'),
  ];
  const picked = pickAutoKeywords(docs, key, new Set()).get('a')!.map((k) => k.key);
  const latin = picked.filter((k) => /cloud/.test(k));
  assert.equal(latin.length, 1, `picked: ${picked.join(' ')}`);
});

test('a noun character always beside a dictionary noun, five times or more, is one name with it (马+防部 → 马防部, 防部 no candidate); fewer times the piece stays', () => {
  const body = ['总统视察马防部，听取马防部简报。', '马防部官兵坚守岗位，马防部指挥官陪同视察。', '总统感谢马防部的努力。'];
  const many = wordsOf('总统视察马防部', body.join('\n\n'));
  assert.ok(many.has('马防部') && !many.has('防部'), `words: ${[...many.keys()].join(' ')}`);
  const few = wordsOf('视察马防部', '总统视察马防部。');
  assert.ok(few.has('防部'), `twice, the piece stays a candidate: ${[...few.keys()].join(' ')}`);
});

test('a numeronym is the word it abbreviates when the article writes that word too (K8s = Kubernetes): one keyword, not two', () => {
  const key = keyFunction([...both]);
  const docs = [
    realDoc('a', true, '两种方式教你在 K8s 中轻松部署网关', '本文介绍如何在 Kubernetes 集群中部署网关。K8s 是容器编排系统，K8s 的 Helm 能简化部署。', '部署完成后，在 K8s 中查看网关的状态，Kubernetes 会自动重启失败的容器。'),
    realDoc('b', false, 'Kubernetes 入门', 'Kubernetes 管理容器。'), realDoc('c', false, '容器编排', '容器编排系统很多。'), realDoc('d', false, '网关状态', '网关状态正常。'),
  ];
  const picked = pickAutoKeywords(docs, key, new Set()).get('a')!.map((k) => k.key);
  assert.ok(picked.includes('kubernetes') && !picked.includes('k8s'), `picked: ${picked.join(' ')}`);
  const count = (n: number) => ({ count: n, body: n, times: n, tag: 'eng', title: false, surface: '', surfaceCount: n, forms: new Map<string, number>() });
  const m = new Map([['k8s', count(3)], ['kubernetes', count(2)], ['i18n', count(1)]]);
  mergeNumeronyms(m);
  assert.deepEqual([...m.keys()], ['kubernetes', 'i18n'], 'i18n stays: the article does not write internationalization');
  assert.equal(m.get('kubernetes')!.times, 5);
});

test('a word (nearly) always written inside one longer candidate is a piece of it (巴士 of 复康巴士, 宿业 of 旅宿业); not a thing a place names (印度+移工)', () => {
  const bus = wordsOf('周梅香等人集资捐复康巴士', '周梅香女士捐赠复康巴士一辆。复康巴士将服务身障市民，复康巴士今日交车。市府感谢各界捐赠复康巴士。');
  assert.ok(bus.has('复康巴士'), `words: ${[...bus.keys()].join(' ')}`);
  assert.ok(!bus.has('巴士'), `巴士 is a piece: ${[...bus.keys()].join(' ')}`);
  const inns = enclosedWords(['台南旅宿业多项指标创新高'], [taggedWords('台南旅宿业多项指标创新高')]);
  assert.ok(!inns.has('宿业'), 'fewer than three uses: no evidence');
  const text = ['台南旅宿业多项指标创新高', '台南市旅宿业家数已达870家，旅宿业销售额创新高。', '第一季之旅宿业销售额仍将成长，市府辅导旅宿业落实永续。'];
  assert.equal(enclosedWords(text, text.map((t) => taggedWords(t))).get('宿业'), '旅宿业');
  // 8 of 9 (金山办公 eight times, 金山文档 once) is nearly always; 2 of 3 is not.
  const wps = ['金山办公携手网关打造新体验', '金山办公的业务每天百万请求，金山办公选型时比较了多个网关。金山办公最终选择开源方案。',
    '金山办公的运维团队维护网关，金山办公还在金山文档中接入网关。金山办公与社区合作，金山办公的经验值得参考。'];
  assert.equal(enclosedWords(wps, wps.map((t) => taggedWords(t))).get('金山'), '金山办公');
  const few = ['金山办公携手网关', '金山办公的业务，金山文档的业务。'];
  assert.ok(!enclosedWords(few, few.map((t) => taggedWords(t))).has('金山'));
  const workers = wordsOf('印度移工首批来台', '首批印度移工今日抵台，印度移工将投入制造业。劳动部表示印度移工引进顺利。');
  assert.ok(workers.has('移工'), `words: ${[...workers.keys()].join(' ')}`);
});

test('a format or protocol abbreviation written in passing (HTTP, JSON, TCP) is no keyword; one the headline names is', () => {
  const key = keyFunction([...both]);
  const body = ['网关通过 HTTP 接收请求，把 JSON 格式的策略数据交给 OPA。', 'OPA 返回 JSON 格式的决策，网关再通过 HTTP 转发请求。', 'OPA 的策略用 Rego 编写，HTTP 请求和 JSON 数据是它的输入。', 'OPA 提供 HTTP API，服务通过 HTTP API 查询策略，HTTP API 返回决策。'];
  const others = [realDoc('b', false, '网关', 'HTTP 请求经过网关的 HTTP API。'), realDoc('c', false, '数据格式', 'JSON 数据很常见。'), realDoc('d', false, '策略引擎', 'OPA 是策略引擎。')];
  const picked = pickAutoKeywords([realDoc('a', true, '网关集成 OPA 策略引擎', ...body), ...others], key, new Set()).get('a')!.map((k) => k.key);
  assert.ok(picked.includes('opa'), `picked: ${picked.join(' ')}`);
  assert.ok(!picked.includes('http') && !picked.includes('json') && !picked.includes('http api'), `picked: ${picked.join(' ')}`);
  const titled = pickAutoKeywords([realDoc('a', true, 'HTTP 请求如何经过 OPA 策略引擎', ...body), ...others], key, new Set()).get('a')!.map((k) => k.key);
  assert.ok(titled.includes('http'), `in the headline: picked ${titled.join(' ')}`);
});

test("a common word that a quarter of the site's articles use is no keyword, even in the headline (通信 of 通信框架); a rarer one is", () => {
  const key = keyFunction([...both]);
  const topic = realDoc('a', true, '开源通信框架 SOFABolt 的连接管理', 'SOFABolt 是一款通信框架，负责连接管理。', 'SOFABolt 的通信层复用连接，连接管理包括重连。', 'SOFABolt 提供连接池。');
  const filler = (id: string, i: number, word: string) => realDoc(id, false, `第${i}篇文章`, `本篇介绍${['注册中心', '配置中心', '消息队列', '任务调度'][i % 4]}的${word}设计。`);
  // 24 articles: 通信 in 6 of them (a quarter with the article), or in 2 only.
  const site = (uses: number) => [topic, ...Array.from({ length: 23 }, (_, i) => filler(`f${i}`, i, i < uses ? '通信' : '存储'))];
  const common = pickAutoKeywords(site(5), key, new Set()).get('a')!.map((k) => k.key);
  assert.ok(common.includes('sofabolt') && !common.includes('通信'), `a quarter: picked ${common.join(' ')}`);
  const rare = pickAutoKeywords(site(1), key, new Set()).get('a')!.map((k) => k.key);
  assert.ok(rare.includes('sofabolt') && rare.includes('通信'), `two articles: picked ${rare.join(' ')}`);
});

test('a Latin name inside a longer Latin name is another name, not a piece of it (raft beside sofajraft); a Chinese piece is (伟达 of 英伟达)', () => {
  assert.ok(containsTerm('英伟达', '伟达') && containsTerm('ai客服', 'ai') && containsTerm('spring cloud', 'cloud'));
  assert.ok(!containsTerm('sofajraft', 'raft') && !containsTerm('javascript', 'java') && !containsTerm('sofajraft-rheakv', 'jraft'));
  assert.ok(containsTerm('sofajraft-rheakv', 'sofajraft') && containsTerm('sofajraft-rheakv', 'rheakv'));
  const key = keyFunction([...both]);
  const docs = [
    realDoc('a', true, 'SOFAJRaft 选举机制：Raft 算法的 Java 实现', 'SOFAJRaft 是 Raft 算法的实现。Raft 的选举由 Leader 发起，Raft 日志复制。', 'SOFAJRaft 实现了 Raft 的预投票。Raft 协议要求多数派。', 'SOFAJRaft 的快照也遵循 Raft。'),
    realDoc('b', false, 'Raft 入门', 'Raft 是共识算法。'), realDoc('c', false, 'SOFAJRaft 发布', 'SOFAJRaft 发布新版本。'), realDoc('d', false, '注册中心', '注册中心保存地址。'),
  ];
  const picked = pickAutoKeywords(docs, key, new Set()).get('a')!.map((k) => k.key);
  assert.ok(picked.includes('raft') && picked.includes('sofajraft'), `picked: ${picked.join(' ')}`);
});

test("a series' issue or episode number is no part of its name (SOFAChannel#5 is SOFAChannel); C# stays as written", () => {
  const words = wordsOf('代码质量利器 | SOFAChannel#5 直播整理', '本文根据 SOFAChannel#14 直播分享整理。Service Mesh Meetup#9 在杭州举办。');
  assert.equal(words.get('SOFAChannel'), 'eng', `words: ${[...words].join(' ')}`);
  assert.ok(![...words.keys()].some((w) => w.includes('#')), `words: ${[...words.keys()].join(' ')}`);
  assert.ok(words.has('Meetup'), `words: ${[...words.keys()].join(' ')}`);
  assert.deepEqual(joinLatin([{ word: 'C#', tag: 'nz' }]), [{ word: 'C#', tag: 'nz' }]);
  assert.deepEqual(joinLatin([{ word: 'Meetup#9', tag: 'eng' }]), [{ word: 'Meetup', tag: 'eng' }]);
});

test('a compound or long name does not end with a component, principle, file or code (链路跟踪+组件, 透传+原理, 代码+文件 are phrases)', () => {
  const words = wordsOf('开源分布式链路跟踪组件 SOFATracer 链路透传原理', '为插件代码文件编写测试。SOFATracer 是分布式链路跟踪组件。');
  for (const w of ['分布式链路跟踪组件', '链路跟踪组件', '透传原理', '插件代码文件', '代码文件']) assert.ok(!words.has(w), `${w}: ${[...words.keys()].join(' ')}`);
  assert.ok(words.has('SOFATracer'), `words: ${[...words.keys()].join(' ')}`);
});

test('words of protocol abbreviations and API written in passing (HTTP API) are no keyword', () => {
  const key = keyFunction([...both]);
  const body = ['OPA 提供 HTTP API，服务通过 HTTP API 查询策略。', 'HTTP API 返回决策，OPA 的 HTTP API 很简单。', 'OPA 的策略用 Rego 编写。'];
  const others = [realDoc('b', false, '网关', '网关的 HTTP API 很多。'), realDoc('c', false, '数据格式', '格式很常见。'), realDoc('d', false, '策略引擎', 'OPA 是策略引擎。')];
  const picked = pickAutoKeywords([realDoc('a', true, 'OPA 策略引擎', ...body), ...others], key, new Set()).get('a')!.map((k) => k.key);
  assert.ok(picked.includes('opa') && !picked.includes('http api'), `picked: ${picked.join(' ')}`);
});

test('a capitalized everyday English word the headline does not write (Leader, Session) is no keyword; in capitals (ARM), in the headline, or in two headlines of the site (Saga) it is', () => {
  assert.ok(commonEnglishWords().has('leader') && commonEnglishWords().has('session') && !commonEnglishWords().has('sofajraft'));
  const key = keyFunction([...both]);
  const others = [realDoc('b', false, 'Raft 入门', 'Raft 是共识算法。Leader 负责日志。'), realDoc('c', false, 'SOFAJRaft 发布', 'SOFAJRaft 发布新版本，Leader 更快。'), realDoc('d', false, '注册中心', '注册中心保存地址。')];
  const body = ['SOFAJRaft 的 Leader 负责日志复制，Leader 宕机后重新选举 Leader。', 'Leader 通过心跳维持地位，SOFAJRaft 的 Leader 还处理 Session。', 'Session 由 Leader 维护，Session 过期后 SOFAJRaft 重新建立 Session。'];
  const picked = pickAutoKeywords([realDoc('a', true, 'SOFAJRaft 选举机制剖析', ...body), ...others], key, new Set()).get('a')!.map((k) => k.key);
  assert.ok(picked.includes('sofajraft') && !picked.includes('leader') && !picked.includes('session'), `picked: ${picked.join(' ')}`);
  const titled = pickAutoKeywords([realDoc('a', true, 'SOFAJRaft 的 Leader 选举剖析', ...body), ...others], key, new Set()).get('a')!.map((k) => k.key);
  assert.ok(titled.includes('leader'), `in the headline: picked ${titled.join(' ')}`);
  // Saga is an English word, and the name of a topic two headlines of the site write.
  const saga = ['Saga 保证子事务完成或补偿，Saga 系统记录日志。', 'Saga 崩溃后恢复，Saga 重新发起子事务。', '补偿事务由 Saga 协调，Saga 保证最终一致。'];
  const sagaSite = (titles: string[]) => [realDoc('a', true, '数据最终一致性方案', ...saga), ...titles.map((t, i) => realDoc(`s${i}`, false, t, `${t}介绍 Saga 的设计。`)), realDoc('d', false, '注册中心', '注册中心保存地址。')];
  const two = pickAutoKeywords(sagaSite(['Saga 分布式事务实践', 'Saga 演进介绍']), key, new Set()).get('a')!.map((k) => k.key);
  assert.ok(two.includes('saga'), `two headlines: picked ${two.join(' ')}`);
  const none = pickAutoKeywords(sagaSite(['分布式事务实践', '演进介绍']), key, new Set()).get('a')!.map((k) => k.key);
  assert.ok(!none.includes('saga'), `no headline: picked ${none.join(' ')}`);
  const arm = pickAutoKeywords([realDoc('a', true, '在 Ubuntu 中构建网关', 'Ubuntu 运行在 ARM 芯片上，ARM 架构的 Ubuntu 需要编译。', 'ARM 机器上的 Ubuntu 安装依赖，ARM 版本更省电。'), realDoc('b', false, 'ARM 服务器', 'ARM 服务器很多。'), realDoc('c', false, 'Ubuntu 发布', 'Ubuntu 发布新版本。'), realDoc('d', false, '注册中心', '注册中心保存地址。')], key, new Set()).get('a')!.map((k) => k.key);
  assert.ok(arm.includes('arm'), `in capitals: picked ${arm.join(' ')}`);
});

test('an award name whose 奖 jieba glued to the next word in the headline (金舶+奖得主) is made whole: 品牌金舶奖, not 品牌金舶', () => {
  const award = wordsOf('接见品牌金舶奖得主　总统盼企业与政府携手', '总统接见「第五届品牌金舶奖获奖企业」。企业获得「品牌金舶奖」。持续透过「品牌金舶奖」选拔国际品牌。');
  assert.ok(award.has('品牌金舶奖') && !award.has('品牌金舶') && !award.has('金舶'), `words: ${[...award].join(' ')}`);
});

test('a verb and a noun always written before the same verb (集中+身份 before 认证) is a piece of a phrase, no term; one followed by other words is (充电+桩)', () => {
  const body = '集中身份认证模式在网关层完成认证。与传统认证模式不同，集中身份认证模式把用户认证交给网关。本文从传统模式切换到集中身份认证模式。';
  const words = wordsOf('使用 openid-connect 插件进行集中身份认证', body);
  assert.ok(!words.has('集中身份'), `words: ${[...words].join(' ')}`);
  const texts = ['使用插件进行集中身份认证', body];
  assert.deepEqual([...truncatedPhrases(texts, texts.map((t) => taggedWords(t)))], ['集中身份']);
  const charging = ['充电桩建设提速', '充电桩数量增长。新建充电桩覆盖高速公路，充电桩运营商扩张。'];
  assert.deepEqual([...truncatedPhrases(charging, charging.map((t) => taggedWords(t)))], []);
});

test('Jekyll markup a migrated post keeps as text ({: .align-center}, {{ site.url }}, {% link %}) gives no candidate', () => {
  const words = wordsOf('单体应用的微服务化之路', '微服务化改造分四步。\n{: .align-center}\n![图]({{ site.url }}{{ site.baseurl }}/assets/a.png)\n{: .figure-caption}\n详见 {% link _posts/cn/saga-design.md %}。');
  for (const w of ['align-center', 'figure-caption', 'site.url', 'site', 'baseurl', 'link', 'saga-design.md']) assert.ok(!words.has(w), `${w}: ${[...words.keys()].join(' ')}`);
});

test('a version or numbered part written in lower case (v1, v2, part1) is no keyword', () => {
  const key = keyFunction([...both]);
  const body = ['Envoy 的 v2 API 定义了 xDS，v2 版本替代了 v1。', 'v2 API 下发配置，Envoy 通过 v2 接口拉取路由，V8 引擎执行脚本，V8 很快。', 'v2 的 Listener 配置，Envoy 监听端口，V8 的 part1 部分，part1 介绍 V8。'];
  const others = [realDoc('b', false, 'v2 API', 'v2 API 很多，part1 介绍，V8 引擎。'), realDoc('c', false, 'xDS 协议', 'xDS 协议。'), realDoc('d', false, '注册中心', '注册中心保存地址。')];
  const picked = pickAutoKeywords([realDoc('a', true, 'Envoy 的 xDS 配置', ...body), ...others], key, new Set()).get('a')!.map((k) => k.key);
  assert.ok(!picked.includes('v2') && !picked.includes('v1') && !picked.includes('part1'), `picked: ${picked.join(' ')}`);
  assert.ok(picked.includes('envoy'), `picked: ${picked.join(' ')}`);
});

test('a single noun character and a verbal noun the article writes together often (微+服务) are one word: 微服务, not 大规模微 nor 蚂蚁金服微', () => {
  const words = wordsOf('蚂蚁金服大规模微服务架构的演进', '蚂蚁金服微服务框架已经开源。我们的微服务注册中心支撑了大规模微服务集群。每个微服务独立部署。');
  assert.ok(words.has('微服务') && !words.has('大规模微') && !words.has('蚂蚁金服微'), `words: ${[...words.keys()].join(' ')}`);
  // Written twice only: not one word.
  assert.ok(!wordsOf('蚂蚁金服大规模微服务架构', '我们的微服务注册中心。').has('微服务'));
  // Always against the word its character ends (大湾|区|建设): the character is that word's, no pair.
  const bay = ['粤港澳大湾区建设', '推进大湾区建设。大湾区建设成效显著，大湾区建设的规划。'].map((t) => segmenter().tag(t, true));
  assert.deepEqual([...boundWords(bay)], []);
});

test('a noun nearly always written before the same verb (速率+限制) is a piece of a phrase, no term; the phrase is one where the headline writes it as a word', () => {
  const body = '为什么需要速率限制？速率限制可以防止级联故障。实现速率限制的方式很多，速率限制中间件是一种。接收端的速率限制能力。';
  const words = wordsOf('速率限制—分布式系统的一个实用工具', body);
  assert.ok(words.has('速率限制') && !words.has('速率'), `words: ${[...words.keys()].join(' ')}`);
  assert.deepEqual([...phrasePieces([segmenter().tag(body, true)])], [['速率', '限制']]);
  // Written otherwise too (速率 and 带宽), the noun is its own word.
  assert.deepEqual([...phrasePieces([segmenter().tag(`${body}速率很高。速率与带宽。速率下降。`, true)])], []);
  // The headline writes it inside a longer name (速率限制器): the phrase is not made a term.
  assert.ok(!wordsOf('速率限制器的设计', body).has('速率限制'));
});

test('the last word of several Latin names (Mesh of Service Mesh, SOFA Mesh, Motan Mesh) is their kind, no keyword; a word one name only ends is not', () => {
  const key = keyFunction([...both]);
  const body = [
    '蚂蚁金服的 Service Mesh 探索。我们开发了 SOFA Mesh，SOFA Mesh 兼容 Istio。新浪微博有 Motan Mesh。',
    'SOFA Mesh 的架构，SOFA Mesh 的开源，Service Mesh 的前景。Mesh 是最新的技术，应该做成 Mesh 的内置能力。',
    'Service Mesh 领域，Service Mesh 产品，SOFA Mesh 支持 Mixer，Mesh 化改造。',
  ];
  const others = [realDoc('b', false, '注册中心', '注册中心保存地址。'), realDoc('c', false, '配置中心', '配置中心下发配置。')];
  const picked = pickAutoKeywords([realDoc('a', true, '蚂蚁金服大规模微服务架构下的 Service Mesh 探索之路', ...body), ...others], key, new Set()).get('a')!.map((k) => k.key);
  assert.ok(!picked.includes('mesh'), `picked: ${picked.join(' ')}`);
  const count = (n: number, title = false) => ({ count: n, body: n, times: n, tag: 'eng', title, surface: '', surfaceCount: n, forms: new Map() });
  assert.deepEqual(kindWords(new Map([['service mesh', count(6)], ['sofa mesh', count(6)], ['mesh', count(16)]])), ['mesh']);
  // One name alone ends with it: the existing fragment rule's business, not a kind.
  assert.deepEqual(kindWords(new Map([['service mesh', count(12)], ['mesh', count(16)]])), []);
  // Too few of its uses inside the names.
  assert.deepEqual(kindWords(new Map([['service mesh', count(3)], ['sofa mesh', count(3)], ['mesh', count(16)]])), []);
});
