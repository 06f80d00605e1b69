/**
 * `tongwen check`: reads a site without writing anything and reports, per
 * article and with file:line:col, what would make its conversion wrong:
 *
 * - errors: the config, glossary and article errors a build would stop on
 *   (including `-{…}-` markup), and a declared `lang` that disagrees with the
 *   script the text is written in;
 * - warnings: mixed-script text (Simplified-only characters in Traditional
 *   text or the reverse, and Traditional text that looks converted character
 *   by character, such as 對于 or 背后), one-to-many characters in titles
 *   whose conversion no phrase, glossary entry or markup settles (后 → 後/后,
 *   发 → 發/髮, 干 → 幹/乾/干, 台 → 臺/檯/颱), the same hazards in bodies
 *   (`ambiguous-text`: ranked, at most three per article), and glossary
 *   entries that no article uses.
 *
 * Articles with `repair: true` (or a site with it) are not warned about mixed
 * script: repair normalizes it.
 */
import { DEFAULT_EMBEDS, droppedHtml, sanitizeSchema } from '../markdown/html.js';
import type { Nodes, Root } from 'mdast';
import { SiteError, type Severity, type SiteErrorInit } from '../core/errors.js';
import { placeInNode } from '../core/position.js';
import type { SiteConfig } from '../config/config.js';
import type { FrontMatter } from '../content/front-matter.js';
import type { ArticleMeta } from '../content/metadata.js';
import { htmlTextRanges, visitProse } from '../markdown/prose.js';
import { fieldPlace } from '../content/settings.js';
import { readArticle } from '../article/read.js';
import { characterTables, converter, simplifiedPhraseTrie } from '../conversion/converters.js';
import { ALSO_SIMPLIFIED, ALSO_TRADITIONAL, ONE_TO_MANY } from '../conversion/dictionaries.js';
import { findTerms, type GlossaryEntry } from '../conversion/glossary.js';
import type { TextMarkup } from '../markdown/markup-tree.js';
import { repairSuggestions } from '../conversion/repair.js';
import { simplifiedSegmentation } from '../conversion/preset.js';
import { VARIANTS, type VariantId } from '../conversion/variants.js';
import type { LearnedStyle } from '../conversion/prefer.js';

/** What `check` reports about a site: every finding (errors and warnings) as a SiteError with its severity and rule. */
export interface CheckReport {
  findings: SiteError[];
  articles: number;
  errors: number;
  warnings: number;
  /** The house style learned from the site's Traditional articles (`conversion.prefer: learn`); absent when nothing learns. */
  houseStyle?: LearnedStyle[];
}

/** A lint finding (stage `lint`) of a rule. */
function finding(init: Omit<SiteErrorInit, 'stage'> & { rule: string; severity: Severity }): SiteError {
  return new SiteError({ stage: 'lint', ...init });
}

/** A run of prose and how to place one of its characters in the file. */
interface Prose {
  text: string;
  place: (index: number) => { line: number; column: number };
  /** Where it comes from, for messages: `title`, `summary`, … or `text`. */
  field: string;
}

/** The character at `index` as a whole code point. */
function charAt(text: string, index: number): string {
  return String.fromCodePoint(text.codePointAt(index)!);
}

/** Places character `index` of a text node's value in the file (`source` is the body, `lineShift` its first line − 1). */
function nodePlace(node: Nodes, value: string, index: number, source: string, lineShift: number): { line: number; column: number } {
  const p = placeInNode(node, value, index, source);
  return { line: p.line + lineShift, column: p.column };
}

/**
 * The prose of a body (`visitProse`), as the build converts it: its text
 * nodes without the text of `-{…}-` markup, the alt texts and titles of
 * images and links, and the text of raw HTML (captions, `alt` and `title`
 * values: `htmlTextRanges`).
 */
