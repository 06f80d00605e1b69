/**
 * The per-article pipeline: `readArticle` (bytes → text → front matter →
 * metadata → settings → one Markdown parse, see read.ts), then per variant
 * (`renderVariant`): converted texts and tree → sanitized HTML. Pure apart
 * from the converter and compiler caches, so it runs the same in a worker
 * thread, in the main thread, and in tests.
 */
import { performance } from 'node:perf_hooks';
import type { Root } from 'mdast';
import { SiteError, asSiteErrors, type SiteErrorInit } from '../core/errors.js';
import type { ArticleMeta } from '../content/metadata.js';
import { variantTree } from '../markdown/variant-tree.js';
import { DEFAULT_EMBEDS, droppedHtml, htmlCompiler, sanitizeSchema, type BodyHeading, type CompileOptions, type CompiledBody, type FootnoteLabels, type HtmlAllowance, type MediaInfo } from '../markdown/html.js';
import { assignHeadingIds } from '../markdown/headings.js';
import { variantConverter } from '../conversion/converters.js';
import { localRefs, mediaResolver, type LocalRef } from './media.js';
import { uiTexts } from '../conversion/ui-texts.js';
import type { VariantId } from '../conversion/variants.js';
import type { GlossaryEntry } from '../conversion/glossary.js';
import { conversionKey, type ConversionOptions } from '../conversion/options.js';
import { variantText, type VariantText } from '../conversion/text.js';
import { langWarning } from '../content/script-share.js';
import { readArticle, type ArticleBody, type ArticleSource } from './read.js';
import { articleTerms, inTermSample, type ArticleTerms } from '../taxonomy/terms.js';
import { blockHash, textBlocks, type TextBlock } from '../taxonomy/blocks.js';
import { simplifiedConverter } from '../taxonomy/key.js';
import { summaryFromBlocks } from '../content/summary.js';
import { readingMinutes } from './reading-time.js';

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
  /** The site's words for the segmenter (`siteWords` of its written keywords): its terms segment as one word. */
  userWords?: string[];
  /** The site glossary (glossary.yaml and the config's `glossary:`); articles may add entries. */
  glossary?: GlossaryEntry[];
  /** Repair naively converted source text (`repair: true`); articles may override. */
  repair?: boolean;
  /** The config's `conversion:` (forms, vocabulary, quotes); default when absent. */
  conversion?: ConversionOptions;
  /** The site folder: local images are read from it (sizes, responsive sources); without it images get neither. */
  root?: string;
  /** Hosts whose iframes are kept (`embeds:`; default `DEFAULT_EMBEDS`). */
  embeds?: string[];
  /** Offer responsive AVIF/WebP sources for local images (`images.responsive`; needs `root`). */
  responsive?: boolean;
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
  /** The body's headings with their anchor ids (the same in every variant), for a table of contents. */
  headings: BodyHeading[];
  /** The body's first image (`src` as the page writes it, and its size when known); absent without one. */
  cover?: BodyImage;
  /** Reading time of the body in whole minutes (`readingMinutes` of `html`), counted where the article is processed. */
  minutes?: number;
}

/** An image of a body: `src` as the page writes it, its size when known. */
export interface BodyImage {
  src: string;
  width?: number;
  height?: number;
}

export interface ProcessedArticle {
  meta: ArticleMeta;
  variants: Partial<Record<VariantId, ArticleVariant>>;
  /** Candidate terms for automatic keywords, when `ctx.autoKeywords`. */
  terms?: ArticleTerms;
  /** The text blocks of the body (search, summaries, boilerplate detection). */
  text?: ArticleText;
  /** Local links and images, at their places (the build checks that each one exists). */
  refs?: LocalRef[];
  /** Local images (relative to the root) whose responsive sources the pages use. */
  media?: string[];
  /** Warnings the build reports and does not stop on (raw HTML the sanitizer drops, a `lang:` that disagrees with the text's script). */
  warnings?: SiteErrorInit[];
}

/** An article's body as text blocks (`textBlocks`) per variant, and the hash of each block's Simplified text. */
export interface ArticleText {
  blocks: Partial<Record<VariantId, TextBlock[]>>;
  /** `blockHash` of each block in Simplified: the same boilerplate in either script has the same hash. */
  hashes: number[];
}

export type StageTimes = Record<'read' | 'frontMatter' | 'parse' | 'terms' | 'convert' | 'html', number>;

export type ArticleResult =
  | { ok: true; article: ProcessedArticle; times: StageTimes }
  | { ok: false; errors: SiteErrorInit[]; times: StageTimes };

