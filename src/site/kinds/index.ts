/**
 * The page kinds of the site, in output order: for each variant (in the
 * config's order) its article, home, section, section-index, year, month,
 * author, author-index, keyword, keyword-index, search and 404 pages; then
 * the root chooser and the root 404. Taxonomy pages (keywords, sections,
 * authors) come from one module, `term.ts`, driven by the descriptors in
 * `site/taxonomy.ts`.
 *
 * Adding a page kind is one file plus one template (plus its URL function in
 * `site/urls.ts`):
 *
 * 1. `site/urls.ts`: a function giving the kind's URL path(s), built with
 *    `sitePath` (e.g. `sectionPath(basePath, variant, slug, page)`).
 * 2. `site/kinds/<kind>.ts`: a typed context (`VariantGlobals & { page: PageInfo; … }`)
 *    and `pages(model, variant) → PageOutput[]` made with `pageOutput`
 *    (`pageContext` for the head, `paginate` for lists, `articleCard` for
 *    article lists); export it as a `PageKind`.
 * 3. `templates/<template>.liquid`, and its name in `PAGE_TEMPLATES`
 *    (`site/page-templates.ts`).
 * 4. One line in `PAGE_KINDS` below, where its pages belong in the order.
 *
 * The build renders and writes it, counts it in the summary, and the sitemap
 * lists it when its pages say `sitemap: true`.
 */
import type { PageKind } from './kind.js';
import { ARTICLE } from './article.js';
import { HOME } from './home.js';
import { KEYWORD, KEYWORDS } from './keyword.js';
import { SECTION, SECTIONS } from './section.js';
import { AUTHOR, AUTHORS } from './author.js';
import { MONTH, YEAR } from './archive.js';
import { SEARCH } from './search.js';
import { NOT_FOUND, ROOT_NOT_FOUND } from './not-found.js';
import { ROOT } from './root.js';

export type { PageKind } from './kind.js';

/** Every page kind, in output order (variant kinds run per variant, before the site kinds). */
export const PAGE_KINDS: readonly PageKind[] = [
  ARTICLE, HOME, SECTION, SECTIONS, YEAR, MONTH, AUTHOR, AUTHORS, KEYWORD, KEYWORDS, SEARCH, NOT_FOUND, ROOT, ROOT_NOT_FOUND,
];