function bodyProse(tree: Root, source: string, lineShift: number): Prose[] {
  const out: Prose[] = [];
  visitProse(tree, {
    attribute(node, _key, value) {
      const text = value.includes('-{') ? value.replace(/-\{[\s\S]*?\}-/g, (m) => ' '.repeat(m.length)) : value;
      out.push({ text, field: 'text', place: (i) => nodePlace(node, value, i, source, lineShift) });
    },
    html(node) {
      const value = node.value;
      for (const [a, b] of htmlTextRanges(value)) {
        out.push({ text: value.slice(a, b), field: 'text', place: (i) => nodePlace(node, value, a + i, source, lineShift) });
      }
    },
    text(node) {
      const value = node.value;
      const segments = (node.data as TextMarkup | undefined)?.tongwen;
      if (!segments) {
        out.push({ text: value, field: 'text', place: (i) => nodePlace(node, value, i, source, lineShift) });
        return;
      }
      let cursor = 0;
      for (const s of segments) {
        if (s.kind === 'choice') continue;
        const at = value.indexOf(s.text, cursor);
        if (at < 0) continue;
        cursor = at + s.text.length;
        if (s.kind === 'text') out.push({ text: s.text, field: 'text', place: (i) => nodePlace(node, value, at + i, source, lineShift) });
      }
    },
  });
  return out;
}

/** Text segments (outside markup) of a front-matter value, placed in the file. */
function fieldProse(fm: FrontMatter, text: string, field: string, value: string): Prose[] {
  if (!value.includes('-{')) return [{ text: value, field, place: (i) => fieldPlace(fm, text, field, value, i) }];
  // Blank out markup, keeping offsets: only the prose around it counts.
  const masked = value.replace(/-\{[\s\S]*?\}-/g, (m) => ' '.repeat(m.length));
  return [{ text: masked, field, place: (i) => fieldPlace(fm, text, field, value, i) }];
}

/** Which script a character belongs to only: `Hant`, `Hans`, or undefined for both or neither. */
function scriptOf(c: string): 'Hant' | 'Hans' | undefined {
  const { st, ts } = characterTables();
  const t = ts.get(c);
  if (t !== undefined && t !== c && !ALSO_SIMPLIFIED.has(c)) return 'Hant';
  const s = st.get(c);
  if (s !== undefined && s !== c && !ALSO_TRADITIONAL.has(c) && !ts.has(c) && !regionalTraditional(s, c)) return 'Hans';
  return undefined;
}

/** Whether `c` is the Taiwan or Hong Kong standard form of OpenCC's Traditional `t` (群 for 羣, 説 for 說). */
function regionalTraditional(t: string, c: string): boolean {
  return converter('t', 'tw')(t) === c || converter('t', 'hk')(t) === c;
}

const SCRIPT_NAME = { Hant: 'Traditional', Hans: 'Simplified' } as const;

/** Lists distinct characters with counts: `发 (3×), 这`. */
function listChars(chars: string[]): string {
  const counts = new Map<string, number>();
  for (const c of chars) counts.set(c, (counts.get(c) ?? 0) + 1);
  const items = [...counts].slice(0, 8).map(([c, n]) => (n > 1 ? `${c} (${n}×)` : c));
  return items.join(', ') + (counts.size > 8 ? `, … (${counts.size} characters)` : '');
}

/**
 * One-to-many characters whose other Traditional form is itself, used only in
 * rare words or names (厂 as a radical, 种 as a surname…): OpenCC's default
 * is right in news titles, so warning about them would only be noise. So is
 * OpenCC's default for 了 (瞭 only in 瞭解, 瞭望…), 云 (云 "say" only in 云云,
 * 人云亦云…) and 面 (麵 only in 面条, 方便面…), words its phrases settle.
 * Variant spellings (家/傢, 才/纔: `~` in the table) are not warned about either,
 * nor 台 (臺/台 are one word's spellings, and common forms write 台; 檯 and
 * 颱 are rare and settled by phrases: 颱風, 檯燈).
 */
const RARELY_AMBIGUOUS: ReadonlySet<string> = new Set('厂广党价仆涂涌淀筑腊虫蜡种确胜适辟霉极柜万叶据愿了云面台');

/** Positions of a title settled by OpenCC's phrase dictionary (as its segmentation matches them). */
function phraseCovered(text: string): boolean[] {
  const covered: boolean[] = new Array(text.length).fill(false);
  const trie = simplifiedPhraseTrie();
  for (let i = 0; i < text.length;) {
    const m = trie.matchPrefix(text, i);
    if (m && m.end - i > 1) {
      for (let j = i; j < m.end; j++) covered[j] = true;
      i = m.end;
    } else i += text.codePointAt(i)! > 0xffff ? 2 : 1;
  }
  return covered;
}

