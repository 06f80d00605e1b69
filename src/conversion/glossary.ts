/**
 * The glossary: terms whose form per variant the editors decide, applied
 * before OpenCC (longest match first) and protected from it.
 *
 * ```yaml
 * # glossary.yaml in the site folder (or `glossary:` in tongwen.config.yaml,
 * # or in an article's front matter for that article only)
 * 英伟达:                 # the term; every form below is matched too
 *   zh-Hans: 英伟达
 *   zh-Hant: 英偉達
 *   zh-TW: 輝達
 * 窗口: 窗口              # one text: the same in every variant, never converted
 * ```
 *
 * A variant without a form takes MediaWiki's fallback (zh-TW → zh-Hant →
 * zh-HK, …, as in `-{…}-` markup); with no form in its family the matched
 * text is converted as usual. Entries are plain data (`GlossaryEntry`, sent
 * to worker threads); `compileGlossary` builds the matcher once.
 *
 * For keyword unification, `glossaryTermMapper` maps every text of an entry
 * to the entry's term, so 英伟达, 英偉達 and 輝達 are one keyword.
 */
import { BuildError, SiteError } from '../core/errors.js';
import { FALLBACKS } from './markup.js';
import type { VariantId } from './variants.js';

/** One glossary entry, as plain data. */
export interface GlossaryEntry {
  /** The term as written as the entry's key. */
  term: string;
  /** The one text used in every variant (`term: text`). */
  fixed?: string;
  /** Forms per variant (`term: { zh-Hans: …, zh-TW: … }`). */
  forms: Partial<Record<VariantId, string>>;
  /** Where the entry is defined (for `tongwen check`). */
  file?: string;
  line?: number;
  column?: number;
}

/** A glossary ready to match text: build it once with `compileGlossary`. */
export interface Glossary {
  readonly entries: readonly GlossaryEntry[];
  /** Every matched text (term and forms) → index of its entry. */
  readonly byText: ReadonlyMap<string, number>;
  /** Matched texts by first UTF-16 unit, longest first. */
  readonly byFirst: ReadonlyMap<number, readonly string[]>;
}

/** A match of a glossary text in a string. */
export interface GlossaryMatch {
  start: number;
  end: number;
  /** Index into `glossary.entries`. */
  entry: number;
}

/** The texts an entry matches: its term, its fixed text and its forms. */
export function entryTexts(entry: GlossaryEntry): string[] {
  const texts = [entry.term, ...(entry.fixed !== undefined ? [entry.fixed] : []), ...Object.values(entry.forms)];
  return [...new Set(texts.filter((t): t is string => typeof t === 'string' && t !== ''))];
}

/**
 * Builds the matcher. A text claimed by two entries is an error (a
 * BuildError with a SiteError at the later entry), since a match could not
 * say which entry applies.
 */
export function compileGlossary(entries: readonly GlossaryEntry[]): Glossary {
  const byText = new Map<string, number>();
  const errors: SiteError[] = [];
  entries.forEach((entry, index) => {
    for (const text of entryTexts(entry)) {
      const other = byText.get(text);
      if (other !== undefined && other !== index) {
        errors.push(new SiteError({
          stage: 'config', file: entry.file, line: entry.line, column: entry.column,
          message: `glossary: "${text}" belongs to both "${entries[other]!.term}" and "${entry.term}"`,
          hint: 'a text may appear in one glossary entry only; merge the two entries',
        }));
      } else byText.set(text, index);
    }
  });
  if (errors.length) throw new BuildError(errors);
  const byFirst = new Map<number, string[]>();
  for (const text of byText.keys()) {
    const c = text.charCodeAt(0);
    const list = byFirst.get(c) ?? [];
    list.push(text);
    byFirst.set(c, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
  return { entries, byText, byFirst };
}

const compiled = new WeakMap<readonly GlossaryEntry[], Glossary>();

/** `compileGlossary`, once per entries array. */
export function glossaryOf(entries: readonly GlossaryEntry[]): Glossary {
  let g = compiled.get(entries);
  if (!g) {
    g = compileGlossary(entries);
    compiled.set(entries, g);
  }
  return g;
}

/** Glossary texts in `text`: leftmost first, longest at each place, never overlapping. */
export function findTerms(glossary: Glossary, text: string): GlossaryMatch[] {
  const out: GlossaryMatch[] = [];
  if (glossary.byText.size === 0) return out;
  for (let i = 0; i < text.length;) {
    const candidates = glossary.byFirst.get(text.charCodeAt(i));
    const hit = candidates?.find((c) => text.startsWith(c, i));
    if (hit) {
      out.push({ start: i, end: i + hit.length, entry: glossary.byText.get(hit)! });
      i += hit.length;
    } else i++;
  }
  return out;
}

/** An entry's text for a variant: its fixed text, its form or a fallback's; undefined when its family has none. */
export function entryForm(entry: GlossaryEntry, variant: VariantId): string | undefined {
  if (entry.fixed !== undefined) return entry.fixed;
  for (const v of [variant, ...FALLBACKS[variant]]) {
    const form = entry.forms[v];
    if (form !== undefined) return form;
  }
  return undefined;
}

/**
 * Converts text for one variant: glossary texts become their form (and are
 * not converted further); everything else goes through `convert`.
 */
export function applyGlossary(glossary: Glossary, text: string, variant: VariantId, convert: (text: string) => string): string {
  const matches = findTerms(glossary, text);
  if (matches.length === 0) return convert(text);
  let out = '';
  let at = 0;
  for (const m of matches) {
    if (m.start > at) out += convert(text.slice(at, m.start));
    const matched = text.slice(m.start, m.end);
    out += entryForm(glossary.entries[m.entry]!, variant) ?? convert(matched);
    at = m.end;
  }
  if (at < text.length) out += convert(text.slice(at));
  return out;
}

/**
 * For keyword unification on normalized keys: a mapper from the key of any
 * text of an entry to the key of the entry's term, both made by `normalize`
 * (e.g. NFKC → Simplified → lower case). Keys of no entry map to themselves.
 * With `normalize = (t) => keywordKey(t, toSimplified)`, the keys of 英伟达,
 * 英偉達 and 輝達 all map to the key of 英伟达.
 */
export function glossaryTermMapper(glossary: Glossary, normalize: (text: string) => string): (key: string) => string {
  const map = new Map<string, string>();
  for (const [text, index] of glossary.byText) {
    const key = normalize(text);
    if (key !== '' && !map.has(key)) map.set(key, normalize(glossary.entries[index]!.term));
  }
  return (key) => map.get(key) ?? key;
}

/** Merges an article's entries over the site's: an article entry replaces the site entry of the same term. */
export function mergeGlossaries(site: readonly GlossaryEntry[], article: readonly GlossaryEntry[]): GlossaryEntry[] {
  if (article.length === 0) return [...site];
  const replaced = new Set(article.map((e) => e.term));
  const claimed = new Set(article.flatMap(entryTexts));
  // A site entry also gives way where the article claims one of its texts.
  return [...site.filter((e) => !replaced.has(e.term) && !entryTexts(e).some((t) => claimed.has(t))), ...article];
}

