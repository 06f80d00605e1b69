/**
 * What every template receives, typed: the per-variant globals (`site`, `t`,
 * `variant`), the `page` block (title, canonical URL, hreflang alternates,
 * x-default) and article cards. Each kind in `kinds/` adds its own fields on
 * top. All URLs here are encoded, ready for `href`.
 */
import type { ArticleVariant } from '../article/process.js';
import type { SiteConfig } from '../config/config.js';
import { variantConverter } from '../conversion/converters.js';
import { VARIANTS, type VariantId } from '../conversion/variants.js';
import { displayDate, uiTexts, type UiTexts } from '../conversion/ui-texts.js';
import type { KeywordIndex } from '../taxonomy/keyword-index.js';
import type { SiteArticle } from './place.js';
import { absoluteUrl, encodePath, homePath, keywordIndexPath, keywordPath, searchPath } from './urls.js';

/** A variant as the switcher lists it. */
export type VariantLink = { id: VariantId; label: string; short: string; home: string };

/** `site`: the site's title and description in the variant's script, and its base. */
export type SiteGlobals = {
  title: string;
  description: string;
  base_url: string;
  /** The base path, encoded (templates link assets as `{{ site.base_path }}assets/…`). */
  base_path: string;
  /** First character of the title (the site mark). */
  initial: string;
  params: Record<string, unknown>;
  variants: VariantLink[];
};

/** `variant`: the page's variant and its main URLs. */
export type VariantInfo = {
  id: VariantId;
  label: string;
  short: string;
  path: string;
  home: string;
  lang: VariantId;
  search: string;
  keywords: string;
};

/** Site-wide values shared by every page of a variant. */
export type VariantGlobals = { site: SiteGlobals; t: UiTexts; variant: VariantInfo };

/** One hreflang alternate of a page. */
export type AlternateLink = {
  id: VariantId;
  hreflang: VariantId;
  label: string;
  short: string;
  url: string;
  href: string;
  current: boolean;
};

/** `page`: what the base layout needs in `<head>` and for the switcher. */
export type PageInfo = {
  kind: string;
  title: string;
  description: string;
  url: string;
  canonical: string;
  alternates: AlternateLink[];
  /** The page in the first variant that has it (or the page itself). */
  x_default: string;
};

/** The globals of one variant (computed once per build: `uiTexts` converts every interface text). */
export function variantGlobals(config: SiteConfig, id: VariantId): VariantGlobals {
  const convert = variantConverter(config.defaultLang, id);
  const v = VARIANTS[id];
  const home = encodePath(homePath(config.basePath, v));
  return {
    site: {
      title: convert(config.title),
      description: convert(config.description),
      base_url: config.baseUrl,
      base_path: encodePath(config.basePath),
      initial: [...convert(config.title)][0] ?? '',
      params: config.params,
      variants: config.variants.map((vid) => ({ id: vid, label: VARIANTS[vid].label, short: VARIANTS[vid].short, home: encodePath(homePath(config.basePath, VARIANTS[vid])) })),
    },
    t: uiTexts(id),
    variant: {
      id, label: v.label, short: v.short, path: v.path, home, lang: id,
      search: encodePath(searchPath(config.basePath, v)),
      keywords: encodePath(keywordIndexPath(config.basePath, v)),
    },
  };
}

/** Paths of a page in every variant of the site. */
export function everyVariant(config: SiteConfig, make: (v: VariantId) => string): Partial<Record<VariantId, string>> {
  const out: Partial<Record<VariantId, string>> = {};
  for (const other of config.variants) out[other] = make(other);
  return out;
}

function alternateLinks(config: SiteConfig, current: VariantId | undefined, paths: Partial<Record<VariantId, string>>): AlternateLink[] {
  return config.variants
    .filter((id) => paths[id] !== undefined)
    .map((id) => ({
      id,
      hreflang: id,
      label: VARIANTS[id].label,
      short: VARIANTS[id].short,
      url: encodePath(paths[id]!),
      href: absoluteUrl(config.baseUrl, paths[id]!),
      current: id === current,
    }));
}

/** The `page` block of a page at `path` whose twins in the variants are at `paths`. */
export function pageContext(
  config: SiteConfig,
  kind: string,
  variant: VariantId | undefined,
  path: string,
  paths: Partial<Record<VariantId, string>>,
  title: string,
  description: string,
): PageInfo {
  const first = config.variants.find((id) => paths[id] !== undefined);
  return {
    kind,
    title,
    description,
    url: encodePath(path),
    canonical: absoluteUrl(config.baseUrl, path),
    alternates: alternateLinks(config, variant, paths),
    x_default: absoluteUrl(config.baseUrl, first ? paths[first]! : path),
  };
}

/** A keyword as an article lists it: linked to its page when the article is in the index. */
export type KeywordLink = { name: string; url?: string };

/** An article in a list (home, keyword pages) and the head of its own page. */
export type ArticleCard = {
  id: string;
  title: string;
  summary: string;
  url: string;
  date: string;
  date_display: string;
  category: string;
  source: string;
  author: string;
  keywords: KeywordLink[];
  keywords_auto: boolean;
};

/** An article's keywords in a variant: linked to their pages when the site's keyword index has the article. */
function keywordLinks(a: SiteArticle, id: VariantId, index: KeywordIndex, config: SiteConfig): KeywordLink[] {
  const v = a.article.variants[id]!;
  const own = index.ofArticle.get(a.id);
  if (!own) return v.keywords.map((name) => ({ name }));
  return own.ids.map((kid) => {
    const k = index.byId.get(kid)!;
    return { name: k.names[id], url: encodePath(keywordPath(config.basePath, VARIANTS[id], k.slug)) };
  });
}

/** The card of an article in a variant. */
export function articleCard(a: SiteArticle, id: VariantId, index: KeywordIndex, config: SiteConfig): ArticleCard {
  const v = a.article.variants[id]!;
  const { date } = a.article.meta;
  return {
    id: a.id,
    title: v.title,
    summary: v.summary,
    url: encodePath(a.paths[id]),
    date: date.iso,
    date_display: displayDate(date.year, date.month, date.day),
    category: v.category ?? '',
    source: v.source ?? '',
    author: v.author ?? '',
    keywords: keywordLinks(a, id, index, config),
    keywords_auto: index.ofArticle.get(a.id)?.auto ?? false,
  };
}

/** `article` on an article's own page: its card plus body, language, source file and update date. */
export type ArticleData = ArticleCard & {
  html: string;
  lang: VariantId;
  file: string;
  updated: string;
  updated_display: string;
  params: Record<string, unknown>;
};

/** The `article` block of an article's page in a variant. */
export function articleData(a: SiteArticle, id: VariantId, v: ArticleVariant, index: KeywordIndex, config: SiteConfig): ArticleData {
  const { meta } = a.article;
  return {
    ...articleCard(a, id, index, config),
    html: v.html,
    lang: meta.lang,
    file: meta.file,
    updated: meta.updated?.iso ?? '',
    updated_display: meta.updated ? displayDate(meta.updated.year, meta.updated.month, meta.updated.day) : '',
    params: meta.extra,
  };
}