/**
 * How often OpenCC's default form of a one-to-many character is wrong where
 * no phrase settles it (1: often — 干 幹/乾, 只 只/隻, 复 復/複, 松 松/鬆;
 * 2: sometimes). Characters not listed are not reported in bodies: their
 * default is right nearly always in news text, so reporting them would bury
 * the few that matter (the title rule still reports them). Measured by
 * bench:conversion on human-written text converted to Simplified: with
 * 当 后 里 出 获 制 舍 listed, 23.7 reports per 10,000 Han and 1% of them
 * wrong (当 92 reports, 后 36, 出 13, none wrong), so they are not. Phrases
 * read across a word (crossingPhrases) are reported first: with them, 4.1
 * reports per 10,000 Han, 13% of them wrong, 5 of 29 wrong characters found.
 */
const BODY_RISK: ReadonlyMap<string, 1 | 2> = new Map([
  ...[...'干只复松系余钟发'].map((c) => [c, 1] as const),
  ...[...'冲涂划斗谷准征尽汇卷历脏郁丑胡采朴游凶伙借蒙签扎折症困御念恶托挂弥致'].map((c) => [c, 2] as const),
]);

/** At most this many body hazards are reported per article (the most likely first); the message counts the rest. */
const BODY_HAZARDS_SHOWN = 3;

/**
 * The conversion hazards of one Simplified text: positions (UTF-16 index)
 * of one-to-many characters that the conversion reads through a phrase cut
 * across a word (risk 1), or whose default form is often wrong (BODY_RISK)
 * and that no phrase of OpenCC's dictionary settles; a glossary entry
 * settles both. With their risk (1 before 2).
 */
export function textHazards(text: string, glossary?: Parameters<typeof findTerms>[0]): Array<{ i: number; c: string; risk: 1 | 2 }> {
  const covered = phraseCovered(text);
  const glossed: boolean[] = new Array(text.length).fill(false);
  if (glossary) for (const m of findTerms(glossary, text)) for (let j = m.start; j < m.end; j++) covered[j] = glossed[j] = true;
  const out: Array<{ i: number; c: string; risk: 1 | 2 }> = [];
  const crossing = crossingPhrases(text);
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const entry = ONE_TO_MANY.get(c);
    if (!entry || !entry.repair || glossed[i]) continue;
    if (crossing.has(i)) {
      out.push({ i, c, risk: 1 });
      continue;
    }
    const risk = BODY_RISK.get(c);
    if (risk === undefined || covered[i]) continue;
    out.push({ i, c, risk });
  }
  return out;
}

let words: Intl.Segmenter | undefined;

/**
 * Positions where the conversion reads a one-to-many character through a
 * phrase that cuts across a word (ICU's word segmentation): the phrase starts
 * or ends inside a word and writes the character in a form other than its
 * default — OpenCC's greedy match across a word boundary, the commonest error
 * left on real text (相|冲突 read as 相沖, 波长|发生 as 長髮, 合作|伙伴 as 作伙).
 */
function crossingPhrases(text: string): Set<number> {
  const out = new Set<number>();
  const starts = new Set<number>([text.length]);
  words ??= new Intl.Segmenter('zh', { granularity: 'word' });
  for (const w of words.segment(text)) starts.add(w.index);
  const trie = simplifiedSegmentation();
  const { st } = characterTables();
  for (let i = 0; i < text.length;) {
    const m = trie.matchPrefix(text, i);
    if (!m || m.end - i < 2) {
      i += text.codePointAt(i)! > 0xffff ? 2 : 1;
      continue;
    }
    const value = m.value.split(' ')[0]!;
    if ((!starts.has(i) || !starts.has(m.end)) && value.length === m.end - i) {
      for (let j = i; j < m.end; j++) {
        const c = text[j]!;
        if (ONE_TO_MANY.get(c)?.repair && value[j - i] !== (st.get(c) ?? c)) out.add(j);
      }
    }
    i = m.end;
  }
  return out;
}

/**
 * Conversion hazards in an article's body (and summary, category, keywords):
 * one-to-many characters that no phrase of OpenCC's dictionary, glossary
 * entry or `-{…}-` markup settles, ranked by how often their default is
 * wrong, then by position.
 */
