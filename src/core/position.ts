/**
 * Positions in source files, computed one way for every file tongwen reads
 * (articles, the config, glossary.yaml): 1-based lines and columns, columns
 * counting code points as editors do for CJK text.
 *
 * - `positionAt`: an offset in a text;
 * - `placeInNode`: a character of a Markdown node's value, found in the
 *   node's source (escapes and entities make value and source differ);
 * - `yamlKeyPlace`: a key or value of a YAML document;
 * - `yamlErrorPlace`: a YAML syntax error (an unclosed quote at its opening quote).
 */
import type { Document, YAMLError } from 'yaml';
import { yamlLib } from './yaml-lib.js';

/** A 1-based position in a file. */
export interface Position {
  line: number;
  column: number;
}

/** 1-based line and column of a character offset in a text. Columns count code points. */
export function positionAt(text: string, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  const column = [...text.slice(lineStart, offset)].length + 1;
  return { line, column };
}

/** A node with a place in its source (an mdast node: `position` as remark gives it). */
export interface SourceNode {
  position?: { start: { line: number; column: number; offset?: number | undefined }; end: { offset?: number | undefined } } | undefined;
}

/**
 * The position in `source` of `needle` at `index` of a node's `value` (by
 * default the code point there): the same occurrence of it in the node's
 * source, the node's start when there is none. `value` may differ from the
 * source (escapes, entities, markup), so offsets cannot be added; the k-th
 * occurrence of a character is where an editor shows it.
 */
export function placeInNode(node: SourceNode, value: string, index: number, source: string, needle = codePointAt(value, index)): Position {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  const fallback = { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
  if (start === undefined || end === undefined || needle === '') return fallback;
  let k = 0;
  for (let i = value.indexOf(needle); i >= 0 && i < index; i = value.indexOf(needle, i + needle.length)) k++;
  const slice = source.slice(start, end);
  let at = slice.indexOf(needle);
  for (let j = 0; j < k && at >= 0; j++) at = slice.indexOf(needle, at + needle.length);
  return at < 0 ? fallback : positionAt(source, start + at);
}

/** The code point at `index` of `text` as a string ('' past the end). */
function codePointAt(text: string, index: number): string {
  const c = text.codePointAt(index);
  return c === undefined ? '' : String.fromCodePoint(c);
}

/** Where to point in a YAML mapping entry: its key, or its value (its key when it has none). */
export type YamlPart = 'key' | 'value';

/**
 * The position of the entry at `path` (keys from the document's top) in
 * `text`; the document's start for an empty path; undefined when there is no
 * such entry. `offset` is where the YAML starts in `text` (front matter
 * inside an article).
 */
export function yamlKeyPlace(doc: Document, path: readonly string[], text: string, opts: { part?: YamlPart; offset?: number } = {}): Position | undefined {
  const { isMap, isScalar, isSeq } = yamlLib();
  let node: unknown = doc.contents;
  let start = rangeStart(node);
  for (let p = 0; p < path.length; p++) {
    // An index into a sequence (conversion.prefer.1): the item itself.
    if (isSeq(node) && /^\d+$/.test(path[p]!)) {
      node = node.items[Number(path[p])];
      start = rangeStart(node);
      if (node === undefined) return undefined;
      continue;
    }
    if (!isMap(node)) return undefined;
    const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === path[p]);
    if (!pair) return undefined;
    node = pair.value;
    start = p === path.length - 1 && opts.part === 'key' ? rangeStart(pair.key) : rangeStart(pair.value ?? pair.key);
  }
  return start === undefined ? undefined : positionAt(text, (opts.offset ?? 0) + start);
}

function rangeStart(node: unknown): number | undefined {
  return (node as { range?: [number, number, number] | null } | null | undefined)?.range?.[0];
}

/**
 * Offset in the YAML source at which to report `error`. The `yaml` library
 * places an unclosed quote at the end of the text it swallowed (often lines
 * later, or past the end of the file); editors should jump to the opening
 * quote instead.
 */
export function yamlErrorOffset(doc: Document, error: YAMLError): number {
  const at = error.pos[0];
  if (error.code === 'MISSING_CHAR' && /quote/i.test(error.message)) {
    let start: number | undefined;
    const { visit } = yamlLib();
    visit(doc, {
      Scalar(_key, node) {
        if ((node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') && node.range && node.range[1] === at) {
          start = node.range[0];
          return visit.BREAK;
        }
        return undefined;
      },
    });
    if (start !== undefined) return start;
  }
  return at;
}

/**
 * Where to report a YAML syntax error of `doc` in `text` (the YAML starting
 * at `offset` of it), and the message to print: `invalid YAML: …`.
 */
export function yamlErrorPlace(doc: Document, error: YAMLError, text: string, offset = 0): Position & { message: string } {
  return { ...positionAt(text, offset + yamlErrorOffset(doc, error)), message: `invalid YAML: ${error.message.split('\n')[0]}` };
}
