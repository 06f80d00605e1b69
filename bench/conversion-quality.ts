/**
 * `npm run bench:conversion`: conversion error rates on human-written text.
 *
 * Round trip: Traditional text (Taiwan: the VS Code UI translation; Hong
 * Kong and Taiwan: CLDR display names) is converted to Simplified and back;
 * every character that differs from what the writer wrote counts as an error
 * (Levenshtein distance per string), per 10,000 Han characters. Likewise
 * Simplified → Traditional → Simplified. tongwen (default options) and plain
 * opencc-js run side by side on the same strings.
 *
 * Government text: Hong Kong Government press releases, Taipei City
 * Government statements, Taiwan's college entrance exam text and Taiwan
 * sentences of a Common Voice sprint (Mozilla Common Voice, CC0), one
 * sentence a line; and the first 16,000 characters of Common Voice's Taiwan
 * sentence-collector file (everyday, civic and school sentences; lines the
 * exam and sprint files hold left out), whose held-out half was kept
 * unseen when it was added (its dev half was studied).
 *
 * Hong Kong prose: the sentences of the UD Chinese-HK treebank (film
 * subtitles and Legislative Council proceedings, written in Hong Kong
 * Traditional), round trip as zh-HK.
 *
 * Development and held-out halves: the CLDR names, the treebank sentences
 * and the Common Voice lines are split by a hash of their key (CLDR's
 * `languages/aa`, the treebank's sent_id, `file:line`), the same split in
 * every run and every locale.
 * Corrections are studied on the development half only; the held-out half
 * says whether they generalize.
 *
 * zh-TW vocabulary: team-written news sentences (bench/corpora/news-zh-tw.json)
 * converted from Simplified, compared with the Taiwan form a news editor
 * would print (errors per 10,000 Han characters of the expected text).
 *
 * A second ratio ("aside") leaves out, for both converters, the variant
 * spellings the texts themselves mix (臺/台, 裡/裏, 甚/什).
 *
 * Taiwan text is read in Taiwan's character set first (asBig5): the few
 * characters outside Big5 (内 for 內, 没 for 沒: pasted glyph variants) as
 * their Big5 form, for both converters; the output says how many.
 *
 * Repair: changes on all the correct Traditional text (goal ≤ 0.5 per
 * 10,000 characters) and the share of naive-conversion damage fixed (≥ 90%).
 * check: its body hazard rule on the same text converted to Simplified —
 * how many reports, how many of them the conversion really gets wrong.
 *
 * Text: bench/corpora/ (sources and licenses in bench/corpora/README.md).
 * Options: --show N prints N sample differences per pair; --kinds N the N
 * most frequent error kinds (written→got character, with contexts) per pair;
 * --errors every remaining tongwen error of the development halves and of
 * the unsplit pairs (never of a held-out half: studying those would be tuning
 * on the test), one line each, the differing characters in [written→got].
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { characterTables, converter, variantConverter, type Convert } from '../src/conversion/converters.js';
import { repairer } from '../src/conversion/repair.js';
import { ONE_TO_MANY } from '../src/conversion/dictionaries.js';
import { textHazards } from '../src/lint/check.js';
import { learnPreferences } from '../src/conversion/prefer.js';
import type { OpenccLocale, VariantId } from '../src/conversion/variants.js';

const ROOT = join(fileURLToPath(import.meta.url), '..', '..', '..');
const CORPORA = join(ROOT, 'bench', 'corpora');
const HAN = /\p{Script=Han}/gu;

function load<T>(name: string): T {
  return JSON.parse(readFileSync(join(CORPORA, name), 'utf8')) as T;
}

/** A one-sentence-a-line text file as keyed pairs [`file:line`, text] (blank lines skipped). */
export function loadLines(name: string): Array<[string, string]> {
  return readFileSync(join(CORPORA, name), 'utf8')
    .split('\n')
    .map((t, i) => [`${name}:${i + 1}`, t] as [string, string])
    .filter(([, t]) => t.trim() !== '');
}

/** Edit distance between two strings, by code point. */
export function distance(a: string, b: string): number {
  if (a === b) return 0;
  const x = [...a];
  const y = [...b];
  if (x.length === y.length) {
    let d = 0;
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) d++;
    // Same length: a substitution count (exact unless characters moved).
    return d;
  }
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[y.length]!;
}

export type Half = 'dev' | 'held-out';

/** The half a keyed text belongs to: the first byte of the SHA-256 of its key, even → dev, odd → held-out. */
export function halfOf(key: string): Half {
  return (createHash('sha256').update(key).digest()[0]! & 1) === 0 ? 'dev' : 'held-out';
}

/** The texts of keyed pairs in one half (or all of them). */
export function inHalf(pairs: ReadonlyArray<readonly [string, string]>, half?: Half): string[] {
  return pairs.filter(([k]) => half === undefined || halfOf(k) === half).map(([, v]) => v);
}

const NO_QUOTES = { quotes: false } as const;
const hanCount = (s: string) => s.match(HAN)?.length ?? 0;

/**
 * Variant spellings of one word that real text itself mixes (the Taipei text
 * writes 臺 18 times and 台 10, 平台 and 平臺; the treebank 裡 18 and 裏 2,
 * 什麼 38 and 甚麼 12), so that no converter can match every writer: a second
 * figure counts the errors other than these, for tongwen and OpenCC alike.
 */
const VARIANT_SPELLINGS = new Set(['臺台', '台臺', '裡裏', '裏裡', '甚什', '什甚']);
/** Errors between what was written and what came back other than the variant spellings above. */
export function errorsAside(want: string, got: string, d: number): number {
  const x = [...want];
  const y = [...got];
  if (x.length !== y.length) return d;
  let n = 0;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i] && !VARIANT_SPELLINGS.has(x[i]! + y[i]!)) n++;
  return n;
}

let big5: Set<string> | undefined;

