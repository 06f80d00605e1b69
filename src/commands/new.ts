/**
 * `tongwen new "標題" [--lang zh-Hant] [--category 產業] [--slug s]`: a new
 * article file `content/yyyy/mm/<slug>.md` dated now in the site's time
 * zone, its front matter filled in (title, date, lang, category, empty
 * keywords/author/summary to fill), the slug the title's pinyin. Refuses to
 * overwrite a file. Returns the path written, relative to the root.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';
import { BuildError, SiteError } from '../core/errors.js';
import { loadConfig } from '../config/config.js';
import { describeInstant } from '../content/dates.js';
import { findVariant } from '../conversion/variants.js';
import { variantConverter } from '../conversion/converters.js';
import { baseSlug } from '../taxonomy/slug.js';
import { slugify } from '../content/slug.js';

export interface NewArticleOptions {
  root: string;
  title: string | undefined;
  lang?: string | undefined;
  category?: string | undefined;
  slug?: string | undefined;
  /** The article's date (default: now). */
  now?: Date;
}

const usage = (message: string, hint: string) => new BuildError([new SiteError({ stage: 'usage', message, hint })]);

/** Longest slug `new` makes from a title, in characters (cut after a whole syllable). */
const MAX_NEW_SLUG = 60;

/** The slug of a title: its pinyin (Simplified first), cut after a whole syllable. */
export function titleSlug(title: string, from: Parameters<typeof variantConverter>[0]): string {
  const full = baseSlug(variantConverter(from, 'zh-Hans')(title).toLowerCase());
  if (full.length <= MAX_NEW_SLUG) return full;
  const cut = full.slice(0, MAX_NEW_SLUG);
  return cut.slice(0, cut.lastIndexOf('-') > 0 ? cut.lastIndexOf('-') : MAX_NEW_SLUG);
}

/** Writes the new article; returns its path relative to the root (`content/2026/12/biao-ti.md`). */
export function newArticle(opts: NewArticleOptions): string {
  const title = opts.title?.trim();
  if (!title) throw usage('missing the title', 'write e.g. tongwen new "深圳發佈算力券新政"');
  const config = loadConfig(opts.root);
  const lang = opts.lang === undefined ? config.defaultLang : findVariant(opts.lang)?.id;
  if (!lang) throw usage(`unknown variant "${opts.lang}" for --lang`, 'choose from zh-Hant, zh-Hans, zh-TW, zh-HK, zh-CN');
  const slug = opts.slug === undefined ? titleSlug(title, lang) : slugify(opts.slug);
  if (!slug) throw usage('the slug is empty', 'pass --slug with letters or digits');
  const date = describeInstant((opts.now ?? new Date()).getTime(), config.timeZone);
  const rel = `content/${date.year}/${String(date.month).padStart(2, '0')}/${slug}.md`;
  const path = join(opts.root, ...rel.split('/'));
  if (existsSync(path)) throw usage(`${rel} already exists`, 'pass another --slug, or edit the existing file');
  const fields: Record<string, unknown> = { title, date: date.iso, lang };
  if (opts.category?.trim()) fields.category = opts.category.trim();
  Object.assign(fields, { keywords: [], author: '', summary: '' });
  const body = variantConverter('zh-Hant', lang)('正文從這裡開始。');
  const front = stringify(fields, { lineWidth: 0 }).replace(/^(author|summary): ""$/gm, '$1:');
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `---\n${front}---\n\n${body}\n`, { flag: 'wx' });
  return rel;
}
