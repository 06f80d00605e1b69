/**
 * tongwen's conversion chains, assembled from opencc-js's dictionaries the
 * way OpenCC's own configurations are (a segmentation pass, then one trie per
 * dictionary group), with tongwen's data in its place:
 *
 *   Simplified → Traditional: normalize → [corrections, STPhrases, STCharacters]
 *     → [vocabulary (zh-TW), the variant's forms]
 *   Traditional → Simplified: normalize → [vocabulary read back (zh-TW), the
 *     source forms read back] → [corrections, TSPhrases, TSCharacters]
 *   Traditional → Traditional: [source forms read back] → [target vocabulary, target forms]
 *
 * With OpenCC's forms and computing vocabulary each chain is exactly the
 * OpenCC configuration of the same pair (s2t, s2twp, tw2sp, t2hk …) plus the
 * correction entries; test/conformance.test.ts checks OpenCC's test cases on it.
 */
import { ConverterFactory, type DictGroup, type DictLike } from 'opencc-js/core';
import * as Preset from 'opencc-js/preset';
import { markBoroughs } from './borough.js';
import { cantoneseSaai, cantoneseSentences } from './cantonese.js';
import { correctionPairs } from './corrections.js';
import { PhraseTable } from './phrase-table.js';
import { ALSO_SIMPLIFIED, TS_CHARACTER_ADDITIONS } from './dictionaries.js';
import { formsGroup, formsReverseGroup, type FormsId } from './forms.js';
import { NEWS_ADDED, TAIWAN_NAMES, computingPhrases, computingPhrasesRev, newsPhrases, newsPhrasesRev, twLexicon } from './vocabulary.js';
import type { VocabularyOption } from './options.js';
import { TW_LEXICON } from './tw-lexicon.js';
import { preferenceSegmentWords, preferenceSource, preferenceTarget } from './prefer.js';

export type Convert = (text: string) => string;

/** One end of a conversion: Simplified, or Traditional in some forms with (zh-TW) a vocabulary. */
export type Side =
  | { script: 'Hans' }
  | { script: 'Hant'; forms: FormsId; vocabulary?: VocabularyOption | undefined; prefer?: readonly string[] | undefined };

function config(name: string) {
  const c = Preset.configs[name];
  if (!c) throw new Error(`opencc-js preset has no ${name} configuration`);
  return c;
}

function asGroup(seg: DictLike | DictGroup | undefined): DictLike[] {
  if (seg === undefined) return [];
  if (typeof seg === 'string') return [seg];
  if (Array.isArray(seg) && seg.length > 0 && Array.isArray(seg[0]) && typeof (seg[0] as unknown[])[0] === 'string') return [seg as DictLike];
  return [...(seg as DictGroup)];
}

let parts:
  | { st: DictGroup; stSeg: DictGroup; ts: DictGroup; tsSeg: DictGroup; tsPlain: DictGroup; tsPlainSeg: DictGroup; normalize: Convert }
  | undefined;

function baseParts() {
  if (parts) return parts;
  const s2t = config('s2t').conversionChain[0]!;
  const t2s = config('t2s').conversionChain[0]!;
  const st = correctionPairs('s2t');
  const ts = correctionPairs('t2s');
  const additions: DictLike = TS_CHARACTER_ADDITIONS.map(([a, b]) => [a, b] as [string, string]);
  const norm = (config('s2t') as { normalizationChain?: readonly DictGroup[] }).normalizationChain;
  parts = {
    st: [st, ...s2t],
    stSeg: [st, ...asGroup(config('s2tw').segmentation)],
    ts: [ts, additions, ...t2s],
    tsSeg: [ts, ...asGroup(config('tw2s').segmentation)],
    tsPlain: [additions, ...t2s],
    tsPlainSeg: asGroup(config('tw2s').segmentation),
    normalize: norm && norm.length ? normalizer(norm) : (s: string) => s,
  };
  return parts;
}

/**
 * OpenCC's normalization chain (`ConverterFactory(...chain)`: one trie per
 * group, in turn) on phrase tables, which convert as its tries do
 * (test/phrase-table.test.ts) and return a text holding none of their keys
 * at once. A chain of another shape stays with opencc-js.
 */
