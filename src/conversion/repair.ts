/**
 * Source repair (`repair: true`): normalizing text that a naive
 * character-by-character conversion produced.
 *
 * - Traditional text with Simplified leftovers (`對于`, `盡管`, `并用`,
 *   `云服務`, `背后`): a round trip through Simplified with OpenCC's phrase
 *   dictionaries (Traditional → Simplified → the same Traditional standard)
 *   decides each one-to-many character from its context. Only characters of
 *   the one-to-many table (`dictionaries.ts`) may change, and only to another
 *   form of the same character, so vocabulary and variant spellings
 *   (爲/為, 裏/裡, 才/纔) stay as written. A Simplified character left behind
 *   may become OpenCC's default form (于 → 於, 后 → 後, 云 → 雲); any other
 *   change (盡 → 儘, 松 → 鬆, 只 → 隻) rests on OpenCC's greedy phrase
 *   segmentation alone, which also matches fragments of words (`并为` of
 *   `合并为` in `並為此`, `半只` in `多半只負責`), so it is kept only where the
 *   changed character ends up inside a word of two or more characters
 *   (`Intl.Segmenter`): 儘管, 輕鬆, 合併, but not 併|為此 or 多半|隻|負責.
 * - Simplified text with stray Traditional characters (`发布會`): those
 *   characters are converted to Simplified; nothing else changes.
 */
import * as Preset from 'opencc-js/preset';
import { ONE_TO_MANY } from './dictionaries.js';
import { characterTables, converter, variantSide, type Convert } from './converters.js';
import { chainConverter } from './preset.js';
import { FORM_WORDS } from './forms.js';
import { conversionKey, variantConversion, type ConversionOptions } from './options.js';
import { VARIANTS, type VariantId } from './variants.js';

/** Character → the words (`key:index` in the one-to-many table) it writes, for characters that repair may change. */
let words: Map<string, Set<string>> | undefined;

function wordsOf(): Map<string, Set<string>> {
  if (words) return words;
  words = new Map();
  const add = (c: string, word: string) => {
    const set = words!.get(c) ?? new Set<string>();
    set.add(word);
    words!.set(c, set);
  };
  for (const [key, entry] of ONE_TO_MANY) {
    if (!entry.repair) continue;
    entry.words.forEach((w, i) => w.forEach((c) => add(c, `${key}:${i}`)));
    // The Simplified character itself, left by a naive conversion, stands for any of the words.
    if (!entry.forms.includes(key)) add(key, `${key}:-`);
  }
  return words;
}

/** Whether `from` may be replaced by `to`: forms of one one-to-many character that write different words. */
function sameGroup(from: string, to: string): boolean {
  const a = wordsOf().get(from);
  const b = wordsOf().get(to);
  if (!a || !b) return false;
  for (const x of a) {
    const key = x.slice(0, x.indexOf(':'));
    for (const y of b) if (y !== x && y.startsWith(`${key}:`)) return true;
  }
  return false;
}

const PIECE = /[^，。！？；：、,.!?;:\s「」『』（）()“”"]+|[，。！？；：、,.!?;:\s「」『』（）()“”"]+/gu;

/**
 * Keeps `original` except where `candidate` (the same text converted) changes
 * a character that `accept` allows. Texts are compared code point by code
 * point; where a conversion changed the length, piece by piece between
 * punctuation, and a piece whose length changed is kept as written.
 */
export function acceptChanges(
  original: string,
  convert: Convert,
  accept: (from: string, to: string) => boolean,
): string {
  const merge = (o: string, c: string): string | undefined => {
    if (o === c) return o;
    const a = [...o];
    const b = [...c];
    if (a.length !== b.length) return undefined;
    let changed = false;
    for (let i = 0; i < a.length; i++) {
      if (a[i] !== b[i] && accept(a[i]!, b[i]!)) {
        a[i] = b[i]!;
        changed = true;
      }
    }
    return changed ? a.join('') : o;
  };
  const whole = merge(original, convert(original));
  if (whole !== undefined) return whole;
  return (original.match(PIECE) ?? []).map((p) => merge(p, convert(p)) ?? p).join('');
}

