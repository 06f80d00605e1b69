/**
 * The Cantonese copula 係 in Simplified Cantonese text (我系香港人, 你系咪傻咗, 呢个系我嘅): Simplified writes 系
 * for 係 (“is”), 系 (system, department) and 繫 (tie), and OpenCC writes 系 for a lone 系 and 繫 in its phrases
 * 系好, 系紧, 系有 (真繫好). In a sentence that holds a character only Cantonese writes (嘅 咗 佢 喺 啲 嚟 嘢 哋 噉
 * 冇 嗰), 系 is the copula unless it stands in a word of 系: OpenCC's phrases with 系 after their first character
 * (關係, 聯繫, 體系, 中文系, 作業系統), the nouns that start with it (系統, 系列, 系數, 系譜, 系主任) and tying
 * a named thing (系鞋帶, 系安全帶). There it becomes 係 before conversion; elsewhere nothing changes.
 *
 * Found on development text: Common Voice Cantonese sentences (bench/corpora/cv-yue-hk.txt, Hong Kong colloquial
 * writing, studied whole by helper conv): 係 ×2,726 there, of which OpenCC writes 系 ×2,211 and 繫 ×175; the
 * correction rule of corrections.ts (唔系, 真系, 系咪 …) settles 1,600 of them, this pass most of the rest.
 * The markers 唔 囖 㖞 啫 㗎 睇 came from HKCanCor (bench/corpora/hkcancor-hk.txt, dev): 888 of its 系 → 係 errors
 * sat in sentences marked only by them (dev 0.14 → 0.12; CV Cantonese 0.23 → 0.20; no Mandarin dev text changed).
 * 咋 and 嘞 stay out: Mandarin writes them too. Helper conv4 added 𡃉 嚹 𠻺 𠸏 冚 攞 嘥 啱 畀 乜 咩 嬲 揾 瞓 攰 咁 嚿 (Cantonese
 * characters of HKCanCor's unmarked sentences, none of them in any Mandarin development text: HKCanCor 0.10 → 0.09 with
 * the rules below, CV Cantonese 0.20 → 0.19).
 *
 * The same sentences settle three more words OpenCC gets wrong in Cantonese (`cantoneseSentences`): the measure word
 * 只 → 隻 (呢隻, 邊隻, 我隻手), 吓 “a bit” kept as written (睇吓, 問吓; OpenCC's 嚇 is “scare”), and, as the house style
 * 晒 (prefer.ts), the particle 晒 “all” (唔該晒; OpenCC's 曬 is “to sun”).
 */
import * as Preset from 'opencc-js/preset';

/** Characters only Cantonese writes, in Simplified text (OpenCC's Simplified of 嗰 is 𠮶): a sentence holding one is Cantonese. */
const MARKERS = /[嘅咗佢喺啲嚟嘢哋噉冇嗰𠮶唔囖㖞啫㗎睇𡃉嚹𠻺𠸏冚攞嘥啱畀乜咩嬲揾瞓攰咁嚿]/u;

/** Words that start with 系 and are no copula in Cantonese text either (the nouns, and tying a named thing). */
export const XI_NOUNS: readonly string[] = ['系统', '系列', '系数', '系谱', '系主任', '系所', '系友', '系鞋带', '系领带', '系安全带', '系好安全带', '系上安全带', '系紧安全带'];

let words: Array<readonly [string, number]> | undefined;

/**
 * The words whose 系 stays (each with the UTF-16 offset of its 系): OpenCC's phrases with 系 after their start (its
 * phrase converts them: 關係, 干係, 聯繫, 體系), and XI_NOUNS.
 */
