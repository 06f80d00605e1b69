/**
 * The site configuration: `tongwen.config.yaml` in the site folder (optional),
 * validated with every error at its line.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SiteError, BuildError } from '../core/errors.js';
import { yamlKeyPlace } from '../core/position.js';
import { parseYamlData } from '../core/yaml-data.js';
import { findVariant, type VariantId } from '../conversion/variants.js';
import { isValidTimeZone } from '../content/dates.js';
import { decodeUtf8 } from '../content/decode.js';
import { NEVER_ATTRIBUTES, NEVER_TAGS, type HtmlAllowance } from '../markdown/html-policy.js';
import { type GlossaryEntry } from '../conversion/glossary.js';
import { readGlossary, yamlGlossaryPlace } from '../content/glossary.js';
import { readConversionOptions, type ConversionOptions } from '../conversion/options.js';

export const CONFIG_FILE = 'tongwen.config.yaml';

export interface SiteConfig {
  /** Site title, written in `defaultLang`'s script; converted per variant. */
  title: string;
  /** One line about the site, converted per variant. */
  description: string;
  /** Absolute base URL ending in `/`, e.g. `https://example.org/news/`. */
  baseUrl: string;
  /** The path part of the base URL, `/` or `/news/`: every link starts with it. */
  basePath: string;
  /** IANA time zone deciding the day of dates (default Asia/Shanghai). */
  timeZone: string;
  /** Output variants, in switcher order; the first is `x-default`. */
  variants: VariantId[];
  /** Script of articles that do not say `lang`, and of this config's texts. */
  defaultLang: VariantId;
  /** Articles per home page. */
  pageSize: number;
  /** Extra HTML the sanitizer lets through. */
  html: HtmlAllowance;
  /** Free values for templates (`site.params`). */
  params: Record<string, unknown>;
  /** The keyword index: `auto` extracts keywords for articles that have none. */
  keywords: KeywordConfig;
  /** Glossary entries written in the config (`glossary:`); `glossary.yaml` adds to them at build time. */
  glossary?: GlossaryEntry[];
  /** Repair naively converted source text in every article (`repair: true`). */
  repair?: boolean;
  /** `search: { documents: true }` also writes `/search/documents.jsonl` for a search server. */
  search?: { documents: boolean };
  /** `conversion:`: character forms, vocabulary and quotation marks (default: common, news, true). */
  conversion?: ConversionOptions;
  /** Hosts whose players may be embedded as iframes (`embeds:`); default bilibili, YouTube, Youku, Tencent Video. */
  embeds?: string[];
  /** `images: { responsive: false }` turns off the AVIF/WebP sources of local images (default on). */
  images?: { responsive: boolean };
  /** Table of contents on article pages: `true`, or the least number of headings (h2/h3) that shows one; default off. */
  toc?: boolean | number;
}

/** `keywords:` in the config. */
export interface KeywordConfig {
  /** Extract up to five keywords for articles without any (default true). */
  auto: boolean;
}

export const DEFAULT_CONFIG: SiteConfig = {
  title: '同文新聞',
  description: '',
  baseUrl: 'http://localhost:4000/',
  basePath: '/',
  timeZone: 'Asia/Shanghai',
  variants: ['zh-Hant', 'zh-Hans'],
  defaultLang: 'zh-Hant',
  pageSize: 20,
  html: {},
  params: {},
  keywords: { auto: true },
};

const KNOWN_KEYS = new Set(['title', 'description', 'baseUrl', 'timeZone', 'variants', 'defaultLang', 'pageSize', 'html', 'params', 'keywords', 'glossary', 'repair', 'search', 'conversion', 'embeds', 'images', 'toc']);

/** Normalizes a base URL; returns an error message when it is not an absolute http(s) URL. */
export function normalizeBaseUrl(value: string): { baseUrl: string; basePath: string } | string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `baseUrl "${value}" is not an absolute URL`;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return `baseUrl "${value}" must start with http:// or https://`;
  if (url.search || url.hash) return `baseUrl "${value}" must not have a query or fragment`;
  let path = url.pathname;
  if (!path.endsWith('/')) path += '/';
  // The path is kept decoded (`/新闻/`): page paths are built from it and encoded once, where they become URLs.
  return { baseUrl: `${url.origin}${path}`, basePath: decodeURIComponent(path) };
}

/** Reads and validates the config of the site at `root`; defaults when there is no config file. */
export function loadConfig(root: string): SiteConfig {
  const path = join(root, CONFIG_FILE);
  if (!existsSync(path)) return { ...DEFAULT_CONFIG };
  let text: string;
  try {
    text = decodeUtf8(readFileSync(path), CONFIG_FILE).replace(/\r\n?/g, '\n');
  } catch (error) {
    throw error instanceof SiteError ? new BuildError([error]) : error;
  }
  return parseConfig(text, CONFIG_FILE);
}