function normalizer(chain: readonly DictGroup[]): Convert {
  if (!chain.every((g) => Array.isArray(g) && g.every((d) => typeof d === 'string'))) return ConverterFactory(...chain);
  const tables = chain.map(trie);
  return (text) => {
    for (const t of tables) text = t.convert(text);
    return text;
  };
}

const tries = new WeakMap<DictGroup, PhraseTable>();

/** The phrase table of a dictionary group, built once per group (chains share their groups: OpenCC's phrase tables are large). */
function trie(group: DictGroup): PhraseTable {
  let t = tries.get(group);
  if (!t) {
    t = new PhraseTable();
    t.loadDictGroup(group);
    tries.set(group, t);
  }
  return t;
}

function chain(segmentation: DictGroup | undefined, groups: DictGroup[], priority?: DictGroup): Convert {
  const { normalize } = baseParts();
  const tries = groups.filter((g) => g.length > 0).map(trie);
  if (tries.length === 0) return normalize;
  const seg = segmentation && segmentation.length ? trie(segmentation) : undefined;
  const first = priority && priority.length ? trie(priority) : undefined;
  const cut = seg ? (first ? (s: string) => prioritySegment(s, first, seg) : (s: string) => seg.segment(s)) : (s: string) => [s];
  if (!seg) {
    return (text) => {
      let piece = normalize(text);
      for (const t of tries) piece = t.convert(piece);
      return piece;
    };
  }
  // Each table converts every piece in turn, and a piece's conversion depends on the piece alone: it is
  // remembered (a segmented text is mostly words that recur, so most pieces are converted once per thread).
  const memo = new Map<string, string>();
  const convertPiece = (piece: string): string => {
    let out = memo.get(piece);
    if (out === undefined) {
      out = piece;
      for (const t of tries) out = t.convert(out);
      if (piece.length <= MEMO_PIECE_MAX) {
        if (memo.size >= MEMO_ENTRIES) memo.clear();
        memo.set(piece, out);
      }
    }
    return out;
  };
  return (text) => {
    const pieces = cut(normalize(text));
    if (pieces.length === 1) return convertPiece(pieces[0]!);
    for (let k = 0; k < pieces.length; k++) pieces[k] = convertPiece(pieces[k]!);
    return pieces.join('');
  };
}

/** Longest piece (UTF-16 units) a chain remembers: words and short runs between them, not whole paragraphs. */
const MEMO_PIECE_MAX = 24;
/** Pieces a chain remembers before it starts over (bounds a thread's memory: a few MB). */
const MEMO_ENTRIES = 100_000;

/**
 * Segmentation in two passes: the words of `first` (the zh-TW vocabulary's
 * phrases) wherever they occur, left to right, longest first; the text
 * between them by `rest` (tongwen's corrections and OpenCC's phrases). So a
 * vocabulary phrase is not cut by an OpenCC phrase that ends inside it
 * (使用|搜索引擎, not 使|用搜|索引擎).
 */
function prioritySegment(s: string, first: PhraseTable, rest: PhraseTable): string[] {
  const out: string[] = [];
  let gap = 0;
  for (let i = 0; i < s.length; ) {
    const m = first.matchPrefix(s, i);
    // A phrase of two characters or more (one astral character is two UTF-16 units, and no phrase).
    if (m && m.end - i >= 2 && !(m.end - i === 2 && s.codePointAt(i)! > 0xffff)) {
      if (gap < i) out.push(...rest.segment(s.slice(gap, i)));
      out.push(s.slice(i, m.end));
      i = gap = m.end;
    } else i += s.codePointAt(i)! > 0xffff ? 2 : 1;
  }
  if (gap < s.length) out.push(...rest.segment(s.slice(gap)));
  return out;
}

const preferDicts = new Map<string, DictLike>();

