/**
 * `tongwen convert`: one Markdown document through the build's conversion
 * (the same parser, markup, glossary, repair and converters as a build), for
 * editors and tests.
 *
 * The Markdown output keeps the document as written: only prose changes.
 * Every converted text node, image alt text and link title is replaced at
 * its place in the source, so syntax, spacing, escapes, code and URLs stay
 * byte for byte. In the front matter, the values of the text fields (title,
 * summary, category, source, author, keywords and their Chinese aliases) are
 * converted and `lang:` is set to the target; other lines stay as written.
 * The HTML output is the article body exactly as a build writes it (the
 * build's own `renderBody`: same compiler, sanitize schema, base path and the
 * target variant's footnote labels).
 */
import type { ConversionOptions } from '../conversion/options.js';
import type { Nodes, Root } from 'mdast';
import { BuildError, SiteError } from '../core/errors.js';
import { htmlTextRanges, visitProse, type ProseAttribute } from '../markdown/prose.js';
import type { HtmlAllowance } from '../markdown/html.js';
import type { ScriptSettings } from '../content/settings.js';
import { scanMarkup } from '../conversion/markup.js';
import type { TextMarkup } from '../markdown/markup-tree.js';
import { readBody, readText } from './read.js';
import { renderBody } from './process.js';
import { mediaResolver } from './media.js';
import { variantText, type VariantText } from '../conversion/text.js';
import { findVariant, type VariantId } from '../conversion/variants.js';

