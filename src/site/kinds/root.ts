/** The site root (`/`): the variant chooser, in every variant's script at once (works without JavaScript). */
import { VARIANTS, type VariantId } from '../../conversion/variants.js';
import { everyVariant, pageContext, type PageInfo, type VariantGlobals } from '../context.js';
import { globalsOf, type SiteModel } from '../model.js';
import { pageOutput, type PageOutput } from '../output-types.js';
import { absoluteUrl, encodePath, homePath, rootPath } from '../urls.js';
import type { PageKind } from './kind.js';

/** One variant to choose, with the site's title and prompt in its script. */
export type VariantChoice = { id: VariantId; label: string; short: string; title: string; prompt: string; url: string; href: string; feed: string };

/** What `root.liquid` (and the root `404.liquid`) receive: the first variant's globals plus the choices. */
export type RootContext = VariantGlobals & { choices: VariantChoice[]; page: PageInfo };

/** The home page of each variant: the root's alternates. */
export function variantHomes(model: SiteModel): Partial<Record<VariantId, string>> {
  return everyVariant(model.config, (v) => homePath(model.config.basePath, VARIANTS[v]));
}

/** Every variant of the site as a choice. */
export function variantChoices(model: SiteModel): VariantChoice[] {
  const { config } = model;
  const homes = variantHomes(model);
  return config.variants.map((id) => {
    const g = globalsOf(model, id);
    return { id, label: VARIANTS[id].label, short: VARIANTS[id].short, title: g.site.title, prompt: g.t.chooseVariant, url: encodePath(homes[id]!), href: absoluteUrl(config.baseUrl, homes[id]!), feed: g.variant.feed };
  });
}

/** The root page. */
export function rootPages(model: SiteModel): PageOutput[] {
  const { config } = model;
  const first = globalsOf(model, config.variants[0]!);
  const path = rootPath(config.basePath);
  const context: RootContext = {
    ...first,
    choices: variantChoices(model),
    page: pageContext(config, 'root', undefined, path, variantHomes(model), first.site.title, first.site.description),
  };
  return [pageOutput(config.basePath, { kind: 'root', variant: undefined, path, template: 'root', alternates: {}, sitemap: false, context })];
}

export const ROOT: PageKind = { kind: 'root', template: 'root', scope: 'site', pages: rootPages };
