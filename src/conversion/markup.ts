/**
 * Inline conversion markup, compatible with MediaWiki's LanguageConverter:
 *
 * - `-{文字}-` (or `-{R|文字}-`): the text as written, in every variant;
 * - `-{zh-Hans:计算机;zh-Hant:電腦;zh-TW:電腦;}-`: one form per variant, with
 *   MediaWiki's fallbacks for a variant that is not given (zh-TW → zh-Hant →
 *   zh-HK; zh-HK → zh-Hant → zh-TW; zh-Hant → zh-TW → zh-HK; zh-CN → zh-Hans;
 *   zh-Hans → zh-CN) and, as a last resort, the nearest given form converted.
 *
 * Pure string functions: `scanMarkup` splits a text into segments and reports
 * problems by offset; `renderSegments` writes the segments for one variant.
 */
import { findVariant, type VariantId } from './variants.js';

/** A piece of text: prose to convert, text to keep as written, or one form per variant. */
export type Segment =
  | { kind: 'text'; text: string }
  | { kind: 'raw'; text: string }
  | { kind: 'choice'; forms: Partial<Record<VariantId, string>> };

/** A mistake in markup, at the offset of the `-{` that opens it. */
export interface MarkupProblem {
  offset: number;
  message: string;
  hint: string;
}

export interface ScanResult {
  segments: Segment[];
  /**
   * Set when the text ends inside a `-{` that it does not close: the offset
   * of that `-{` (-1 when the text started inside one) and the text after it.
   */
  open?: { offset: number; content: string };
  problems: MarkupProblem[];
}

const OPEN = '-{';
const CLOSE = '}-';
const SYNTAX_HINT = 'write -{text}- to keep text as written, or -{zh-Hans:…;zh-Hant:…}- for one form per variant';

/** Variant codes tongwen accepts in markup, lower case → id. */
const CODE = /(^|;)\s*(zh(?:-[A-Za-z]+)*)\s*:/gi;
const STARTS_WITH_CODE = /^\s*zh(?:-[A-Za-z]+)*\s*:/i;
/** MediaWiki's flags (`-{R|…}-`, `-{H|…}-`, …): only R (raw) has a meaning in a static page. */
const FLAGS = /^\s*([A-Za-z-](?:\s*;\s*[A-Za-z-])*)\s*\|/;

/** Whether text (the inside of a `-{…}-`) starts like a per-variant choice, `zh-Hans:…`. */
export function looksLikeChoice(content: string): boolean {
  return STARTS_WITH_CODE.test(content);
}

/** Reads the inside of one `-{…}-`; `offset` is where its `-{` is, for problems. */
function interpret(content: string, offset: number, problems: MarkupProblem[]): Segment {
  const flags = FLAGS.exec(content);
  if (flags) {
    const list = flags[1]!.split(';').map((f) => f.trim().toUpperCase());
    if (list.length === 1 && list[0] === 'R') return { kind: 'raw', text: content.slice(flags[0].length) };
    problems.push({
      offset,
      message: `-{${flags[1]}|…}-: MediaWiki flag ${list.join(';')} is not supported`,
      hint: `${SYNTAX_HINT}; -{R|text}- is accepted too`,
    });
    return { kind: 'raw', text: content.slice(flags[0].length) };
  }
  if (!looksLikeChoice(content)) return { kind: 'raw', text: content };

  const forms: Partial<Record<VariantId, string>> = {};
  const marks = [...content.matchAll(CODE)];
  for (let k = 0; k < marks.length; k++) {
    const m = marks[k]!;
    const code = m[2]!;
    const start = m.index + m[0].length;
    const next = marks[k + 1];
    const end = next ? next.index : content.length;
    const value = content.slice(start, end).replace(/;\s*$/, '').trim();
    const variant = findVariant(code);
    if (!variant) {
      problems.push({ offset, message: `unknown variant "${code}" in -{…}-`, hint: 'use zh-Hans, zh-Hant, zh-CN, zh-TW or zh-HK' });
      continue;
    }
    if (forms[variant.id] !== undefined) {
      problems.push({ offset, message: `variant ${variant.id} is given twice in -{…}-`, hint: 'give each variant once' });
      continue;
    }
    forms[variant.id] = value;
  }
  return { kind: 'choice', forms };
}

function nestedProblem(offset: number): MarkupProblem {
  return { offset, message: '-{ inside -{…}- is not supported', hint: 'close the first -{…}- with }- before opening another' };
}

function pushText(segments: Segment[], text: string): void {
  if (text === '') return;
  const last = segments.at(-1);
  if (last?.kind === 'text') last.text += text;
  else segments.push({ kind: 'text', text });
}

