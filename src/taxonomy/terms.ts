/**
 * Candidate terms of an article for automatic keywords, found by a real
 * Chinese segmenter (jieba, through `@node-rs/jieba`: prebuilt native
 * binaries, loads in worker threads, about 1 ms per article of 6 KB) with
 * part-of-speech tags, on the article's text in Simplified — the script of
 * keyword keys, so articles in both scripts count together. Runs in the
 * article workers, block by block (linear in the text); which blocks are
 * boilerplate is decided site-wide later, so the words stay grouped by block.
 *
 * Before segmenting, what is never a keyword is taken out of the text:
 * handles (`@name`, `感谢 name 投稿`), URLs and e-mail addresses, dates.
 */
import { createRequire } from 'node:module';
import type { Jieba } from '@node-rs/jieba';
import type { TextBlock } from './blocks.js';
import { foldVariants } from './key.js';
export { TERM_SAMPLE_SIZE, inTermSample, termSampleFor } from './sample.js';
import { EVENT_VERBS, FESTIVALS, GENERIC_TAILS, NOT_NAMES, NOUNS_TAGGED_VERBS, OBJECT_VERBS, STOP_WORDS, isTitleOfOffice } from './stop-words.js';

/**
 * An article's candidate words: `word\ttag` pairs joined by `\t`, for the
 * title and for each text block (same order as the article's Simplified
 * blocks). Tags are jieba's (`n`, `nr`, `ns`, `nt`, `nz`, `eng`, `vn`, …),
 * plus `c` for a compound this module joined (英+伟达 → 英伟达).
 */
export interface ArticleTerms {
  title: string;
  blocks: string[];
  /** The kind of each block, one character each (`h` heading, `p` other). */
  kinds: string;
}

/** What the keyword code asks of a segmenter: jieba's `tag` and `cut` of a text. */
export interface Segmenter {
  tag(text: string, hmm: boolean): Array<{ word: string; tag: string }>;
  cut(text: string, hmm: boolean): string[];
}

/** The thread's segmenter with jieba's dictionary alone, loaded on first use; never changed. */
let jieba: Jieba | undefined;

function newSegmenter(): Jieba {
  return jiebaModule().Jieba.withDict(dictBytes());
}

function jiebaModule(): typeof import('@node-rs/jieba') {
  return createRequire(import.meta.url)('@node-rs/jieba') as typeof import('@node-rs/jieba');
}

/** jieba's dictionary file (`word freq tag` lines), as its package reads it. */
function dictBytes(): Uint8Array {
  return (createRequire(import.meta.url)('@node-rs/jieba/dict.js') as { dict: Uint8Array }).dict;
}

/**
 * Tag of a site word added to the segmenter's dictionary (`siteWords`): a name,
 * as the site writes it as a keyword.
 */
export const SITE_WORD_TAG = 'nk';
/**
 * Dictionary frequency of a site word: about a common noun's (jieba's
 * dictionary: 芯片 1,300, 公司 90,000), enough for the word to beat the pieces
 * the dictionary would otherwise cut it into (英+伟达, 智能+制造) but not
 * every longer word around it.
 */
const SITE_WORD_FREQ = 3000;

/**
 * The segmenter of this thread, loaded on first use (about 0.4 s: its
 * dictionary); with `userWords` (the site's written keywords, `siteWords`),
 * a segmenter whose dictionary also has those of them it would cut in pieces,
 * so the site's own terms segment as one word. The same words give the same
 * segmentation in every thread and build, whatever lists the thread had
 * before (`SiteSegmenter`).
 */
export function segmenter(userWords: readonly string[] = []): Segmenter {
  return userWords.length === 0 ? (jieba ??= newSegmenter()) : (threadSite ??= new SiteSegmenter()).of(userWords);
}

/**
 * Segmenters with site words, for one list after another: one jieba whose
 * dictionary goes from one list to the next by a few lines (`loadDict`)
 * instead of a new jieba for each list (a dictionary load: 0.2–0.5 CPU s; a
 * site's list changes when an editor adds a keyword, and the tests build
 * many sites in one process). jieba's dictionary cannot drop a word: a word
 * of an earlier list goes back to the base dictionary's frequency, or, one
 * the base dictionary lacks, stays in the trie at frequency 0 (a ghost). The
 * words' frequencies and their total are then those of a new jieba with the
 * current list, so a text that holds no ghost is segmented exactly as by that
 * new jieba (a word's entry only matters to a text it is part of); a text
 * that holds one gets a new jieba with the current list, which replaces the
 * old one. Proved on real text against new jiebas in test/segmenter.test.ts.
 */
export class SiteSegmenter {
  /** jieba dictionaries loaded, and lists switched to without a load (for the tests). */
  readonly stats = { loads: 0, switches: 0 };
  #jieba: Jieba | undefined;
  /** The list (its words joined) the dictionary has now. */
  #id = '';
  /** The words of that list added with SITE_WORD_FREQ: those the base dictionary cuts in pieces. */
  #added = new Set<string>();
  /** Words of earlier lists that the base dictionary lacks, now at frequency 0; by first character. */
  #ghosts = new Map<string, string[]>();
  #ghostCount = 0;
  /** The segmenter of the last list asked for. */
  #last: { words: readonly string[]; id: string; view: Segmenter } | undefined;