/** The characters of Big5 (Taiwan's character set), from the platform's Big5 decoder. */
function big5Chars(): Set<string> {
  if (big5) return big5;
  big5 = new Set();
  const dec = new TextDecoder('big5');
  for (let a = 0x81; a <= 0xfe; a++) for (let b = 0x40; b <= 0xfe; b++) for (const c of dec.decode(new Uint8Array([a, b]))) big5.add(c);
  return big5;
}

/** Characters of Taiwan text read as their Big5 form, per corpus (`内→內` → count), for the benchmark's output. */
export const READ_AS_BIG5 = new Map<string, Map<string, number>>();

/**
 * Taiwan text as its writer typed it in Taiwan's character set: a Han
 * character outside Big5 whose OpenCC standard Traditional form is in Big5
 * (内 U+5185 for 內 in the sprint's meeting minutes, 没 for 沒: glyph
 * variants from mainland or Japanese text pasted in) is read as that form
 * before measuring, for both converters alike (neither could write it back,
 * and an error both make moves the ratio towards 1). Counted per corpus in
 * READ_AS_BIG5 and printed.
 */
export function asBig5(name: string, texts: readonly string[]): string[] {
  const chars = big5Chars();
  const toT = converter('cn', 't');
  const seen = READ_AS_BIG5.get(name) ?? new Map<string, number>();
  READ_AS_BIG5.set(name, seen);
  return texts.map((t) =>
    [...t]
      .map((c) => {
        if (chars.has(c) || !/\p{Script=Han}/u.test(c)) return c;
        const f = toT(c);
        if (f === c || !chars.has(f)) return c;
        seen.set(`${c}→${f}`, (seen.get(`${c}→${f}`) ?? 0) + 1);
        return f;
      })
      .join(''),
  );
}

interface Result {
  errors: number;
  /** Errors other than variant spellings (VARIANT_SPELLINGS). */
  aside: number;
  han: number;
  samples: Array<[string, string]>;
  /** Error kinds: `written→got` per character (the two strings aligned by position when of one length), with the word around it. */
  kinds: Map<string, { count: number; context: string[] }>;
}

function newResult(): Result {
  return { errors: 0, aside: 0, han: 0, samples: [], kinds: new Map() };
}

/** Counts the character substitutions between what was written and what came back. */
function countKinds(r: Result, want: string, got: string) {
  const x = [...want];
  const y = [...got];
  const add = (kind: string, context: string) => {
    const k = r.kinds.get(kind) ?? { count: 0, context: [] };
    k.count++;
    if (k.context.length < 4 && !k.context.includes(context)) k.context.push(context);
    r.kinds.set(kind, k);
  };
  if (x.length !== y.length) {
    add('(length)', `${want} → ${got}`);
    return;
  }
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) add(`${x[i]}→${y[i]}`, x.slice(Math.max(0, i - 2), i + 3).join(''));
}

function roundTrip(texts: readonly string[], there: Convert, back: Convert): Result {
  const r = newResult();
  for (const t of texts) {
    const got = back(there(t));
    r.han += hanCount(t);
    const d = distance(t, got);
    r.errors += d;
    r.aside += errorsAside(t, got, d);
    if (d > 0) countKinds(r, t, got);
    if (d > 0 && (allErrors || r.samples.length < 200)) r.samples.push([t, got]);
  }
  return r;
}

/** `--errors`: every tongwen error of the dev halves and unsplit pairs is printed. */
let allErrors = false;

/** What was written, with each differing character marked [written→got] (strings of one length), else `written ⇒ got`. */
export function markedDiff(want: string, got: string): string {
  const x = [...want];
  const y = [...got];
  if (x.length !== y.length) return `${want} ⇒ ${got}`;
  let out = '';
  for (let i = 0; i < x.length; i++) out += x[i] === y[i] ? x[i] : `[${x[i]}→${y[i]}]`;
  return out;
}

function scored(pairs: ReadonlyArray<readonly [string, string]>, convert: Convert): Result {
  const r = newResult();
  for (const [input, want] of pairs) {
    const got = convert(input);
    r.han += hanCount(want);
    const d = distance(want, got);
    r.errors += d;
    r.aside += errorsAside(want, got, d);
    if (d > 0) countKinds(r, want, got);
    if (d > 0) r.samples.push([want, got]);
  }
  return r;
}

const per10k = (r: Result) => (r.han ? (r.errors * 10000) / r.han : 0);

export interface PairFigure {
  pair: string;
  han: number;
  tongwen: number;
  opencc: number;
  ratio: number;
  /** tongwen / OpenCC with variant spellings (臺/台, 裡/裏, 甚/什) not counted on either side. */
  ratioAside: number;
  /** The half of a split corpus the figure is for (none: the whole corpus). */
  half?: Half;
  /**
   * The variant the text is written in, when the pair measures it against
   * another variant's pages (Taiwan text as zh-Hant): such a pair shows how
   * far that variant's forms are from the writer's (zh-Hant writes 計劃 and
   * 台 for Taiwan and Hong Kong alike), and the goal is judged on the pair of
   * the variant the text is written in.
   */
  writtenIn?: VariantId;
  /** House style tongwen converted with (learned from the corpus's dev half: learnedFigures). */
  prefer?: string[];
}