type Compile = (tree: Root, opts?: CompileOptions) => CompiledBody;
const compilers = new Map<string, Compile>();
const labelCache = new Map<string, FootnoteLabels & { anchor: string }>();

/** The footnote section's heading, back-link label and heading-anchor label in a variant's script, under the site's conversion options. */
function bodyLabels(id: VariantId, conversion: ConversionOptions | undefined): FootnoteLabels & { anchor: string } {
  const key = `${id}\u0000${conversionKey(conversion)}`;
  let labels = labelCache.get(key);
  if (!labels) {
    const t = uiTexts(id, conversion);
    labels = { label: t.footnotes, backLabel: t.footnoteBack, anchor: t.headingAnchor };
    labelCache.set(key, labels);
  }
  return labels;
}

const schemas = new Map<string, ReturnType<typeof sanitizeSchema>>();

function schemaFor(html: HtmlAllowance): ReturnType<typeof sanitizeSchema> {
  const key = JSON.stringify(html);
  let s = schemas.get(key);
  if (!s) {
    s = sanitizeSchema(html);
    schemas.set(key, s);
  }
  return s;
}

function compilerFor(html: HtmlAllowance): Compile {
  const key = JSON.stringify(html);
  let c = compilers.get(key);
  if (!c) {
    c = htmlCompiler(schemaFor(html));
    compilers.set(key, c);
  }
  return c;
}


/** What the body of one variant needs besides the article: where the site lives and which HTML is allowed. */
export interface BodyContext {
  basePath: string;
  html: HtmlAllowance;
  /** The config's `conversion:` options. */
  conversion?: ConversionOptions | undefined;
  /** Embed hosts (default `DEFAULT_EMBEDS`). */
  embeds?: readonly string[] | undefined;
  /** What is known about local images (sizes, responsive sources), by `src` as the page writes it. */
  media?: ((src: string) => MediaInfo | undefined) | undefined;
}

/** The parts of a read article that its body's conversion uses (a `convert` document has no metadata). */
export interface BodySource {
  /** The script the text is written in. */
  from: VariantId;
  tree: Root;
  settings: ArticleBody['settings'];
}

/**
 * The body of one variant exactly as the build writes it: the converted tree
 * (prose converted, markup rendered, root-relative URLs under the base path)
 * and its sanitized HTML, with the footnote labels in that variant's script.
 * `tongwen convert --html` calls this too, so its output is the build's.
 */
export function renderBody(body: BodySource, to: VariantId, ctx: BodyContext, lap?: (step: 'convert' | 'html') => void): { conv: VariantText; tree: Root; html: string; headings: BodyHeading[]; cover: BodyImage | undefined } {
  // Heading ids from the source text in Simplified, so they are the same in every variant.
  assignHeadingIds(body.tree, variantConverter(body.from, 'zh-Hans', ctx.conversion));
  const conv = variantText({ from: body.from, to, glossary: body.settings.glossary, repair: body.settings.repair, conversion: ctx.conversion });
  const tree = variantTree(body.tree, { convert: conv.prose, basePath: ctx.basePath, renderMarkup: conv.markup });
  lap?.('convert');
  const { anchor, ...labels } = bodyLabels(to, ctx.conversion);
  const compiled = compilerFor(ctx.html)(tree, { labels, anchorLabel: anchor, media: ctx.media, embeds: ctx.embeds });
  lap?.('html');
  return { conv, tree, html: compiled.html, headings: compiled.headings, cover: compiled.cover };
}

/** One variant of a read article: its texts converted, its body as HTML. */
export function renderVariant(source: ArticleSource, to: VariantId, ctx: BodyContext, lap?: (step: 'convert' | 'html') => void): ArticleVariant {
  return renderVariantTree(source, to, ctx, lap).variant;
}

/**
 * The Simplified text blocks of an article without rendering it (for the terms-only pass): the same as the
 * zh-Hans variant's (`renderBody`: same conversion options and base path), so both passes count the same terms.
 */
function simplifiedBlocks(source: ArticleSource, ctx: Pick<ArticleContext, 'conversion' | 'basePath'>): TextBlock[] {
  const conv = variantText({ from: source.meta.lang, to: 'zh-Hans', glossary: source.settings.glossary, repair: source.settings.repair, conversion: ctx.conversion });
  return textBlocks(variantTree(source.tree, { convert: conv.prose, basePath: ctx.basePath, renderMarkup: conv.markup }));
}

