/** The templates page kinds are rendered with (a site's `templates/` may override each). */

/** Templates the build renders directly (layouts and partials are found through them). */
export const PAGE_TEMPLATES = ['article', 'list', '404', 'root', 'keyword', 'keywords', 'search'] as const;
export type PageTemplate = (typeof PAGE_TEMPLATES)[number];
