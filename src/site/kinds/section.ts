/**
 * Section pages, from `category`: one per section (unified across scripts:
 * 產業動態 = 产业动态), newest first, paginated
 * (`/{variant}/sections/{slug}/`, `…/page/2/`), and the section index
 * (`/{variant}/sections/`). Each section has an Atom feed beside its page.
 */
import type { PageKind } from './kind.js';
import { SECTION_TAXONOMY } from '../taxonomy.js';
import { taxonomyKinds, type TermPageContext, type TermPageInfo } from './term.js';

/** What `section.liquid` receives: the term as `section` (and `term`). */
export type SectionPageContext = TermPageContext & { section: TermPageInfo };

/** Section pages and the section index. */
export const [SECTION, SECTIONS]: [PageKind, PageKind] = taxonomyKinds(SECTION_TAXONOMY);