function bodyHazards(file: string, prose: readonly Prose[], glossary: Parameters<typeof findTerms>[0] | undefined): SiteError[] {
  const found: Array<{ risk: number; order: number; c: string; p: Prose; i: number }> = [];
  let order = 0;
  for (const p of prose) for (const h of textHazards(p.text, glossary)) found.push({ risk: h.risk, order: order++, c: h.c, p, i: h.i });
  found.sort((a, b) => a.risk - b.risk || a.order - b.order);
  return found.slice(0, BODY_HAZARDS_SHOWN).map((h, k) => {
    const entry = ONE_TO_MANY.get(h.c)!;
    const context = [...h.p.text.slice(Math.max(0, h.i - 4), h.i + 5)].join('');
    const rest = k === 0 && found.length > BODY_HAZARDS_SHOWN ? ` (${found.length - BODY_HAZARDS_SHOWN} more in this article)` : '';
    return finding({
      severity: 'warning', rule: 'ambiguous-text', file, ...h.p.place(h.i),
      message: `${h.p.field}: ${h.c} in “${context}” has several Traditional forms (${entry.forms.join('/')}) and nothing settles which one is meant${rest}`,
      hint: `check the Traditional pages; if the form is wrong, add a glossary entry for the word or write -{zh-Hans:…;zh-Hant:…}-`,
    });
  });
}

interface ArticleCheck {
  findings: SiteError[];
  /** Texts of site glossary entries that matched. */
  used: Set<string>;
  /** The article's metadata when it could be read (for placing it on the site, as the build does). */
  meta?: ArticleMeta;
}

/** Checks one article (its bytes); `file` is the path used in messages. Drafts are checked too. */
const schemas = new Map<string, ReturnType<typeof sanitizeSchema>>();
/** The sanitize schema of a config's `html:` (built once per allowance). */
function schemaOf(html: SiteConfig['html']): ReturnType<typeof sanitizeSchema> {
  const key = JSON.stringify(html);
  let schema = schemas.get(key);
  if (!schema) schemas.set(key, (schema = sanitizeSchema(html)));
  return schema;
}

