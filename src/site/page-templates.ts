/**
 * The templates page kinds are rendered with (a site's `templates/` may
 * override each): every kind's template, so a new kind's template is checked
 * for as soon as the kind is registered.
 */
import { PAGE_KINDS } from './kinds/index.js';

/** A page template's name (`templates/{name}.liquid`). */
export type PageTemplate = string;

/** Templates the build renders directly (layouts and partials are found through them), in kind order. */
export const PAGE_TEMPLATES: readonly PageTemplate[] = [...new Set(PAGE_KINDS.map((k) => k.template))];
