/**
 * The per-article pipeline: bytes → text → front matter → metadata → one
 * Markdown parse → per variant: converted tree → sanitized HTML. Pure apart
 * from the converter and compiler caches, so it runs the same in a worker
 * thread, in the main thread, and in tests.
 */
import { performance } from 'node:perf_hooks';
import { toString } from 'mdast-util-to-string';
import type { Root } from 'mdast';
import { SiteError, asSiteErrors, type SiteErrorInit } from './errors.js';
import { decodeUtf8 } from './content/decode.js';
import { parseFrontMatter } from './content/front-matter.js';
import { readMetadata, type ArticleMeta } from './content/metadata.js';
import { parseMarkdown } from './markdown/parse.js';
import { variantTree } from './markdown/convert.js';
import { htmlCompiler, sanitizeSchema, type HtmlAllowance } from './markdown/html.js';
import { converter, type Convert } from './script/converters.js';
import { VARIANTS, type VariantId } from './script/variants.js';

/** Everything an article's processing depends on; plain data, so it can be sent to workers. */
export interface ArticleContext {
  variants: VariantId[];
  timeZone: string;
  defaultLang: VariantId;
  basePath: string;
  html: HtmlAllowance;
  /** Process drafts too (otherwise only their metadata is read). */
  drafts: boolean;
}

/** One variant of an article: every reader-facing text in that variant's script. */
export interface ArticleVariant {
  title: string;
  summary: string;
  category?: string;
  source?: string;
  author?: string;
  keywords: string[];
  /** The body as sanitized HTML. */
  html: string;
}

export interface ProcessedArticle {
  meta: ArticleMeta;
  variants: Partial<Record<VariantId, ArticleVariant>>;
}

export type StageTimes = Record<'read' | 'frontMatter' | 'parse' | 'convert' | 'html', number>;

export type ArticleResult =
  | { ok: true; article: ProcessedArticle; times: StageTimes }
  | { ok: false; errors: SiteErrorInit[]; times: StageTimes };

const compilers = new Map<string, (tree: Root) => string>();

function compilerFor(html: HtmlAllowance): (tree: Root) => string {
  const key = JSON.stringify(html);
  let c = compilers.get(key);
  if (!c) {
    c = htmlCompiler(sanitizeSchema(html));
    compilers.set(key, c);
  }
  return c;
}

/** The converter from an article's script to a variant's. */
export function converterFor(from: VariantId, to: VariantId): Convert {
  return converter(VARIANTS[from].locale, VARIANTS[to].locale);
}

const SUMMARY_LENGTH = 120;

/** A summary from the first paragraph when the front matter gives none. */
function firstParagraphText(tree: Root): string {
  for (const node of tree.children) {
    if (node.type === 'paragraph') {
      const text = toString(node).replace(/\s+/g, ' ').trim();
      if (text) return [...text].length > SUMMARY_LENGTH ? `${[...text].slice(0, SUMMARY_LENGTH).join('')}…` : text;
    }
  }
  return '';
}

/** Processes one article from its bytes. `file` is the path used in messages. */
export function processArticle(file: string, bytes: Uint8Array, ctx: ArticleContext): ArticleResult {
  const times: StageTimes = { read: 0, frontMatter: 0, parse: 0, convert: 0, html: 0 };
  let t = performance.now();
  const lap = (stage: keyof StageTimes) => {
    const now = performance.now();
    times[stage] += now - t;
    t = now;
  };
  try {
    const text = decodeUtf8(bytes, file).replace(/\r\n?/g, '\n');
    lap('read');
    const fm = parseFrontMatter(text, file);
    const stem = file.replace(/^.*\//, '').replace(/\.(md|markdown)$/i, '');
    const result = readMetadata(fm, file, stem, { timeZone: ctx.timeZone, defaultLang: ctx.defaultLang });
    lap('frontMatter');
    if (!result.meta) return { ok: false, errors: result.errors.map((e) => e.toJSON()), times };
    const meta = result.meta;
    const article: ProcessedArticle = { meta, variants: {} };
    if (meta.draft && !ctx.drafts) return { ok: true, article, times };

    const tree = parseMarkdown(fm.body);
    lap('parse');
    const compile = compilerFor(ctx.html);
    for (const id of ctx.variants) {
      const convert = converterFor(meta.lang, id);
      const vtree = variantTree(tree, { convert, basePath: ctx.basePath });
      const v: ArticleVariant = {
        title: convert(meta.title),
        summary: meta.summary !== undefined ? convert(meta.summary) : firstParagraphText(vtree),
        keywords: meta.keywords.map(convert),
        html: '',
      };
      if (meta.category !== undefined) v.category = convert(meta.category);
      if (meta.source !== undefined) v.source = convert(meta.source);
      if (meta.author !== undefined) v.author = convert(meta.author);
      lap('convert');
      v.html = compile(vtree);
      lap('html');
      article.variants[id] = v;
    }
    return { ok: true, article, times };
  } catch (error) {
    return { ok: false, errors: asSiteErrors(error).map((e) => e.toJSON()), times };
  }
}

/** Rebuilds SiteErrors from the plain data a worker sent. */
export function reviveErrors(errors: readonly SiteErrorInit[]): SiteError[] {
  return errors.map((e) => new SiteError(e));
}