/** tongwen's round trip for text written in `v`, and OpenCC's for the locale that tongwen used before issue 9. */
function tripPair(name: string, texts: readonly string[], v: VariantId, locale: OpenccLocale, show: number, writtenIn?: VariantId, half?: Half, prefer?: readonly string[]): PairFigure {
  const script = v === 'zh-Hans' ? 'Hans' : 'Hant';
  const other: VariantId = script === 'Hans' ? 'zh-Hant' : 'zh-Hans';
  // Quotation marks aside (“” ↔ 「」 is a deliberate change, not a character error).
  const options = prefer?.length ? { ...NO_QUOTES, prefer } : NO_QUOTES;
  const ours = roundTrip(texts, variantConverter(v, other, options), variantConverter(other, v, options));
  const otherLocale: OpenccLocale = script === 'Hans' ? 't' : 'cn';
  const theirs = roundTrip(texts, converter(locale, otherLocale), converter(otherLocale, locale));
  report(name, ours, theirs, show, half);
  const f: PairFigure = { pair: name, han: ours.han, tongwen: per10k(ours), opencc: per10k(theirs), ratio: ratioOf(per10k(ours), per10k(theirs)), ratioAside: ratioOf(ours.aside, theirs.aside) };
  if (prefer?.length) f.prefer = [...prefer];
  return writtenIn && writtenIn !== v ? { ...f, writtenIn } : f;
}

let kindsShown = 0;

function report(name: string, ours: Result, theirs: Result, show: number, half?: Half) {
  if (allErrors && half !== 'held-out') {
    console.log(`\n${name}: every tongwen error (${ours.samples.length} strings; written, [written→got])`);
    for (const [a, b] of ours.samples) console.log(`  ${markedDiff(a, b)}`);
  }
  if (kindsShown > 0) {
    const top = [...ours.kinds].sort((a, b) => b[1].count - a[1].count || (a[0] < b[0] ? -1 : 1)).slice(0, kindsShown);
    console.log(`\n${name}: tongwen's top error kinds (written→got ×count: contexts)`);
    for (const [kind, { count, context }] of top) console.log(`  ${kind} ×${count}: ${context.join(' / ')}`);
  }
  if (show <= 0) return;
  console.log(`\n${name}: tongwen differences (first ${show})`);
  for (const [a, b] of ours.samples.slice(0, show)) console.log(`  ${a}\n→ ${b}`);
  console.log(`${name}: OpenCC differences (first ${Math.min(show, 5)})`);
  for (const [a, b] of theirs.samples.slice(0, Math.min(show, 5))) console.log(`  ${a}\n→ ${b}`);
}

/** The benchmark's text, loaded once per call (Taiwan text read in Big5). */
function corpora() {
  const vscode = load<{ pairs: Array<[string, string]> }>('vscode-zh.json').pairs;
  const cldr = load<{ locales: Record<string, Array<[string, string]>> }>('cldr-zh.json').locales;
  const news = load<{ sentences: Array<[string, string]> }>('news-zh-tw.json').sentences;
  const hk = load<{ sentences: Array<[string, string]> }>('ud-zh-hk.json').sentences;
  const hkgov = loadLines('cv-zh-hk-gov.txt');
  const taipei = loadLines('cv-zh-tw-taipei.txt');
  const exam = loadLines('cv-zh-tw-exam.txt');
  const sprint = loadLines('cv-zh-tw-sprint.txt');
  // Taiwan sentence-collector lines, less those already in the exam or sprint files (the collection holds them too).
  const known = new Set([...taipei, ...exam, ...sprint, ...hkgov].map(([, t]) => t));
  const sentences = loadLines('cv-zh-tw-sentences.txt').filter(([, t]) => !known.has(t));
  READ_AS_BIG5.clear();
  // Taiwan text in Taiwan's character set (asBig5); each text read once per corpus and half, for both variants.
  const big5Of = (name: string, pairs: Array<[string, string]>) => {
    const texts = asBig5(name, pairs.map(([, t]) => t));
    return pairs.map(([k], i): [string, string] => [k, texts[i]!]);
  };
  const tw = asBig5('VS Code', vscode.map(([t]) => t));
  const taipeiB = big5Of('Taipei', taipei);
  const examB = big5Of('exam', exam);
  const sprintB = big5Of('sprint', sprint);
  const sentencesB = big5Of('sentences', sentences);
  const values = (loc: string, half?: Half) => inHalf(cldr[loc] ?? [], half);
  return { vscode, cldr, news, hk, hkgov, taipeiB, examB, sprintB, sentencesB, tw, values };
}

type SplitPair = [name: string, of: (half: Half) => string[], v: VariantId, locale: OpenccLocale, writtenIn?: VariantId];

/** The pairs measured on a dev and a held-out half. */
function splitPairs(c: ReturnType<typeof corpora>): SplitPair[] {
  const { values, hk, hkgov, taipeiB, examB, sprintB, sentencesB } = c;
  return [
    ['CLDR zh-Hant as zh-Hant ⇄ Simplified', (h) => values('zh-Hant', h), 'zh-Hant', 't'],
    ['CLDR zh-Hant as zh-TW ⇄ Simplified', (h) => values('zh-Hant', h), 'zh-TW', 'twp'],
    ['CLDR zh-Hant-HK as zh-HK ⇄ Simplified', (h) => values('zh-Hant-HK', h), 'zh-HK', 'hk'],
    ['HK prose (UD Chinese-HK) as zh-HK ⇄ Simplified', (h) => inHalf(hk, h), 'zh-HK', 'hk'],
    ['HK government text (Common Voice) as zh-HK ⇄ Simplified', (h) => inHalf(hkgov, h), 'zh-HK', 'hk'],
    ['Taipei government text (Common Voice) as zh-TW ⇄ Simplified', (h) => inHalf(taipeiB, h), 'zh-TW', 'twp'],
    ['Taipei government text (Common Voice) as zh-Hant ⇄ Simplified', (h) => inHalf(taipeiB, h), 'zh-Hant', 't', 'zh-TW'],
    ['Taiwan exam text (Common Voice) as zh-TW ⇄ Simplified', (h) => inHalf(examB, h), 'zh-TW', 'twp'],
    ['Taiwan exam text (Common Voice) as zh-Hant ⇄ Simplified', (h) => inHalf(examB, h), 'zh-Hant', 't', 'zh-TW'],
    ['Taiwan sprint text (Common Voice) as zh-TW ⇄ Simplified', (h) => inHalf(sprintB, h), 'zh-TW', 'twp'],
    ['Taiwan sprint text (Common Voice) as zh-Hant ⇄ Simplified', (h) => inHalf(sprintB, h), 'zh-Hant', 't', 'zh-TW'],
    ['Taiwan sentence-collector text (Common Voice) as zh-TW ⇄ Simplified', (h) => inHalf(sentencesB, h), 'zh-TW', 'twp'],
    ['Taiwan sentence-collector text (Common Voice) as zh-Hant ⇄ Simplified', (h) => inHalf(sentencesB, h), 'zh-Hant', 't', 'zh-TW'],
  ];
}