  /** A segmenter with the site words `words`: valid after other lists were asked for too. */
  of(words: readonly string[]): Segmenter {
    // The same list as last time (every block of an article, every article of a batch) is not compared again.
    if (this.#last?.words === words) return this.#last.view;
    const id = words.join('\n');
    if (this.#last?.id === id) this.#last.words = words;
    else this.#last = { words, id, view: this.#view([...words], id) };
    return this.#last.view;
  }

  #view(words: readonly string[], id: string): Segmenter {
    const holding = (text: string): Jieba => {
      if (this.#jieba === undefined || this.#id !== id) this.#switch(words, id);
      if (this.#ghostCount > 0 && this.#hasGhost(text)) this.#fresh(words, id);
      return this.#jieba!;
    };
    return {
      tag: (text, hmm) => holding(text).tag(text, hmm),
      cut: (text, hmm) => holding(text).cut(text, hmm),
    };
  }

  #hasGhost(text: string): boolean {
    for (let i = 0; i < text.length; i++) {
      const list = this.#ghosts.get(text[i]!);
      if (list) for (const g of list) if (text.startsWith(g, i)) return true;
    }
    return false;
  }

  /** A new jieba with the words of `words` that jieba's dictionary alone cuts in pieces. */
  #fresh(words: readonly string[], id: string): void {
    const j = newSegmenter();
    this.stats.loads++;
    // Before the words are added, the new jieba is the base segmenter (one dictionary load per thread, not two).
    const added = words.filter((w) => baseWord(w, j).cuts);
    if (added.length) j.loadDict(Buffer.from(added.map((w) => `${w} ${SITE_WORD_FREQ} ${SITE_WORD_TAG}`).join('\n'), 'utf8'));
    this.#jieba = j;
    this.#id = id;
    this.#added = new Set(added);
    this.#ghosts = new Map();
    this.#ghostCount = 0;
  }

  /** The dictionary with the words of `words` (and of no other list) at SITE_WORD_FREQ. */
  #switch(words: readonly string[], id: string): void {
    if (this.#jieba === undefined || this.#ghostCount > MAX_GHOSTS) return this.#fresh(words, id);
    this.stats.switches++;
    const want = new Set(words.filter((w) => baseWord(w).cuts));
    const lines: string[] = [];
    for (const w of this.#added) {
      if (want.has(w)) continue;
      // Back to the base dictionary's frequency (jieba never changed its tag: a known word keeps its own), or 0.
      const known = baseWord(w).known;
      lines.push(`${w} ${known ? baseFrequency(w) : 0}`);
      if (!known) {
        this.#ghosts.set(w[0]!, [...(this.#ghosts.get(w[0]!) ?? []), w]);
        this.#ghostCount++;
      }
    }
    for (const w of want) {
      if (this.#added.has(w)) continue;
      // A ghost comes back with the tag it was first added with (SITE_WORD_TAG).
      lines.push(`${w} ${SITE_WORD_FREQ} ${SITE_WORD_TAG}`);
      const list = this.#ghosts.get(w[0]!);
      if (list?.includes(w)) {
        const rest = list.filter((g) => g !== w);
        if (rest.length) this.#ghosts.set(w[0]!, rest);
        else this.#ghosts.delete(w[0]!);
        this.#ghostCount--;
      }
    }
    // One load for all the lines: jieba sums the frequencies into its total after each load.
    if (lines.length) this.#jieba.loadDict(Buffer.from(lines.join('\n'), 'utf8'));
    this.#added = want;
    this.#id = id;
  }
}

/** More ghosts than this and the next list gets a new jieba (each text is searched for them). */
const MAX_GHOSTS = 256;
/** This thread's segmenters with site words. */
let threadSite: SiteSegmenter | undefined;

/** Per word, what jieba's dictionary alone makes of it: whether it cuts it in pieces (without the HMM), whether it has it. */
const baseWords = new Map<string, { cuts: boolean; known: boolean }>();

/** What jieba's dictionary alone makes of `word`: asked of `pristine`, a new jieba, or of the base segmenter. */
function baseWord(word: string, pristine?: Jieba): { cuts: boolean; known: boolean } {
  let w = baseWords.get(word);
  if (w === undefined) {
    const j = pristine ?? (jieba ??= newSegmenter());
    // A word of two characters or more is among all the words jieba finds in it only as an entry of its dictionary.
    w = { cuts: j.cut(word, false).length > 1, known: j.cutAll(word).includes(word) };
    baseWords.set(word, w);
  }
  return w;
}

/** jieba's dictionary as text, read when a word must go back to its frequency there; and the frequencies read. */
let dictText: string | undefined;
const baseFrequencies = new Map<string, number>();

/** The frequency jieba's dictionary gives a word it has (its last line for the word counts, as in jieba). */
function baseFrequency(word: string): number {
  let freq = baseFrequencies.get(word);
  if (freq === undefined) {
    dictText ??= new TextDecoder().decode(dictBytes());
    const text = dictText;
    let at = text.lastIndexOf(`\n${word} `) + 1;
    if (at === 0 && !text.startsWith(`${word} `)) throw new Error(`jieba's dictionary has no line for ${word}`);
    const start = at + word.length + 1;
    freq = Number(/^\d+/.exec(text.slice(start, start + 24))?.[0]);
    baseFrequencies.set(word, freq);
  }
  return freq;
}

/**
 * The site's words for the segmenter: the keys of its written keywords
 * (`keyOf`, Simplified) that are Chinese words of 2 to 12 characters,
 * sorted, each once.
 */
export function siteWords(keywords: Iterable<string>): string[] {
  const words = new Set<string>();
  for (const key of keywords) if (/^\p{Script=Han}{2,12}$/u.test(key)) words.add(key);
  return [...words].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}


/** Text that is never a keyword: URLs, e-mail addresses, handles and credits, dates and times, Jekyll markup. */
const NOISE = new RegExp([
  String.raw`\b(?:https?://|www\.)\S+`,
  String.raw`[\w.+-]+@[\w-]+\.[\w.-]+`,
  String.raw`[@＠][\p{L}\p{N}_.-]+`,
  String.raw`(?:感谢|感謝|作者|投稿人?|贡献者|貢獻者|来自|來自|via|by)\s*[:：]?\s*[A-Za-z][\w.-]*`,
  String.raw`[A-Za-z][\w.-]*\s*(?:投稿|贡献|貢獻|供稿)`,
  String.raw`\d{2,4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*[日号號]?`,
  String.raw`\d{1,2}\s*[:：]\s*\d{2}`,
  // Jekyll markup a migrated post keeps as text: Kramdown attribute lists ({: .align-center}) and Liquid ({{ site.url }}, {% link … %}).
  String.raw`\{:[^{}\n]*\}`,
  String.raw`\{\{[^{}\n]*\}\}`,
  String.raw`\{%[^\n]*?%\}`,
].join('|'), 'giu');

/** A text in Simplified with its noise (`NOISE`) blanked: what candidates are counted on. */
function cleanText(text: string): string {
  return foldVariants(text).replace(NOISE, ' ');
}

/** Tags of words that may be keywords (nouns, names, foreign words, abbreviations, verbal nouns, idioms). */
const CONTENT = /^(?:n|nr|nrt|nrfg|ns|nt|nz|nk|ng|eng|j|vn|l|an)$/;
const HAN = /^\p{Script=Han}+$/u;
/** Single characters that never join a compound (function words, measure words). */
const FUNCTION_CHARS = new Set(Array.from('的了在是和与及或也就都而被把这那其之为于以个等着对向从让将很更最又还不没有会能要可说到来去给并但却如若因所此每各该据由已则即且跟同年月日号们我你他她它您吗呢吧啊上下中内外前后里多少第位名次种项家些自新再一二三四五六七八九十百千万亿几市总'));
/** Grammatical characters: never at the start of a word jieba did not know (这台, 由英, 为例, 连谷歌)… */
const GRAMMAR_CHARS = new Set(Array.from('的了在是和与及或也就都而被把这那其之为于以着对向从让将很更最又还不没会能要可说到来去给并但却如若因所此每各该据由已则即且跟连们我你他她它您吗呢吧啊偏较用'));
/** …nor at its end (势必会, 车企已; but 蔚来 ends in 来). */
const GRAMMAR_END_CHARS = new Set(Array.from('的了在是和与及或也就都而被把这那其之为于以着对向从让将很更最又还不没会能要可并但却如若因所此每各该据由已则即且跟们吗呢吧啊'));
const MAX_COMPOUND = 5;
/** Longest long name (`cl`: three or four words), and the tags of its parts. */
const MAX_SPAN = 8;
const SPAN_PART = /^(?:n|nr|ns|nt|nz|ng|vn|a|an|j|x|zg)$/;
/** … and of its last part: a noun (半导体设备+出口, 车商+库存+积压 end with a verb: phrases). */
const SPAN_END = /^(?:n|nr|ns|nt|nz|ng|j|x|zg)$/;
/** Words before a verb (已+量产, 正式+亮相, 将+退场) … */
const VERB_BEFORE = new Set(['已', '已经', '将', '将会', '正式', '首次', '开始', '即将', '陆续', '相继', '纷纷', '率先', '尚未', '未', '不', '没有', '不再', '仍', '再度', '先后', '逐步', '有望', '可望', '获准', '被']);
/** … and after one (生效+了, 亮相+过). */
const VERB_AFTER = new Set(['了', '着', '过']);
/** Stop words that still start a compound: modifiers of a term (数字+人民币, 创新+板, 智能+电表, 公共+自行车). */
const MODIFIERS = new Set(['数字', '创新', '智能', '公共', '数据', '社会', '海外', '国产', '公众', '科技', '精神', '全民', '地方', '智慧', '模范', '转型']);
/** Whether a compound may not start with this word: a stop word (公司+计划, 消息+影响, 详见+物联网) other than a modifier. */
const noStart = (word: string) => STOP_WORDS.has(word) && !MODIFIERS.has(word);
/** Tags of the parts of a compound of single characters. */
const NOUN_PART = /^(?:n|j|x|a|b|s)/;
/** … and of a part after the first: also a bound morpheme (`zg`: 埗 of 深水埗, which jieba cuts 深水|埗; 深水 was the keyword of the Hong Kong release about it). */
const LAST_PART = /^(?:n|j|x|a|b|s|zg)/;

const LATIN_PART = /^[A-Za-z0-9][A-Za-z0-9.+#-]*$/;

/**
 * Latin terms jieba splits at a hyphen or between letters and digits
 * (RISC|-|V, Wi|-|Fi, GPT-4|o) joined back into one word as written: tokens
 * touching each other (no space between them) and hyphens between two such
 * tokens. Tagged `eng` when the term has a letter, `m` otherwise. A name's issue or episode number
 * (SOFAChannel#5, Meetup#9) is left out: the series' name is the word (C# and F# stay as written).
 */
export function joinLatin(words: ReadonlyArray<{ word: string; tag: string }>): Array<{ word: string; tag: string }> {
  const out: Array<{ word: string; tag: string }> = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (!LATIN_PART.test(w.word)) {
      out.push(w);
      continue;
    }
    let word = w.word;
    let j = i + 1;
    for (;;) {
      const next = words[j]?.word;
      if (next !== undefined && LATIN_PART.test(next)) {
        word += next;
        j++;
      } else if (next === '-' && words[j + 1] !== undefined && LATIN_PART.test(words[j + 1]!.word)) {
        word += `-${words[j + 1]!.word}`;
        j += 2;
      } else break;
    }
    // An issue or episode number (SOFAChannel#5, Meetup#9) is not part of the name: the series is the term.
    const episode = /^(.*[A-Za-z])#\d+$/.exec(word);
    if (episode) out.push({ word: episode[1]!, tag: 'eng' });
    else out.push(j === i + 1 ? w : { word, tag: /[A-Za-z]/.test(word) ? 'eng' : 'm' });
    i = j - 1;
  }
  return out;
}

/** Per segmenter, whether a word is one of its dictionary's (cut whole without the HMM), as asked so far. */
const dictionaryWords = new WeakMap<Segmenter, Map<string, boolean>>();

/** Whether jieba's dictionary (with the site's words, for a segmenter made with them) holds the word: its cut without the HMM is the word itself. */
export function inDictionary(word: string, j: Segmenter = segmenter()): boolean {
  let known = dictionaryWords.get(j);
  if (!known) dictionaryWords.set(j, (known = new Map()));
  let found = known.get(word);
  if (found === undefined) {
    found = j.cut(word, false).length === 1;
    known.set(word, found);
  }
  return found;
}

/**
 * A tag jieba got wrong, corrected: nouns its dictionary tags as verbs (警察/v: `NOUNS_TAGGED_VERBS`) and festivals
 * it tags as time words (中秋节/t: `FESTIVALS`) are common nouns; common words its dictionary tags as names (银行卡/nr, 城市/ns,
 * `NOT_NAMES`) are common nouns; a "name" starting with a function character whose rest is a word
 * (和+超微/nr, 能+流畅/nr) or a person's "name" of four characters or more (明显增加/nr) is a word it did not
 * know (`x`). A name whose rest is no word is a name that starts with such a character (以色列/ns: 色列 is
 * nothing; stripped, it gave the keyword 色列 on the Hong Kong releases).
 */
export function retag(w: { word: string; tag: string }, j: Segmenter = segmenter()): { word: string; tag: string } {
  if (!HAN.test(w.word)) return w;
  // Nouns the dictionary tags as verbs (警察/v) and festivals it tags as time words (中秋节/t, 国庆/t).
  if (w.tag === 'v' && NOUNS_TAGGED_VERBS.has(w.word)) return { word: w.word, tag: 'n' };
  if (w.tag === 't' && w.word.length >= 2 && (w.word.endsWith('节') || FESTIVALS.has(w.word))) return { word: w.word, tag: 'n' };
  if (/^n[rs]/.test(w.tag)) {
    if (NOT_NAMES.has(w.word)) return { word: w.word, tag: 'n' };
    if (w.tag === 'nr' && w.word.length >= 4) return unknown(w.word);
    if (GRAMMAR_CHARS.has(w.word[0]!)) {
      const rest = w.word.slice(1);
      return rest.length >= 2 && !inDictionary(rest, j) ? w : unknown(w.word);
    }
    return w;
  }
  return w.tag === 'x' ? unknown(w.word) : w;
}

/** A word jieba did not know: without the grammatical character its HMM glued at its start (用+小红书, 连+谷歌). */
function unknown(word: string): { word: string; tag: string } {
  return word.length >= 3 && GRAMMAR_CHARS.has(word[0]!) && !GRAMMAR_CHARS.has(word[1]!) ? { word: word.slice(1), tag: 'x' } : { word, tag: 'x' };
}


/** Tags jieba's dictionary gives single characters that are not nouns: verbs, adjectives, adverbs, numbers, particles… (not prepositions: a word the HMM joined after one is a name, 顺丰 顺/p, 比特 比/p). */
const NOT_NOUN_CHAR = /^(?:v|vd|a|ad|d|m|mq|uv|ud|ug|uj|ul|uz|c|u|q|f|r|y)$/;
/** … and those of a character that ends a verb or an adjective phrase (调+涨, 推+高, 难+求, 多+地, 年+仅). */
const VERB_END_CHAR = /^(?:v|vd|a|ad|d|uv)$/;
/** The dictionary tag of each single character asked so far (the same in every segmenter: site words have two characters or more). */
const charTags = new Map<string, string>();

/**
 * Whether a word jieba did not know is a verb or adjective phrase rather than
 * a name: every character, alone, a verb, adjective, adverb, number or
 * particle in jieba's dictionary, the last a verb, adjective or adverb (调涨,
 * 推高, 难求, 多地, 转冷, 刚收来, 股大涨), as its HMM joins them. A name has
 * a character that is a noun or only a name's (蔚来 蔚/nr, 鸿海 海/n, 伟达
 * 伟/zg, 时薪 薪/n).
 */
export function verbLike(word: string, j: Segmenter): boolean {
  const chars = [...word];
  if (chars.length < 2 || chars.length > 3) return false;
  return chars.every((c, i) => {
    let tag = charTags.get(c);
    if (tag === undefined) {
      tag = j.tag(c, true)[0]?.tag ?? 'x';
      charTags.set(c, tag);
    }
    return NOT_NOUN_CHAR.test(tag) && (i < chars.length - 1 || VERB_END_CHAR.test(tag));
  });
}

/** A Latin abbreviation in capitals (AI, GPU, PCB, 5G): written against a Chinese noun, one term with it (AI客服, AI伺服器). */
const ACRONYM = /^(?=[A-Z0-9]{2,5}$)[0-9]*[A-Z][A-Z0-9]*$/;

/** Single characters jieba tags as verbs that, after a noun or a name, are the kind of a place or an event: a station (浊水+站, 捷运+站), a festival (熊本台湾+祭), a fair (设计+展). */
const NOMINAL_SUFFIXES = new Set(['站', '祭', '展']);
/** Tags of the word before such a character that make it a noun: nouns, names, verbal nouns, abbreviations, words jieba did not know. */
const BEFORE_SUFFIX = /^(?:n|nr|ns|nt|nz|ng|vn|j|x)$/;

/**
 * The words with the characters of `NOMINAL_SUFFIXES` tagged as nouns where they follow a noun or a name
 * (南投|浊水|站/v, 熊本|台湾|祭/v, 设计|展/v): so they end a compound (浊水站, 熊本台湾祭, 设计展), as 奖 and 馆 do.
 */
export function nominalSuffixes(words: Array<{ word: string; tag: string }>): Array<{ word: string; tag: string }> {
  return words.map((w, i) => (w.tag === 'v' && NOMINAL_SUFFIXES.has(w.word) && i > 0 && HAN.test(words[i - 1]!.word) && BEFORE_SUFFIX.test(words[i - 1]!.tag) ? { word: w.word, tag: 'n' } : w));
}

/**
 * The tagged candidate words of one text (Simplified): content words, and
 * compounds of two or three adjacent words of which one is a single
 * character (the dictionary splits names it does not know: 英|伟达, 台|积|电),
 * at most five characters. Encoded as `word\ttag` pairs joined by `\t`.
 */
export function taggedWords(text: string, userWords: readonly string[] = []): string {
  const clean = foldVariants(text).replace(NOISE, ' ');
  if (!/[\p{L}]/u.test(clean)) return '';
  const j = segmenter(userWords);
  return encodeWords(clean, textWords(clean, j), j);
}

/** The words of a cleaned text (`cleanText`) as the candidates see them: jieba's, Latin terms joined, tags corrected. */
function textWords(clean: string, j: Segmenter): Array<{ word: string; tag: string }> {
  return nominalSuffixes(joinLatin(j.tag(clean, true)).map((w) => retag(w, j)));
}

/** Least times an article writes a single noun character and a verbal noun together for them to be one word (`boundWords`). */
const BOUND_MIN = 3;

/**
 * Words jieba's dictionary lacks that it cuts into a single noun character and a verbal noun of two characters
 * (微|服务: the dictionary has no 微服务, and 微/n then ended compounds before it, 大规模+微, 蚂蚁金服+微), written
 * together at least `BOUND_MIN` times in the article's texts (each a list of `textWords`), once at least where the
 * character starts a word (not 大湾|区|建设: the 区 of 大湾区). On the four real blogs of
 * the benchmark (160 posts) and the Presidential Office and Tainan releases, only two such pairs recur that often in
 * one article: 微服务 (53 posts) and 热升级 (1); the others (时+自动, 值+设置, 性+分析) are written once or twice, the
 * end of one word and the next word.
 */
export function boundWords(texts: ReadonlyArray<ReadonlyArray<{ word: string; tag: string }>>): Set<string> {
  const times = new Map<string, number>();
  /** The pairs written at least once where the character cannot end the word before it. */
  const free = new Set<string>();
  for (const words of texts) {
    for (let i = 0; i + 1 < words.length; i++) {
      const a = words[i]!;
      const b = words[i + 1]!;
      if (a.tag !== 'n' || a.word.length !== 1 || !HAN.test(a.word) || FUNCTION_CHARS.has(a.word) || b.tag !== 'vn' || b.word.length !== 2 || !HAN.test(b.word)) continue;
      const w = a.word + b.word;
      times.set(w, (times.get(w) ?? 0) + 1);
      // Free: not against a Chinese word that could end with the character (大湾|区|建设 is 大湾区+建设), but at the start
      // of the text, after punctuation, Latin or a grammatical character (的|微|服务, ，微|服务).
      const before = words[i - 1];
      if (!before || !HAN.test(before.word) || GRAMMAR_END_CHARS.has(before.word.at(-1)!)) free.add(w);
    }
  }
  return new Set([...times].filter(([w, n]) => n >= BOUND_MIN && free.has(w)).map(([w]) => w));
}

/** The words with each pair of `bound` (`boundWords`) made one noun (微|服务 → 微服务). */
export function joinBound(words: Array<{ word: string; tag: string }>, bound: ReadonlySet<string>): Array<{ word: string; tag: string }> {
  if (bound.size === 0) return words;
  const out: Array<{ word: string; tag: string }> = [];
  for (let i = 0; i < words.length; i++) {
    const next = words[i + 1];
    if (next && words[i]!.word.length === 1 && bound.has(words[i]!.word + next.word)) {
      out.push({ word: words[i]!.word + next.word, tag: 'n' });
      i++;
    } else out.push(words[i]!);
  }
  return out;
}

/** Least times, and least share of its uses, that a noun is written before the same verb to be a piece of a phrase (`phrasePieces`). */
const PIECE_MIN = 4;
const PIECE_SHARE = 0.75;

/**
 * Nouns of two characters that the article writes (nearly) always before the same verb of two characters, at least
 * `PIECE_MIN` times and in `PIECE_SHARE` of their uses: pieces of a phrase jieba's dictionary lacks (速率|限制 32 of
 * 37 times, 边缘|服务, 图片|来自, 用户|提供), no term of their own; the words of each text as `textWords` gives them
 * (after `joinBound`). A noun also written otherwise is its own word (速率 in an article about 速率 and 带宽).
 * Each with its verb.
 */
export function phrasePieces(texts: ReadonlyArray<ReadonlyArray<{ word: string; tag: string }>>): Map<string, string> {
  const uses = new Map<string, number>();
  const before = new Map<string, Map<string, number>>();
  for (const words of texts) {
    for (let i = 0; i < words.length; i++) {
      const { word, tag } = words[i]!;
      if (tag !== 'n' || word.length !== 2 || !HAN.test(word)) continue;
      uses.set(word, (uses.get(word) ?? 0) + 1);
      const next = words[i + 1];
      if (!next || !/^vn?$/.test(next.tag) || next.word.length !== 2 || !HAN.test(next.word)) continue;
      let verbs = before.get(word);
      if (!verbs) before.set(word, (verbs = new Map()));
      verbs.set(next.word, (verbs.get(next.word) ?? 0) + 1);
    }
  }
  const out = new Map<string, string>();
  for (const [word, verbs] of before) {
    const most = Math.max(...verbs.values());
    if (most >= PIECE_MIN && most >= PIECE_SHARE * uses.get(word)!) out.set(word, [...verbs].find(([, n]) => n === most)![0]);
  }
  return out;
}

/**
 * Whether the headline writes the phrase as a word of its own: not against a Chinese character after it (远洋巡护 of
 * 远洋巡护船) nor before it, but for a grammatical one (的速率限制).
 */
function headlineWord(title: string, phrase: string): boolean {
  for (let at = title.indexOf(phrase); at >= 0; at = title.indexOf(phrase, at + 1)) {
    const before = title[at - 1];
    const after = title[at + phrase.length];
    if ((after === undefined || !HAN.test(after)) && (before === undefined || !HAN.test(before) || GRAMMAR_END_CHARS.has(before))) return true;
  }
  return false;
}

/** `taggedWords` of a cleaned text, from its words. */
function encodeWords(clean: string, words: Array<{ word: string; tag: string }>, j: Segmenter): string {
  const out: string[] = [];
  // The title of a work between book-title marks, as written (《黑神话：悟空》): a name.
  for (const m of clean.matchAll(/《([^《》\n]{2,16})》/gu)) out.push(m[1]!.trim(), 'nz');
  // A short term between corner or double quotes (「一带一路」, 「再工业化」, “双碳”): the name of a policy, a programme
  // or a slogan, as written (jieba cuts 一带|一路, 再|工业化); Chinese only, 2 to 10 characters. On the Hong Kong releases
  // every quoted term of that length was a tag or an acceptable term.
  for (const m of clean.matchAll(/[「“]([\p{Script=Han}]{2,10})[」”]/gu)) out.push(m[1]!, 'nq');
  /** Compounds starting at this word so far: each once (two rules may join the same words). */
  const here = new Set<string>();
  /** Indexes of single characters that end a compound joined so far. */
  const tail = new Set<number>();
  const join = (term: string, tag: string) => {
    if (here.has(term)) return;
    here.add(term);
    out.push(term, tag);
  };
  for (let i = 0; i < words.length; i++) {
    const { word, tag } = words[i]!;
    here.clear();
    // Words jieba did not know (its HMM joined them: 蔚来, 鸿海, but also 这台, 由英): not with a function character at an edge.
    // Nor a verb or adjective phrase its HMM joined (调涨, 推高, 难求: `verbLike`); such a word still joins compounds (比特+币).
    if ((CONTENT.test(tag) || (tag === 'x' && HAN.test(word) && !GRAMMAR_CHARS.has(word[0]!) && !GRAMMAR_END_CHARS.has(word.at(-1)!) && !verbLike(word, j))) && word.length >= 2) {
      // A common noun used as a verb here (已量产, 正式亮相, 生效了: jieba's dictionary tags many verbs n): `nv`.
      out.push(word, /^(?:n|vn|ng)$/.test(tag) && HAN.test(word) && (VERB_BEFORE.has(words[i - 1]?.word ?? '') || VERB_AFTER.has(words[i + 1]?.word ?? '')) ? 'nv' : tag);
    }
    // Two nouns of two or three characters (远程+工作, 宁德+时代, 嫦娥+六号, 扫地+机器人, 智慧型+手机;
    // a first word jieba does not know, 艾司+摩尔): a compound the dictionary lacks.
    const next = words[i + 1];
    // Not with a generic word (公司+计划, 房地产+市场, 电商+平台) nor an event's verb (启动+防疫, 载客+突破), nor with a number that is not a name's (嫦娥+六号, not 降价+六成).
    if (next && word.length >= 2 && word.length + next.word.length <= 6 && next.word.length >= 2 && next.word.length <= 3 && HAN.test(word) && HAN.test(next.word)
      && !noStart(word) && !EVENT_VERBS.has(word) && !GENERIC_TAILS.has(next.word) && !EVENT_VERBS.has(next.word) && !(tag === 'x' && GRAMMAR_CHARS.has(word[0]!))
      && /^(?:n|vn|j|x)/.test(tag) && (/^(?:n|vn|j|x)/.test(next.tag) || (next.tag === 'm' && /^[^成倍]+[号號代期]$/u.test(next.word) && word.length + next.word.length === 4))) join(word + next.word, 'c');
    // A verb and a noun (充电+桩, 飞行+汽车): a term only when it recurs often (`cv`, see auto.ts); not a verb that takes an
    // object (拓展+动保, 协调+人力: `OBJECT_VERBS`).
    if (next && word.length === 2 && /^vn?$/.test(tag) && HAN.test(word) && HAN.test(next.word) && !STOP_WORDS.has(word) && !EVENT_VERBS.has(word) && !OBJECT_VERBS.has(word)
      && !GENERIC_TAILS.has(next.word) && !STOP_WORDS.has(next.word)
      && ((next.word.length === 2 && (next.tag === 'n' || next.tag === 'x')) || (next.word.length === 1 && /^[nq]$/.test(next.tag) && !FUNCTION_CHARS.has(next.word)))) {
      join(word + next.word, 'cv');
      if (next.word.length === 1) tail.add(i + 1);
    }
    // 可, a verb and 性: an "-ability" the dictionary lacks, one noun (可+观测+性; it has 可扩展性, 可维护性, 可用性 whole).
    if (word === '可' && next && /^vn?$/.test(next.tag) && next.word.length === 2 && HAN.test(next.word) && words[i + 2]?.word === '性') {
      join(`可${next.word}性`, 'c');
      tail.add(i + 2);
    }
    // A name and 号 (海鲲+号, a ship's or spacecraft's name; a place's name too: 西拉雅+号, a train).
    if (next && next.word === '号' && /^(?:x|nz|n|ns)$/.test(tag) && HAN.test(word) && word.length >= 2 && word.length <= 3
      && !STOP_WORDS.has(word) && !GRAMMAR_CHARS.has(word[0]!)) join(`${word}号`, 'c');
    // A name jieba did not know written against a capitalized Latin part (智谱+AI, 玄戒+O1): one name.
    if (next && tag === 'x' && HAN.test(word) && word.length >= 2 && next.tag === 'eng' && /^[A-Z][A-Za-z0-9]{0,3}$/.test(next.word)
      && !GRAMMAR_CHARS.has(word[0]!) && !GRAMMAR_END_CHARS.has(word.at(-1)!)) join(word + next.word, 'c');
    // A Latin abbreviation against a Chinese noun of two or three characters (AI+客服, AI+伺服器, 5G+基站): one term,
    // counted when it recurs (not with a generic or stop word: AI+功能, GPU+市场).
    if (next && tag === 'eng' && ACRONYM.test(word) && HAN.test(next.word) && next.word.length >= 2 && next.word.length <= 3 && /^(?:n|vn|j|x)/.test(next.tag)
      && !STOP_WORDS.has(next.word) && !GENERIC_TAILS.has(next.word) && !EVENT_VERBS.has(next.word)) join(word + next.word, 'c');
    // Capitalized Latin names of two or three words (Apple Intelligence, Kevin Scott).
    // A version number ends such a name (Wi-Fi 7, Llama 3).
    if (tag === 'eng' && /^[A-Z]/.test(word)) {
      let name = word;
      for (let k = i + 1; k + 1 < words.length && k <= i + 4 && words[k]!.word === ' '; k += 2) {
        const part = words[k + 1]!;
        const version = /^\d{1,3}$/.test(part.word);
        if (!version && !(part.tag === 'eng' && /^[A-Z0-9]/.test(part.word))) break;
        name += ` ${part.word}`;
        join(name, 'c');
        if (version) break;
      }
    }
    // A long name of three or four words (粤港澳+大湾+区, 空气+质素+健康+指数, 科技+专才+培育+计划: an index, a
    // programme, a region), at most eight characters: `cl`, a term only when the article repeats it as written (see
    // auto.ts). Its parts are nouns, adjectives, verbal nouns or words jieba did not know, none a stop word (a modifier
    // may start it: 科技+专才+培育) nor an event's verb, and it does not end with a generic word (晶圆代工+业务+亏损,
    // 头戴装置+市场 are phrases: on the tuning set they took the place of 晶圆代工 and 头戴装置).
    if (HAN.test(word) && SPAN_PART.test(tag) && !FUNCTION_CHARS.has(word) && !noStart(word) && !EVENT_VERBS.has(word)) {
      let span = word;
      for (let k = i + 1; k < words.length && k <= i + 3; k++) {
        const part = words[k]!;
        if (!HAN.test(part.word) || !SPAN_PART.test(part.tag) || FUNCTION_CHARS.has(part.word) || EVENT_VERBS.has(part.word) || STOP_WORDS.has(part.word)) break;
        span += part.word;
        if ([...span].length > MAX_SPAN) break;
        if (k >= i + 2 && !GENERIC_TAILS.has(part.word) && SPAN_END.test(part.tag)) join(span, 'cl');
      }
    }
    // Compounds starting here.
    // Not from a verb either (跌破+成本+线, 降价+六成, 突破+百亿 are phrases, not terms).
    // Every part a noun, an unknown word, an abbreviation or an adjective (英/j+伟达/a, 台积/x+电/n, 大/a+基金/n):
    // not an adverb, pronoun or verb (就是/d+这样/r+微, 谷歌+作为/v+云).
    // Nor from a word jieba did not know that starts with a grammatical character (会当+运动员, 并期+勉: its HMM joined them).
    if (!HAN.test(word) || FUNCTION_CHARS.has(word) || noStart(word) || !(NOUN_PART.test(tag) || tag === 'vn') || (tag === 'x' && GRAMMAR_CHARS.has(word[0]!))) continue;
    // Nor from a single character a compound before it ends with (比特+币 | 币+现货, 快递+业 | 业+价格战): it belongs there.
    if (word.length === 1 && tail.has(i)) continue;
    let joined = word;
    let single = word.length === 1;
    for (let k = i + 1; k < words.length && k <= i + 2; k++) {
      const next = words[k]!.word;
      // Nor with a generic tail after a word (稳定币+条例; but 碳+市场 is a term), nor with a role even after a single
      // character (赖+总统, 卓+院长: a person named by surname and role).
      if (!HAN.test(next) || FUNCTION_CHARS.has(next) || !LAST_PART.test(words[k]!.tag) || (GENERIC_TAILS.has(next) && (joined.length > 1 || isTitleOfOffice(next)))) break;
      joined += next;
      single ||= next.length === 1;
      if ([...joined].length > MAX_COMPOUND) break;
      // Not ending in a single verb, adverb or adjective (发布+新, 回+办公室 start with one and are skipped above).
      if (single && !(next.length === 1 && /^(?:v|d|a|u|m|q|p|c|r|f)/.test(words[k]!.tag))) {
        join(joined, 'c');
        if (next.length === 1) tail.add(k);
      }
    }
  }
  return out.join('\t');
}

/**
 * The title's words with the body's words it holds that its own segmentation
 * cut otherwise (a headline is terse: 国|片|票房 in the title, 国片 in the
 * body): a Chinese word of the body (not a compound this module joined),
 * written in the title, that neither holds one of the title's candidates nor
 * is inside one (台积 of the body is not added beside the title's 台积电, nor
 * 舰海鲲号 beside 海鲲号). In the order of the body, each once.
 */
export function withBodyWords(titleWords: string, rawTitle: string, blocks: readonly string[]): string {
  const parts = titleWords === '' ? [] : titleWords.split('\t');
  const inTitle: string[] = [];
  for (let i = 0; i + 1 < parts.length; i += 2) inTitle.push(parts[i]!);
  const seen = new Set(inTitle);
  const added: string[] = [];
  for (const encoded of blocks) {
    if (encoded === '') continue;
    const words = encoded.split('\t');
    for (let i = 0; i + 1 < words.length; i += 2) {
      const w = words[i]!;
      if (seen.has(w) || !HAN.test(w) || w.length < 2 || words[i + 1]!.startsWith('c') || !rawTitle.includes(w)) continue;
      seen.add(w);
      if (inTitle.some((t) => t.includes(w) || w.includes(t))) continue;
      added.push(w, words[i + 1]!);
    }
  }
  if (added.length === 0) return titleWords;
  return titleWords === '' ? added.join('\t') : `${titleWords}\t${added.join('\t')}`;
}

/** Longest name of the headline (`headlineNames`), in characters, and most words in it. */
const HEADLINE_NAME_MAX = 10;
const HEADLINE_NAME_WORDS = 5;
/** Tags of the first word of a headline's name (a noun, a name, a distinguishing word: 中央, 亚洲, 天然, 食品) … */
const HEADLINE_NAME_START = /^(?:n|nr|ns|nt|nz|ng|b|j|x)$/;
/** … of the words inside it (also verbs: 应变 of 中央灾害应变中心, 保护 of 亚洲动物保护大会, 巡护 of 高纬度远洋巡护船) … */
const HEADLINE_NAME_PART = /^(?:n|nr|ns|nt|nz|ng|b|j|x|v|vn|a|an|zg)$/;
/** … and of its last word: a noun, a name or a verbal noun (救助 of 天然灾害现金救助). */
const HEADLINE_NAME_END = /^(?:n|nr|ns|nt|nz|ng|vn|j|x|zg)$/;

/** Generic tails that end the name of a programme or a law of three words or more (科技+专才+培育+计划, 前瞻+基础+建设+计划). */
const PROGRAMME_HEADS = new Set(['计划', '方案', '条例', '工程']);

/**
 * The long names of a headline (Simplified): runs of two to five words, five to ten characters, starting with a
 * noun or a name, ending with a noun that is neither a generic tail (but 计划, 方案, 条例, 工程 after two words or
 * more: a programme's name) nor a role, with no function character, stop
 * word or event verb inside nor at its end (but 中心 may end it: 中央灾害应变中心); two words only when one has four
 * characters or more (shorter pairs are compounds already). Official names of institutions, events and
 * programmes (中央灾害应变中心, 亚洲动物保护大会, 天然灾害现金救助, 食品安全卫生), which jieba cuts in pieces and
 * the other rules take apart (中央+灾害, 灾害+现金 were keywords of the Presidential Office releases of 2025).
 * Tagged `ct`: a term only when the body writes it twice as written (see auto.ts).
 */
export function headlineNames(title: string, userWords: readonly string[] = []): string[] {
  const j = segmenter(userWords);
  const words = joinLatin(j.tag(foldVariants(title).replace(NOISE, ' '), true)).map((w) => retag(w, j));
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const first = words[i]!;
    if (!HAN.test(first.word) || !HEADLINE_NAME_START.test(first.tag) || FUNCTION_CHARS.has(first.word) || noStart(first.word) || EVENT_VERBS.has(first.word)) continue;
    let span = first.word;
    let longest = first.word.length;
    let verbAt = -1;
    for (let k = i + 1; k < words.length && k < i + HEADLINE_NAME_WORDS; k++) {
      const part = words[k]!;
      if (!HAN.test(part.word) || !HEADLINE_NAME_PART.test(part.tag) || FUNCTION_CHARS.has(part.word) || EVENT_VERBS.has(part.word) || OBJECT_VERBS.has(part.word)) break;
      // A verb only right before the last word (应变+中心, 保护+大会, 巡护+船): with more after it, it is a clause
      // (渔护署+整合+越野+单车+径).
      if (verbAt >= 0 && k > verbAt + 1) break;
      if (part.tag === 'v') verbAt = k;
      span += part.word;
      longest = Math.max(longest, part.word.length);
      if (span.length > HEADLINE_NAME_MAX) break;
      const programme = PROGRAMME_HEADS.has(part.word) && k > i + 1;
      const end = HEADLINE_NAME_END.test(part.tag) && (!GENERIC_TAILS.has(part.word) || programme) && !isTitleOfOffice(part.word)
        && (!STOP_WORDS.has(part.word) || MODIFIERS.has(part.word) || part.word === '中心' || programme);
      if (end && span.length >= 5 && (k > i + 1 || longest >= 4) && !out.includes(span)) out.push(span);
      // A stop word ends no name (投资 of 半导体+设备+投资) but 中心 (中央灾害应变中心), and continues none.
      if (STOP_WORDS.has(part.word) && !MODIFIERS.has(part.word)) break;
    }
  }
  return out;
}

/** A Latin gloss in brackets written after a Chinese name: words with a capital and a small letter (Boris Johnson, Pope Francis; not GDP). */
const GLOSS = /(\p{Script=Han}{1,12})[（(]\s*(?=[^）)]*[a-z])[A-Z][\p{L}.,'’ -]{1,60}[）)]/gu;
/** Tags of the words a glossed name may be made of: names, words jieba did not know, and single characters. */
const GLOSS_PART = /^(?:nr|nrt|nrfg|ns|nz|x)$/;

/**
 * The names an article glosses in Latin (英国前首相强生（Boris Johnson）, 卡斯楚那斯（Laurynas Kasčiūnas））:
 * the Chinese written right before the brackets is the name of a person, an organisation or a thing, however
 * jieba tags it (强生/v, 华|自强). The name is jieba's last word there, with the single characters and name
 * pieces before it (卡斯|楚|那斯, 莎|卡琳|恩), two to five characters, not a stop word or a title of office, nor
 * one word jieba tags a noun or a name (a candidate already).
 * Government releases gloss foreign names this way once and then write the Chinese name alone.
 */
export function glossedNames(texts: readonly string[], userWords: readonly string[] = []): string[] {
  const out: string[] = [];
  for (const text of texts) {
    for (const m of foldVariants(text).matchAll(GLOSS)) {
      const words = segmenter(userWords).tag(m[1]!, true);
      let k = words.length - 1;
      let name = words[k]?.word ?? '';
      while (k > 0) {
        const prev = words[k - 1]!;
        const single = prev.word.length === 1 && !FUNCTION_CHARS.has(prev.word) && !/^(?:p|c|u|uj|ul|d|r|m|q|f)$/.test(prev.tag);
        if (!(single || (GLOSS_PART.test(prev.tag) && (name.length === 1 || words[k]!.word.length === 1))) || name.length + prev.word.length > 5) break;
        name = prev.word + name;
        k--;
      }
      // A noun or name jieba knows (棒球 of 盲人棒球（Beep Ball）, 方济各/nr) is a candidate already.
      if (k === words.length - 1 && /^n/.test(words[k]!.tag)) continue;
      if (name.length >= 2 && name.length <= 5 && HAN.test(name) && !GRAMMAR_CHARS.has(name[0]!) && !STOP_WORDS.has(name) && !isTitleOfOffice(name) && !out.includes(name)) out.push(name);
    }
  }
  return out;
}

/** Occurrences of `name` in `text`. */
function occurrences(text: string, name: string): number {
  let n = 0;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) n++;
  return n;
}

/** Characters that never complete a name cut after a bound morpheme (的+义, 和+银): particles and conjunctions. */
const NOT_NAME_EDGE = new Set(Array.from('的了和与及或在是也就都而被把对向从让将为于以着并但等个'));
/** Tags of a name or a word jieba did not know, beside which a split name continues (大桥/ns+光夫/x). */
const SPLIT_NAME_SIDE = /^(?:nr|nrt|nrfg|ns|nt|nz|x)$/;
/** Tags of a single character that continues a name jieba did not know (金舶+奖/n, 丹娜+丝/m). */
const SPLIT_NAME_CHAR = /^(?:n|ng|zg|nr|ns|m|q|x)$/;

/**
 * How the words `outer` (beside a candidate, at every occurrence) and `inner` (the candidate's word at that
 * side) can be one name jieba cut: `inner` a bound morpheme (义/ng of 不|义|遗址, 银/ng of 上|银|机械) after a
 * single character; or a word jieba did not know (金舶/x, 丹娜/x) beside a single noun-like character (金舶+奖,
 * 丹娜+丝) — `'name'`; or such a word beside a name (大桥/ns+光夫/x) — `'person'`, one name only when a title of
 * office follows it (大桥光夫+会长; 印度+移工, 高雄+登革热 are a place and a thing). The outer word is no function
 * word, stop word or role.
 */
function splitJunction(outer: { word: string; tag: string }, inner: { word: string; tag: string }, times: number): 'name' | 'person' | undefined {
  if (!HAN.test(outer.word) || STOP_WORDS.has(outer.word) || GENERIC_TAILS.has(outer.word) || isTitleOfOffice(outer.word)) return undefined;
  if (outer.word.length === 1) {
    if (NOT_NAME_EDGE.has(outer.word)) return undefined;
    if (inner.word.length === 1) return /^(?:ng|zg)$/.test(inner.tag) ? 'name' : undefined;
    // A function character before a word jieba did not know, every time of many (又+拍云 18 times: 又拍云, a company)
    // is the name's first character, whatever its tag alone.
    if (inner.tag === 'x' && FUNCTION_CHARS.has(outer.word) && times >= SPLIT_NAME_MANY) return 'name';
    // So is a noun character before a dictionary noun it is always beside, many times (旅+宿业 9 times: 旅宿业, the
    // lodging trade; 宿业 alone is karma).
    if (/^n/.test(inner.tag) && inner.word.length >= 2 && !FUNCTION_CHARS.has(outer.word) && /^n$/.test(outer.tag) && times >= SPLIT_NAME_MANY) return 'name';
    return inner.tag === 'x' && !FUNCTION_CHARS.has(outer.word) && SPLIT_NAME_CHAR.test(outer.tag) ? 'name' : undefined;
  }
  return inner.tag === 'x' && inner.word.length >= 2 && SPLIT_NAME_SIDE.test(outer.tag) && outer.tag !== 'x' ? 'person' : undefined;
}

/**
 * The character that follows a candidate at each of its occurrences (`next`: the word after each), when jieba wrote it
 * alone at one occurrence at least and glued it elsewhere to a dictionary word of two characters or more, as a word it
 * knows (奖 and 奖+得主/n; not 雾+节/x, a word it did not know: 白莲+雾节); else undefined.
 */
function gluedAfter(next: ReadonlyArray<{ word: string; tag: string } | undefined>, j: Segmenter): { word: string; tag: string } | undefined {
  const first = next[0]?.word[0];
  if (first === undefined || !HAN.test(first)) return undefined;
  const alone = next.find((w) => w?.word === first);
  if (!alone || !next.every((w) => w !== undefined && w.word[0] === first && (w.word.length === 1 || (w.word.length >= 3 && w.tag !== 'x' && HAN.test(w.word) && inDictionary(w.word.slice(1), j))))) return undefined;
  return alone;
}

/** Occurrences, every one after the same function character, that make it the first character of a name (`splitJunction`). */
const SPLIT_NAME_MANY = 5;

/** Longest candidate, in words and characters, that `splitNames` looks for. */
const SPLIT_NAME_WORDS = 6;
const SPLIT_NAME_CHARS = 12;

/**
 * Names jieba cut at a wrong boundary, made whole: a candidate of the article (`candidates`, Simplified) that
 * occurs at least twice, every time beside the same word, where that word and the candidate's edge are one name
 * cut in two (`splitJunction`): 上+银机械硕士论文奖, 不+义遗址, 大桥+光夫, 品牌金舶+奖, 丹娜+丝. The occurrences
 * are counted on word boundaries of the same segmentation as the candidates. Returns, for each text, the whole
 * names the candidates lack, once per occurrence of the cut one; and the cut candidates, which are no terms (every
 * occurrence is inside the whole).
 */
export function splitNames(texts: readonly string[], candidates: ReadonlySet<string>, userWords: readonly string[] = []): { whole: string[][]; cut: Set<string> } {
  const j = segmenter(userWords);
  const segmented = texts.map((text) => nominalSuffixes(joinLatin(j.tag(foldVariants(text).replace(NOISE, ' '), true)).map((w) => retag(w, j))));
  /** Per candidate: its occurrences (text, first word, word after the last). */
  const seen = new Map<string, Array<[number, number, number]>>();
  segmented.forEach((words, t) => {
    for (let a = 0; a < words.length; a++) {
      let span = '';
      for (let b = a; b < words.length && b < a + SPLIT_NAME_WORDS; b++) {
        span += words[b]!.word;
        if (span.length > SPLIT_NAME_CHARS) break;
        if (span.length >= 2 && candidates.has(span)) {
          const list = seen.get(span) ?? [];
          list.push([t, a, b + 1]);
          seen.set(span, list);
        }
      }
    }
  });
  const out: string[][] = texts.map(() => []);
  const cut = new Set<string>();
  for (const [term, occ] of seen) {
    if (occ.length < 2 || !HAN.test(term)) continue;
    const same = (pick: (o: [number, number, number]) => { word: string; tag: string } | undefined) => {
      const first = pick(occ[0]!);
      return first && occ.every((o) => pick(o)?.word === first.word) ? first : undefined;
    };
    const before = same(([t, a]) => segmented[t]![a - 1]);
    // After it, the same word every time; or the same character, alone at one occurrence at least and elsewhere glued by
    // jieba to the next word (金舶+奖 in the body, 金舶+奖得主 in the headline: the award, then its winners).
    const after = same(([t, , b]) => segmented[t]![b]) ?? gluedAfter(occ.map(([t, , b]) => segmented[t]![b]), j);
    const [t0, a0, b0] = occ[0]!;
    const leftKind = before && splitJunction(before, segmented[t0]![a0]!, occ.length);
    const rightKind = after && splitJunction(after, segmented[t0]![b0 - 1]!, occ.length);
    // A person's name: a title of office after it somewhere (大桥光夫+会长).
    const titled = (end: number) => occ.some(([t, , b]) => isTitleOfOffice(segmented[t]![b + end]?.word ?? ''));
    const left = leftKind === 'name' || (leftKind === 'person' && titled(0)) ? before!.word : '';
    const right = rightKind === 'name' || (rightKind === 'person' && titled(1)) ? after!.word : '';
    if (left === '' && right === '') continue;
    const whole = left + term + right;
    cut.add(term);
    for (const [t] of occ) out[t]!.push(whole);
    // A person's surname written alone before a title of office (大桥+会长 beside 大桥光夫+会长) is the same person:
    // when every other occurrence of the surname is so, each is one of the whole name (the surname is no term).
    const surname = leftKind === 'person' && left !== '' ? left : rightKind === 'person' && right !== '' ? right : '';
    if (surname !== '') {
      const inside = new Set(occ.map(([t, a, b]) => `${t}:${left === surname ? a - 1 : b}`));
      const alone: number[] = [];
      let all = true;
      segmented.forEach((words, t) => words.forEach((w, k) => {
        if (w.word !== surname || inside.has(`${t}:${k}`)) return;
        if (isTitleOfOffice(words[k + 1]?.word ?? '')) alone.push(t);
        else all = false;
      }));
      if (all) {
        cut.add(surname);
        for (const t of alone) out[t]!.push(whole);
      }
    }
  }
  return { whole: out, cut };
}

/** Occurrences of a word, at least, that `enclosedWords` looks at. */
const ENCLOSED_MIN = 3;
/** Share of a word's occurrences in the text, at least, that a longer candidate holding it must account for (all but one in seven: 金山 8 of 9 times in 金山办公). */
const ENCLOSED_SHARE = 0.85;
/** Longest candidate, in characters, that holds such a word. */
const ENCLOSED_LONG = 4;

/**
 * Words of an article that are (nearly) always written inside one longer candidate of it, counted on the text as
 * written, not on jieba's words: 巴士 all 11 times inside 复康巴士 (once inside 捐复康巴士, which jieba cut
 * 捐复康|巴士), 宿业 all 10 times inside 旅宿业 (jieba cut 旅|宿业 nine times, 之旅|宿业 once). Such a word is a piece
 * of the longer one, not a term of its own: word → longer candidate, for Chinese words of two characters used at
 * least `ENCLOSED_MIN` times of which a candidate of at most `ENCLOSED_LONG` characters holds at least
 * `ENCLOSED_SHARE`; of several, the most used, then the shortest. Not: a place or an organisation at the head of
 * the longer one (台南市+旅宿, 交通部+观光), a word after a place or a person (印度+移工: the thing the article is
 * about), nor beside a function, measure or number character or a generic word (新创+公司); nor into a candidate
 * that is itself inside a still longer one (灾害 in 中央灾害 in the headline's 中央灾害应变中心). Candidates are the
 * texts' encoded words (`taggedWords`), not the headline's long names (`ct`) nor verb phrases (`cv`).
 */
export function enclosedWords(texts: readonly string[], encoded: readonly string[], userWords: readonly string[] = []): Map<string, string> {
  const clean = texts.map((t) => foldVariants(t).replace(NOISE, ' '));
  const count = (w: string) => clean.reduce((n, t) => n + occurrences(t, w), 0);
  const j = segmenter(userWords);
  const tags = new Map<string, string>();
  const longer = new Set<string>();
  /** Every longer candidate, long names (`ct`, `cl`) included. */
  const all = new Set<string>();
  for (const e of encoded) {
    const parts = e === '' ? [] : e.split('\t');
    for (let i = 0; i + 1 < parts.length; i += 2) {
      const w = parts[i]!;
      if (!HAN.test(w) || w.length < 2) continue;
      if (w.length > 2) all.add(w);
      if (w.length > ENCLOSED_LONG) continue;
      if (!tags.has(w)) tags.set(w, parts[i + 1]!);
      if (parts[i + 1] !== 'ct' && parts[i + 1] !== 'cv' && w.length >= 3) longer.add(w);
    }
  }
  const times = new Map<string, number>();
  const timesOf = (w: string) => { let n = times.get(w); if (n === undefined) { n = count(w); times.set(w, n); } return n; };
  /** Whether `w` is (nearly) always inside `l`. */
  const within = (w: string, l: string) => l.length > w.length && l.includes(w) && timesOf(l) >= ENCLOSED_SHARE * timesOf(w);
  const out = new Map<string, string>();
  for (const [w, tag] of [...tags].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (w.length !== 2 || timesOf(w) < ENCLOSED_MIN) continue;
    let best: string | undefined;
    for (const l of longer) {
      if (!within(w, l)) continue;
      // A place or an organisation at the head of a longer term modifies it (台南市+旅宿, 交通部+观光署): it is no piece.
      if (l.startsWith(w) && /^(?:ns|nt)$/.test(tag)) continue;
      // Nor is a word after a measure word, a number or a function character (三百+席+机车).
      const extra = l.startsWith(w) ? l.slice(w.length) : l.endsWith(w) ? l.slice(0, l.length - w.length) : '';
      const extraTag = j.tag(extra, true);
      if (extra.length === 1 && (FUNCTION_CHARS.has(extra) || NOT_NAME_EDGE.has(extra) || /^[mqpcudr]/.test(extraTag[0]?.tag ?? ''))) continue;
      // Nor a thing named by a place before it (印度+移工: the article is about 移工), nor a word before a generic one (新创+公司).
      if (l.endsWith(w) && extraTag.length === 1 && /^(?:ns|nr)$/.test(extraTag[0]!.tag)) continue;
      if (GENERIC_TAILS.has(extra) || STOP_WORDS.has(extra)) continue;
      if (!best || timesOf(l) > timesOf(best) || (timesOf(l) === timesOf(best) && (l.length < best.length || (l.length === best.length && l < best)))) best = l;
    }
    // One step only: not into a longer term that is itself inside a still longer one (主题 in 主题彩绘 in 主题彩绘列车).
    if (best !== undefined && ![...all].some((l2) => l2 !== best && within(best!, l2))) out.set(w, best);
  }
  return out;
}

/** Occurrences of a verb-and-noun candidate, at least, that `truncatedPhrases` looks at. */
const TRUNCATED_MIN = 3;

/**
 * The verb-and-noun candidates (`cv`) of an article that the text writes, every time of three or more, before the
 * same verb (集中+身份 before 认证 all five times: 集中身份认证, a phrase jieba cut, whose piece 集中身份 means nothing
 * alone). Counted on the text as written; the verb is the word jieba finds in the two characters after it. `clean`:
 * the texts through `cleanText`, when the caller has them.
 */
export function truncatedPhrases(texts: readonly string[], encoded: readonly string[], userWords: readonly string[] = [], clean: readonly string[] = texts.map(cleanText)): Set<string> {
  const out = new Set<string>();
  const verbs = new Set<string>();
  for (const e of encoded) {
    const parts = e === '' ? [] : e.split('\t');
    for (let i = 0; i + 1 < parts.length; i += 2) if (parts[i + 1] === 'cv') verbs.add(parts[i]!);
  }
  if (verbs.size === 0) return out;
  const j = segmenter(userWords);
  for (const phrase of [...verbs].sort()) {
    const next = new Set<string>();
    let n = 0;
    for (const text of clean) {
      for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + phrase.length)) {
        n++;
        next.add(text.slice(at + phrase.length, at + phrase.length + 2));
      }
    }
    if (n < TRUNCATED_MIN || next.size !== 1) continue;
    const [after] = next;
    const words = j.tag(after!, true);
    if (words.length === 1 && HAN.test(after!) && /^vn?$/.test(words[0]!.tag)) out.add(phrase);
  }
  return out;
}

