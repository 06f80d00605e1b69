/** The shape of a page kind (see `index.ts` for the registry). */
import type { VariantId } from '../../conversion/variants.js';
import type { SiteModel } from '../model.js';
import type { PageOutput } from '../output-types.js';

/**
 * A page kind: a pure function from the site model to its pages, and the
 * template they are rendered with (checked to exist before anything renders).
 * Most kinds have pages in every variant (`scope: 'variant'`, called once per
 * variant in the config's order); a few live at the site root, outside the
 * variants (`scope: 'site'`).
 */
export type PageKind = { kind: string; template: string } & (
  | { scope: 'variant'; pages: (model: SiteModel, variant: VariantId) => PageOutput[] }
  | { scope: 'site'; pages: (model: SiteModel) => PageOutput[] }
);
