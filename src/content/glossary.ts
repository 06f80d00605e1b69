/**
 * Reading glossary data from YAML — the site's `glossary.yaml`, the config's
 * `glossary:` and an article's front matter share this reader, so every
 * problem is reported the same way at its entry's line.
 */
import type { Document } from 'yaml';
import { SiteError } from '../core/errors.js';
import { yamlKeyPlace } from '../core/position.js';
import type { GlossaryEntry } from '../conversion/glossary.js';
import { findVariant, type VariantId } from '../conversion/variants.js';

/** Where to report a problem with an entry (`term` undefined: the glossary as a whole). */
export type GlossaryPlace = (term?: string) => { line: number; column: number };

/**
 * Reads glossary data (the YAML value: a mapping of term → text or term →
 * { variant: form }). Every problem is a SiteError (of `stage`) at
 * `place(term)`.
 */
export function readGlossary(
  value: unknown,
  file: string,
  place: GlossaryPlace,
  stage: 'config' | 'metadata' = 'config',
): { entries: GlossaryEntry[]; errors: SiteError[] } {
  const entries: GlossaryEntry[] = [];
  const errors: SiteError[] = [];
  const fail = (term: string | undefined, message: string, hint: string) =>
    errors.push(new SiteError({ stage, file, ...place(term), message: `glossary: ${message}`, hint }));
  if (value === null || value === undefined) return { entries, errors };
  if (typeof value !== 'object' || Array.isArray(value)) {
    fail(undefined, 'the glossary must be a mapping of term → forms', 'write e.g. `英伟达: { zh-Hans: 英伟达, zh-TW: 輝達 }` or `窗口: 窗口`');
    return { entries, errors };
  }
  for (const [term, v] of Object.entries(value as Record<string, unknown>)) {
    const at = place(term);
    const base = { term, file, line: at.line, column: at.column };
    if (term.trim() === '') {
      fail(term, 'an entry has an empty term', 'write the term before the colon');
      continue;
    }
    if (typeof v === 'string' || typeof v === 'number') {
      const fixed = String(v);
      if (fixed === '') fail(term, `"${term}" has an empty text`, `write e.g. \`${term}: ${term}\` to keep it as written`);
      else entries.push({ ...base, fixed, forms: {} });
      continue;
    }
    if (v === null || typeof v !== 'object' || Array.isArray(v)) {
      fail(term, `"${term}" must have a text or forms per variant`, `write \`${term}: { zh-Hans: …, zh-Hant: … }\` or \`${term}: ${term}\``);
      continue;
    }
    const forms: Partial<Record<VariantId, string>> = {};
    let ok = true;
    for (const [code, form] of Object.entries(v as Record<string, unknown>)) {
      const variant = findVariant(code);
      if (!variant) {
        fail(term, `unknown variant "${code}" in "${term}"`, 'use zh-Hans, zh-Hant, zh-CN, zh-TW or zh-HK');
        ok = false;
      } else if (typeof form !== 'string' && typeof form !== 'number') {
        fail(term, `the ${variant.id} form of "${term}" must be text`, `write ${variant.id}: followed by the form`);
        ok = false;
      } else if (String(form) === '') {
        fail(term, `the ${variant.id} form of "${term}" is empty`, 'write the form, or leave the variant out');
        ok = false;
      } else if (forms[variant.id] !== undefined) {
        fail(term, `"${term}" gives ${variant.id} twice`, 'give each variant once');
        ok = false;
      } else forms[variant.id] = String(form);
    }
    if (ok && Object.keys(forms).length === 0) {
      fail(term, `"${term}" gives no form`, `write \`${term}: { zh-Hans: …, zh-Hant: … }\``);
      ok = false;
    }
    if (ok) entries.push({ ...base, forms });
  }
  return { entries, errors };
}

/** A `GlossaryPlace` for a mapping inside a YAML document (at `path`): the position of each term's key. */
export function yamlGlossaryPlace(doc: Document, path: readonly string[], text: string): GlossaryPlace {
  const whole = yamlKeyPlace(doc, path, text) ?? { line: 1, column: 1 };
  return (term) => (term === undefined ? whole : yamlKeyPlace(doc, [...path, term], text, { part: 'key' }) ?? whole);
}
