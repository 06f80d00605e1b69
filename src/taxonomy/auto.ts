/**
 * Automatic keywords: for an article without keywords, up to four topic
 * terms among the words jieba found in it (`terms.ts`), ranked over the whole
 * site, each scoring at least 0.4 of the article's best (fewer, surer).
 * Terms are compared by their unification key (英偉達 = 英伟达, GPU = gpu).
 * What counts:
 *
 * - where a word is: the title counts three times, the lead paragraph and
 *   headings twice; boilerplate blocks (repeated across the site) not at all;
 * - how specific it is on this site: TF-IDF over the site's articles, a term
 *   in more than half of them is never a keyword, nor one in a single
 *   article unless it is the headline's (below);
 * - how specific it is in the language: jieba's general IDF, so 公司, 技术,
 *   发展 lose to 英伟达 and 光刻机; generic news words (表示, 公司, 市场…) are stop words;
 * - the headline: a term of the title that the body uses too is the article's
 *   subject, a keyword even when no other article has it;
 * - what it is: names (people, places, organisations, foreign words) before
 *   common nouns before verbal nouns; compounds the dictionary split (台积电)
 *   and words jieba did not know only when they recur in the article;
 * - whether it is a topic of the site: a term that is a written keyword
 *   elsewhere on the site counts more, and so does a term that many articles
 *   share (a topic) over one that two share (an accident).
 *
 * Linear in the words counted; deterministic (ties go to the smaller key).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { compare } from '../core/errors.js';
import type { VariantId } from '../conversion/variants.js';
import { PLUMBING_ABBREVIATIONS, STOP_WORDS, isTitleOfOffice } from './stop-words.js';
import type { ArticleTerms } from './terms.js';

export interface AutoKeywordOptions {
  /** Most keywords per article (default 4). */
  max?: number;
  /** Score factor for a term that is a written keyword elsewhere on the site (default 2.5). */
  vocabularyBoost?: number;
  /** A keyword's score must be at least this share of the article's best (default 0.4). */
  minShare?: number;
  /** …and at least this share when the body uses it at most once (default 0.5). */
  onceShare?: number;
  /** Boilerplate blocks (`blockHash` of their Simplified text): not counted. */
  boilerplate?: ReadonlySet<number>;
}

/** One article's candidates, as the workers found them. */
export interface TermDocument {
  /** Article id. */
  id: string;
  lang: VariantId;
  terms: ArticleTerms;
  /** `blockHash` of each block's Simplified text (same order as `terms.blocks`). */
  hashes: readonly number[];
  /** Whether this article needs automatic keywords (it has none written). */
  wanted: boolean;
}

/** A chosen automatic keyword: its key, and the form it was written in (Simplified). */
export interface AutoKeyword {
  key: string;
  surface: string;
  score: number;
}

/** How much a word's part of speech makes it a keyword. */
function tagWeight(tag: string): number {
  if (/^(?:nr|nrt|nrfg|ns|nt|nz|nq|nb|ct|eng|j)$/.test(tag)) return 1.5;
  if (tag === 'c' || tag === 'cl' || tag === 'x' || tag === 'cv' || tag === 'nk') return 1.3;
  if (tag === 'n') return 1;
  return 0.5;
}

/** Uses in the body that make a name of a single article a keyword without the headline (see `alone`). */
const REPEATED_NAME = 5;

/** A common noun used as a verb in at least one of this many of its uses on the site counts as a verb. */
const VERB_SHARE = 3;

/** Weight of an occurrence in the title, the lead paragraph and headings. */
export const TITLE_WEIGHT = 3;
const LEAD_WEIGHT = 2;
const HEADING_WEIGHT = 2;

const HAN_WORD = /^\p{Script=Han}{2,}$/u;

