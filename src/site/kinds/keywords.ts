/** The keyword index of a variant (`/{variant}/keywords/`): by article count, and grouped A–Z then `#`. */
import type { VariantId } from '../../conversion/variants.js';
import type { SiteModel } from '../model.js';
import type { PageOutput } from '../output-types.js';
import { KEYWORD_TAXONOMY } from '../taxonomy.js';
import type { KeywordInfo } from './keyword.js';
import { termGroups, termIndexPages, type TermIndexContext } from './term.js';

export { KEYWORDS } from './keyword.js';

/** The keywords under one index letter. */
export type KeywordGroup = { letter: string; keywords: KeywordInfo[] };

/** What `keywords.liquid` receives. */
export type KeywordIndexContext = TermIndexContext;

/** Groups keywords by initial, A–Z then `#`, slug order within a letter. */
export const keywordGroups: (all: readonly KeywordInfo[]) => KeywordGroup[] = termGroups;

/** The keyword index page of a variant. */
export function keywordIndexPages(model: SiteModel, id: VariantId): PageOutput[] {
  return termIndexPages(model, id, KEYWORD_TAXONOMY);
}