/**
 * Splits text into segments. `startsOpen`: the text continues a `-{` opened
 * in an earlier piece (a Markdown text node before some formatting); its
 * content up to the first `}-` is then kept as written.
 */
export function scanMarkup(text: string, startsOpen = false): ScanResult {
  const segments: Segment[] = [];
  const problems: MarkupProblem[] = [];
  let i = 0;
  if (startsOpen) {
    const end = text.indexOf(CLOSE);
    const nested = text.indexOf(OPEN);
    if (nested >= 0 && (end < 0 || nested < end)) problems.push(nestedProblem(nested));
    if (end < 0) return { segments: [{ kind: 'raw', text }], open: { offset: -1, content: text }, problems };
    if (end > 0) segments.push({ kind: 'raw', text: text.slice(0, end) });
    i = end + CLOSE.length;
  }
  for (;;) {
    const start = text.indexOf(OPEN, i);
    if (start < 0) {
      pushText(segments, text.slice(i));
      break;
    }
    pushText(segments, text.slice(i, start));
    const from = start + OPEN.length;
    const end = text.indexOf(CLOSE, from);
    const nested = text.indexOf(OPEN, from);
    if (nested >= 0 && (end < 0 || nested < end)) problems.push(nestedProblem(nested));
    if (end < 0) {
      const content = text.slice(from);
      segments.push({ kind: 'raw', text: content });
      return { segments, open: { offset: start, content }, problems };
    }
    segments.push(interpret(text.slice(from, end), start, problems));
    i = end + CLOSE.length;
  }
  return { segments, problems };
}

/** The problems of a whole string (a title, an image's alt text): an unclosed `-{` is one. */
export function markupProblems(text: string): MarkupProblem[] {
  if (!text.includes(OPEN)) return [];
  const r = scanMarkup(text);
  const problems = [...r.problems];
  if (r.open) problems.push(unclosedProblem(r.open.offset));
  return problems;
}

/** The problem of a `-{` that is never closed. */
export function unclosedProblem(offset: number): MarkupProblem {
  return { offset, message: '-{ is never closed with }-', hint: `end the markup with }- (${SYNTAX_HINT})` };
}

/** Variants to use, in order, when a choice does not give the wanted one (MediaWiki's fallbacks). */
export const FALLBACKS: Readonly<Record<VariantId, readonly VariantId[]>> = {
  'zh-Hant': ['zh-TW', 'zh-HK'],
  'zh-TW': ['zh-Hant', 'zh-HK'],
  'zh-HK': ['zh-Hant', 'zh-TW'],
  'zh-Hans': ['zh-CN'],
  'zh-CN': ['zh-Hans'],
};

/** Forms of the other script, nearest first: converted when no form of the variant's own script is given. */
const LAST_RESORT: Readonly<Record<VariantId, readonly VariantId[]>> = {
  'zh-Hant': ['zh-Hans', 'zh-CN'],
  'zh-TW': ['zh-Hans', 'zh-CN'],
  'zh-HK': ['zh-Hans', 'zh-CN'],
  'zh-Hans': ['zh-Hant', 'zh-TW', 'zh-HK'],
  'zh-CN': ['zh-Hant', 'zh-TW', 'zh-HK'],
};

/**
 * The form for `target`: the given one or a fallback (`exact` — used as
 * written), else the nearest form of the other script (to be converted from
 * `from`); undefined when no form is given at all.
 */
export function chooseForm(
  forms: Partial<Record<VariantId, string>>,
  target: VariantId,
): { text: string; from: VariantId; exact: boolean } | undefined {
  for (const v of [target, ...FALLBACKS[target]]) {
    const text = forms[v];
    if (text !== undefined) return { text, from: v, exact: true };
  }
  for (const v of LAST_RESORT[target]) {
    const text = forms[v];
    if (text !== undefined) return { text, from: v, exact: false };
  }
  return undefined;
}

/**
 * Writes segments for one variant: prose through `convert`, kept text as
 * written, choices by `chooseForm` (converting a form of the other script
 * with `convertFrom`).
 */
export function renderSegments(
  segments: readonly Segment[],
  target: VariantId,
  convert: (text: string) => string,
  convertFrom: (text: string, from: VariantId) => string,
): string {
  let out = '';
  for (const s of segments) {
    if (s.kind === 'text') out += convert(s.text);
    else if (s.kind === 'raw') out += s.text;
    else {
      const form = chooseForm(s.forms, target);
      if (form) out += form.exact ? form.text : convertFrom(form.text, form.from);
    }
  }
  return out;
}