let segmenter: Intl.Segmenter | undefined;

/**
 * Of the changes from `original` to `repaired` (same length in code points),
 * undoes those that need a word to confirm them and have none: every change
 * except a Simplified character becoming its default Traditional form must
 * leave the new character inside a word of two or more characters.
 */
export function confirmByWords(original: string, repaired: string): string {
  if (original === repaired) return repaired;
  const a = [...original];
  const b = [...repaired];
  if (a.length !== b.length) return original;
  const unsure: number[] = [];
  for (let i = 0; i < a.length; i++) {
    // OpenCC's default form, or a variant spelling of it (裏/裡: the common forms write 裡).
    if (a[i] !== b[i] && !ONE_TO_MANY.get(a[i]!)?.words[0]?.includes(b[i]!)) unsure.push(i);
  }
  if (unsure.length === 0) return repaired;
  // Code points inside a word of two or more characters.
  const inWord = new Set<number>();
  const index = new Map<number, number>();
  for (let i = 0, u = 0; i < b.length; u += b[i]!.length, i++) index.set(u, i);
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  for (const w of segmenter.segment(repaired)) {
    const length = [...w.segment].length;
    const first = index.get(w.index);
    if (length < 2 || first === undefined || w.isWordLike === false) continue;
    for (let j = first; j < first + length; j++) inWord.add(j);
  }
  for (const i of unsure) if (!inWord.has(i)) b[i] = a[i]!;
  return b.join('');
}

let words2: Set<string> | undefined;

/** OpenCC entries that are fragments of longer words (并为 of 合并为, 并合 of 并合并), not words. */
const FRAGMENTS = new Set(['併爲', '併合']);

/**
 * Traditional words OpenCC's phrase dictionary lacks in the form real text
 * writes them, so correct text holds them as written: the words tongwen's
 * common forms write (布局, 盡量, 匯報 …), 系數 (Hong Kong Government press
 * text: 防曬系數, which repair turned into 係數), and from the Taiwan sprint and
 * exam text 自製 (自製頻道 → 自制), 水表 (→ 水錶) and 製氨 (→ 制氨); from the Taiwan
 * sentence-collector text 海裡 (“in the sea”: 灑骨灰到海裡 → 海里, the nautical
 * mile) and the Taiwanese 斗內 (“donate”, → 鬥內).
 */
const WRITTEN_WORDS: readonly string[] = [...FORM_WORDS, '系數', '自製', '水表', '製氨', '海裏', '斗內'];

/**
 * Characters that are the Simplified form of another character and also
 * written in Traditional text in their own right, often outside any phrase
 * of OpenCC's: 里 (a Taiwan borough: 頂新里), 范 (a surname: 范律師), 准
 * (核准), 斗 (北斗, 漏斗, the Taiwanese 斗內). Found by repair's false fixes on
 * the Taiwan sprint and sentence-collector text (bench/corpora/): their default
 * form (裡, 範, 準, 鬥) must make a word that the original does not.
 */
const ALSO_WRITTEN: ReadonlySet<string> = new Set(['里', '范', '准', '斗']);

/** The Traditional words of OpenCC's phrase dictionary (STPhrases values, OpenCC standard forms). */
function traditionalWords(): Set<string> {
  if (words2) return words2;
  words2 = new Set();
  const dict = Preset.configs.s2t?.conversionChain[0]?.[0];
  const pairs = typeof dict === 'string' ? dict.split('|').map((e) => e.split(' ')) : (dict ?? []).map(([a, b]: readonly [string, string]) => [a, ...b.split(' ')]);
  for (const [, ...values] of pairs) for (const v of values) if (v && [...v].length <= 4 && !FRAGMENTS.has(v)) words2.add(v);
  for (const w of WRITTEN_WORDS) words2.add(w);
  return words2;
}