/** Tags of common words (not names nor compounds): nouns, verbal nouns, abbreviations, quoted terms. */
const COMMON_TAG = /^(?:n|vn|j|nq)$/;
/**
 * A common word that at least one article in this many of the site uses is the site's everyday vocabulary (通信,
 * 存储, 架构, 源码, 落地 on a middleware blog), not an article's keyword, even in its headline (蚂蚁金服开源通信框架:
 * 通信 is a piece of the headline's phrase). On the SOFAStack and APISIX development sets 16 of the 17 keywords this
 * rule removes were neither tags nor acceptable terms (监控 was a tag); 1/3 and 1/5 were tried too (1/3 kept 监控 but
 * left 2 more bad; 1/5 took 5 more keywords off the Taiwan sets, 4 of them bad).
 */
const SITE_VOCABULARY_SHARE = 4;

/** Headlines of the site that write an everyday English word, at least, that make it a name of the site's topics (see `commonEnglishWords`). */
const SITE_HEADLINES = 2;

/** English words that are never keywords. */
const LATIN_STOP = new Set(['the', 'and', 'for', 'with', 'from', 'that', 'this', 'are', 'was', 'you', 'not', 'but', 'all', 'can', 'has', 'have', 'new', 'one', 'via', 'etc', 'ok', 'vs']);

function usable(key: string, tag: string, word: string): boolean {
  if (key === '' || STOP_WORDS.has(key) || LATIN_STOP.has(key) || isTitleOfOffice(key)) return false;
  if ([...key].length < 2) return false;
  if (/^[\p{N}.,%+\-x]+$/u.test(key)) return false;
  // Handles and identifiers: user_name, abc123 (lower case letters then digits, as written: C919, H100 are names), hex ids.
  if (tag === 'eng' && (/_/.test(key) || /^[a-z]+\d{2,}$/.test(word) || /^[0-9a-f]{7,}$/.test(key))) return false;
  // Versions and numbered parts written in lower case: v1, v2.3 (an API's version), part1 (an everyday word and a number); V8 is a name.
  if (tag === 'eng' && (/^v\d+(?:\.\d+)*$/.test(word) || commonEnglishWords().has(/^([a-z]+)\d{1,2}$/.exec(word)?.[1] ?? ''))) return false;
  return true;
}

let commonEnglish: Set<string> | undefined;

/**
 * Everyday English words (SCOWL's two most common sizes, data/english-common-words/: public domain and permissive
 * notices, see its README), loaded once: leader, session, consumer, route, listener, gateway, token.
 */
export function commonEnglishWords(): ReadonlySet<string> {
  if (!commonEnglish) {
    const text = readFileSync(new URL('../../../data/english-common-words/words.txt', import.meta.url), 'utf8');
    commonEnglish = new Set(text.split('\n').filter((w) => w !== ''));
  }
  return commonEnglish;
}

let generalIdf: Map<string, number> | undefined;

/** jieba's IDF of general Chinese text (word → idf), loaded once. */
export function generalIdfTable(): ReadonlyMap<string, number> {
  if (!generalIdf) {
    generalIdf = new Map();
    const require = createRequire(import.meta.url);
    const text = readFileSync(require.resolve('@node-rs/jieba/idf.txt'), 'utf8');
    for (const line of text.split('\n')) {
      const space = line.lastIndexOf(' ');
      if (space > 0) generalIdf.set(line.slice(0, space), Number(line.slice(space + 1)));
    }
  }
  return generalIdf;
}

let idfText: string | undefined;
/** The general IDF of every word asked for so far in this thread (undefined: not in the table). */
const idfSeen = new Map<string, number | undefined>();

/**
 * jieba's general IDF of the given words only (the same values as
 * `generalIdfTable`): one scan of the table's text that reads only the lines
 * starting with a first character of a wanted word, instead of a map of all
 * 270,000 words (about 0.3 s per process) for the few hundred a site asks for;
 * and no scan when every word was asked for before in this thread (a process
 * that builds again and again: `serve`, the tests).
 */
