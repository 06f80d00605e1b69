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
import { displayDate, fillText, uiTexts, type UiTexts } from '../conversion/ui-texts.js';
import type { KeywordIndex } from '../taxonomy/keyword-index.js';
import type { SiteArticle } from './place.js';
import { readingMinutes } from '../article/reading-time.js';
import { absoluteUrl, authorPath, encodePath, feedPath, homePath, keywordIndexPath, keywordPath, monthPath, searchPath, sectionPath, termIndexPath, yearPath, AUTHORS_SEGMENT, SECTIONS_SEGMENT, variantScriptPath } from './urls.js';

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
  /** Encoded URL of `assets/variant.js` (the root's redirect, the switcher's memory), loaded by every page. */
  script_url: string;
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
  /** Encoded URLs of the section and author indexes. */
  sections: string;
  authors: string;
  /** Encoded URL of the newest year's archive ('' for a site without articles). */
  archive: string;
  /** Open Graph locale (`zh_TW`, `zh_HK`, `zh_CN`). */
  og_locale: string;
  /** The variant's Atom feed: encoded URL, and its title. */
  feed: string;
  feed_title: string;
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
  /** Feeds of this page beyond the variant's (a section's, a keyword's): `<link rel="alternate">` in the head. */
  feeds: FeedLink[];
  /** Script-safe JSON-LD (`BreadcrumbList`, `NewsArticle`), '' for none: the only inline script a page has. */
  json_ld: string;
};

/** An Atom feed linked from a page's head. */
export type FeedLink = { title: string; url: string };

/**
 * The globals of one variant (computed once per build: `uiTexts` converts
 * every interface text); `newestYear` is the year of the newest article.
 */
export function variantGlobals(config: SiteConfig, id: VariantId, newestYear?: number): VariantGlobals {
  const convert = variantConverter(config.defaultLang, id, config.conversion);
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
      script_url: encodePath(variantScriptPath(config.basePath)),
    },
    t: uiTexts(id, config.conversion),
    variant: {
      id, label: v.label, short: v.short, path: v.path, home, lang: id,
      search: encodePath(searchPath(config.basePath, v)),
      keywords: encodePath(keywordIndexPath(config.basePath, v)),
      sections: encodePath(termIndexPath(config.basePath, v, SECTIONS_SEGMENT)),
      authors: encodePath(termIndexPath(config.basePath, v, AUTHORS_SEGMENT)),
      archive: newestYear === undefined ? '' : encodePath(yearPath(config.basePath, v, newestYear)),
      og_locale: ogLocale(id),
      feed: encodePath(feedPath(config.basePath, v)),
      feed_title: convert(config.title),
    },
  };
}

/** The Open Graph locale of a variant: a language and a territory (`zh_TW`), as Facebook's list has them. */
export function ogLocale(id: VariantId): string {
  const v = VARIANTS[id];
  if (v.locale === 'hk') return 'zh_HK';
  return v.script === 'Hans' ? 'zh_CN' : 'zh_TW';
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
    feeds: [],
    json_ld: '',
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
  /** Encoded URL of the month archive of the article's date. */
  month_url: string;
  category: string;
  /** Encoded URL of the article's section page; '' without a section. */
  category_url: string;
  source: string;
  author: string;
  /** Encoded URL of the author's page; '' without an author. */
  author_url: string;
  keywords: KeywordLink[];
  keywords_auto: boolean;
  /** The cover image (`image:` in front matter, else the body's first image) as a URL for `src`; '' without one. */
  image: string;
  /** Its size when known (0 otherwise). */
  image_width: number;
  image_height: number;
};

/** An article's cover image in a variant: `image:` in the front matter, else the body's first image; URLs resolved against the article's page. */
export function coverOf(a: SiteArticle, id: VariantId, basePath: string): { url: string; width: number; height: number } | undefined {
  const declared = a.article.meta.extra.image;
  const cover = a.article.variants[id]?.cover;
  const fromMatter = typeof declared === 'string' && declared.trim() !== '' ? declared.trim() : undefined;
  const src = fromMatter !== undefined ? (fromMatter.startsWith('/') && !fromMatter.startsWith('//') ? basePath + fromMatter.slice(1) : fromMatter) : cover?.src;
  if (src === undefined || src === '') return undefined;
  let url: string;
  try {
    const base = new URL(`http://site${encodePath(a.paths[id])}`);
    const resolved = new URL(src, base);
    // Only a page of the web is a cover: `javascript:`, `data:` and other schemes never reach a src or og:image.
    if (resolved.protocol !== 'http:' && resolved.protocol !== 'https:') return undefined;
    url = resolved.origin === base.origin ? resolved.pathname + resolved.search : resolved.href;
  } catch {
    return undefined;
  }
  const sized = fromMatter === undefined && cover?.width && cover.height;
  return { url, width: sized ? cover.width! : 0, height: sized ? cover.height! : 0 };
}

/** The indexes a card links into (a `SiteModel` is one). */
export interface CardIndexes {
  config: SiteConfig;
  keywords: KeywordIndex;
  sections: KeywordIndex;
  authors: KeywordIndex;
}

