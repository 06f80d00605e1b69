/**
 * 404 pages: one per variant (`/{variant}/404.html`, in its script, linking
 * home) and one at the site root (`/404.html`, offering every variant).
 */
import { VARIANTS, type VariantId } from '../../conversion/variants.js';
import { everyVariant, pageContext, type PageInfo, type VariantGlobals } from '../context.js';
import { globalsOf, type SiteModel } from '../model.js';
import { pageOutput, type PageOutput } from '../output-types.js';
import { notFoundPath } from '../urls.js';
import type { PageKind } from './kind.js';
import { variantChoices, variantHomes, type RootContext } from './root.js';

/** What `404.liquid` receives in a variant. */
export type NotFoundContext = VariantGlobals & { page: PageInfo };

/** The 404 page of a variant. */
export function notFoundPages(model: SiteModel, id: VariantId): PageOutput[] {
  const { config } = model;
  const g = globalsOf(model, id);
  const paths = everyVariant(config, (v) => notFoundPath(config.basePath, VARIANTS[v]));
  const context: NotFoundContext = { ...g, page: pageContext(config, 'not-found', id, paths[id]!, paths, `${g.t.notFound} | ${g.site.title}`, '') };
  return [pageOutput(config.basePath, { kind: 'not-found', variant: id, path: paths[id]!, template: '404', alternates: paths, sitemap: false, context })];
}

/** The site root's 404 page: the variant chooser's choices, in the first variant's layout. */
export function rootNotFoundPages(model: SiteModel): PageOutput[] {
  const { config } = model;
  const first = globalsOf(model, config.variants[0]!);
  const path = notFoundPath(config.basePath);
  const context: RootContext = {
    ...first,
    choices: variantChoices(model),
    page: pageContext(config, 'not-found', undefined, path, variantHomes(model), `${first.t.notFound} | ${first.site.title}`, ''),
  };
  return [pageOutput(config.basePath, { kind: 'not-found', variant: undefined, path, template: '404', alternates: {}, sitemap: false, context })];
}

export const NOT_FOUND: PageKind = { kind: 'not-found', template: '404', scope: 'variant', pages: notFoundPages };
export const ROOT_NOT_FOUND: PageKind = { kind: 'not-found', template: '404', scope: 'site', pages: rootNotFoundPages };