export function generalIdfOf(words: Iterable<string>): ReadonlyMap<string, number> {
  if (generalIdf) return generalIdf;
  const wanted = new Set(words);
  const out = new Map<string, number>();
  const unseen = new Set<string>();
  for (const w of wanted) {
    if (!idfSeen.has(w)) unseen.add(w);
    else if (idfSeen.get(w) !== undefined) out.set(w, idfSeen.get(w)!);
  }
  if (unseen.size === 0) return out;
  const firsts = new Set<number>();
  for (const w of unseen) firsts.add(w.charCodeAt(0));
  if (idfText === undefined) {
    const require = createRequire(import.meta.url);
    idfText = readFileSync(require.resolve('@node-rs/jieba/idf.txt'), 'utf8');
  }
  const text = idfText;
  const found = new Map<string, number>();
  for (let i = 0; i < text.length; ) {
    let end = text.indexOf('\n', i);
    if (end < 0) end = text.length;
    if (firsts.has(text.charCodeAt(i))) {
      const line = text.slice(i, end);
      const space = line.lastIndexOf(' ');
      if (space > 0) {
        const word = line.slice(0, space);
        // A word written twice takes its last line's value, as in the table.
        if (unseen.has(word)) found.set(word, Number(line.slice(space + 1)));
      }
    }
    i = end + 1;
  }
  for (const w of unseen) {
    const idf = found.get(w);
    idfSeen.set(w, idf);
    if (idf !== undefined) out.set(w, idf);
  }
  return out;
}

/**
 * How specific a word is in general Chinese, from jieba's IDF: 0.15 for the
 * most general (市场 3.3, 中国 3.0), 1 from 9 up (芯片 9.0, 开源 10.8);
 * names are penalized less (美国 is a fair keyword, 市场 is not). Words
 * jieba does not know (英伟达, 大模型) are specific.
 */
function specificity(g: number | undefined, tag: string): number {
  if (g === undefined) return 1;
  const f = Math.min(1, Math.max(0.15, (g - 3) / 6));
  return tagWeight(tag) > 1 ? Math.sqrt(f) : f;
}

/** Tags of names (people, places, organisations, other names, words jieba did not know, foreign words, abbreviations). */
const NAME_TAG = /^(?:nr|nrt|nrfg|ns|nt|nz|nq|nb|nk|x|eng|j)$/;

/**
 * Whether a compound is two common words of two characters or more that are
 * candidates of their own in the article (流感+疫情), the first not a name.
 */
function headlinePhrase(key: string, m: ReadonlyMap<string, { tag: string }>): boolean {
  if (key.includes(' ')) return false;
  const chars = [...key];
  for (let cut = 2; cut <= chars.length - 2; cut++) {
    const head = m.get(chars.slice(0, cut).join(''));
    const tail = m.get(chars.slice(cut).join(''));
    if (head && tail && !NAME_TAG.test(head.tag) && !/^c/.test(head.tag) && !/^c/.test(tail.tag)) return true;
  }
  return false;
}

/**
 * A numeronym (k8s, i18n, a11y: first letter, the number of letters between, last letter) counted as the word it
 * abbreviates when the article writes that word too (K8s and Kubernetes are one topic, not two keywords): its uses are
 * added to the word's, and it is no candidate of its own.
 */
export function mergeNumeronyms(m: Map<string, Count>): void {
  for (const [key, e] of [...m]) {
    const parts = /^([a-z])(\d{1,2})([a-z])$/.exec(key);
    if (!parts) continue;
    const length = Number(parts[2]) + 2;
    const full = [...m.keys()].find((k) => k.length === length && k[0] === parts[1] && k.at(-1) === parts[3] && /^[a-z]+$/.test(k));
    if (full === undefined) continue;
    const f = m.get(full)!;
    f.count += e.count;
    f.body += e.body;
    f.times += e.times;
    f.title ||= e.title;
    m.delete(key);
  }
}

const LATIN_CHAR = /[a-z0-9]/;

/**
 * Whether term `a` holds term `b` (伟达 in 英伟达, ai in ai客服): as a string, but a Latin end of `b` must be a word's
 * end in `a` too, so raft is not held by sofajraft nor java by javascript (another name, not a piece of it).
 */
export function containsTerm(a: string, b: string): boolean {
  if (b === '') return false;
  for (let at = a.indexOf(b); at >= 0; at = a.indexOf(b, at + 1)) {
    const before = at > 0 && LATIN_CHAR.test(b[0]!) && LATIN_CHAR.test(a[at - 1]!);
    const after = at + b.length < a.length && LATIN_CHAR.test(b.at(-1)!) && LATIN_CHAR.test(a[at + b.length]!);
    if (!before && !after) return true;
  }
  return false;
}

