/**
 * The keyword index of a site: every keyword unified across scripts and case,
 * with its stable id (the unification key), its slug (the same in every
 * variant), its display name per variant and its articles newest first; and
 * the keywords of every article (written ones, or automatic ones for articles
 * that have none). Pure: the data comes from the processed articles.
 */
import { SiteError, compare } from '../core/errors.js';
import { variantConverter } from '../conversion/converters.js';
import type { VariantId } from '../conversion/variants.js';
import type { ConversionOptions } from '../conversion/options.js';
import { pickAutoKeywords, type AutoKeywordOptions, type TermDocument } from './auto.js';
import { cleanKeyword, keyFunction, type TermMapper } from './key.js';
import { assignSlugs, initialOf } from './slug.js';
import { boilerplateSet } from './blocks.js';
import type { ArticleTerms } from './terms.js';

/** What the keyword stage needs to know about one article. */
export interface KeywordSource {
  /** Article id (`yyyy/mm/slug`). */
  id: string;
  /** Source file, for messages. */
  file: string;
  /** The script the article is written in. */
  lang: VariantId;
  /** Publication time, for newest-first lists. */
  epoch: number;
  /** Keywords as written in the front matter. */
  keywords: readonly string[];
  /** The same keywords converted to each variant (same order). */
  converted: Partial<Record<VariantId, readonly string[]>>;
  /** Candidate terms for automatic keywords (present when they are enabled). */
  terms?: ArticleTerms | undefined;
  /** `blockHash` of each body block in Simplified (boilerplate detection). */
  hashes?: readonly number[] | undefined;
}

export interface Keyword {
  /** Stable id: the unification key (NFKC, trimmed, Simplified, lower case), e.g. `英伟达`, `gpu`. */
  id: string;
  /** URL slug, the same in every variant, e.g. `ying-wei-da`, `gpu`. */
  slug: string;
  /** The name readers of each variant expect. */
  names: Record<VariantId, string>;
  /** Index letter `A`–`Z` (pinyin initial for Chinese), or `#`. */
  initial: string;
  /** Ids of its articles, newest first. */
  articles: string[];
  /** True when every use of the keyword is automatic. */
  auto: boolean;
}

export interface ArticleKeywords {
  /** Keyword ids, in the order written (or by score for automatic ones). */
  ids: string[];
  /** Whether they were extracted automatically. */
  auto: boolean;
}

export interface KeywordIndex {
  variants: VariantId[];
  /** Sorted by id. */
  keywords: Keyword[];
  byId: ReadonlyMap<string, Keyword>;
  ofArticle: ReadonlyMap<string, ArticleKeywords>;
}

export interface KeywordIndexOptions extends AutoKeywordOptions {
  variants: readonly VariantId[];
  /** Extract keywords for articles without any (needs `terms`). */
  auto: boolean;
  /** Unifies terms further (e.g. a glossary); applied to Simplified, lower-case keys. */
  mapTerm?: TermMapper;
  /** The site's conversion options: automatic keyword names are converted like article text. */
  conversion?: ConversionOptions | undefined;
}

interface Form {
  count: number;
  names: Partial<Record<VariantId, string>>;
}

