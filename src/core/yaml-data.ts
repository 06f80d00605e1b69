/**
 * The one YAML loader for every YAML text tongwen reads — front matter,
 * `tongwen.config.yaml`, `glossary.yaml` — with limits, so hostile YAML
 * gives a positioned SiteError instead of a stack trace, a hang or an
 * out-of-memory crash:
 *
 * - nesting deeper than MAX_YAML_DEPTH (`[[[[…]]]]`, `- - - -`, indentation
 *   ten thousand levels deep) is refused before the parser sees it (the
 *   `yaml` library recurses, and a 10,000-deep flow sequence exhausts its
 *   memory);
 * - an alias bomb (`b: [*a, *a, …]` over and over) is refused at its first
 *   alias: the library's limit of MAX_YAML_ALIASES expanded nodes per alias
 *   throws a ReferenceError, caught here;
 * - syntax errors are placed by `yamlErrorPlace` (an unclosed quote at its
 *   opening quote).
 */
import type { Document } from 'yaml';
import { yamlLib } from './yaml-lib.js';
import { SiteError, type Stage } from './errors.js';
import { positionAt, yamlErrorPlace } from './position.js';

/** Deepest nesting of mappings and lists accepted (front matter needs 3, a glossary 2). */
export const MAX_YAML_DEPTH = 64;
/** The `yaml` library's limit on the nodes one alias may expand to (its default). */
export const MAX_YAML_ALIASES = 100;

export interface YamlSource {
  /** Path used in messages. */
  file: string;
  stage: Stage;
  /** The whole file, when the YAML is part of it (front matter); positions are in it. Default: the YAML itself. */
  fileText?: string;
  /** Where the YAML starts in `fileText`. */
  offset?: number;
  /** Hint for syntax errors. */
  hint?: string;
}

export interface YamlData {
  doc: Document;
  /** The document as plain data (YAML 1.2 core schema: dates stay strings); null for an empty document. */
  data: unknown;
}

/**
 * The deepest nesting in a YAML text, found without parsing (so in linear
 * time and constant stack): flow brackets outside quotes and comments, plus
 * the levels of block indentation, plus `- `/`? ` markers at a line's start
 * (`- - - x` is three lists). An over-estimate for odd texts (a block
 * scalar's indentation counts), which only matters past MAX_YAML_DEPTH.
 * Returns the depth and where it first passed MAX_YAML_DEPTH (else where it was reached).
 */
export function yamlDepth(text: string): { depth: number; offset: number } {
  let max = 0;
  let maxAt = 0;
  let over: number | undefined;
  const reach = (depth: number, at: number) => {
    if (depth > max) {
      max = depth;
      maxAt = at;
    }
    if (depth > MAX_YAML_DEPTH && over === undefined) over = at;
  };
  const indents: number[] = [];
  let flow = 0;
  let quote: '"' | "'" | undefined;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let end = text.indexOf('\n', lineStart);
    if (end < 0) end = text.length;
    let i = lineStart;
    while (i < end && (text[i] === ' ' || text[i] === '\t')) i++;
    const blank = i === end || text[i] === '#';
    if (!blank && flow === 0 && quote === undefined) {
      const indent = i - lineStart;
      while (indents.length && indents[indents.length - 1]! >= indent) indents.pop();
      indents.push(indent);
      let markers = 0;
      while (i + 1 < end && (text[i] === '-' || text[i] === '?') && (text[i + 1] === ' ' || text[i + 1] === '\t')) {
        markers++;
        i += 2;
        while (i < end && text[i] === ' ') i++;
      }
      reach(indents.length + markers, i);
    }
    for (let j = i; j < end; j++) {
      const c = text[j];
      if (quote !== undefined) {
        if (c === quote) {
          if (quote === "'" && text[j + 1] === "'") j++;
          else quote = undefined;
        } else if (c === '\\' && quote === '"') j++;
        continue;
      }
      if (c === '#' && (j === lineStart || text[j - 1] === ' ' || text[j - 1] === '\t')) break;
      if ((c === '"' || c === "'") && opensScalar(text, lineStart, j)) quote = c;
      else if (c === '[' || c === '{') {
        flow++;
        reach(indents.length + flow, j);
      } else if ((c === ']' || c === '}') && flow > 0) flow--;
    }
    lineStart = end + 1;
  }
  return { depth: max, offset: over ?? maxAt };
}

/** Whether a quote at `j` starts a quoted scalar: first on its line, after `[`, `{` or `,`, or after `:`, `-` or `?` and a space (elsewhere it is part of a plain scalar). */
function opensScalar(text: string, lineStart: number, j: number): boolean {
  let k = j - 1;
  while (k >= lineStart && (text[k] === ' ' || text[k] === '\t')) k--;
  if (k < lineStart) return true;
  // `[`, `{` and `,` open a value right away; `:`, `-` and `?` only before a space (`a:'b` and `x-'y` are plain text).
  return '[{,'.includes(text[k]!) || (':-?'.includes(text[k]!) && k < j - 1);
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Parses a YAML text within the limits; throws a positioned SiteError for anything it cannot turn into data. */
export function parseYamlData(yaml: string, source: YamlSource): YamlData {
  const fileText = source.fileText ?? yaml;
  const offset = source.offset ?? 0;
  const fail = (at: number, message: string, hint: string): never => {
    throw new SiteError({ stage: source.stage, file: source.file, ...positionAt(fileText, offset + at), message, hint });
  };

  const { parseDocument, visit } = yamlLib();
  const { depth, offset: deepest } = yamlDepth(yaml);
  if (depth > MAX_YAML_DEPTH) {
    fail(deepest, `YAML nested more than ${MAX_YAML_DEPTH} levels deep`, 'flatten the lists and mappings; tongwen never needs more than a few levels');
  }
  let doc: Document;
  try {
    doc = parseDocument(yaml, { prettyErrors: false, uniqueKeys: true });
  } catch (error) {
    if (error instanceof RangeError) fail(0, 'YAML too complex to read', 'simplify it: fewer nested lists and mappings');
    throw error;
  }
  const first = doc.errors[0];
  if (first) {
    if (first.code === 'RESOURCE_EXHAUSTION') fail(first.pos[0], 'YAML too complex to read', 'simplify it: fewer nested lists and mappings');
    throw new SiteError({
      stage: source.stage,
      file: source.file,
      ...yamlErrorPlace(doc, first, fileText, offset),
      hint: source.hint ?? 'check quotes, colons and indentation',
    });
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
  } catch (error) {
    if (!(error instanceof ReferenceError) && !(error instanceof RangeError)) throw error;
    let at = 0;
    visit(doc, {
      Alias(_key, node) {
        at = node.range?.[0] ?? 0;
        return visit.BREAK;
      },
    });
    fail(
      at,
      /alias/i.test(error.message) ? `YAML aliases expand to too much data (more than ${MAX_YAML_ALIASES} nodes for one alias): an alias bomb` : 'YAML too complex to read',
      'write the values out instead of repeating `*alias` references',
    );
  }
  // A lone surrogate (`"\uD800"`) cannot be written as UTF-8: it would become U+FFFD in every page.
  let lone: number | undefined;
  visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value === 'string' && LONE_SURROGATE.test(node.value)) {
        lone = node.range?.[0] ?? 0;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  if (lone !== undefined) fail(lone, 'a lone surrogate escape (\\uD800–\\uDFFF without its pair) is not a character', 'write the character itself, or both halves of the pair (\\uD83D\\uDE00)');
  return { doc, data: data ?? null };
}