export function conversionFigures(show = 0): PairFigure[] {
  const c = corpora();
  const { tw, vscode, values, news } = c;
  const cn = vscode.map(([, s]) => s);
  const halves = ([name, of, v, locale, writtenIn]: SplitPair) =>
    (['dev', 'held-out'] as const).map((h) => ({ ...tripPair(`${name} (${h})`, of(h), v, locale, show, writtenIn, h), half: h }));
  const figures: PairFigure[] = [
    tripPair('VS Code zh-Hant (Taiwan) as zh-TW  ⇄ Simplified', tw, 'zh-TW', 'twp', show),
    tripPair('VS Code zh-Hant (Taiwan) as zh-Hant ⇄ Simplified', tw, 'zh-Hant', 't', show, 'zh-TW'),
    ...splitPairs(c).flatMap(halves),
    tripPair('VS Code zh-Hans ⇄ zh-Hant', cn, 'zh-Hans', 'cn', show),
    tripPair('CLDR zh ⇄ zh-Hant', values('zh'), 'zh-Hans', 'cn', show),
  ];
  const ours = scored(news, variantConverter('zh-Hans', 'zh-TW'));
  const theirs = scored(news, converter('cn', 'twp'));
  report('zh-TW news vocabulary', ours, theirs, show);
  figures.push({ pair: 'zh-TW news vocabulary (Simplified → zh-TW, expected vs got)', han: ours.han, tongwen: per10k(ours), opencc: per10k(theirs), ratio: ratioOf(per10k(ours), per10k(theirs)), ratioAside: ratioOf(ours.aside, theirs.aside) });
  return figures;
}

export interface LearnedFigure {
  pair: string;
  writtenIn?: VariantId;
  /** House style learned from the dev half (learnPreferences on the text as written). */
  prefer: string[];
  /** Held-out half: default options, and the learned house style. */
  heldOut: PairFigure;
  heldOutLearned: PairFigure;
  /** Dev half with the house style learned from it (in-sample: shown, not a result). */
  devLearned: PairFigure;
}

/**
 * House style learned from each split corpus's dev half, as a site would
 * learn it from its own Traditional articles (learnPreferences: the form
 * of each choice the text writes most, prefer.ts), measured on the held-out
 * half; the default figure of the same half beside it.
 */
export function learnedFigures(): LearnedFigure[] {
  const c = corpora();
  return splitPairs(c).map(([name, of, v, locale, writtenIn]) => {
    const prefer = learnPreferences(of('dev')).prefer;
    const heldOut = tripPair(`${name} (held-out)`, of('held-out'), v, locale, 0, writtenIn, 'held-out');
    const heldOutLearned = tripPair(`${name} (held-out, learned)`, of('held-out'), v, locale, 0, writtenIn, 'held-out', prefer);
    const devLearned = tripPair(`${name} (dev, learned)`, of('dev'), v, locale, 0, writtenIn, 'dev', prefer);
    return { pair: name, ...(writtenIn && writtenIn !== v ? { writtenIn } : {}), prefer, heldOut, heldOutLearned, devLearned };
  });
}

/**
 * Taiwan's Office of the President press releases of 2025 (vendored for the
 * keyword bench, bench/corpora/tw-president-2025.json; public domain under
 * the R.O.C. Copyright Act art. 9), round trip as zh-TW, sentence by
 * sentence: with the default options and with the house style a site
 * learns from this text itself (`prefer: learn`). Unsplit and studied
 * (corrections and the default house style were taken from all of it), so
 * a development figure: with 台 in names (the default before DEFAULT_PREFER)
 * tongwen made 1.24 times OpenCC's errors on it (the government's form:
 * 臺灣 ×391, 台灣 ×37). The 2023 releases are the held-out text of the same
 * writers, measured once.
 */
/** The sentences of a file of press releases ({title, paragraphs}), read in Big5 (Taiwan text). */
function sentencesOf(file: string): string[] {
  return asBig5(file, load<Array<{ title: string; paragraphs?: string[] }>>(file).flatMap((a) => [a.title, ...(a.paragraphs ?? [])]).flatMap((p) => p.split(/(?<=[。！？])/u)).filter((t) => t.trim() !== ''));
}

export function presidentFigures(): { prefer: string[]; byDefault: PairFigure; learned: PairFigure; heldOut: PairFigure; heldOutLearned: PairFigure } {
  const texts = sentencesOf('tw-president-2025.json');
  const prefer = learnPreferences(texts).prefer;
  const name = 'Taiwan Office of the President press releases as zh-TW ⇄ Simplified';
  // The 2023 releases (tw-president-2023.json, the keyword bench's text; never studied for conversion): held out,
  // converted with the default and with the house style learned from the 2025 releases (the same writers).
  const later = sentencesOf('tw-president-2023.json');
  return {
    prefer,
    byDefault: tripPair(name, texts, 'zh-TW', 'twp', 0),
    learned: tripPair(`${name} (learned)`, texts, 'zh-TW', 'twp', 0, undefined, undefined, prefer),
    heldOut: tripPair(`${name}, 2023 (held-out)`, later, 'zh-TW', 'twp', 0, undefined, 'held-out'),
    heldOutLearned: tripPair(`${name}, 2023 (held-out, learned from 2025)`, later, 'zh-TW', 'twp', 0, undefined, 'held-out', prefer),
  };
}

