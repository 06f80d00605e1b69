/**
 * Validating an article's front matter into typed metadata. Every problem is
 * reported at the position of its field, and all of them at once.
 */
import { SiteError } from '../core/errors.js';
import { findVariant, type VariantId } from '../conversion/variants.js';
import { slugify } from './slug.js';
import { isIndexableKeyword } from './keyword-text.js';
import { parseDate, type ArticleDate } from './dates.js';
import type { FrontMatter } from './front-matter.js';
import { FIELD_ALIASES as ALIASES, KNOWN_FIELDS as KNOWN } from './fields.js';

export interface ArticleMeta {
  /** Source path relative to the site root, `/`-separated. */
  file: string;
  title: string;
  date: ArticleDate;
  updated?: ArticleDate;
  /** The variant the article is written in. */
  lang: VariantId;
  /** URL slug, the same in every variant. */
  slug: string;
  /** Keywords as written (trimmed, deduplicated, in order). */
  keywords: string[];
  category?: string;
  source?: string;
  author?: string;
  summary?: string;
  draft: boolean;
  /** Fields tongwen does not know: handed to templates untouched. */
  extra: Record<string, unknown>;
}

export interface MetadataOptions {
  timeZone: string;
  defaultLang: VariantId;
}

/** Longest URL slug, in UTF-8 bytes (a Chinese character takes 3): a folder name, well under file systems' 255. */
export const MAX_SLUG_BYTES = 120;

/** Most keywords an article may have: more is keyword stuffing, and every keyword becomes pages in every variant. */
export const MAX_KEYWORDS = 100;

/** Splits `馬斯克 xAI 英偉達、GPU，芯片` on spaces, commas, `、` and `，`. */
export function splitKeywords(text: string): string[] {
  return text.split(/[\s,，、;；]+/u).filter((k) => k !== '');
}