/** A house-style dictionary (prefer.ts), one array per preference list, so its phrase table is built once. */
function preferDict(prefer: readonly string[], direction: 'target' | 'source'): DictLike {
  const key = `${direction}:${prefer.join(',')}`;
  let d = preferDicts.get(key);
  if (!d) {
    d = direction === 'target' ? preferenceTarget(prefer) : preferenceSource(prefer);
    preferDicts.set(key, d);
  }
  return d;
}

/** House style first: its entries win over the vocabulary's and the forms' for the same word. */
function withPreferences(group: DictGroup, side: Side & { script: 'Hant' }, direction: 'target' | 'source'): DictGroup {
  if (!side.prefer?.length) return group;
  const d = preferDict(side.prefer, direction);
  return d.length ? [d, ...group] : group;
}

function targetGroup(side: Side & { script: 'Hant' }): DictGroup {
  const forms = formsGroup(side.forms);
  if (side.vocabulary === undefined) return withPreferences(forms, side, 'target');
  return withPreferences(side.vocabulary === 'news' ? [twLexicon(), newsPhrases(), ...forms] : [computingPhrases(), ...forms], side, 'target');
}

function sourceGroup(side: Side & { script: 'Hant' }, withVocabulary: boolean): DictGroup {
  const forms = formsReverseGroup(side.forms);
  if (!withVocabulary || side.vocabulary === undefined) return withPreferences(forms, side, 'source');
  const guards: DictLike = [['進行', '進行']];
  return withPreferences([side.vocabulary === 'news' ? newsPhrasesRev() : computingPhrasesRev(), guards, ...forms], side, 'source');
}

let stray: DictLike | undefined;

/**
 * Traditional-only characters in Simplified text (獲 in 獲准, 爲), read as
 * their Simplified form first, so that OpenCC's phrases see the word
 * (获准 → 獲准, not 獲準) and converting Traditional text "from Simplified"
 * again changes nothing. A character that is also Simplified (著, 乾, 於 …)
 * stays.
 */
function strayTraditional(): DictLike {
  if (stray) return stray;
  const entries = (d: DictLike): Array<[string, string]> => (typeof d === 'string' ? d.split('|').map((e) => e.split(' ') as [string, string]) : d.map(([a, b]) => [a, b]));
  const st = new Set<string>();
  for (const d of config('s2t').conversionChain[0]!) for (const [a] of entries(d)) if ([...a].length === 1) st.add(a);
  const t2s = config('t2s').conversionChain[0]!;
  const chars = t2s[t2s.length - 1]!;
  stray = entries(chars).filter(([a, b]) => [...a].length === 1 && a !== b && !st.has(a) && !ALSO_SIMPLIFIED.has(a)).map(([a, b]) => [a, b.split(' ')[0]!] as [string, string]);
  return stray;
}

let newsSeg: DictLike | undefined;

/**
 * The news vocabulary's phrases (OpenCC's Taiwan phrases kept, the added
 * phrases, Taiwan names) written in Simplified, as segmentation entries (the
 * value is unused): a phrase the vocabulary converts is cut as one word, so
 * that OpenCC's phrase segmentation does not cut across it (打|印发|票 →
 * 打印|发票, so 打印 → 列印 applies: 列印發票, not 打印發票).
 */
function newsSegmentation(): DictLike {
  if (newsSeg) return newsSeg;
  const toSimplified = chain(undefined, [baseParts().ts]);
  const keys = new Set([...newsPhraseKeys(), ...NEWS_ADDED.map(([t]) => t), ...TAIWAN_NAMES.map((n) => n.std)]);
  // The lexicon's words, in their Simplified form (受雇|于, not 受|雇于: 受雇於).
  newsSeg = [...[...keys].map((t) => [toSimplified(t), t] as [string, string]), ...TW_LEXICON.map(([s, std]): [string, string] => [s, std])];
  return newsSeg;
}

/** The keys (OpenCC standard Traditional) of the news vocabulary. */
function newsPhraseKeys(): string[] {
  const d = newsPhrases();
  return typeof d === 'string' ? d.split('|').map((e) => e.split(' ')[0]!) : d.map(([a]) => a as string);
}

const preferSegs = new Map<string, DictLike>();