/** Builds the keyword index; errors for keywords that give an empty key. */
export function buildKeywordIndex(sources: readonly KeywordSource[], opts: KeywordIndexOptions): { index: KeywordIndex; errors: SiteError[] } {
  const variants = [...opts.variants];
  const keyOf = keyFunction(variants, opts.mapTerm);
  const errors: SiteError[] = [];
  const articles = [...sources].sort((a, b) => compare(a.id, b.id));

  // Written keywords: key per keyword, and every written form of each key.
  const forms = new Map<string, Map<string, Form>>();
  const ofArticle = new Map<string, ArticleKeywords>();
  for (const a of articles) {
    const ids: string[] = [];
    a.keywords.forEach((written, i) => {
      const key = keyOf(written, a.lang);
      if (key === '') {
        errors.push(new SiteError({
          stage: 'keywords', file: a.file,
          message: `keyword "${written}" has no letters or digits`,
          hint: 'a keyword needs at least one letter, Chinese character or digit; remove it or write it out',
        }));
        return;
      }
      if (ids.includes(key)) return;
      ids.push(key);
      const clean = cleanKeyword(written);
      const byForm = forms.get(key) ?? new Map<string, Form>();
      forms.set(key, byForm);
      const formId = `${clean}\u0000${a.lang}`;
      const form = byForm.get(formId);
      if (form) form.count++;
      else {
        const names: Partial<Record<VariantId, string>> = {};
        for (const v of variants) names[v] = cleanKeyword(a.converted[v]?.[i] ?? written);
        byForm.set(formId, { count: 1, names });
      }
    });
    ofArticle.set(a.id, { ids, auto: false });
  }

  // Automatic keywords for articles with none.
  const autoSurfaces = new Map<string, Map<string, number>>();
  if (opts.auto) {
    const docs: TermDocument[] = articles
      .filter((a) => a.terms !== undefined)
      .map((a) => ({ id: a.id, lang: a.lang, terms: a.terms!, hashes: a.hashes ?? [], wanted: a.keywords.length === 0 }));
    const boilerplate = opts.boilerplate ?? boilerplateSet(articles.map((a) => a.hashes ?? []));
    const picked = pickAutoKeywords(docs, keyOf, new Set(forms.keys()), { ...opts, boilerplate });
    for (const a of articles) {
      const chosen = picked.get(a.id);
      if (!chosen || chosen.length === 0) continue;
      ofArticle.set(a.id, { ids: chosen.map((c) => c.key), auto: true });
      for (const c of chosen) {
        const s = autoSurfaces.get(c.key) ?? new Map<string, number>();
        autoSurfaces.set(c.key, s);
        const surfaceId = `${c.surface}\u0000${a.lang}`;
        s.set(surfaceId, (s.get(surfaceId) ?? 0) + 1);
      }
    }
  }

  // Articles of each keyword, newest first.
  const newestFirst = [...articles].sort((a, b) => b.epoch - a.epoch || compare(a.id, b.id));
  const members = new Map<string, string[]>();
  const manualUse = new Set<string>();
  for (const a of newestFirst) {
    const k = ofArticle.get(a.id)!;
    for (const id of k.ids) {
      const list = members.get(id) ?? [];
      members.set(id, list);
      list.push(a.id);
      if (!k.auto) manualUse.add(id);
    }
  }

  const slugs = assignSlugs(members.keys());
  const keywords: Keyword[] = [...members.keys()].sort(compare).map((id) => {
    const slug = slugs.get(id)!;
    return { id, slug, names: displayNames(id, forms.get(id), autoSurfaces.get(id), variants, opts.conversion), initial: initialOf(slug), articles: members.get(id)!, auto: !manualUse.has(id) };
  });
  return { index: { variants, keywords, byId: new Map(keywords.map((k) => [k.id, k])), ofArticle }, errors };
}

/** Most common first; ties by the smaller form. */
function mostCommon<T extends { count: number }>(entries: Map<string, T>): [string, T] {
  return [...entries].sort((a, b) => b[1].count - a[1].count || compare(a[0], b[0]))[0]!;
}

/**
 * The display name of a keyword in every variant: its most common written form,
 * as converted for that variant with the article; for automatic keywords, the
 * most common extracted form (terms are found in the Simplified text) brought
 * back to its article's script and converted from there, as the article's
 * text is on that variant's pages, under the site's conversion options.
 */
function displayNames(
  key: string,
  forms: Map<string, Form> | undefined,
  surfaces: Map<string, number> | undefined,
  variants: readonly VariantId[],
  conversion: ConversionOptions | undefined,
): Record<VariantId, string> {
  const names = {} as Record<VariantId, string>;
  if (forms && forms.size > 0) {
    const [, form] = mostCommon(forms);
    for (const v of variants) names[v] = form.names[v] ?? key;
    return names;
  }
  const counted = new Map([...(surfaces ?? new Map<string, number>())].map(([s, count]) => [s, { count }]));
  const [surfaceId] = counted.size ? mostCommon(counted) : [`${key}\u0000zh-Hans`];
  const [surface, lang] = surfaceId.split('\u0000') as [string, VariantId];
  const written = variantConverter('zh-Hans', lang, conversion)(surface);
  for (const v of variants) names[v] = cleanKeyword(variantConverter(lang, v, conversion)(written));
  return names;
}