export interface DevTextFigure {
  byDefault: PairFigure;
  /** The house style learned from the text itself (in-sample). */
  learned: PairFigure;
  prefer: string[];
}

/**
 * Development text added in helper conv's session (issue 9), studied whole
 * (no held-out half: the held-out halves of the pairs above stay the test):
 * Common Voice Cantonese sentences (Hong Kong colloquial writing, the kind of
 * the treebank's film subtitles), CLDR currency and time-zone names (the kind
 * of the CLDR display names: country and city names, alone and in compounds),
 * the Office of the President's releases of 2005, 2015 and 2022 (three
 * administrations' writers) and the Tainan City Government's 2024 news (city
 * government text, the kind of the Taipei text).
 */
/** The Traditional (Taiwan) names of the iso-codes project's translations (development text added by helper conv2). */
function isoNames(): string[] {
  return load<{ names: Array<[string, string]> }>('iso-codes-zh-tw.json').names.map(([, v]) => v);
}

export function devTextFigures(): DevTextFigure[] {
  const more = load<{ locales: Record<string, Array<[string, string]>> }>('cldr-zh-more.json').locales;
  const values = (loc: string) => (more[loc] ?? []).map(([, v]) => v);
  const tainan = asBig5('tw-tainan-2024.json', load<Array<{ title: string; paragraphs: string[] }>>('tw-tainan-2024.json').flatMap((a) => [a.title, ...a.paragraphs]).flatMap((p) => p.split(/(?<=[。！？])/u)).filter((t) => t.trim() !== ''));
  const tncc = asBig5('tw-tncc-2025.json', load<Array<{ title: string; paragraphs: string[] }>>('tw-tncc-2025.json').flatMap((a) => [a.title, ...a.paragraphs]).flatMap((p) => p.split(/(?<=[。！？])/u)).filter((t) => t.trim() !== ''));
  const fsc = asBig5('tw-fsc-penalties.json', load<Array<{ title: string; description: string }>>('tw-fsc-penalties.json').flatMap((a) => [a.title, a.description]).flatMap((p) => p.split(/(?<=[。！？])/u)).filter((t) => t.trim() !== ''));
  const sets: Array<[string, string[], VariantId, OpenccLocale]> = [
    ['HK Cantonese sentences (Common Voice yue) as zh-HK ⇄ Simplified', inHalf(loadLines('cv-yue-hk.txt')), 'zh-HK', 'hk'],
    ['Taiwan Common Voice sentences, 2019 validated set, as zh-TW ⇄ Simplified', asBig5('cv-zh-tw-2019.txt', inHalf(loadLines('cv-zh-tw-2019.txt'))), 'zh-TW', 'twp'],
    ['CLDR zh-Hant currency and time-zone names as zh-TW ⇄ Simplified', asBig5('cldr-more', values('zh-Hant')), 'zh-TW', 'twp'],
    ['CLDR zh-Hant currency and time-zone names as zh-Hant ⇄ Simplified', values('zh-Hant'), 'zh-Hant', 't'],
    ['CLDR zh-Hant-HK currency and time-zone names as zh-HK ⇄ Simplified', values('zh-Hant-HK'), 'zh-HK', 'hk'],
    ['Office of the President 2005 as zh-TW ⇄ Simplified', sentencesOf('tw-president-2005.json'), 'zh-TW', 'twp'],
    ['Office of the President 2015 as zh-TW ⇄ Simplified', sentencesOf('tw-president-2015.json'), 'zh-TW', 'twp'],
    ['Office of the President 2022 as zh-TW ⇄ Simplified', sentencesOf('tw-president-2022.json'), 'zh-TW', 'twp'],
    ['Tainan City Government 2024 as zh-TW ⇄ Simplified', tainan, 'zh-TW', 'twp'],
    ['Taiwan sentence-collector continued (可惜 … 在鼓吹) as zh-TW ⇄ Simplified', asBig5('cv-zh-tw-sentences-2.txt', inHalf(loadLines('cv-zh-tw-sentences-2.txt'))), 'zh-TW', 'twp'],
    ['ISO codes zh_TW country, currency, language, script names as zh-TW', asBig5('iso-codes', isoNames()), 'zh-TW', 'twp'],
    ['HKCanCor Hong Kong Cantonese conversation (1997-98) as zh-HK ⇄ Simplified', loadLines('hkcancor-hk.txt').map(([, t]) => t), 'zh-HK', 'hk'],
    ['Tainan City Council news 2025 as zh-TW ⇄ Simplified', tncc, 'zh-TW', 'twp'],
    ['HK Legislative Council text (Common Voice hklegco) as zh-HK ⇄ Simplified', loadLines('cv-zh-hk-legco.txt').map(([, t]) => t), 'zh-HK', 'hk'],
    ['Taiwan FSC penalty decisions 2012-22 as zh-TW ⇄ Simplified', fsc, 'zh-TW', 'twp'],
    ['HK advertising and bank text (Common Voice advertise) as zh-HK ⇄ Simplified', loadLines('cv-zh-hk-advertise.txt').map(([, t]) => t), 'zh-HK', 'hk'],
  ];
  return sets.map(([name, texts, v, locale]) => {
    const prefer = learnPreferences(texts).prefer;
    return { prefer, byDefault: tripPair(name, texts, v, locale, 0), learned: tripPair(`${name} (learned from itself)`, texts, v, locale, 0, undefined, undefined, prefer) };
  });
}

/**
 * Repair on the correct text of the development-text table (devTextFigures), each repaired as the variant it is
 * written in: shown beside the goal figure, not part of it (the goal figure keeps the texts it was defined on).
 */