/**
 * Of the changes from `original` to `repaired` (same length), undoes each
 * change of one Traditional form into another (複 → 復, 表 → 錶, 裡 → 里)
 * unless the repaired text has a word of OpenCC's phrase dictionary around
 * it and the original has none: correct text (更複雜, 對表格, 知道裡面)
 * holds a word as written, naive conversion (盡管, 輕松, 頭發) does not.
 * Words are looked up in OpenCC's standard forms (`toStandard`).
 */
export function confirmByPhrases(original: string, repaired: string, toStandard: Convert): string {
  if (original === repaired) return repaired;
  const a = [...original];
  const b = [...repaired];
  if (a.length !== b.length) return original;
  const dict = traditionalWords();
  const hasWord = (chars: string[], i: number) => {
    for (let len = 2; len <= 4; len++) {
      for (let s = Math.max(0, i - len + 1); s <= i && s + len <= chars.length; s++) {
        if (dict.has(toStandard(chars.slice(s, s + len).join('')))) return true;
      }
    }
    return false;
  };
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    const entry = ONE_TO_MANY.get(a[i]!);
    // A Simplified character left behind becoming its default form (后 → 後, 于 → 於, 云 → 雲, 并 → 並): accepted,
    // except those Taiwan text writes as Traditional characters in their own right (ALSO_WRITTEN), which need
    // the word test like any other change.
    if (entry && (!entry.forms.includes(a[i]!) || (entry.words[0]!.includes(b[i]!) && !ALSO_WRITTEN.has(a[i]!)))) continue;
    if (hasWord(a, i) || !hasWord(b, i)) b[i] = a[i]!;
  }
  return b.join('');
}

const cache = new Map<string, Convert>();

/**
 * The repair function for text written in `lang`. Pure and cached per
 * variant; text that needs no repair comes back unchanged.
 */
export function repairer(lang: VariantId, options?: Partial<ConversionOptions>): Convert {
  const key = `${lang}|${conversionKey(options)}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const variant = VARIANTS[lang];
  let repair: Convert;
  if (variant.script === 'Hant') {
    // The round trip with the text's own forms and vocabulary (quotation marks aside).
    const side = variantSide(lang, variantConversion(options, lang));
    const toSimplified = chainConverter(side, { script: 'Hans' });
    const back = chainConverter({ script: 'Hans' }, side);
    const roundTrip: Convert = (text) => back(toSimplified(text));
    const toStandard = side.script === 'Hant' ? chainConverter(side, { script: 'Hant', forms: 't' }) : (t: string) => t;
    repair = (text) => confirmByPhrases(text, confirmByWords(text, acceptChanges(text, roundTrip, sameGroup)), toStandard);
  } else {
    const { ts } = characterTables();
    const toSimplified = converter('t', variant.locale);
    repair = (text) => {
      let any = false;
      for (const c of text) if (ts.has(c)) { any = true; break; }
      return any ? acceptChanges(text, toSimplified, (from) => ts.has(from)) : text;
    };
  }
  // Every variant of an article repairs the same texts: remember recent results.
  const memo = new Map<string, string>();
  const memoized: Convert = (text) => {
    let fixed = memo.get(text);
    if (fixed === undefined) {
      if (memo.size >= 20000) memo.clear();
      fixed = repair(text);
      memo.set(text, fixed);
    }
    return fixed;
  };
  cache.set(key, memoized);
  return memoized;
}

/** The places repair would change, as `原文 → 修正` word pairs (for `tongwen check`), with the offset of each. */
export function repairSuggestions(text: string, lang: VariantId, options?: Partial<ConversionOptions>): Array<{ offset: number; from: string; to: string }> {
  const fixed = repairer(lang, options)(text);
  if (fixed === text) return [];
  const a = [...text];
  const b = [...fixed];
  if (a.length !== b.length) return [];
  const out: Array<{ offset: number; from: string; to: string }> = [];
  let offset = 0;
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) {
      const s = Math.max(0, i - 1);
      const e = Math.min(a.length, i + 2);
      out.push({ offset, from: a.slice(s, e).join(''), to: b.slice(s, e).join('') });
    }
    offset += a[i]!.length;
  }
  return out;
}