export function checkArticle(
  file: string,
  bytes: Uint8Array,
  config: SiteConfig,
  siteGlossary: readonly GlossaryEntry[],
): ArticleCheck {
  const used = new Set<string>();
  const read = readArticle(file, bytes, { timeZone: config.timeZone, defaultLang: config.defaultLang, drafts: true, glossary: siteGlossary, repair: config.repair });
  if (!read.ok) return { findings: read.errors, used };
  const { meta, fm, text, tree, settings: script } = read.source!;
  const findings: SiteError[] = [];
  const lineShift = fm.bodyLine - 1;
  // Raw HTML the build's sanitizer drops (the same warnings the build prints).
  for (const d of droppedHtml(tree, fm.body, schemaOf(config.html), config.embeds ?? DEFAULT_EMBEDS)) {
    findings.push(new SiteError({ stage: 'markdown', severity: 'warning', rule: 'dropped-html', file, line: d.line + lineShift, column: d.column, message: d.message, hint: d.hint }));
  }
  const glossary = script.glossary;
  const title = fieldProse(fm, text, 'title', meta.title);
  const prose: Prose[] = [
    ...title,
    ...(meta.summary !== undefined ? fieldProse(fm, text, 'summary', meta.summary) : []),
    ...(meta.category !== undefined ? fieldProse(fm, text, 'category', meta.category) : []),
    ...meta.keywords.flatMap((k) => fieldProse(fm, text, 'keywords', k)),
    ...bodyProse(tree, fm.body, lineShift),
  ];

  // Glossary use (by text, so a site entry counts whoever's entry matched it), in every text the build converts.
  if (glossary) {
    const bylines = (['source', 'author'] as const).flatMap((k) => (meta[k] !== undefined ? fieldProse(fm, text, k, meta[k]) : []));
    for (const p of [...prose, ...bylines]) {
      for (const m of findTerms(glossary, p.text)) used.add(p.text.slice(m.start, m.end));
    }
  }

  // Script: the declared lang against the characters only one script has.
  const declared = VARIANTS[meta.lang].script;
  const other = declared === 'Hant' ? 'Hans' : 'Hant';
  let own = 0;
  const foreign: Array<{ c: string; p: Prose; i: number }> = [];
  for (const p of prose) {
    for (let i = 0; i < p.text.length; i += p.text.codePointAt(i)! > 0xffff ? 2 : 1) {
      const s = scriptOf(charAt(p.text, i));
      if (s === declared) own++;
      else if (s === other) foreign.push({ c: charAt(p.text, i), p, i });
    }
  }
  const langAt = fm.data.lang !== undefined ? fm.placeOf('lang') : { line: 1, column: 1 };
  const langSaid = fm.data.lang !== undefined ? `lang is ${meta.lang}` : `lang is ${meta.lang} (the site's defaultLang)`;
  if (foreign.length >= 2 && foreign.length > own) {
    findings.push(finding({
      severity: 'error', rule: 'lang', file, ...langAt,
      message: `${langSaid} but the text is written in ${SCRIPT_NAME[other]} script (${foreign.length} ${SCRIPT_NAME[other]}-only characters, ${own} ${SCRIPT_NAME[declared]}-only)`,
      hint: `write \`lang: ${other === 'Hant' ? 'zh-Hant' : 'zh-Hans'}\` (or the regional variant the text uses) in the front matter`,
    }));
    return { findings, used, meta };
  }
  if (!script.repair) {
    // In Traditional text, what looks like naive conversion is reported once, as such (with the word to write).
    // Only where a Simplified character was left behind (对于 → 於): a change between two Traditional
    // forms (並 → 併) rests on OpenCC's phrase segmentation alone and is too often wrong to report.
    const naive = declared === 'Hant'
      ? prose.flatMap((p) => repairSuggestions(p.text, meta.lang, config.conversion).filter((s) => ONE_TO_MANY.has(charAt(p.text, s.offset))).map((s) => ({ ...s, p })))
      : [];
    const suggested = new Set(naive.map((n) => `${prose.indexOf(n.p)}:${n.offset}`));
    const mixed = foreign.filter((f) => !suggested.has(`${prose.indexOf(f.p)}:${f.i}`));
    if (mixed.length) {
      const first = mixed[0]!;
      findings.push(finding({
        severity: 'warning', rule: 'mixed-script', file, ...first.p.place(first.i),
        message: `mixed script: ${SCRIPT_NAME[other]} characters in ${SCRIPT_NAME[declared]} text: ${listChars(mixed.map((f) => f.c))}`,
        hint: 'write them in the article’s script, or set `repair: true` (front matter or config) to normalize the text',
      }));
    }
    if (naive.length) {
      const first = naive[0]!;
      const pairs = [...new Set(naive.map((n) => `${n.from} → ${n.to}`))];
      findings.push(finding({
        severity: 'warning', rule: 'naive-conversion', file, ...first.p.place(first.offset),
        message: `mixed script: the text looks converted character by character: ${pairs.slice(0, 6).join(', ')}${pairs.length > 6 ? `, … (${naive.length} places)` : ''}`,
        hint: 'set `repair: true` (front matter or config) to normalize it, or correct the characters',
      }));
    }
  }

  // Titles and bodies: one-to-many characters of Simplified text that nothing settles, when a Traditional variant is built.
  if (declared === 'Hans' && config.variants.some((v: VariantId) => VARIANTS[v].script === 'Hant')) {
    findings.push(...bodyHazards(file, prose.filter((p) => p.field !== 'title'), glossary));
    for (const p of title) {
      const covered = phraseCovered(p.text);
      if (glossary) for (const m of findTerms(glossary, p.text)) for (let j = m.start; j < m.end; j++) covered[j] = true;
      for (let i = 0; i < p.text.length; i++) {
        const c = p.text[i]!;
        const entry = ONE_TO_MANY.get(c);
        if (!entry || covered[i] || !entry.repair || RARELY_AMBIGUOUS.has(c)) continue;
        // 于 before a number is the preposition 於 (计划于2023年), OpenCC's default: settled.
        if (c === '于' && /[0-9０-９〇一二三四五六七八九十]/u.test(p.text[i + 1] ?? '')) continue;
        findings.push(finding({
          severity: 'warning', rule: 'ambiguous-title', file, ...p.place(i),
          message: `title: ${c} has several Traditional forms (${entry.forms.join('/')}) and nothing settles which one “${meta.title}” means`,
          hint: `add a glossary entry for the word, or write it as -{zh-Hans:…;zh-Hant:…}- in the title`,
        }));
      }
    }
  }
  return { findings, used, meta };
}

/** `checkArticle`'s result as plain data (sent back by worker threads). */
export interface CheckedArticle {
  findings: SiteErrorInit[];
  used: string[];
  meta?: ArticleMeta;
}

/** `checkArticle` with plain-data results. */
export function checkedArticle(file: string, bytes: Uint8Array, config: SiteConfig, siteGlossary: readonly GlossaryEntry[]): CheckedArticle {
  const r = checkArticle(file, bytes, config, siteGlossary);
  return { findings: r.findings.map((f) => f.toJSON()), used: [...r.used], ...(r.meta ? { meta: r.meta } : {}) };
}