export function devRepairFigure(): { perTenK: number; chars: number; byText: Array<[string, number]> } {
  const pres = (file: string) => load<Array<{ title: string; paragraphs?: string[] }>>(file).flatMap((a) => [a.title, ...(a.paragraphs ?? [])]);
  const sets: Array<[string, VariantId, string[]]> = [
    ['Common Voice yue', 'zh-HK', loadLines('cv-yue-hk.txt').map(([, t]) => t)],
    ['Common Voice zh-TW 2019', 'zh-TW', loadLines('cv-zh-tw-2019.txt').map(([, t]) => t)],
    ['President 2005', 'zh-TW', pres('tw-president-2005.json')],
    ['President 2015', 'zh-TW', pres('tw-president-2015.json')],
    ['President 2022', 'zh-TW', pres('tw-president-2022.json')],
    ['Tainan 2024', 'zh-TW', pres('tw-tainan-2024.json')],
    ['HKCanCor', 'zh-HK', loadLines('hkcancor-hk.txt').map(([, t]) => t)],
    ['Tainan council 2025', 'zh-TW', pres('tw-tncc-2025.json')],
    ['HK LegCo (Common Voice)', 'zh-HK', loadLines('cv-zh-hk-legco.txt').map(([, t]) => t)],
    ['HK advertising (Common Voice)', 'zh-HK', loadLines('cv-zh-hk-advertise.txt').map(([, t]) => t)],
    ['FSC penalty decisions', 'zh-TW', load<Array<{ title: string; description: string }>>('tw-fsc-penalties.json').flatMap((a) => [a.title, a.description])],
  ];
  let changes = 0;
  let chars = 0;
  const byText: Array<[string, number]> = [];
  for (const [name, v, texts] of sets) {
    const fix = repairer(v);
    let c = 0;
    let n = 0;
    for (const t of texts) {
      n += [...t].length;
      c += distance(t, fix(t));
    }
    changes += c;
    chars += n;
    byText.push([name, n ? (c * 10000) / n : 0]);
  }
  return { perTenK: chars ? (changes * 10000) / chars : 0, chars, byText };
}

export interface RepairFigure {
  /** Changes repair makes on correct Traditional text, per 10,000 characters. */
  falseFixesPer10k: number;
  chars: number;
  /** The same on every human-written Traditional text of the benchmark, each repaired as the variant it is written in. */
  allFalseFixesPer10k: number;
  allChars: number;
  /** Where repair changed that text (`context→new character`), for inspection. */
  falseFixes: string[];
  /** Share of naive-conversion damage (first candidate per character) repair fixes. */
  fixedShare: number;
  damaged: number;
}

/**
 * Repair on real text: the Taiwan-written VS Code strings (correct: every
 * change is a false fix), and the Simplified strings converted naively
 * (each character's first Traditional candidate) compared with tongwen's
 * conversion of the same text (the damage repair should undo).
 */
export function repairFigures(): RepairFigure {
  const vscode = load<{ pairs: Array<[string, string]> }>('vscode-zh.json').pairs;
  const fix = repairer('zh-TW');
  let changes = 0;
  let chars = 0;
  for (const [t] of vscode) {
    const got = fix(t);
    chars += [...t].length;
    changes += distance(t, got);
  }
  // Taipei City Government (zh-TW), Hong Kong Government and the UD Chinese-HK treebank (zh-HK) as well.
  const hk = load<{ sentences: Array<[string, string]> }>('ud-zh-hk.json').sentences.map(([, t]) => t);
  const others: Array<[VariantId, string[]]> = [
    ['zh-TW', loadLines('cv-zh-tw-taipei.txt').map(([, t]) => t)],
    ['zh-TW', loadLines('cv-zh-tw-exam.txt').map(([, t]) => t)],
    ['zh-TW', loadLines('cv-zh-tw-sprint.txt').map(([, t]) => t)],
    ['zh-TW', loadLines('cv-zh-tw-sentences.txt').map(([, t]) => t)],
    ['zh-HK', loadLines('cv-zh-hk-gov.txt').map(([, t]) => t)],
    ['zh-HK', hk],
  ];
  let allChanges = changes;
  let allChars = chars;
  const falseFixes: string[] = [];
  for (const [v, texts] of others) {
    const fixOther = repairer(v);
    for (const t of texts) {
      const got = fixOther(t);
      allChars += [...t].length;
      const d = distance(t, got);
      allChanges += d;
      if (d > 0) falseFixes.push(`${v}: ${t} → ${got}`);
    }
  }
  const { st } = characterTables();
  // Naive conversion writes OpenCC's standard forms (爲, 裏): measured against tongwen with those forms.
  const opencc = { forms: 'opencc', quotes: false } as const;
  const fixHant = repairer('zh-Hant', opencc);
  const properHant = variantConverter('zh-Hans', 'zh-Hant', opencc);
  let damaged = 0;
  let fixed = 0;
  for (const [, s] of vscode) {
    const naive = [...s].map((c) => st.get(c) ?? c).join('');
    const want = [...properHant(s)];
    const bad = [...naive];
    const got = [...fixHant(naive)];
    if (want.length !== bad.length || got.length !== bad.length) continue;
    const source = [...s];
    for (let i = 0; i < bad.length; i++) {
      if (bad[i] === want[i]) continue;
      // Acceptable variants (注/註, 才/纔) and variant spellings of one word (臺/台) are no damage.
      const entry = ONE_TO_MANY.get(source[i]!);
      if (entry && (!entry.repair || entry.words.some((w) => w.includes(bad[i]!) && w.includes(want[i]!)))) continue;
      damaged++;
      if (got[i] === want[i]) fixed++;
    }
  }
  return { falseFixesPer10k: chars ? (changes * 10000) / chars : 0, chars, allFalseFixesPer10k: (allChanges * 10000) / allChars, allChars, falseFixes, fixedShare: damaged ? fixed / damaged : 1, damaged };
}