function keptWords(): Array<readonly [string, number]> {
  if (words) return words;
  const found = new Map<string, number[]>();
  const group = Preset.configs.s2t?.conversionChain[0] ?? [];
  // The phrase dictionaries (the last one is OpenCC's character table).
  for (const d of group.slice(0, -1)) {
    const rows: string[][] = typeof d === 'string' ? d.split('|').map((e) => e.split(' ')) : (d as ReadonlyArray<readonly string[]>).map((e) => [...e]);
    for (const [a, b] of rows) {
      if (a === undefined || b === undefined || a.length < 2 || !a.includes('系')) continue;
      for (let k = a.indexOf('系'); k >= 0; k = a.indexOf('系', k + 1)) if (k > 0) found.set(a, [...(found.get(a) ?? []), k]);
    }
  }
  for (const w of XI_NOUNS) found.set(w, [0]);
  words = [...found].flatMap(([w, ks]) => ks.map((k) => [w, k] as const));
  return words;
}

/**
 * OpenCC phrases with 系 that a Cantonese sentence reads as a word and the copula (HKCanCor, dev: 一係 “either, or” 46,
 * 根本係 13, 係係 “yes, yes” 13, 個名係 3, 本書係 3, 講法係 3 → 系; OpenCC's phrases 一系 本系 系系 名系 書系 法系):
 * not kept. 日系 is not kept after a day (今日係, 成日係, 日日係: 6), 一系列 stays.
 */
const NOT_KEPT = new Set(['一系', '本系', '系系', '名系', '书系', '法系']);
const DAY_BEFORE = new Set([...'今琴寻尋听聽后後前成每日平生节節假']);

/** Whether the 系 at `i` of `s` stands in one of the kept words. */
function inWord(s: string, i: number): boolean {
  for (const [w, k] of keptWords()) {
    if (i - k < 0 || !s.startsWith(w, i - k)) continue;
    if (NOT_KEPT.has(w) || (w === '日系' && DAY_BEFORE.has(s[i - 2] ?? ''))) continue;
    return true;
  }
  return false;
}

/** Simplified text with the Cantonese copula written 係 in its Cantonese sentences (between line breaks and 。！？). */
export function cantoneseCopula(text: string): string {
  return cantoneseSentences(text).text;
}

/**
 * Before 只 in a Cantonese sentence, the words that make it the measure word 隻 (呢隻, 嗰隻, 邊隻, 每隻, 大隻, 買隻):
 * the demonstratives (STRONG: always), and the others unless “only” words follow (ONLY_NEXT: 呢只係, 有只係).
 * Found on HKCanCor (dev): 隻 → 只 ×79 (哩隻船, 邊隻牌子, 成隻熊貓, 養隻兔仔), where Cantonese writes 隻 after 嗰 49,
 * 大 13, 哩 12, 咗 11, 有 8, 邊 6, 呢 6, 成 5 …; 只 “only” starts a clause (31) or follows 我 14, 唔 6, 係 5.
 */
const ZHI_STRONG = new Set([...'嗰𠮶哩边每']);
const ZHI_AFTER = new Set([...'呢几成大细多买养有低揈住咗'].concat([...'幾細買養邊']));
/** What “only” 只 starts (只係, 只要, 只不過, 只有, 只可以, 只會 …): 只 stays after ZHI_AFTER before these. */
const ONLY_NEXT = new Set([...'系係是要不有可会會能需限剩得做值跟识識知想用睇喺在够夠谂諗顾顧针針差接怕唔一']);
/** Nouns 隻 counts (我隻手, 你隻狗, 佢隻腳): 只 before them is the measure word after any character. */
const ZHI_NOUNS = new Set([...'手脚腳狗猫貓碟字龟龜兔眼船牌鞋鬼鹰鷹熊牙鸡雞鸟鳥雀猪豬牛马馬虾蝦耳鸭鴨蟹']);

/** 只 at `i` of a Cantonese sentence is the measure word 隻. */
function measureZhi(s: string, i: number): boolean {
  const before = s[i - 1] ?? '';
  const after = s[i + 1] ?? '';
  if (ZHI_NOUNS.has(after) || ZHI_STRONG.has(before)) return true;
  return ZHI_AFTER.has(before) && !ONLY_NEXT.has(after);
}

