/**
 * The keyword stage of the build: from the placed articles to the keyword
 * index (written and automatic keywords), keys unified through the site
 * glossary. Pure.
 */
import type { SiteConfig } from '../config/config.js';
import type { SiteError } from '../core/errors.js';
import type { SiteArticle } from './place.js';
import type { VariantId } from '../conversion/variants.js';
import type { KeywordIndex } from '../taxonomy/keyword-index.js';
import { KEYWORD_TAXONOMY, taxonomyIndex } from './taxonomy.js';
import { keywordKey, simplifiedConverter, type TermMapper } from '../taxonomy/key.js';
import { glossaryOf, glossaryTermMapper, type GlossaryEntry } from '../conversion/glossary.js';

export interface KeywordStageResult {
  index: KeywordIndex;
  errors: SiteError[];
}

export interface KeywordStageOptions {
  /** Further unification of keys; default: the site glossary's (`glossary`). */
  mapTerm?: TermMapper;
  /** The site glossary (the config's `glossary:` and glossary.yaml): its entries unify keywords. */
  glossary?: readonly GlossaryEntry[];
}

/**
 * Keyword unification through the glossary: every text of an entry (its term
 * and its forms) has the key of the entry's term, so 輝達 = 英伟达 when the
 * glossary says so even without a Taiwan-phrase variant.
 */
export function glossaryKeyMapper(entries: readonly GlossaryEntry[], variants: readonly VariantId[]): TermMapper | undefined {
  if (entries.length === 0) return undefined;
  const glossary = glossaryOf(entries);
  const mappers = (['zh-Hant', 'zh-Hans'] as const).map((lang) => {
    const toSimplified = simplifiedConverter(lang, variants);
    return glossaryTermMapper(glossary, (text) => keywordKey(text, toSimplified));
  });
  return (key) => {
    for (const m of mappers) {
      const mapped = m(key);
      if (mapped !== key) return mapped;
    }
    return key;
  };
}

// The term sample lives with the terms (taxonomy/terms.ts), so that the build can size it without loading this module.
export { TERM_SAMPLE_SIZE, termSampleFor } from '../taxonomy/terms.js';

/**
 * Runs the keyword stage: the keyword index of the placed articles, keys
 * unified through the site glossary. keywords.json and the search data are
 * outputs of the site (`site/outputs.ts`).
 */
export function keywordStage(articles: readonly SiteArticle[], config: SiteConfig, opts: KeywordStageOptions = {}): KeywordStageResult {
  const mapTerm = opts.mapTerm ?? glossaryKeyMapper(opts.glossary ?? [], config.variants);
  return taxonomyIndex(articles, config, KEYWORD_TAXONOMY, mapTerm);
}