export interface HazardFigure {
  /** Han characters of the Simplified text checked. */
  han: number;
  /** Hazards `check` reports (before its three-per-article cap). */
  flagged: number;
  /** Of those, places where tongwen's conversion back differs from what the writer wrote. */
  flaggedWrong: number;
  /** Places where a one-to-many character came back in another word's form (not a variant spelling). */
  wrong: number;
  /** Of those, the ones `check` reports. */
  wrongFlagged: number;
  /** Flagged places, as `context: written → got`, for inspection. */
  samples: string[];
}

/**
 * `check`'s body hazards measured on human-written text: each Traditional
 * text is converted to Simplified (as an editor's Simplified source), `check`'s
 * hazard rule runs on it, and tongwen's conversion back shows which of the
 * one-to-many characters came out in the wrong word's form (variant
 * spellings such as 裡/裏 aside, as in repair's figure).
 */
export function hazardFigures(): HazardFigure {
  const vscode = load<{ pairs: Array<[string, string]> }>('vscode-zh.json').pairs.map(([t]) => t);
  const hk = load<{ sentences: Array<[string, string]> }>('ud-zh-hk.json').sentences.map(([, t]) => t);
  const sets: Array<[VariantId, string[]]> = [
    ['zh-TW', vscode],
    ['zh-TW', loadLines('cv-zh-tw-taipei.txt').map(([, t]) => t)],
    ['zh-TW', loadLines('cv-zh-tw-exam.txt').map(([, t]) => t)],
    ['zh-TW', loadLines('cv-zh-tw-sprint.txt').map(([, t]) => t)],
    ['zh-HK', loadLines('cv-zh-hk-gov.txt').map(([, t]) => t)],
    ['zh-HK', hk],
  ];
  const f: HazardFigure = { han: 0, flagged: 0, flaggedWrong: 0, wrong: 0, wrongFlagged: 0, samples: [] };
  for (const [v, texts] of sets) {
    const there = variantConverter(v, 'zh-Hans', NO_QUOTES);
    const back = variantConverter('zh-Hans', v, NO_QUOTES);
    for (const t of texts) {
      const simplified = there(t);
      const w = [...t];
      const s = [...simplified];
      const g = [...back(simplified)];
      f.han += hanCount(simplified);
      if (w.length !== s.length || g.length !== s.length) continue;
      // UTF-16 index → code point index.
      const cp = new Map<number, number>();
      for (let i = 0, u = 0; i < s.length; u += s[i]!.length, i++) cp.set(u, i);
      const flagged = new Set(textHazards(simplified).map((h) => cp.get(h.i)!));
      for (let i = 0; i < s.length; i++) {
        const entry = ONE_TO_MANY.get(s[i]!);
        const wrong = g[i] !== w[i] && entry?.repair === true && !entry.words.some((x) => x.includes(g[i]!) && x.includes(w[i]!));
        if (wrong) f.wrong++;
        if (flagged.has(i)) {
          f.flagged++;
          if (wrong) f.flaggedWrong++;
          if (wrong) f.wrongFlagged++;
          if (f.samples.length < 400) f.samples.push(`${wrong ? 'WRONG ' : 'right '}${w.slice(Math.max(0, i - 3), i + 4).join('')}: ${w[i]} → ${g[i]}`);
        }
      }
    }
  }
  return f;
}

