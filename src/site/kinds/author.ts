/**
 * Author pages, when articles set `author`: one per author (unified like
 * keywords), newest first, paginated (`/{variant}/authors/{slug}/`), and the
 * author index (`/{variant}/authors/`).
 */
import type { PageKind } from './kind.js';
import { AUTHOR_TAXONOMY } from '../taxonomy.js';
import { taxonomyKinds, type TermPageContext, type TermPageInfo } from './term.js';

/** What `author.liquid` receives: the term as `author` (and `term`). */
export type AuthorPageContext = TermPageContext & { author: TermPageInfo };

/** Author pages and the author index. */
export const [AUTHOR, AUTHORS]: [PageKind, PageKind] = taxonomyKinds(AUTHOR_TAXONOMY);