/** The candidate words of an article: its title and its text blocks (in Simplified); `userWords` as for `segmenter`. */
export function articleTerms(title: string, blocks: readonly TextBlock[], userWords: readonly string[] = []): ArticleTerms {
  // The headline's long names (`ct`) and the names the article glosses in Latin (`nr`), each time a text writes one
  // as written; not where the text's own words already hold it (空气质素健康指数 is a long name `cl` there, counted once).
  const texts = [title, ...blocks.map(([, text]) => text)];
  const clean = texts.map(cleanText);
  const names: Array<[string, string]> = [
    ...headlineNames(title, userWords).map((n): [string, string] => [n, 'ct']),
    ...glossedNames(blocks.map(([, text]) => text), userWords).map((n): [string, string] => [n, 'nr']),
  ];
  const withNames = (words: string, cleaned: string) => {
    if (names.length === 0) return words;
    const held = new Set(words.split('\t').filter((_, i) => i % 2 === 0));
    const found = names.flatMap(([name, tag]) => (held.has(name) ? [] : Array.from({ length: occurrences(cleaned, name) }, () => `${name}\t${tag}`)));
    return found.length === 0 ? words : words === '' ? found.join('\t') : `${words}\t${found.join('\t')}`;
  };
  // The texts' words, with the words jieba cuts in two that the article writes together often (`boundWords`) made whole.
  const j = segmenter(userWords);
  const words = clean.map((text) => (/[\p{L}]/u.test(text) ? textWords(text, j) : []));
  const bound = boundWords(words);
  const joined = words.map((w) => joinBound(w, bound));
  const encoded = clean.map((text, t) => (joined[t]!.length === 0 ? '' : encodeWords(text, joined[t]!, j)));
  const body = blocks.map((_, i) => withNames(encoded[i + 1]!, clean[i + 1]!));
  const head = withNames(withBodyWords(encoded[0]!, clean[0]!, body), clean[0]!);
  // Names jieba cut at a wrong boundary (`splitNames`), made whole: `nb`, beside the cut ones.
  const candidates = new Set<string>();
  for (const encoded of [head, ...body]) encoded.split('\t').forEach((w, i) => { if (i % 2 === 0 && w !== '') candidates.add(w); });
  const { whole, cut } = splitNames(texts, candidates, userWords);
  // Words (nearly) always written inside one longer candidate (`enclosedWords`): pieces of it, no terms; the longer one
  // is counted wherever the text writes it (`nb` where its words do not hold it already, as the names made whole).
  const inside = enclosedWords(texts, [head, ...body], userWords);
  const counted = new Set<string>();
  for (const [short, long] of inside) {
    if (cut.has(long)) continue;
    cut.add(short);
    if (counted.has(long)) continue;
    counted.add(long);
    clean.forEach((text, t) => {
      for (let k = occurrences(text, long); k > 0; k--) whole[t]!.push(long);
    });
  }
  for (const phrase of truncatedPhrases(texts, [head, ...body], userWords, clean)) cut.add(phrase);
  // Nouns (nearly) always written before the same verb (`phrasePieces`): pieces, no terms; the phrase is one term
  // where the headline writes it (速率限制 of 速率限制—分布式系统的一个实用工具), counted wherever a text writes it.
  for (const [piece, verb] of phrasePieces(joined)) {
    cut.add(piece);
    const phrase = piece + verb;
    if (!headlineWord(clean[0]!, phrase) || counted.has(phrase)) continue;
    counted.add(phrase);
    clean.forEach((text, t) => {
      for (let k = occurrences(text, phrase); k > 0; k--) whole[t]!.push(phrase);
    });
  }
  const withWhole = (encoded: string, names: readonly string[]) => {
    if (names.length === 0 && cut.size === 0) return encoded;
    const parts = encoded === '' ? [] : encoded.split('\t');
    const kept: string[] = [];
    /** Occurrences of each whole name this text's words hold already (不义遗址 where jieba cut 不义|遗址): counted there. */
    const held = new Map<string, number>();
    for (let i = 0; i + 1 < parts.length; i += 2) {
      if (cut.has(parts[i]!)) continue;
      kept.push(parts[i]!, parts[i + 1]!);
      held.set(parts[i]!, (held.get(parts[i]!) ?? 0) + 1);
    }
    for (const n of names) {
      const h = held.get(n) ?? 0;
      if (h > 0) held.set(n, h - 1);
      else kept.push(n, 'nb');
    }
    return kept.join('\t');
  };
  return { title: withWhole(head, whole[0]!), blocks: body.map((b, i) => withWhole(b, whole[i + 1]!)), kinds: blocks.map(([kind]) => kind).join('') };
}

