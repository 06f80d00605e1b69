/**
 * Which script a text is written in, counted over the characters only one
 * script has (这 is Simplified, 這 Traditional; 中 is both), and the build's
 * warning when an article's `lang:` says otherwise: the pages of its own
 * variant would show the text unconverted (a Simplified title on the
 * zh-Hant page). `tongwen check` makes the same finding an error (lint/check.ts,
 * whose `scriptOf` this mirrors without the regional forms).
 */
import { SiteError } from '../core/errors.js';
import { characterTables } from '../conversion/converters.js';
import { ALSO_SIMPLIFIED, ALSO_TRADITIONAL } from '../conversion/dictionaries.js';
import { VARIANTS } from '../conversion/variants.js';
import type { FrontMatter } from './front-matter.js';
import type { ArticleMeta } from './metadata.js';

/** 'Hant' or 'Hans' for a character only that script has; undefined for shared characters and everything else. */
export function scriptOfChar(c: string): 'Hant' | 'Hans' | undefined {
  const { st, ts } = characterTables();
  const t = ts.get(c);
  if (t !== undefined && t !== c && !ALSO_SIMPLIFIED.has(c)) return 'Hant';
  const s = st.get(c);
  if (s !== undefined && s !== c && !ALSO_TRADITIONAL.has(c) && !ts.has(c)) return 'Hans';
  return undefined;
}

/** `scriptOfChar` of every code point, as 1 (Hant) or 2 (Hans), 0 for neither: built once per thread from the tables' keys. */
let scriptTable: Uint8Array | undefined;

function scriptTableOf(): Uint8Array {
  if (scriptTable) return scriptTable;
  const table = new Uint8Array(0x110000);
  const { st, ts } = characterTables();
  for (const keys of [ts.keys(), st.keys()]) {
    for (const c of keys) {
      const s = scriptOfChar(c);
      if (s) table[c.codePointAt(0)!] = s === 'Hant' ? 1 : 2;
    }
  }
  scriptTable = table;
  return table;
}

/** Script-specific characters of the texts: how many are Traditional-only and Simplified-only. */
export function scriptCounts(texts: readonly string[]): { Hant: number; Hans: number } {
  const table = scriptTableOf();
  let hant = 0;
  let hans = 0;
  for (const text of texts) {
    const n = text.length;
    for (let i = 0; i < n; i++) {
      let code = text.charCodeAt(i);
      if (code < 0x3400) continue;
      // A surrogate pair is one code point (a lone surrogate is looked up as itself, as `for…of` yields it).
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < n) {
        const low = text.charCodeAt(i + 1);
        if (low >= 0xdc00 && low <= 0xdfff) {
          code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
          i++;
        }
      }
      const s = table[code];
      if (s === 1) hant++;
      else if (s === 2) hans++;
    }
  }
  return { Hant: hant, Hans: hans };
}

const NAME = { Hant: 'Traditional', Hans: 'Simplified' } as const;

/**
 * A warning when the article's declared script (its `lang:`, or the site's
 * defaultLang) is not the one most of its script-specific characters are in.
 */
export function langWarning(fm: FrontMatter, meta: ArticleMeta, file: string): SiteError | undefined {
  const declared = VARIANTS[meta.lang].script;
  const other = declared === 'Hant' ? 'Hans' : 'Hant';
  const counts = scriptCounts([meta.title, meta.summary ?? '', meta.category ?? '', fm.body]);
  const foreign = counts[other];
  const total = foreign + counts[declared];
  if (foreign < 2 || foreign <= counts[declared]) return undefined;
  const share = Math.round((foreign / total) * 100);
  const said = fm.data.lang !== undefined ? `lang is ${meta.lang}` : `lang is ${meta.lang} (the site's defaultLang)`;
  return new SiteError({
    stage: 'metadata',
    severity: 'warning',
    file,
    ...(fm.data.lang !== undefined ? fm.placeOf('lang') : { line: 1, column: 1 }),
    message: `${said} but ${share}% of the script-specific characters are ${NAME[other]} (${foreign} of ${total}): its ${meta.lang} pages show them unconverted`,
    hint: `write \`lang: ${other === 'Hant' ? 'zh-Hant' : 'zh-Hans'}\` (or the regional variant the text uses) in the front matter; \`tongwen check\` lists the characters`,
  });
}
