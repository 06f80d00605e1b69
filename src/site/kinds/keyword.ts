/** Keyword pages: one per keyword of the index, its articles newest first, paginated (`/{variant}/keywords/{slug}/`). */
import type { SiteConfig } from '../../config/config.js';
import type { VariantId } from '../../conversion/variants.js';
import type { Keyword } from '../../taxonomy/keyword-index.js';
import type { SiteModel } from '../model.js';
import type { PageOutput } from '../output-types.js';
import { KEYWORD_TAXONOMY } from '../taxonomy.js';
import { KEYWORDS_SEGMENT } from '../urls.js';
import type { PageKind } from './kind.js';
import { taxonomyKinds, termInfo, termPages, type TermInfo, type TermPageContext, type TermPageInfo } from './term.js';

/** A keyword as its page and the keyword index show it (in one variant). */
export type KeywordInfo = TermInfo;

/** A keyword in a variant. */
export function keywordInfo(k: Keyword, id: VariantId, config: SiteConfig): KeywordInfo {
  return termInfo(k, id, config, KEYWORDS_SEGMENT);
}

/** What `keyword.liquid` receives: the term as `keyword` (and `term`). */
export type KeywordPageContext = TermPageContext & { keyword: TermPageInfo };

/** The keyword pages of a variant, keywords in index order (by id). */
export function keywordPages(model: SiteModel, id: VariantId): PageOutput[] {
  return termPages(model, id, KEYWORD_TAXONOMY);
}

/** Keyword pages and the keyword index. */
export const [KEYWORD, KEYWORDS]: [PageKind, PageKind] = taxonomyKinds(KEYWORD_TAXONOMY);