/** Validates front matter; returns the metadata or every error found. */
export function readMetadata(
  fm: FrontMatter,
  file: string,
  fileStem: string,
  opts: MetadataOptions,
): { meta: ArticleMeta; errors: [] } | { meta: undefined; errors: SiteError[] } {
  const errors: SiteError[] = [];
  const fail = (field: string, message: string, hint: string) =>
    errors.push(new SiteError({ stage: 'metadata', file, ...fm.placeOf(field), message, hint }));

  // Resolve Chinese aliases to the canonical names, remembering what was written.
  const data: Record<string, unknown> = {};
  const writtenAs: Record<string, string> = {};
  for (const [key, value] of Object.entries(fm.data)) {
    const name = ALIASES[key] ?? key;
    if (name in data) {
      fail(key, `field "${key}" repeats "${writtenAs[name]}"`, `keep only one of "${writtenAs[name]}" and "${key}"`);
      continue;
    }
    data[name] = value;
    writtenAs[name] = key;
  }
  const at = (name: string) => writtenAs[name] ?? name;

  const text = (name: string): string | undefined => {
    const v = data[name];
    if (v === undefined || v === null) return undefined;
    if (typeof v === 'string') return v.trim() === '' ? undefined : v.trim();
    if (typeof v === 'number') return String(v);
    fail(at(name), `${at(name)} must be text, not ${Array.isArray(v) ? 'a list' : typeof v}`, `write it as one line: ${at(name)}: …`);
    return undefined;
  };

  const errorsBeforeTitle = errors.length;
  const title = text('title');
  if (title === undefined && errors.length === errorsBeforeTitle) {
    fail(at('title'), 'title is missing or empty', 'add a line like `title: 深圳發布電子信息產業報告` to the front matter');
  }

  let date: ArticleDate | undefined;
  if (data.date === undefined || data.date === null || data.date === '') {
    fail(at('date'), 'date is missing', 'add a line like `date: 2024-06-26` (or `2024-06-26T09:30:00+08:00`) to the front matter');
  } else {
    const d = parseDate(data.date, opts.timeZone);
    if (typeof d === 'string') fail(at('date'), d, 'write the date as YYYY-MM-DD, optionally with a time and offset');
    else date = d;
  }

  let updated: ArticleDate | undefined;
  if (data.updated !== undefined && data.updated !== null) {
    const d = parseDate(data.updated, opts.timeZone);
    if (typeof d === 'string') fail(at('updated'), d.replace(/^date/, 'updated'), 'write the date as YYYY-MM-DD, optionally with a time and offset');
    else updated = d;
  }

  let lang: VariantId = opts.defaultLang;
  if (data.lang !== undefined) {
    const v = typeof data.lang === 'string' ? findVariant(data.lang) : undefined;
    if (v) lang = v.id;
    else {
      fail(at('lang'), `unknown lang "${String(data.lang)}"`, 'use one of zh-Hant, zh-Hans, zh-TW, zh-HK, zh-CN (the script the article is written in)');
    }
  }

  const keywords: string[] = [];
  // Sites migrating from Hexo, Hugo or Jekyll write `tags:`: read as keywords unless `keywords:` is given.
  const hasKeywords = data.keywords !== undefined && data.keywords !== null;
  const kw = hasKeywords ? data.keywords : data.tags;
  if (kw !== undefined && kw !== null) {
    const items = typeof kw === 'string' ? splitKeywords(kw) : Array.isArray(kw) ? kw : undefined;
    if (!items) {
      fail(at('keywords'), 'keywords must be a list or one line of words', 'write `keywords: [英偉達, GPU]` or `keywords: 英偉達 GPU`');
    } else if (new Set(items.map((k) => (typeof k === 'string' ? k.trim() : k))).size > MAX_KEYWORDS) {
      fail(at('keywords'), `${items.length} keywords; an article may have at most ${MAX_KEYWORDS}`, `keep the ${MAX_KEYWORDS} that matter most: every keyword gets a page in every variant`);
    } else {
      for (const item of items) {
        if (typeof item !== 'string' && typeof item !== 'number') {
          fail(at('keywords'), 'each keyword must be a word, not a list or mapping', 'write `keywords: [英偉達, GPU]`');
          continue;
        }
        const k = String(item).trim();
        if (k !== '' && !isIndexableKeyword(k)) {
          fail(at('keywords'), `keyword "${k}" has no letters or digits`, 'a keyword needs a Chinese character, letter or digit; remove it or write it out (e.g. 表情符號 for an emoji)');
          continue;
        }
        if (k !== '' && !keywords.includes(k)) keywords.push(k);
      }
    }
  }

  let draft = false;
  if (data.draft !== undefined && data.draft !== null) {
    if (typeof data.draft === 'boolean') draft = data.draft;
    else fail(at('draft'), 'draft must be true or false', 'write `draft: true` to keep the article out of the build');
  }

  const rawSlug = text('slug');
  const slug = slugify(rawSlug ?? fileStem);
  if (slug === '') {
    if (rawSlug !== undefined) {
      fail(at('slug'), `slug "${rawSlug}" has no letters or digits`, 'use letters, digits or hyphens, e.g. `slug: nvidia-gpu-2024`');
    } else {
      errors.push(new SiteError({
        stage: 'url', file, line: 1, column: 1,
        message: `file name "${fileStem}" gives an empty URL slug`,
        hint: 'rename the file with letters or digits, or add `slug: …` to the front matter',
      }));
    }
  } else if (Buffer.byteLength(slug) > MAX_SLUG_BYTES) {
    const message = `URL slug "${slug}" is ${Buffer.byteLength(slug)} bytes long; file systems allow at most 255 and tongwen ${MAX_SLUG_BYTES}`;
    const hint = 'write a shorter `slug:` in the front matter, e.g. a few words of pinyin or English';
    if (rawSlug !== undefined) fail(at('slug'), message, hint);
    else errors.push(new SiteError({ stage: 'url', file, line: 1, column: 1, message: message.replace('URL slug', `file name "${fileStem}" gives the URL slug`), hint }));
  }

  // `categories:` (Hexo, Hugo, Jekyll) gives the section when `category:` is absent: its first entry (Hexo's nested lists flattened).
  const firstCategory = (value: unknown): string | undefined => {
    if (typeof value === 'string' || typeof value === 'number') return String(value).trim() || undefined;
    if (Array.isArray(value)) for (const v of value.flat(3)) if ((typeof v === 'string' || typeof v === 'number') && String(v).trim()) return String(v).trim();
    return undefined;
  };
  const category = text('category') ?? firstCategory(data.categories);
  const source = text('source');
  const author = text('author');
  const summary = text('summary');

  const extra: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) if (!KNOWN.has(key)) extra[key] = value;

  if (errors.length || title === undefined || date === undefined) return { meta: undefined, errors };
  const meta: ArticleMeta = { file, title, date, lang, slug, keywords, draft, extra };
  if (updated) meta.updated = updated;
  if (category !== undefined) meta.category = category;
  if (source !== undefined) meta.source = source;
  if (author !== undefined) meta.author = author;
  if (summary !== undefined) meta.summary = summary;
  return { meta, errors: [] };
}