export interface ConvertDocumentOptions extends ScriptSettings {
  /** The script the document is written in; default: its front matter's `lang`, else `defaultLang`. */
  from?: VariantId | undefined;
  to: VariantId;
  defaultLang: VariantId;
  /** `markdown` (default): the document converted in place; `html`: the body as the build renders it. */
  format?: 'markdown' | 'html';
  html?: HtmlAllowance;
  /** The site's base path, for `html` (root-relative URLs are moved under it). */
  basePath?: string;
  /** Name used in messages. */
  file: string;
  /** The config's `conversion:` options. */
  conversion?: ConversionOptions | undefined;
  /** For `html`: the site folder and the document's path relative to it, so local images get the build's sizes and sources. */
  media?: { root: string; file: string; responsive: boolean } | undefined;
  /** For `html`: the embed hosts (`embeds:`). */
  embeds?: readonly string[] | undefined;
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

/** Front-matter fields whose values are converted (and their Chinese aliases). */
const TEXT_FIELDS = new Set([
  'title', 'summary', 'category', 'source', 'author', 'keywords',
  '標題', '标题', '摘要', '分類', '分类', '欄目', '栏目', '來源', '来源', '作者', '關鍵詞', '关键词', '關鍵字', '关键字',
]);

/** A block scalar's header (`|`, `>-`, `|2`…): its text is on the indented lines below. */
const BLOCK_SCALAR = /^[|>][+-]?\d*[+-]?\s*(#.*)?$/;

/**
 * Converts the text fields of a front-matter block (the lines between the
 * fences) and sets `lang:`. A text field's value may go on over indented
 * lines (list items, a block scalar `summary: >`, a plain multi-line value):
 * those are converted too.
 */
function convertFrontMatter(block: string, conv: VariantText, to: VariantId): string {
  let inText = false;
  return block
    .split('\n')
    .map((line) => {
      const field = /^([^\s#:][^:]*?):([ \t]*)(.*)$/.exec(line);
      if (field) {
        const key = field[1]!.trim();
        inText = TEXT_FIELDS.has(key);
        if (key === 'lang') return `${field[1]}:${field[2]}${to}`;
        if (inText && field[3] !== '' && !BLOCK_SCALAR.test(field[3]!)) return `${field[1]}:${field[2]}${conv.text(field[3]!)}`;
        return line;
      }
      if (!/^\s/.test(line)) {
        if (line !== '') inText = false;
        return line;
      }
      const item = /^(\s+-\s+|\s+)(.*)$/.exec(line);
      return inText && item ? `${item[1]}${conv.text(item[2]!)}` : line;
    })
    .join('\n');
}

/** The edits that convert a body's prose (`visitProse`) in place, as `variantTree` converts it. */
function bodyEdits(tree: Root, body: string, conv: VariantText): Edit[] {
  const edits: Edit[] = [];
  const attribute = (node: Nodes, key: ProseAttribute, value: string) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    const slice = body.slice(start, end);
    const at = key === 'alt' ? (slice.startsWith(`![${value}]`) ? 2 : -1) : slice.lastIndexOf(value);
    if (at < 0) return;
    const converted = conv.text(value);
    if (converted !== value) edits.push({ start: start + at, end: start + at + value.length, text: converted });
  };
  // Text nodes made by the GFM literal-autolink transform (`中文 [https://a.io/b] 后面`) have no
  // position: they are found in the source after the previous prose, as the build converts them.
  let cursor = 0;
  const place = (node: Nodes): [number, number] | undefined => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start !== undefined && end !== undefined) return [start, end];
    if (node.type !== 'text' || node.value === '') return undefined;
    const at = body.indexOf(node.value, cursor);
    return at < 0 ? undefined : [at, at + node.value.length];
  };
  /** A node's place and source text; the search for positionless text goes on after it. */
  const take = (node: Nodes): [number, number, string] | undefined => {
    const where = place(node);
    if (where === undefined) return undefined;
    cursor = where[1];
    return [where[0], where[1], body.slice(where[0], where[1])];
  };
  visitProse(tree, {
    text(node) {
      const where = take(node);
      if (where === undefined) return;
      const [start, end, slice] = where;
      const data = node.data as TextMarkup | undefined;
      let converted: string;
      if (data?.tongwen) {
        converted = conv.markup(slice === node.value ? data.tongwen : scanMarkup(slice, data.tongwenOpen === true).segments);
      } else converted = conv.prose(slice);
      if (converted !== slice) edits.push({ start, end, text: converted });
    },
    attribute,
    html(node) {
      const where = take(node);
      if (where === undefined) return;
      const [start, , slice] = where;
      for (const [a, b] of htmlTextRanges(slice)) {
        const piece = slice.slice(a, b);
        const converted = conv.prose(piece);
        if (converted !== piece) edits.push({ start: start + a, end: start + b, text: converted });
      }
    },
  });
  return edits;
}

/** Converts one Markdown document. Throws BuildError (with file:line:col) for markup, glossary or front-matter mistakes. */
/**
 * The text with every edit applied: in one pass, from pieces (a long document
 * has thousands of edits; splicing the whole text once per edit was
 * quadratic). Overlapping edits (none are made today) keep the old order of
 * application, last first.
 */
function applyEdits(text: string, edits: ReadonlyArray<{ start: number; end: number; text: string }>): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const parts: string[] = [];
  let at = 0;
  for (const e of sorted) {
    if (e.start < at || e.end < e.start) {
      let out = text;
      for (const x of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, x.start) + x.text + out.slice(x.end);
      return out;
    }
    parts.push(text.slice(at, e.start), e.text);
    at = e.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

export function convertDocument(source: string, opts: ConvertDocumentOptions): string {
  const crlf = /\r\n/.test(source) && !/(^|[^\r])\n/.test(source);
  const { file, to } = opts;
  const doc = readText(file, source);
  const { text, fm } = doc;
  const errors: SiteError[] = [];
  let from = opts.from;
  if (from === undefined) {
    const lang = fm.data.lang;
    const v = typeof lang === 'string' ? findVariant(lang) : undefined;
    if (lang !== undefined && !v) {
      errors.push(new SiteError({ stage: 'metadata', file, ...fm.placeOf('lang'), message: `unknown lang "${String(lang)}"`, hint: 'use one of zh-Hant, zh-Hans, zh-TW, zh-HK, zh-CN, or pass --from' }));
    }
    from = v?.id ?? opts.defaultLang;
  }
  const { settings, tree } = readBody(doc, opts, errors);
  if (errors.length) throw new BuildError(errors);

  if (opts.format === 'html') {
    const basePath = opts.basePath ?? '/';
    const media = opts.media ? mediaResolver({ root: opts.media.root, basePath, file: opts.media.file }, { responsive: opts.media.responsive }) : undefined;
    return renderBody({ from, tree, settings }, to, { basePath, html: opts.html ?? {}, media, embeds: opts.embeds, conversion: opts.conversion }).html;
  }

  const conv = variantText({ from, to, glossary: settings.glossary, repair: settings.repair, conversion: opts.conversion });
  const bodyStart = text.length - fm.body.length;
  let head = text.slice(0, bodyStart);
  if (bodyStart > 0) {
    const open = head.indexOf('\n') + 1;
    const close = head.lastIndexOf('\n---');
    if (open > 0 && close >= open - 1) head = head.slice(0, open) + convertFrontMatter(head.slice(open, close), conv, to) + head.slice(close);
  }
  const body = applyEdits(fm.body, bodyEdits(tree, fm.body, conv));
  const out = head + body;
  return crlf ? out.replace(/\n/g, '\r\n') : out;
}