/** Whether two terms, one of several Latin words, have a word in common (spring cloud, cloud gateway). */
function sharesLatinWord(a: string, b: string): boolean {
  if (!a.includes(' ') && !b.includes(' ')) return false;
  const words = new Set(a.split(' ').filter((w) => /^[a-z0-9]/.test(w)));
  return b.split(' ').some((w) => words.has(w));
}

/** Whether a long name (`cl`, see terms.ts) is repeated as written: in the headline and the body, or three times. */
function longName(e: Count): boolean {
  return e.times >= 2 && ((e.title && e.body > 0) || e.times >= 3);
}

/** Share of a Latin word's weighted uses that names ending with it must make for it to be their kind word (`kindWords`). */
const KIND_SHARE = 0.6;

/**
 * Latin words of an article's counts (`m`) that end two different Latin names of two words or more (Mesh of Service
 * Mesh and SOFA Mesh), those names ending with it together making `KIND_SHARE` of its weighted uses: the kind of
 * thing the names are, not a keyword of its own (beside Service Mesh, `mesh` was a bad keyword of three ServiceMesher
 * posts). Counted on the names of two words (a longer one holds one: Istio Service Mesh, Service Mesh), so that an
 * occurrence counts once. Not a word the headline writes alone while none of those names is in it.
 */
export function kindWords(m: ReadonlyMap<string, Count>): string[] {
  const names = new Map<string, { count: number; n: number; title: boolean }>();
  for (const [k, e] of m) {
    const parts = k.split(' ');
    if (parts.length !== 2 || !/^[a-z]/.test(parts[1]!)) continue;
    const kind = names.get(parts[1]!) ?? { count: 0, n: 0, title: false };
    kind.count += e.count;
    kind.n++;
    kind.title ||= e.title;
    names.set(parts[1]!, kind);
  }
  const out: string[] = [];
  for (const [w, kind] of names) {
    const e1 = m.get(w);
    if (e1 && kind.n >= 2 && !(e1.title && !kind.title) && kind.count >= KIND_SHARE * e1.count) out.push(w);
  }
  return out.sort();
}

export interface Count {
  /** Weighted occurrences (title and lead count more). */
  count: number;
  /** Occurrences in the body (not the title). */
  body: number;
  /** Occurrences in all. */
  times: number;
  tag: string;
  title: boolean;
  surface: string;
  surfaceCount: number;
  forms: Map<string, number>;
}

/**
 * Picks automatic keywords for the `wanted` documents. `keyOf` gives the
 * unification key of a term written in a language; `vocabulary` holds the keys
 * of the site's written keywords.
 */
