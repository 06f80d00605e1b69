/**
 * The site glossary: `glossary.yaml` in the site folder plus the config's
 * `glossary:` entries.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SiteError, asSiteErrors } from '../core/errors.js';
import { parseYamlData } from '../core/yaml-data.js';
import { compileGlossary, type GlossaryEntry } from '../conversion/glossary.js';
import { readGlossary, yamlGlossaryPlace } from '../content/glossary.js';

/** The site glossary's file name, in the site folder. */
export const GLOSSARY_FILE = 'glossary.yaml';

/**
 * The site glossary: entries of the config's `glossary:` and of
 * `glossary.yaml` (when the site has one). A term in both, or a text claimed
 * by two entries, is an error.
 */
export function loadSiteGlossary(root: string, fromConfig: readonly GlossaryEntry[] = []): { entries: GlossaryEntry[]; errors: SiteError[] } {
  const path = join(root, GLOSSARY_FILE);
  const entries = [...fromConfig];
  const errors: SiteError[] = [];
  if (existsSync(path)) {
    const text = readFileSync(path, 'utf8').replace(/\r\n?/g, '\n');
    const parsed = parseGlossaryFile(text, GLOSSARY_FILE);
    errors.push(...parsed.errors);
    const inConfig = new Set(fromConfig.map((e) => e.term));
    for (const e of parsed.entries) {
      if (inConfig.has(e.term)) {
        errors.push(new SiteError({
          stage: 'config', file: e.file, line: e.line, column: e.column,
          message: `glossary: "${e.term}" is defined both here and in the config's glossary:`,
          hint: 'keep one of the two entries',
        }));
      } else entries.push(e);
    }
  }
  if (errors.length === 0 && entries.length) {
    try {
      compileGlossary(entries);
    } catch (error) {
      errors.push(...asSiteErrors(error));
    }
  }
  return { entries, errors };
}

/** Reads the text of a glossary file (`file` is the name used in messages). */
export function parseGlossaryFile(text: string, file: string): { entries: GlossaryEntry[]; errors: SiteError[] } {
  let doc, data;
  try {
    ({ doc, data } = parseYamlData(text, { file, stage: 'config' }));
  } catch (error) {
    return { entries: [], errors: asSiteErrors(error) };
  }
  return readGlossary(data, file, yamlGlossaryPlace(doc, [], text));
}