/** Validates config text (`file` is the name used in messages). Throws BuildError with every problem. */
export function parseConfig(text: string, file: string): SiteConfig {
  let doc, parsed;
  try {
    ({ doc, data: parsed } = parseYamlData(text, { file, stage: 'config' }));
  } catch (error) {
    throw error instanceof SiteError ? new BuildError([error]) : error;
  }
  const errors: SiteError[] = [];
  const placeOf = (key: string) => yamlKeyPlace(doc, [key], text) ?? { line: 1, column: 1 };
  const fail = (key: string, message: string, hint: string) =>
    errors.push(new SiteError({ stage: 'config', file, ...placeOf(key), message, hint }));

  const data = (parsed ?? {}) as Record<string, unknown>;
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new BuildError([new SiteError({ stage: 'config', file, line: 1, column: 1, message: 'the config must be a mapping of `key: value` lines', hint: 'see the README for the keys' })]);
  }
  const config: SiteConfig = { ...DEFAULT_CONFIG, html: {}, params: {}, keywords: { ...DEFAULT_CONFIG.keywords } };

  for (const key of Object.keys(data)) {
    if (!KNOWN_KEYS.has(key)) fail(key, `unknown config key "${key}"`, `known keys: ${[...KNOWN_KEYS].join(', ')}; put your own values under params:`);
  }
  const str = (key: 'title' | 'description' | 'timeZone') => {
    const v = data[key];
    if (v === undefined || v === null) return;
    if (typeof v !== 'string') fail(key, `${key} must be text`, `write ${key}: …`);
    else config[key] = v;
  };
  str('title');
  str('description');
  str('timeZone');
  if (!isValidTimeZone(config.timeZone)) {
    fail('timeZone', `unknown time zone "${config.timeZone}"`, 'use an IANA name such as Asia/Shanghai, Asia/Taipei or Asia/Hong_Kong');
  }
  if (data.baseUrl !== undefined) {
    const r = typeof data.baseUrl === 'string' ? normalizeBaseUrl(data.baseUrl) : 'baseUrl must be text';
    if (typeof r === 'string') fail('baseUrl', r, 'write e.g. baseUrl: https://example.org/news/');
    else Object.assign(config, r);
  }
  if (data.variants !== undefined) {
    const list = Array.isArray(data.variants) ? data.variants : typeof data.variants === 'string' ? [data.variants] : undefined;
    const ids: VariantId[] = [];
    for (const item of list ?? []) {
      const v = typeof item === 'string' ? findVariant(item) : undefined;
      if (!v) fail('variants', `unknown variant "${String(item)}"`, 'choose from zh-Hant, zh-Hans, zh-TW, zh-HK, zh-CN');
      else if (ids.includes(v.id)) fail('variants', `variant ${v.id} is listed twice`, 'list each variant once');
      else ids.push(v.id);
    }
    if (!list || ids.length === 0) fail('variants', 'variants must be a non-empty list', 'write e.g. variants: [zh-Hant, zh-Hans]');
    else config.variants = ids;
  }
  if (data.defaultLang !== undefined) {
    const v = typeof data.defaultLang === 'string' ? findVariant(data.defaultLang) : undefined;
    if (!v) fail('defaultLang', `unknown defaultLang "${String(data.defaultLang)}"`, 'choose from zh-Hant, zh-Hans, zh-TW, zh-HK, zh-CN');
    else config.defaultLang = v.id;
  }
  if (data.pageSize !== undefined) {
    const n = data.pageSize;
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > 1000) fail('pageSize', 'pageSize must be a whole number from 1 to 1000', 'write e.g. pageSize: 20');
    else config.pageSize = n;
  }
  if (data.html !== undefined && data.html !== null) {
    const h = data.html as Record<string, unknown>;
    const okTags = h.tags === undefined || (Array.isArray(h.tags) && h.tags.every((t) => typeof t === 'string'));
    const attrs = h.attributes as Record<string, unknown> | undefined;
    const okAttrs = attrs === undefined || (typeof attrs === 'object' && attrs !== null && !Array.isArray(attrs) &&
      Object.values(attrs).every((l) => Array.isArray(l) && l.every((a) => typeof a === 'string')));
    if (typeof h !== 'object' || Array.isArray(h) || !okTags || !okAttrs) {
      fail('html', 'html must have `tags:` (a list) and/or `attributes:` (element → list of attributes)', 'write e.g. html: { tags: [iframe], attributes: { iframe: [src, allowfullscreen] } }');
    } else if ((h.tags as string[] | undefined)?.some((t) => NEVER_TAGS.test(t)) || Object.values(attrs ?? {}).some((l) => (l as string[]).some((a) => NEVER_ATTRIBUTES.test(a)))) {
      const bad = [...((h.tags as string[] | undefined) ?? []).filter((t) => NEVER_TAGS.test(t)), ...Object.values(attrs ?? {}).flatMap((l) => (l as string[]).filter((a) => NEVER_ATTRIBUTES.test(a)))];
      fail('html', `html: ${bad.join(', ')} cannot be allowed: ${bad.length === 1 ? 'it runs' : 'they run'} code or change the whole page`, 'remove them from html:; see SECURITY.md for what is safe to allow (e.g. iframe with src and allowfullscreen)');
    } else {
      if (h.tags) config.html.tags = h.tags as string[];
      if (attrs) config.html.attributes = attrs as Record<string, string[]>;
    }
  }
  if (data.keywords !== undefined && data.keywords !== null) {
    const k = data.keywords as Record<string, unknown>;
    if (typeof k !== 'object' || Array.isArray(k) || Object.keys(k).some((key) => key !== 'auto') || (k.auto !== undefined && typeof k.auto !== 'boolean')) {
      fail('keywords', 'keywords must be a mapping with `auto: true` or `auto: false`', 'write e.g. keywords: { auto: false } to turn off automatic keywords');
    } else if (typeof k.auto === 'boolean') config.keywords.auto = k.auto;
  }
  if (data.search !== undefined && data.search !== null) {
    const k = data.search as Record<string, unknown>;
    if (typeof k !== 'object' || Array.isArray(k) || Object.keys(k).some((key) => key !== 'documents') || (k.documents !== undefined && typeof k.documents !== 'boolean')) {
      fail('search', 'search must be a mapping with `documents: true` or `documents: false`', 'write e.g. search: { documents: true } to export search/documents.jsonl');
    } else if (k.documents === true) config.search = { documents: true };
  }
  if (data.embeds !== undefined && data.embeds !== null) {
    const list = data.embeds;
    if (!Array.isArray(list) || !list.every((h) => typeof h === 'string' && /^[a-z0-9.-]+$/i.test(h))) fail('embeds', 'embeds must be a list of host names', 'write e.g. embeds: [player.bilibili.com, www.youtube.com, v.qq.com]');
    else config.embeds = list as string[];
  }
  if (data.images !== undefined && data.images !== null) {
    const k = data.images as Record<string, unknown>;
    if (typeof k !== 'object' || Array.isArray(k) || Object.keys(k).some((key) => key !== 'responsive') || (k.responsive !== undefined && typeof k.responsive !== 'boolean')) {
      fail('images', 'images must be a mapping with `responsive: true` or `responsive: false`', 'write e.g. images: { responsive: false } to serve local images as they are');
    } else if (typeof k.responsive === 'boolean') config.images = { responsive: k.responsive };
  }
  if (data.toc !== undefined && data.toc !== null) {
    const t = data.toc;
    if (typeof t !== 'boolean' && !(typeof t === 'number' && Number.isInteger(t) && t >= 1)) fail('toc', 'toc must be true, false or a whole number of headings', 'write e.g. toc: 3 to show a table of contents on articles with at least three headings');
    else config.toc = t;
  }
  if (data.repair !== undefined && data.repair !== null) {
    if (typeof data.repair !== 'boolean') fail('repair', 'repair must be true or false', 'write `repair: true` to normalize text produced by naive character conversion');
    else config.repair = data.repair;
  }
  if (data.conversion !== undefined && data.conversion !== null) {
    const c = readConversionOptions(data.conversion);
    for (const p of c.problems) {
      const at = yamlKeyPlace(doc, ['conversion', ...p.path], text, p.key ? { part: 'key' } : {}) ?? placeOf('conversion');
      errors.push(new SiteError({ stage: 'config', file, ...at, message: p.message, hint: p.hint }));
    }
    config.conversion = c.options;
  }
  if (data.glossary !== undefined && data.glossary !== null) {
    const g = readGlossary(data.glossary, file, yamlGlossaryPlace(doc, ['glossary'], text));
    errors.push(...g.errors);
    if (g.entries.length) config.glossary = g.entries;
  }
  if (data.params !== undefined && data.params !== null) {
    if (typeof data.params !== 'object' || Array.isArray(data.params)) fail('params', 'params must be a mapping', 'write params: then indented key: value lines');
    else config.params = data.params as Record<string, unknown>;
  }
  if (errors.length) throw new BuildError(errors);
  return config;
}