/** `renderVariant`, with the converted tree (its text blocks feed search). */
export function renderVariantTree(source: ArticleSource, to: VariantId, ctx: BodyContext, lap?: (step: 'convert' | 'html') => void): { variant: ArticleVariant; tree: Root; blocks: TextBlock[] } {
  const { meta } = source;
  const body = renderBody({ from: meta.lang, tree: source.tree, settings: source.settings }, to, ctx, lap);
  const convert = body.conv.text;
  const blocks = textBlocks(body.tree);
  const v: ArticleVariant = {
    title: convert(meta.title),
    // Without `summary:`, the first text block as prose (no raw HTML); the site picks again past boilerplate (site/place.ts).
    summary: meta.summary !== undefined ? convert(meta.summary) : summaryFromBlocks(blocks),
    keywords: meta.keywords.map(convert),
    html: body.html,
    headings: body.headings,
    minutes: readingMinutes(body.html),
  };
  if (body.cover) v.cover = body.cover;
  if (meta.category !== undefined) v.category = convert(meta.category);
  if (meta.source !== undefined) v.source = convert(meta.source);
  if (meta.author !== undefined) v.author = convert(meta.author);
  return { variant: v, tree: body.tree, blocks };
}

/** Processes one article from its bytes (`readArticle`, then every variant). `file` is the path used in messages. */
export function processArticle(file: string, bytes: Uint8Array, ctx: ArticleContext): ArticleResult {
  const times: StageTimes = { read: 0, frontMatter: 0, parse: 0, terms: 0, convert: 0, html: 0 };
  let t = performance.now();
  const lap = (stage: keyof StageTimes) => {
    const now = performance.now();
    times[stage] += now - t;
    t = now;
  };
  try {
    const read = readArticle(file, bytes, { timeZone: ctx.timeZone, defaultLang: ctx.defaultLang, drafts: ctx.drafts, glossary: ctx.glossary, repair: ctx.repair, lap });
    if (!read.ok) return { ok: false, errors: read.errors.map((e) => e.toJSON()), times };
    const article: ProcessedArticle = { meta: read.meta, variants: {} };
    const source = read.source;
    if (!source) return { ok: true, article, times };
    const wantTerms = ctx.autoKeywords && (source.meta.keywords.length === 0 || inTermSample(file, ctx.termSample ?? 1));
    const toSimplified = simplifiedConverter(source.meta.lang, ctx.variants);
    if (ctx.termsOnly) {
      if (wantTerms) article.terms = articleTerms(toSimplified(source.meta.title), simplifiedBlocks(source, ctx), ctx.userWords);
      lap('terms');
      return { ok: true, article, times };
    }
    const lang = langWarning(source.fm, source.meta, file);
    if (lang) article.warnings = [lang.toJSON()];
    const blocks: ArticleText['blocks'] = {};
    const planned = new Set<string>();
    const resolve = ctx.root === undefined ? undefined : mediaResolver({ root: ctx.root, basePath: ctx.basePath, file }, { responsive: ctx.responsive ?? false, planned });
    const bodyCtx: BodyContext = { basePath: ctx.basePath, html: ctx.html, embeds: ctx.embeds ?? DEFAULT_EMBEDS, media: resolve, conversion: ctx.conversion };
    for (const id of ctx.variants) {
      const r = renderVariantTree(source, id, bodyCtx, lap);
      article.variants[id] = r.variant;
      blocks[id] = r.blocks;
    }
    const bodyLine = source.fm.bodyLine;
    const refs = localRefs(source.tree, bodyLine, source.fm.body);
    if (refs.length) article.refs = refs;
    if (planned.size) article.media = [...planned].sort();
    const dropped = droppedHtml(source.tree, source.fm.body, schemaFor(ctx.html), ctx.embeds ?? DEFAULT_EMBEDS);
    if (dropped.length) {
      article.warnings = [...(article.warnings ?? []), ...dropped.map((d): SiteErrorInit => ({ stage: 'markdown', severity: 'warning', rule: 'dropped-html', file, line: d.line + bodyLine - 1, column: d.column, message: d.message, hint: d.hint }))];
    }
    const simplified = blocks['zh-Hans'] ?? simplifiedBlocks(source, ctx);
    article.text = { blocks, hashes: simplified.map(([, text]) => blockHash(text)) };
    lap('html');
    if (wantTerms) {
      article.terms = articleTerms(toSimplified(source.meta.title), simplified, ctx.userWords);
      lap('terms');
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