function main() {
  const i = process.argv.indexOf('--show');
  const show = i > 0 ? Number(process.argv[i + 1] ?? 10) : 0;
  const k = process.argv.indexOf('--kinds');
  kindsShown = k > 0 ? Number(process.argv[k + 1] ?? 15) : 0;
  allErrors = process.argv.includes('--errors');
  if (process.argv.includes('--dev')) {
    // The development-text table alone (no held-out figure is computed or printed).
    for (const d of devTextFigures()) {
      const f = d.byDefault;
      console.log(`${f.pair.padEnd(68)} ${String(f.han).padStart(7)} ${f.tongwen.toFixed(1).padStart(8)} ${f.opencc.toFixed(1).padStart(8)} ${f.ratio.toFixed(2).padStart(6)}  learned ${d.learned.ratio.toFixed(2)} (${d.prefer.join(' ') || 'default'})`);
    }
    return;
  }
  const figures = conversionFigures(show);
  console.log('\nConversion errors per 10,000 Han characters (round trip or expected vs got); goal: tongwen ≤ 1/3 of OpenCC');
  console.log(`${'pair'.padEnd(68)} ${'Han'.padStart(7)} ${'tongwen'.padStart(8)} ${'OpenCC'.padStart(8)} ${'ratio'.padStart(6)}  goal       ${'aside'.padStart(6)}`);
  for (const f of figures) {
    const verdict = f.ratio <= 1 / 3 ? 'met' : 'missed';
    console.log(`${f.pair.padEnd(68)} ${String(f.han).padStart(7)} ${f.tongwen.toFixed(1).padStart(8)} ${f.opencc.toFixed(1).padStart(8)} ${f.ratio.toFixed(2).padStart(6)}  ${(f.writtenIn ? `(${verdict})*` : verdict).padEnd(9)}  ${f.ratioAside.toFixed(2).padStart(6)}`);
  }
  console.log("* cross-variant: text written in zh-TW measured as zh-Hant pages, whose forms are the ones Taiwan and Hong Kong share (計劃 where Taiwan's government writes 計畫, 佔 拼 for 占 拚); the goal is judged on the same text's zh-TW pair (the figure is shown, not counted)");
  console.log('aside: the ratio with the variant spellings real text itself mixes (臺/台, 裡/裏, 甚/什) not counted for either converter');
  const big5 = [...READ_AS_BIG5].filter(([, m]) => m.size > 0).map(([n, m]) => `${n}: ${[...m].map(([k, c]) => `${k} ×${c}`).join(', ')}`);
  console.log(`Taiwan text read in Taiwan's character set (Big5) for both converters: ${big5.length ? big5.join('; ') : 'nothing to read'} (glyph variants from mainland or Japanese text that no Traditional converter writes back)`);
  console.log('\nHouse style learned from each corpus’s dev half (conversion.prefer, as a site would learn it from its own Traditional articles), measured on the held-out half; tongwen/OpenCC ratios (OpenCC has no house style)');
  console.log(`${'pair'.padEnd(68)} ${'learned from dev'.padEnd(22)} ${'held-out'.padStart(8)} ${'learned'.padStart(8)}  goal       ${'dev*'.padStart(6)}`);
  for (const l of learnedFigures()) {
    const verdict = l.heldOutLearned.ratio <= 1 / 3 ? 'met' : 'missed';
    const prefs = l.prefer.length ? l.prefer.join(' ') : '(default)';
    console.log(`${l.pair.padEnd(68)} ${prefs}${' '.repeat(Math.max(1, 23 - width(prefs)))} ${l.heldOut.ratio.toFixed(2).padStart(8)} ${l.heldOutLearned.ratio.toFixed(2).padStart(8)}  ${(l.writtenIn ? `(${verdict})*` : verdict).padEnd(9)}  ${l.devLearned.ratio.toFixed(2).padStart(6)}`);
  }
  console.log('held-out: default options; learned: the house style learned from the dev half (the goal column judges this one); dev*: the dev half with what was learned from it (in-sample, not a result)');
  const pr = presidentFigures();
  const prVerdict = pr.learned.ratio <= 1 / 3 ? 'met' : 'missed';
  console.log(`${pr.byDefault.pair}, 2025 (studied, development text; ${pr.byDefault.han} Han): default ${pr.byDefault.tongwen.toFixed(1)} / ${pr.byDefault.opencc.toFixed(1)} = ${pr.byDefault.ratio.toFixed(2)} ${pr.byDefault.ratio <= 1 / 3 ? 'met' : 'missed'}; learned from the text itself (${pr.prefer.join(' ')}) ${pr.learned.tongwen.toFixed(1)} / ${pr.learned.opencc.toFixed(1)} = ${pr.learned.ratio.toFixed(2)} ${prVerdict}`);
  console.log(`${pr.byDefault.pair}, 2023 (held-out, never studied; ${pr.heldOut.han} Han): default ${pr.heldOut.tongwen.toFixed(1)} / ${pr.heldOut.opencc.toFixed(1)} = ${pr.heldOut.ratio.toFixed(2)} ${pr.heldOut.ratio <= 1 / 3 ? 'met' : 'missed'}; learned from the 2025 releases ${pr.heldOutLearned.tongwen.toFixed(1)} / ${pr.heldOutLearned.opencc.toFixed(1)} = ${pr.heldOutLearned.ratio.toFixed(2)} ${pr.heldOutLearned.ratio <= 1 / 3 ? 'met' : 'missed'}`);
  console.log('\nDevelopment text added by helper conv (studied whole, never held out): tongwen / OpenCC per 10,000 Han, default and with the house style learned from the text itself');
  for (const d of devTextFigures()) {
    const f = d.byDefault;
    console.log(`${f.pair.padEnd(68)} ${String(f.han).padStart(7)} ${f.tongwen.toFixed(1).padStart(8)} ${f.opencc.toFixed(1).padStart(8)} ${f.ratio.toFixed(2).padStart(6)}  learned ${d.learned.ratio.toFixed(2)} (${d.prefer.join(' ') || 'default'})`);
  }
  const r = repairFigures();
  console.log(`\nrepair on correct Taiwan text (VS Code zh-Hant, ${r.chars} characters): ${r.falseFixesPer10k.toFixed(2)} changes per 10,000 characters (goal ≤ 0.5) ${r.falseFixesPer10k <= 0.5 ? 'met' : 'missed'}`);
  console.log(`repair on all correct Traditional text (VS Code, Taipei and Hong Kong Government text, Taiwan exam, sprint and sentence-collector text, UD Chinese-HK; ${r.allChars} characters): ${r.allFalseFixesPer10k.toFixed(2)} changes per 10,000 characters (goal ≤ 0.5) ${r.allFalseFixesPer10k <= 0.5 ? 'met' : 'missed'}`);
  if (show > 0) for (const f of r.falseFixes.slice(0, show)) console.log(`  ${f}`);
  const dr = devRepairFigure();
  console.log(`repair on the development text added by helper conv (${dr.chars} characters; not part of the goal figure): ${dr.perTenK.toFixed(2)} changes per 10,000 characters (${dr.byText.map(([n, x]) => `${n} ${x.toFixed(2)}`).join(', ')})`);
  const hz = hazardFigures();
  console.log(`check's body hazards on the same text converted to Simplified (${hz.han} Han): ${hz.flagged} reported (${((hz.flagged * 10000) / hz.han).toFixed(1)} per 10,000 Han), ${hz.flaggedWrong} of them converted wrong (${hz.flagged ? ((hz.flaggedWrong * 100) / hz.flagged).toFixed(0) : 0}%); ${hz.wrongFlagged} of ${hz.wrong} wrong one-to-many characters reported`);
  if (show > 0) for (const x of hz.samples.slice(0, show)) console.log(`  ${x}`);
  console.log(`repair on naively converted text (VS Code zh-Hans, first candidate per character; ${r.damaged} damaged characters): ${(r.fixedShare * 100).toFixed(1)}% fixed (goal ≥ 90%) ${r.fixedShare >= 0.9 ? 'met' : 'missed'}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();

/** Display width: Han characters take two columns. */
function width(s: string): number {
  return [...s].reduce((n, c) => n + (/\p{Script=Han}/u.test(c) ? 2 : 1), 0);
}

/** tongwen / OpenCC; when OpenCC makes no error, 0 if tongwen makes none either, else Infinity (goal missed). */
function ratioOf(ours: number, theirs: number): number {
  if (theirs > 0) return ours / theirs;
  return ours > 0 ? Number.POSITIVE_INFINITY : 0;
}
