/** The keyword index of a variant (`/{variant}/keywords/`): by article count, and grouped A–Z then `#`. */
import { compare } from '../../core/errors.js';
import { VARIANTS, type VariantId } from '../../conversion/variants.js';
import { everyVariant, pageContext, type PageInfo, type VariantGlobals } from '../context.js';
import { globalsOf, type SiteModel } from '../model.js';
import { pageOutput, type PageOutput } from '../output-types.js';
import { keywordIndexPath } from '../urls.js';
import { keywordInfo, type KeywordInfo } from './keyword.js';
import type { PageKind } from './kind.js';

/** The keywords under one index letter. */
export type KeywordGroup = { letter: string; keywords: KeywordInfo[] };

/** What `keywords.liquid` receives. */
export type KeywordIndexContext = VariantGlobals & {
  page: PageInfo;
  heading: string;
  /** Most articles first (ties in slug order). */
  by_count: KeywordInfo[];
  /** A–Z, then `#`; slug order within a letter. */
  groups: KeywordGroup[];
  letters: string[];
};

/** Groups keywords by initial, A–Z then `#`, slug order within a letter. */
export function keywordGroups(all: readonly KeywordInfo[]): KeywordGroup[] {
  const rank = (initial: string) => (initial === '#' ? '~' : initial);
  const alphabetical = [...all].sort((a, b) => compare(rank(a.initial), rank(b.initial)) || compare(a.slug, b.slug));
  const groups: KeywordGroup[] = [];
  for (const k of alphabetical) {
    const last = groups[groups.length - 1];
    if (last && last.letter === k.initial) last.keywords.push(k);
    else groups.push({ letter: k.initial, keywords: [k] });
  }
  return groups;
}

/** The keyword index page of a variant. */
export function keywordIndexPages(model: SiteModel, id: VariantId): PageOutput[] {
  const { config, keywords: index } = model;
  const g = globalsOf(model, id);
  const paths = everyVariant(config, (v) => keywordIndexPath(config.basePath, VARIANTS[v]));
  const all = index.keywords.map((k) => keywordInfo(k, id, config));
  const groups = keywordGroups(all);
  const context: KeywordIndexContext = {
    ...g,
    page: pageContext(config, 'keywords', id, paths[id]!, paths, `${g.t.keywordIndex} | ${g.site.title}`, ''),
    heading: g.t.keywordIndex,
    by_count: [...all].sort((a, b) => b.count - a.count || compare(a.slug, b.slug)),
    groups,
    letters: groups.map((grp) => grp.letter),
  };
  return [pageOutput(config.basePath, { kind: 'keywords', variant: id, path: paths[id]!, template: 'keywords', alternates: paths, sitemap: true, context })];
}

export const KEYWORDS: PageKind = { kind: 'keywords', template: 'keywords', scope: 'variant', pages: keywordIndexPages };