/**
 * 吓 in a Cantonese sentence is “a bit, once” after a verb (睇吓, 講吓, 問吓你) or the interjection (吓？), written 吓; OpenCC
 * writes 嚇 “scare” for every 吓. Scare stays 嚇 before what follows it (嚇死, 嚇親, 嚇到, 嚇一跳, 嚇怕) and after 驚 恐 威.
 * Found on HKCanCor (dev): 吓 → 嚇 ×84, where the text writes 吓 84 times and 嚇 13 (嚇到 6, 嚇死 4, 嚇親 4 in HKCanCor and
 * the Common Voice Cantonese sentences, which write no 吓).
 */
const SCARE_NEXT = new Set([...'死亲親到倒坏壞怕一唬窒醒跑走破']);
const SCARE_BEFORE = new Set([...'惊驚恐威']);

/**
 * 晒 in a Cantonese sentence is the particle “all, completely” (訂晒, 冇晒, 唔該晒, 食晒) unless it is 曬 “to sun”
 * (曬太陽, 曬黑, 曬乾, 日曬, 好曬): the house-style choice 晒/曬 (prefer.ts), since Cantonese writers differ: HKCanCor (dev)
 * writes the particle 晒 232 times and 曬 only for the sun (8), the Common Voice Cantonese sentences (dev) the particle 曬
 * (唔該曬, 齊曬: 11, 晒 never). OpenCC writes 曬 for every 晒, which stays the default.
 */
const SUN_NEXT = new Set([...'太日黑干乾伤傷相书書图圖被月到中损損']);
const SUN_BEFORE = new Set([...'日曝暴晾好']);

/** Noncharacters that stand for 吓 and the particle 晒 while the text is converted (a text holding one is left alone). */
const MARK_HA = '\uFDD1';
const MARK_SAAI = '\uFDD2';

/**
 * Simplified text with the Cantonese words of its Cantonese sentences (between line breaks and 。！？) settled before
 * conversion: the copula 系 written 係, the measure word 只 written 隻, and 吓 “a bit” (and, with `saai`, the particle 晒)
 * marked, so that they come back as written (`restore`, after conversion).
 */
export function cantoneseSentences(text: string, saai = false, only?: 'saai'): { text: string; restore: (converted: string) => string } {
  const none = { text, restore: (s: string) => s };
  if (only === 'saai' && !saai) return none;
  if (!MARKERS.test(text) || !/[系只吓晒]/u.test(text) || text.includes(MARK_HA) || text.includes(MARK_SAAI)) return none;
  let marked = false;
  const out = text.replace(/[^\n。！？!?]+/gu, (sentence) => {
    if (!/[系只吓晒]/u.test(sentence) || !MARKERS.test(sentence)) return sentence;
    let r = '';
    for (let i = 0; i < sentence.length; i++) {
      const c = sentence[i]!;
      if (only === 'saai' && c !== '晒') r += c;
      else if (c === '系' && !inWord(sentence, i)) r += '係';
      else if (c === '只' && measureZhi(sentence, i)) r += '隻';
      else if (c === '吓' && !SCARE_NEXT.has(sentence[i + 1] ?? '') && !SCARE_BEFORE.has(sentence[i - 1] ?? '')) {
        r += MARK_HA;
        marked = true;
      } else if (saai && c === '晒' && !SUN_NEXT.has(sentence[i + 1] ?? '') && !SUN_BEFORE.has(sentence[i - 1] ?? '')) {
        r += MARK_SAAI;
        marked = true;
      } else r += c;
    }
    return r;
  });
  return { text: out, restore: marked ? (s) => s.split(MARK_HA).join('吓').split(MARK_SAAI).join('晒') : none.restore };
}

/** The particle 晒 of Cantonese sentences marked, nothing else (the house style 晒 under OpenCC's forms). */
export function cantoneseSaai(text: string): { text: string; restore: (converted: string) => string } {
  return cantoneseSentences(text, true, 'saai');
}