/** The house-style words cut as one segment (prefer.ts `segment`), in Simplified; undefined when none. */
function preferSegmentation(prefer: readonly string[]): DictLike | undefined {
  const words = preferenceSegmentWords(prefer);
  if (!words.length) return undefined;
  const key = words.join(',');
  let d = preferSegs.get(key);
  if (!d) {
    const toSimplified = chain(undefined, [baseParts().ts]);
    const cut = words.map((w) => [toSimplified(w), w] as [string, string]);
    // A correction that holds one of these words is cut whole too (来台风 → 來颱風 over 来台|风, 对台风险 over 对台|风险):
    // otherwise the house-style word would cut it apart before the correction could apply.
    const simplified = cut.map(([a]) => a);
    const held = correctionPairs('s2t').filter(([a]) => simplified.some((w) => a.length > w.length && a.includes(w)));
    d = [...cut, ...held];
    preferSegs.set(key, d);
  }
  return d;
}

const cache = new Map<string, Convert>();

/** The converter from one side to another (cached). */
export function chainConverter(from: Side, to: Side): Convert {
  const key = JSON.stringify([from, to]);
  const hit = cache.get(key);
  if (hit) return hit;
  const p = baseParts();
  let made: Convert;
  if (from.script === 'Hans' && to.script === 'Hans') made = (s) => s;
  else if (from.script === 'Hans' && to.script === 'Hant') {
    const target = targetGroup(to);
    // OpenCC's s2t runs without segmentation; every other s2* configuration segments by STPhrases.
    // News phrases join the segmentation (in Simplified), so 技术|支持 can be read as one phrase.
    const words = to.prefer?.length ? preferSegmentation(to.prefer) : undefined;
    const seg = to.vocabulary === 'news' ? [newsSegmentation(), ...p.stSeg] : p.stSeg;
    const priority = to.vocabulary === 'news' ? [...(words ? [words] : []), newsSegmentation()] : words ? [words] : undefined;
    const convert = chain(target.length ? seg : undefined, [p.st, target], priority);
    // The house style 晒 (the Cantonese particle “all”, prefer.ts) is a site's own choice, under either forms option.
    const saai = to.prefer?.includes('晒') ?? false;
    // With OpenCC's forms, OpenCC's behaviour exactly (its test cases keep Traditional input as written).
    if (to.forms === 't' || to.forms === 'tw' || to.forms === 'hk') {
      made = saai
        ? (text) => {
            const c = cantoneseSaai(text);
            return c.restore(convert(c.text));
          }
        : convert;
    } else {
      const read = chain(undefined, [[strayTraditional()]]);
      // A Taiwan borough's 里 after its district (土城区顶福里) is kept as written (borough.ts); the Cantonese copula
      // 系, measure word 只 and 吓 “a bit” of a Cantonese sentence are kept as Cantonese writes them (cantonese.ts).
      made = (text) => {
        const c = cantoneseSentences(read(text), saai);
        const { text: marked, restore } = markBoroughs(c.text);
        return c.restore(restore(convert(marked)));
      };
    }
  } else if (from.script === 'Hant' && to.script === 'Hans') {
    const source = sourceGroup(from, true);
    // Traditional → Simplified corrections (甚麼 → 什么) go with the common forms; with OpenCC's forms,
    // OpenCC's output (its test cases keep 甚么).
    const opencc = from.forms === 't' || from.forms === 'tw' || from.forms === 'hk';
    made = chain(source.length ? (opencc ? p.tsPlainSeg : p.tsSeg) : undefined, [source, opencc ? p.tsPlain : p.ts]);
  } else {
    made = chain(undefined, [sourceGroup(from as Side & { script: 'Hant' }, false), targetGroup(to as Side & { script: 'Hant' })]);
  }
  cache.set(key, made);
  return made;
}

/**
 * The phrase table of the Simplified → Traditional segmentation (tongwen's
 * corrections, then OpenCC's phrases), with each phrase's Traditional value:
 * how the conversion cuts and reads a Simplified text (for `check`).
 */
export function simplifiedSegmentation(): PhraseTable {
  return trie(baseParts().stSeg);
}
