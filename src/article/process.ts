/**
 * The per-article pipeline: bytes → text → front matter → metadata → one
 * Markdown parse → per variant: converted tree → sanitized HTML. Pure apart
 * from the converter and compiler caches, so it runs the same in a worker
 * thread, in the main thread, and in tests.
 */
import { performance } from 'node:perf_hooks';
import { toString } from 'mdast-util-to-string';
import type { Root } from 'mdast';
import { SiteError, asSiteErrors, type SiteErrorInit } from '../core/errors.js';
import { decodeUtf8 } from '../content/decode.js';
import { parseFrontMatter } from '../content/front-matter.js';
import { readMetadata, type ArticleMeta } from '../content/metadata.js';
import { parseMarkdown } from '../markdown/parse.js';
import { variantTree } from '../markdown/variant-tree.js';
import { htmlCompiler, sanitizeSchema, type FootnoteLabels, type HtmlAllowance } from '../markdown/html.js';
import { uiTexts } from '../conversion/ui-texts.js';
import type { VariantId } from '../conversion/variants.js';
import type { GlossaryEntry } from '../conversion/glossary.js';
import { prepareMarkup } from '../markdown/markup-tree.js';
import { variantText } from '../conversion/text.js';
import { SCRIPT_FIELDS, articleScript, fieldMarkupErrors } from '../content/settings.js';
import { articleTerms, inTermSample, type ArticleTerms } from '../taxonomy/terms.js';

/** Everything an article's processing depends on; plain data, so it can be sent to workers. */
export interface ArticleContext {
  variants: VariantId[];
  timeZone: string;
  defaultLang: VariantId;
  basePath: string;
  html: HtmlAllowance;
  /** Process drafts too (otherwise only their metadata is read). */
  drafts: boolean;
  /** Count candidate terms for automatic keywords (see src/keywords/terms.ts). */
  autoKeywords?: boolean;
  /** Count them for articles with keywords only one in this many (for document frequencies); 1 = all, 0 = none. */
  termSample?: number;
  /** Only count candidate terms (a second pass for the document-frequency sample): no conversion, no HTML. */
  termsOnly?: boolean;
  /** The site glossary (glossary.yaml and the config's `glossary:`); articles may add entries. */
  glossary?: GlossaryEntry[];
  /** Repair naively converted source text (`repair: true`); articles may override. */
  repair?: boolean;
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
  /** Candidate terms for automatic keywords, when `ctx.autoKeywords`. */
  terms?: ArticleTerms;
}

export type StageTimes = Record<'read' | 'frontMatter' | 'parse' | 'terms' | 'convert' | 'html', number>;

export type ArticleResult =
  | { ok: true; article: ProcessedArticle; times: StageTimes }
  | { ok: false; errors: SiteErrorInit[]; times: StageTimes };

type Compile = (tree: Root, labels?: FootnoteLabels) => string;
const compilers = new Map<string, Compile>();
const footnoteLabelCache = new Map<VariantId, FootnoteLabels>();

/** The footnote section's heading and back-link label in a variant's script. */
function footnoteLabels(id: VariantId): FootnoteLabels {
  let labels = footnoteLabelCache.get(id);
  if (!labels) {
    const t = uiTexts(id);
    labels = { label: t.footnotes, backLabel: t.footnoteBack };
    footnoteLabelCache.set(id, labels);
  }
  return labels;
}

function compilerFor(html: HtmlAllowance): Compile {
  const key = JSON.stringify(html);
  let c = compilers.get(key);
  if (!c) {
    c = htmlCompiler(sanitizeSchema(html));
    compilers.set(key, c);
  }
  return c;
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
  const times: StageTimes = { read: 0, frontMatter: 0, parse: 0, terms: 0, convert: 0, html: 0 };
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
    const script = articleScript(fm, file, ctx);
    for (const field of SCRIPT_FIELDS) delete meta.extra[field];
    const scriptErrors = [
      ...script.errors,
      ...fieldMarkupErrors(fm, file, text, { title: meta.title, summary: meta.summary, category: meta.category, source: meta.source, author: meta.author, keywords: meta.keywords }),
    ];

    const tree = parseMarkdown(fm.body);
    for (const p of prepareMarkup(tree, fm.body)) {
      scriptErrors.push(new SiteError({ stage: 'markdown', file, line: p.line + fm.bodyLine - 1, column: p.column, message: p.message, hint: p.hint }));
    }
    if (scriptErrors.length) return { ok: false, errors: scriptErrors.map((e) => e.toJSON()), times };
    lap('parse');
    if (ctx.autoKeywords && (meta.keywords.length === 0 || inTermSample(file, ctx.termSample ?? 1))) {
      article.terms = articleTerms(meta.title, tree);
      lap('terms');
    }
    if (ctx.termsOnly) return { ok: true, article, times };
    const compile = compilerFor(ctx.html);
    for (const id of ctx.variants) {
      const { prose, markup, text: convert } = variantText({ from: meta.lang, to: id, glossary: script.glossary, repair: script.repair });
      const vtree = variantTree(tree, { convert: prose, basePath: ctx.basePath, renderMarkup: markup });
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
      v.html = compile(vtree, footnoteLabels(id));
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
