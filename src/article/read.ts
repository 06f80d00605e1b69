/**
 * The one article reader: bytes (or text) → `\n` text → front matter →
 * metadata → the article's script settings (its glossary over the site's,
 * `repair:`) → one Markdown parse with its `-{…}-` markup prepared, every
 * problem as a positioned SiteError. The build (`processArticle`), `tongwen
 * check` (`checkArticle`) and `tongwen convert` (`convertDocument`) all read
 * through here, so an article means the same thing to each of them.
 *
 * The steps are exported one by one because `convert` reads documents that
 * need not be articles (no title or date): it uses `readText` and
 * `readBody` and decides the script itself.
 */
import type { Root } from 'mdast';
import { SiteError, asSiteErrors } from '../core/errors.js';
import { decodeUtf8 } from '../content/decode.js';
import { parseFrontMatter, type FrontMatter } from '../content/front-matter.js';
import { readMetadata, type ArticleMeta } from '../content/metadata.js';
import { SCRIPT_FIELDS, articleScript, fieldMarkupErrors, type ArticleScript, type ScriptSettings } from '../content/settings.js';
import { parseMarkdown } from '../markdown/parse.js';
import { prepareMarkup } from '../markdown/markup-tree.js';
import { nestingProblem } from '../markdown/nesting.js';
import type { VariantId } from '../conversion/variants.js';

/** A document's text (decoded, `\n` line ends) and its front matter. */
export interface ArticleText {
  /** Path used in messages. */
  file: string;
  text: string;
  fm: FrontMatter;
}

/** What the body's conversion needs: the settings that apply and the parsed body. */
export interface ArticleBody {
  /** The glossary (site merged with the article's) and `repair`. */
  settings: Omit<ArticleScript, 'errors'>;
  /** The body's Markdown tree, with `-{…}-` markup prepared (see markdown/markup-tree.ts). */
  tree: Root;
}

/** A read article: everything later stages need, all positioned errors already reported. */
export interface ArticleSource extends ArticleText, ArticleBody {
  meta: ArticleMeta;
}

export interface ReadOptions extends ScriptSettings {
  timeZone: string;
  defaultLang: VariantId;
  /** Read the body of drafts too; when false a draft's metadata is all that is read (as a build without --drafts). */
  drafts: boolean;
  /** Called after each step, for the build's per-stage times. */
  lap?: ((step: 'read' | 'frontMatter' | 'parse') => void) | undefined;
}

export type ReadResult =
  /** `source` is undefined for a draft whose body was not read (`drafts: false`). */
  | { ok: true; meta: ArticleMeta; source: ArticleSource | undefined }
  | { ok: false; errors: SiteError[] };

/** Decodes (strict UTF-8 for bytes), normalizes line ends to `\n` and splits off the front matter. Throws SiteError. */
export function readText(file: string, input: Uint8Array | string): ArticleText {
  const decoded = typeof input === 'string' ? input : decodeUtf8(input, file);
  const text = decoded.replace(/\r\n?/g, '\n');
  return { file, text, fm: parseFrontMatter(text, file) };
}

/**
 * Reads the script settings and parses the body; the settings' errors and
 * the markup problems of the body (at their file positions) go to `errors`.
 */
export function readBody(doc: ArticleText, site: ScriptSettings, errors: SiteError[]): ArticleBody {
  const { file, fm } = doc;
  const { errors: settingErrors, ...settings } = articleScript(fm, file, site);
  errors.push(...settingErrors);
  const deep = nestingProblem(fm.body);
  if (deep) {
    // Parsing it would exhaust the stack (or take minutes): the article stops here.
    errors.push(new SiteError({ stage: 'markdown', file, line: deep.line + fm.bodyLine - 1, column: deep.column, message: deep.message, hint: deep.hint }));
    return { settings, tree: { type: 'root', children: [] } };
  }
  const tree = parseMarkdown(fm.body);
  for (const p of prepareMarkup(tree, fm.body)) {
    errors.push(new SiteError({ stage: 'markdown', file, line: p.line + fm.bodyLine - 1, column: p.column, message: p.message, hint: p.hint }));
  }
  return { settings, tree };
}

/** The file name without folders and Markdown extension (the default slug). */
function stemOf(file: string): string {
  // A page bundle (`content/2024/06/foo/index.md`) takes its folder's name.
  const bundle = /([^/]+)\/index\.(md|markdown)$/i.exec(file);
  if (bundle) return bundle[1]!;
  return file.replace(/^.*\//, '').replace(/\.(md|markdown)$/i, '');
}

/** Reads one article; `file` is the path used in messages. Never throws SiteErrors: they come back in the result. */
export function readArticle(file: string, input: Uint8Array | string, opts: ReadOptions): ReadResult {
  try {
    const doc = readText(file, input);
    opts.lap?.('read');
    const result = readMetadata(doc.fm, file, stemOf(file), { timeZone: opts.timeZone, defaultLang: opts.defaultLang });
    opts.lap?.('frontMatter');
    if (!result.meta) return { ok: false, errors: result.errors };
    const meta = result.meta;
    if (meta.draft && !opts.drafts) return { ok: true, meta, source: undefined };
    const errors: SiteError[] = [];
    const body = readBody(doc, opts, errors);
    for (const field of SCRIPT_FIELDS) delete meta.extra[field];
    errors.push(...fieldMarkupErrors(doc.fm, file, doc.text, { title: meta.title, summary: meta.summary, category: meta.category, source: meta.source, author: meta.author, keywords: meta.keywords }));
    opts.lap?.('parse');
    if (errors.length) return { ok: false, errors };
    return { ok: true, meta, source: { ...doc, ...body, meta } };
  } catch (error) {
    return { ok: false, errors: asSiteErrors(error) };
  }
}
