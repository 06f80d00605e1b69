/**
 * `conversion.prefer: learn`: the house style (conversion/prefer.ts) read off
 * the site's own Traditional articles when the build starts. Articles
 * written in Traditional need no conversion into it, and what they write
 * (臺 or 台, 裡 or 裏, 甚麼 or 什麼 …) is what the site's converted pages
 * should write too.
 *
 * Each source's counts come from its title and body (fenced and inline code
 * left out), only for articles whose `lang:` (or the site's default) is a
 * Traditional variant; drafts count only in a build with drafts. Site-wide
 * `learn` adds up every Traditional article; a variant's own `learn`
 * (`zh-HK: { prefer: learn }`) the articles written in that variant. The
 * result is sums of counts, so it does not depend on the order of the
 * sources or the thread that read them: the same sources give the same
 * options, byte for byte.
 *
 * A source that cannot be read (bad UTF-8, broken front matter) counts
 * nothing here: the article stage reports it.
 */
import { readFileSync } from 'node:fs';
import { readText } from './read.js';
import { countPreferences, learnFromCounts, type LearnedStyle, type PreferenceCounts } from '../conversion/prefer.js';
import { learnsPreferences, resolveLearned, type ConversionOptions, type LearnedPreferences } from '../conversion/options.js';
import { VARIANTS, findVariant, type VariantId } from '../conversion/variants.js';
import type { SourceFile } from '../content/sources.js';

/** What one source gives the learning: its variant and counts (undefined: not a Traditional article, or unreadable). */
export interface SourceStyle {
  lang: VariantId;
  draft: boolean;
  counts: PreferenceCounts;
}

/** Fenced code blocks and inline code spans: not prose, never counted. */
const CODE = /^([ \t]*)(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:\n\1\2[`~]*[ \t]*(?=\n|$)|$)|`[^`\n]+`/gm;

/** The counts of one source's bytes; undefined when it is not a Traditional article or cannot be read. */
export function sourceStyle(file: string, bytes: Uint8Array | string, defaultLang: VariantId): SourceStyle | undefined {
  try {
    const { fm } = readText(file, bytes);
    const lang = typeof fm.data.lang === 'string' ? findVariant(fm.data.lang)?.id : fm.data.lang === undefined ? defaultLang : undefined;
    if (!lang || VARIANTS[lang].script !== 'Hant') return undefined;
    const title = typeof fm.data.title === 'string' ? fm.data.title : '';
    return { lang, draft: fm.data.draft === true, counts: countPreferences(`${title}\n${fm.body.replace(CODE, '\n')}`) };
  } catch {
    return undefined;
  }
}

/** The house style a build learned. */
export interface HouseStyle {
  /** The conversion options with every `learn` resolved. */
  options: ConversionOptions;
  /** Per scope that learns (`site`, or a variant id), the articles counted, the forms learned and each choice's counts. */
  learned: LearnedStyle[];
}

/**
 * Resolves `learn` in the conversion options from the sources (undefined
 * when nothing learns). `styleOf` gives a source's counts (a builder keeps
 * them by the source's hash, so a rebuild reads only what changed).
 */
export function learnHouseStyle(options: ConversionOptions | undefined, sources: readonly SourceFile[], opts: { defaultLang: VariantId; drafts: boolean; styleOf?: (src: SourceFile) => SourceStyle | undefined }): HouseStyle | undefined {
  if (!options || !learnsPreferences(options)) return undefined;
  const styleOf = opts.styleOf ?? ((src: SourceFile) => sourceStyle(src.file, readFileSync(src.path), opts.defaultLang));
  const styles = sources.map(styleOf).filter((s): s is SourceStyle => s !== undefined && (opts.drafts || !s.draft));
  const learned: HouseStyle['learned'] = [];
  const result: LearnedPreferences = { site: [], variants: {} };
  const learnOf = (scope: 'site' | VariantId, of: SourceStyle[]) => {
    const r = learnFromCounts(of.map((s) => s.counts));
    learned.push({ scope, articles: of.length, prefer: r.prefer, choices: r.choices });
    return r.prefer;
  };
  if (options.learn) result.site = learnOf('site', styles);
  for (const [id, v] of Object.entries(options.variants ?? {}).sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (v?.learn) result.variants[id as VariantId] = learnOf(id as VariantId, styles.filter((s) => s.lang === id));
  }
  return { options: resolveLearned(options, result), learned };
}

