/** The search page of a variant (`/{variant}/search/`): works offline on the variant's `search.json`. */
import { VARIANTS, type VariantId } from '../../conversion/variants.js';
import { everyVariant, pageContext, type PageInfo, type VariantGlobals } from '../context.js';
import { globalsOf, type SiteModel } from '../model.js';
import { pageOutput, type PageOutput } from '../output-types.js';
import { encodePath, searchDataPath, searchPath, searchScriptPath } from '../urls.js';
import type { PageKind } from './kind.js';

/** What `search.liquid` receives. */
export type SearchPageContext = VariantGlobals & {
  page: PageInfo;
  heading: string;
  search: {
    /** Encoded URL of the variant's search data. */
    data_url: string;
    /** Encoded URL of `assets/search.js`. */
    script_url: string;
    /** The script's interface texts, as JSON (in a `data-` attribute). */
    texts: string;
  };
};

/** The search page of a variant. */
export function searchPages(model: SiteModel, id: VariantId): PageOutput[] {
  const { config } = model;
  const g = globalsOf(model, id);
  const paths = everyVariant(config, (v) => searchPath(config.basePath, VARIANTS[v]));
  const context: SearchPageContext = {
    ...g,
    page: pageContext(config, 'search', id, paths[id]!, paths, `${g.t.search} | ${g.site.title}`, ''),
    heading: g.t.search,
    search: {
      data_url: encodePath(searchDataPath(config.basePath, VARIANTS[id])),
      script_url: encodePath(searchScriptPath(config.basePath)),
      texts: JSON.stringify({ noResults: g.t.noResults, results: g.t.searchResults, loading: g.t.searchLoading, failed: g.t.searchFailed }),
    },
  };
  return [pageOutput(config.basePath, { kind: 'search', variant: id, path: paths[id]!, template: 'search', alternates: paths, sitemap: false, context })];
}

export const SEARCH: PageKind = { kind: 'search', template: 'search', scope: 'variant', pages: searchPages };