/** The encoded URL of an article's single term (section, author) in a variant, '' when it has none. */
function termUrl(a: SiteArticle, index: KeywordIndex, pathOf: (slug: string) => string): string {
  const kid = index.ofArticle.get(a.id)?.ids[0];
  const k = kid === undefined ? undefined : index.byId.get(kid);
  return k ? encodePath(pathOf(k.slug)) : '';
}

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
const cards = new WeakMap<CardIndexes, Map<string, ArticleCard>>();

/**
 * An article's card in a variant. A card shows on many listings (home,
 * section, keyword, author and archive pages, related articles): made once
 * per model, article and variant, and shared — cards are never changed.
 */
export function articleCard(a: SiteArticle, id: VariantId, indexes: CardIndexes): ArticleCard {
  let mine = cards.get(indexes);
  if (!mine) cards.set(indexes, (mine = new Map()));
  const key = `${id}\u0000${a.id}`;
  let card = mine.get(key);
  if (!card) mine.set(key, (card = makeCard(a, id, indexes)));
  return card;
}

function makeCard(a: SiteArticle, id: VariantId, indexes: CardIndexes): ArticleCard {
  const { config, keywords: index } = indexes;
  const v = a.article.variants[id]!;
  const { date } = a.article.meta;
  const variant = VARIANTS[id];
  return {
    id: a.id,
    title: v.title,
    summary: v.summary,
    url: encodePath(a.paths[id]),
    date: date.iso,
    date_display: displayDate(date.year, date.month, date.day),
    month_url: encodePath(monthPath(config.basePath, variant, date.year, date.month)),
    category: v.category ?? '',
    category_url: termUrl(a, indexes.sections, (slug) => sectionPath(config.basePath, variant, slug)),
    source: v.source ?? '',
    author: v.author ?? '',
    author_url: termUrl(a, indexes.authors, (slug) => authorPath(config.basePath, variant, slug)),
    keywords: keywordLinks(a, id, index, config),
    keywords_auto: index.ofArticle.get(a.id)?.auto ?? false,
    ...(() => {
      const c = coverOf(a, id, config.basePath);
      return { image: c?.url ?? '', image_width: c?.width ?? 0, image_height: c?.height ?? 0 };
    })(),
  };
}

/** `article` on an article's own page: its card plus body, language, source file and update date. */
export type ArticleData = ArticleCard & {
  html: string;
  lang: VariantId;
  file: string;
  updated: string;
  updated_display: string;
  /** Reading time in whole minutes (at least 1): Chinese by characters, Latin by words. */
  reading_minutes: number;
  /** `t.readingTime` filled in. */
  reading_time: string;
  params: Record<string, unknown>;
  /** The body's h2 and h3 headings: `{ id, text, depth, url }` (url `#id`), for a table of contents. */
  toc: TocEntry[];
  /** Whether the page shows the table of contents (`toc:` in front matter, else the config's `toc:`). */
  show_toc: boolean;
};

/** A heading in a table of contents. */
export type TocEntry = { id: string; text: string; depth: number; url: string };

/** Whether an article shows its table of contents: front matter `toc: true/false`, else the config (`true` = two headings or more, a number = at least that many). */
export function showToc(config: SiteConfig, declared: unknown, entries: number): boolean {
  if (typeof declared === 'boolean') return declared && entries > 0;
  const min = config.toc === true ? 2 : typeof config.toc === 'number' ? config.toc : Infinity;
  return entries >= min;
}

/**
 * Reading minutes of a processed article's variants, by its metadata object: a
 * processed article is never changed (copies share its metadata and bodies),
 * so a dev server's next build, whose unchanged articles are the same
 * objects, does not count their characters again.
 */
const minutesOf = new WeakMap<object, Partial<Record<VariantId, number>>>();

function articleMinutes(a: SiteArticle, id: VariantId, v: ArticleVariant): number {
  let mine = minutesOf.get(a.article.meta);
  if (!mine) minutesOf.set(a.article.meta, (mine = {}));
  return (mine[id] ??= v.minutes ?? readingMinutes(v.html));
}

/** The `article` block of an article's page in a variant. */
export function articleData(a: SiteArticle, id: VariantId, v: ArticleVariant, indexes: CardIndexes, t: UiTexts): ArticleData {
  const { meta } = a.article;
  const minutes = v === a.article.variants[id] ? articleMinutes(a, id, v) : readingMinutes(v.html);
  const toc = (v.headings ?? []).filter((h) => h.depth === 2 || h.depth === 3).map((h) => ({ id: h.id, text: h.text, depth: h.depth, url: `#${h.id}` }));
  return {
    ...articleCard(a, id, indexes),
    html: v.html,
    lang: meta.lang,
    file: meta.file,
    updated: meta.updated?.iso ?? '',
    updated_display: meta.updated ? displayDate(meta.updated.year, meta.updated.month, meta.updated.day) : '',
    reading_minutes: minutes,
    reading_time: fillText(t.readingTime, { n: minutes }),
    params: meta.extra,
    toc,
    show_toc: showToc(indexes.config, meta.extra.toc, toc.length),
  };
}