export function pickAutoKeywords(
  docs: readonly TermDocument[],
  keyOf: (text: string, lang: VariantId) => string,
  vocabulary: ReadonlySet<string>,
  opts: AutoKeywordOptions = {},
): Map<string, AutoKeyword[]> {
  const max = opts.max ?? 4;
  const boost = opts.vocabularyBoost ?? 2.5;
  const minShare = opts.minShare ?? 0.4;
  const onceShare = opts.onceShare ?? 0.5;
  const boilerplate = opts.boilerplate ?? new Set<number>();
  const out = new Map<string, AutoKeyword[]>();
  if (!docs.some((d) => d.wanted)) return out;

  const df = new Map<string, number>();
  /** Per term, the articles whose headline writes it. */
  const headlines = new Map<string, number>();
  /** Per term, the articles that mention it (its fragments included: see below). */
  const mentions = new Map<string, number>();
  /** Per term, over the site: its uses, and those as a verb (已+量产, 正式+亮相: `nv`, see terms.ts). */
  const uses = new Map<string, [number, number]>();
  /** Per document: compounds of its title that recur and start with a name, by their last part (see below). */
  const longer: Array<Map<string, [string, Count, string, string]>> = [];
  const counted: Array<Map<string, Count>> = [];
  /** Per document: its compounds that are the headline's phrasing (see below). */
  const phrasings: Array<Set<string>> = [];
  for (const doc of docs) {
    longer.push(new Map());
    const m = new Map<string, Count>();
    const add = (encoded: string, weight: number, title: boolean) => {
      if (encoded === '') return;
      const parts = encoded.split('\t');
      for (let i = 0; i + 1 < parts.length; i += 2) {
        const word = parts[i]!;
        const verbal = parts[i + 1] === 'nv';
        const tag = verbal ? 'n' : parts[i + 1]!;
        const key = keyOf(word, 'zh-Hans');
        if (!usable(key, tag, word)) continue;
        let e = m.get(key);
        if (!e) {
          e = { count: 0, body: 0, times: 0, tag, title: false, surface: word, surfaceCount: 0, forms: new Map() };
          m.set(key, e);
        }
        e.count += weight;
        e.times++;
        if (!title) e.body++;
        e.title ||= title;
        if (tagWeight(tag) > tagWeight(e.tag)) e.tag = tag;
        const u = uses.get(key) ?? [0, 0];
        u[0]++;
        if (verbal) u[1]++;
        uses.set(key, u);
        const n = (e.forms.get(word) ?? 0) + 1;
        e.forms.set(word, n);
        if (n > e.surfaceCount || (n === e.surfaceCount && word < e.surface)) {
          e.surface = word;
          e.surfaceCount = n;
        }
      }
    };
    add(doc.terms.title, TITLE_WEIGHT, true);
    let lead = true;
    doc.terms.blocks.forEach((encoded, i) => {
      const hash = doc.hashes[i];
      if (hash !== undefined && boilerplate.has(hash)) return;
      const heading = doc.terms.kinds[i] === 'h';
      add(encoded, heading ? HEADING_WEIGHT : lead ? LEAD_WEIGHT : 1, false);
      if (encoded !== '' && !heading) lead = false;
    });
    mergeNumeronyms(m);
    // Two common words joined (流感+疫情, 车商+库存, 观众+口碑: both words of the dictionary and candidates of their own)
    // that the body uses once (the lead repeating the title's words) are more often the headline's phrasing than a term
    // (勒索+软体): they weigh as a common noun, not as a compound, so a word of theirs that stands alone wins (流感).
    // On the second development set 8 of 10 such compounds were bad keywords. Not: a written keyword of the site, a
    // compound of a name and its kind (雅万+高铁, 高雄+捷运), names the dictionary cut in pieces (司+美格+鲁肽, 英+伟达).
    const weak = new Set<string>();
    for (const [k, e] of m) if (e.tag === 'c' && e.body < 2 && !vocabulary.has(k) && headlinePhrase(k, m)) weak.add(k);
    phrasings.push(weak);
    // A compound whose part stands alone at least as often as in it (国产+短剧 beside 短剧 twice alone) is a phrase: the part is the term.
    const phrases = new Set<string>();
    for (const [k2, e2] of m) {
      if ((e2.tag !== 'c' && e2.tag !== 'cl') || k2.includes(' ')) continue;
      const chars = [...k2];
      for (let cut = 2; cut <= chars.length - 2; cut++) {
        const parts = [chars.slice(0, cut).join(''), chars.slice(cut).join('')];
        // A place at its head that also stands alone (香港 beside 香港+稳定币) makes it a phrase too; one that never
        // does names the thing (高雄+捷运).
        const head = m.get(parts[0]!);
        // A compound of the headline that the body uses too (AI+客服, 用电+负荷 in the title and the lead) names the topic
        // even when a part stands alone more often; not one headed by a modifier (国产+福卫).
        const headline = e2.title && e2.body > 0 && !STOP_WORDS.has(parts[0]!);
        // A long name (`cl`) is a phrase by its place only: its last word stands alone often (指数 of 空气质素健康指数).
        if ((head?.tag === 'ns' && head.times > e2.times) || (e2.tag === 'c' && !headline && parts.some((p) => { const e1 = m.get(p); return e1 !== undefined && e1.tag !== 'c' && e1.times - e2.times >= e2.times; }))) {
          phrases.add(k2);
          break;
        }
      }
    }
    // A fragment of a longer term that occurs about as often (比特 in 比特币, 伟达 in 英伟达) is not a term of its own.
    const fragments: string[] = [...phrases];
    for (const [k2, e2] of m) {
      // A long name that is no term (not repeated as written, see below) does not make its parts fragments (稳定币 in
      // a once-written 香港稳定币条例).
      if (phrases.has(k2) || (e2.tag === 'cl' && !longName(e2)) || (e2.tag === 'ct' && !(e2.title && e2.body >= 2))) continue;
      // A word the headline writes alone is the headline's, not a fragment of a longer term it does not write (Python of
      // the headline beside the body's Python Runner: the post is about Python).
      const headlineOwn = (e1: Count) => e1.title && !e2.title;
      if (k2.includes(' ')) {
        for (const w of k2.split(' ')) { const e1 = m.get(w); if (e1 && !headlineOwn(e1) && e1.count * 0.6 <= e2.count) fragments.push(w); }
        continue;
      }
      const chars = [...k2];
      if (chars.length > 10) continue;
      for (let a = 0; a < chars.length; a++) {
        for (let b = a + 2; b <= chars.length; b++) {
          if (b - a === chars.length) continue;
          const e1 = m.get(chars.slice(a, b).join(''));
          // Dropped when it (nearly) never occurs outside the longer term; 光伏 stays beside 光伏组件 when it also stands alone.
          if (e1 && !headlineOwn(e1) && e2.count >= 0.6 * e1.count && e1.count - e2.count < 1) fragments.push(chars.slice(a, b).join(''));
        }
      }
    }
    // The last word of several Latin names of two words (Mesh of Service Mesh, SOFA Mesh, Motan Mesh) is their kind,
    // no name of its own, when those names together make `KIND_SHARE` of its uses (each name alone may not).
    for (const w of kindWords(m)) fragments.push(w);
    // The compounds of the headline that recur (phrases included: 高雄+捷运 beside 捷运 alone) and start with a place or
    // a name jieba did not know that never stands alone (高雄, 巴黎, 雅万): the longer form of their last part, by that part.
    const named = longer[counted.length]!;
    for (const [k, e] of m) {
      if (e.tag !== 'c' || !e.title || e.times < 2 || k.includes(' ')) continue;
      const chars = [...k];
      for (let cut = 2; cut <= chars.length - 2; cut++) {
        const head = m.get(chars.slice(0, cut).join(''));
        const part = chars.slice(cut).join('');
        if (head && /^(?:ns|x)$/.test(head.tag) && head.times <= e.times && !named.has(part)) named.set(part, [k, e, head.tag, m.get(part)?.tag ?? '']);
      }
    }
    // Whether the site says a term everywhere counts the article's terms before its fragments are dropped: 香港 is in
    // an article whose 香港 are all inside 香港代表团 or 香港民族党 too (counted after, 香港 was in 21 of 43 Hong Kong
    // releases, not more than half, and a keyword of eleven of them; it is in 36). The document frequency that ranks
    // terms counts them after (客服 inside AI客服 is not a second topic of that article).
    for (const [key, e] of m) {
      mentions.set(key, (mentions.get(key) ?? 0) + 1);
      if (e.title) headlines.set(key, (headlines.get(key) ?? 0) + 1);
    }
    for (const k of fragments) m.delete(k);
    for (const key of m.keys()) df.set(key, (df.get(key) ?? 0) + 1);
    counted.push(m);
  }

  // The general IDF of the wanted documents' candidates only (see generalIdfOf).
  const general = generalIdfOf(docs.flatMap((d, i) => (d.wanted ? [...counted[i]!].flatMap(([key, e]) => [key, e.surface]) : [])));
  const n = docs.length;
  const minDf = n >= 3 ? 2 : 1;
  docs.forEach((doc, i) => {
    if (!doc.wanted) return;
    /** Candidates, with whether the body uses them at most once (weaker evidence). */
    const scored: Array<AutoKeyword & { once: boolean; plain: number }> = [];
    for (const [key, e] of counted[i]!) {
      const d = df.get(key)!;
      const known = vocabulary.has(key);
      const g = general.get(key) ?? general.get(e.surface);
      // A term of this article only is a keyword when it is in the title and is a name or a specific word.
      // A compound of this article only must recur: in the title and then in the lead or twice more.
      // A compound this module joined, or a word jieba did not know, is a term only when it recurs in the article.
      if (!known && (e.tag === 'c' || e.tag === 'x') && e.times < 2) continue;
      // A verb and a noun (充电桩, 飞行汽车) more so, and in the title: it is more often a phrase (高于+全国).
      if (!known && e.tag === 'cv' && (e.times < 3 || !e.title)) continue;
      if (!known && e.tag === 'x' && !(e.title && e.body > 0)) continue;
      // A Latin word the article mostly writes in lower case (token, client, bug, committer, etcd) is a common English
      // word or an identifier, not a name: names are capitalized or in capitals (Kong, NGINX, Okta, CSRF). On the
      // Simplified blog of the APISIX set all 18 such keywords were wrong; no tag of any set is written so.
      if (!known && /^[a-z]+$/.test(key) && e.surface === key) continue;
      // Nor is a capitalized everyday English word the headline does not write (Leader, Session, Consumer, Route,
      // Listener on the middleware blogs: a term of the post's code or protocol, not its topic), unless written in
      // capitals (ARM, RED: an abbreviation) or in the headlines of two articles or more of the site (Saga, Go,
      // Company on the ServiceComb and ServiceMesher blogs: names of the site's topics that are English words).
      if (!known && !e.title && /^[a-z]+$/.test(key) && !/^[A-Z0-9]+$/.test(e.surface) && (headlines.get(key) ?? 0) < SITE_HEADLINES
        && commonEnglishWords().has(key)) continue;
      // A format's or protocol's abbreviation (HTTP, JSON, TCP, ID), or words of them and API (HTTP API), is a keyword
      // only when the headline names it.
      if (!known && !e.title && key.split(' ').every((w) => PLUMBING_ABBREVIATIONS.has(w) || (w === 'api' && key.includes(' ')))) continue;
      // A long name (three or four words, `cl`: 空气质素健康指数) when the article repeats it as written: in the headline
      // and the body, or three times.
      if (!known && e.tag === 'cl' && !longName(e)) continue;
      // A long name of the headline (`ct`: 中央灾害应变中心) when the body writes it twice as written.
      if (!known && e.tag === 'ct' && !(e.title && e.body >= 2)) continue;
      // A term of the title the body also uses is the article's subject: a keyword even when no other article has it.
      const headline = e.title && e.body > 0;
      // So is a name the article uses again and again (Okta 19 times in the body of one post, in no other): its topic.
      const alone = d < minDf && (headline || (e.body >= REPEATED_NAME && NAME_TAG.test(e.tag)));
      if (!known && ((d < minDf && !alone) || (n >= 10 && mentions.get(key)! > n / 2))) continue;
      // A common word of a quarter of the site's articles or more is its everyday vocabulary (on sites of 20 articles or more).
      if (!known && n >= 20 && COMMON_TAG.test(e.tag) && HAN_WORD.test(key) && mentions.get(key)! * SITE_VOCABULARY_SHARE >= n) continue;
      if (e.count < 2 && !e.title) continue;
      const idf = Math.log((n + 1) / d);
      if (idf <= 0) continue;
      // A common noun the site mostly uses as a verb (量产, 亮相, 生效) weighs as a verb.
      const u = uses.get(key);
      const verb = e.tag === 'n' && u !== undefined && u[1] * VERB_SHARE >= u[0];
      const generalFactor = specificity(g, e.tag);
      // A topic many articles share beats an accident two share: damp idf's preference for the rarest.
      const topic = Math.log(1 + d);
      const score = (1 + Math.log(e.count)) * Math.sqrt(idf) * Math.sqrt(topic) * tagWeight(verb ? 'v' : phrasings[i]!.has(key) ? 'n' : e.tag) * generalFactor
        * (known ? boost : 1) * (headline ? 1 + 0.5 * Math.min(e.body, 2) : e.title ? 1.5 : 1);
      scored.push({ key, surface: e.surface, score, plain: known ? score / boost : score, once: e.body < 2 });
    }
    // Highest score first; on a tie the longer term (台积电 before 台积 and 积电).
    scored.sort((a, b) => b.score - a.score || b.key.length - a.key.length || compare(a.key, b.key));
    const chosen: AutoKeyword[] = [];
    /** The compounds of the headline named by a place (巴黎+奥运), by compound: their kind (奥运). */
    const kinds = new Map([...longer[i]!].filter(([part, [, , head, tag]]) => head === 'ns' && tag !== 'ns' && HAN_WORD.test(part)).map(([part, [k]]) => [k, part]));
    const eligible = new Set(scored.map((c) => c.key));
    /**
     * The headline's longer name of a name it starts, one character longer (腾讯 → 腾讯云: the dictionary cut the name
     * 腾讯|云, as 台积|电): a compound of the headline that recurs, is a candidate itself (not a phrase) and makes at
     * least half of the name's uses; the most used of them. Not a longer tail: on the team's sets 光伏组件, 华为新款,
     * 奇瑞汽车, 医保目录 were phrases of the headline, and the editors tagged 光伏, 华为, 奇瑞, 医保.
     */
    const longerName = (key: string): string | undefined => {
      const e = counted[i]!.get(key)!;
      if (!HAN_WORD.test(key) || !NAME_TAG.test(e.tag)) return undefined;
      let best: [string, Count] | undefined;
      for (const [k2, e2] of counted[i]!) {
        if (k2.length !== key.length + 1 || !k2.startsWith(key) || !HAN_WORD.test(k2) || e2.tag !== 'c' || !e2.title || e2.times < 2 || 2 * e2.times < e.times) continue;
        if (!eligible.has(k2) || phrasings[i]!.has(k2)) continue;
        if (!best || e2.times > best[1].times || (e2.times === best[1].times && k2.length > best[0].length)) best = [k2, e2];
      }
      return best?.[0];
    };
    const top = Math.max(...scored.map((c) => c.plain), 0);
    const floor = top * minShare;
    for (const c of scored) {
      if (chosen.length >= max || c.score < floor) break;
      // A further term the body uses at most once needs half the best score (on the development set a third of them were bad).
      if (c.once && chosen.length > 0 && c.score < top * onceShare) continue;
      // Skip a term overlapping one already chosen (伟达 after 英伟达, 模型 after 大模型; Latin names sharing a word:
      // Cloud Gateway after Spring Cloud, both of Spring Cloud Gateway).
      if (chosen.some((k) => containsTerm(k.key, c.key) || containsTerm(c.key, k.key) || sharesLatinWord(k.key, c.key))) continue;
      // The headline's named form of the term when it makes at least half of the term's uses (捷运 → 高雄捷运, 奥运 → 巴黎奥运).
      const named = longer[i]!.get(c.key);
      const long = named ? undefined : longerName(c.key);
      const [key, surface] = named && 2 * named[1].times >= counted[i]!.get(c.key)!.times && !chosen.some((k) => containsTerm(k.key, named[0]) || containsTerm(named[0], k.key))
        ? [named[0], named[1].surface]
        : long !== undefined && !chosen.some((k) => containsTerm(k.key, long) || containsTerm(long, k.key)) ? [long, counted[i]!.get(long)!.surface] : [c.key, c.surface];
      chosen.push({ key, surface, score: Math.round(c.score * 1000) / 1000 });
      // A thing named by a place and its kind, as editors tag them (巴黎奥运 and 奥运, 杭州亚运会 and 亚运会).
      const kind = kinds.get(key);
      if (kind !== undefined && chosen.length < max && usable(kind, 'n', kind) && !chosen.some((k) => k.key === kind)) {
        chosen.push({ key: kind, surface: counted[i]!.get(kind)?.surface ?? kind, score: Math.round(c.score * 1000) / 1000 });
      }
    }
    out.set(doc.id, chosen);
  });
  return out;
}
