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
 * 咋 and 嘞 stay out: Mandarin writes them too.
 */
import * as Preset from 'opencc-js/preset';

/** Characters only Cantonese writes, in Simplified text (OpenCC's Simplified of 嗰 is 𠮶): a sentence holding one is Cantonese. */
const MARKERS = /[嘅咗佢喺啲嚟嘢哋噉冇嗰𠮶唔囖㖞啫㗎睇]/u;

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

/** Whether the 系 at `i` of `s` stands in one of the kept words. */
function inWord(s: string, i: number): boolean {
  for (const [w, k] of keptWords()) if (i - k >= 0 && s.startsWith(w, i - k)) return true;
  return false;
}

/** Simplified text with the Cantonese copula written 係 in its Cantonese sentences (between line breaks and 。！？). */
export function cantoneseCopula(text: string): string {
  if (!text.includes('系') || !MARKERS.test(text)) return text;
  return text.replace(/[^\n。！？!?]+/gu, (sentence) => {
    if (!sentence.includes('系') || !MARKERS.test(sentence)) return sentence;
    let out = '';
    for (let i = 0; i < sentence.length; i++) out += sentence[i] === '系' && !inWord(sentence, i) ? '係' : sentence[i];
    return out;
  });
}
