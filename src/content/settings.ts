/**
 * The script settings of one article: the site glossary merged with the
 * article's own `glossary:`, `repair:` from the front matter or the site, and
 * the check of `-{…}-` markup in front-matter texts (title, summary, …).
 */
import { SiteError, asSiteErrors } from '../core/errors.js';
import type { FrontMatter } from './front-matter.js';
import { glossaryOf, mergeGlossaries, type Glossary, type GlossaryEntry } from '../conversion/glossary.js';
import { readGlossary } from './glossary.js';
import { markupProblems } from '../conversion/markup.js';

/** Site-wide settings, as sent to workers (plain data). */
export interface ScriptSettings {
  glossary?: readonly GlossaryEntry[] | undefined;
  repair?: boolean | undefined;
}

export interface ArticleScript {
  /** The glossary that applies (undefined when there is none). */
  glossary: Glossary | undefined;
  repair: boolean;
  errors: SiteError[];
}

/** Front-matter fields that are tongwen's script settings, not template data. */
export const SCRIPT_FIELDS = ['glossary', 'repair'] as const;

/** Reads an article's `glossary:` and `repair:` over the site's settings. */
export function articleScript(fm: FrontMatter, file: string, site: ScriptSettings): ArticleScript {
  const errors: SiteError[] = [];
  let repair = site.repair === true;
  const r = fm.data.repair;
  if (r !== undefined && r !== null) {
    if (typeof r === 'boolean') repair = r;
    else {
      errors.push(new SiteError({
        stage: 'metadata', file, ...fm.placeOf('repair'),
        message: 'repair must be true or false',
        hint: 'write `repair: true` to normalize text produced by naive character conversion',
      }));
    }
  }
  let entries: readonly GlossaryEntry[] = site.glossary ?? [];
  if (fm.data.glossary !== undefined && fm.data.glossary !== null) {
    const own = readGlossary(fm.data.glossary, file, () => fm.placeOf('glossary'), 'metadata');
    errors.push(...own.errors);
    if (own.entries.length) entries = mergeGlossaries(entries, own.entries);
  }
  let glossary: Glossary | undefined;
  if (entries.length) {
    try {
      glossary = glossaryOf(entries);
    } catch (error) {
      errors.push(...asSiteErrors(error));
    }
  }
  return { glossary, repair, errors };
}

/**
 * The file position of character `offset` of a front-matter text `value`
 * (written under the canonical field `name`, or an alias such as 標題).
 * `text` is the whole file, to step over a quote before the value. Exact for
 * one-line values; otherwise the field's position.
 */
export function fieldPlace(fm: FrontMatter, text: string, name: string, value: string, offset = 0): { line: number; column: number } {
  // The key it was written under: the one whose value holds it.
  const key = Object.keys(fm.data).find((k) => {
    const d = fm.data[k];
    return typeof d === 'string' ? d.includes(value) : Array.isArray(d) && d.some((x) => String(x).trim() === value);
  }) ?? name;
  const at = fm.placeOf(key);
  const raw = fm.data[key];
  if (typeof raw !== 'string' || raw.includes('\n')) return at;
  const line = [...(text.split('\n')[at.line - 1] ?? '')];
  const quote = line[at.column - 1] === '"' || line[at.column - 1] === "'" ? 1 : 0;
  const lead = Math.max(0, raw.indexOf(value));
  return { line: at.line, column: at.column + quote + [...raw.slice(0, lead + offset)].length };
}

/**
 * Markup problems in front-matter texts, at their place in the file. `text`
 * is the whole file; `fields` maps a canonical field name to its value(s).
 */
export function fieldMarkupErrors(fm: FrontMatter, file: string, text: string, fields: Record<string, string | readonly string[] | undefined>): SiteError[] {
  const errors: SiteError[] = [];
  for (const [name, value] of Object.entries(fields)) {
    const values = value === undefined ? [] : typeof value === 'string' ? [value] : value;
    for (const v of values) {
      for (const p of markupProblems(v)) {
        errors.push(new SiteError({ stage: 'metadata', file, ...fieldPlace(fm, text, name, v, p.offset), message: `${name}: ${p.message}`, hint: p.hint }));
      }
    }
  }
  return errors;
}
