/**
 * One error type for every stage of a build, and one formatter.
 *
 * Errors print as `path:line:col: stage: message` followed by an indented hint,
 * the way compilers and Hugo print them, so editors can jump to the place.
 */

/** The stage of the pipeline an error comes from. */
export type Stage =
  | 'usage'
  | 'config'
  | 'read'
  | 'front matter'
  | 'metadata'
  | 'markdown'
  | 'url'
  | 'keywords'
  | 'template'
  | 'static'
  | 'output'
  | 'lint';

/** An error stops the build (and fails `check`); a warning is reported and does not (`check --strict` counts it). */
export type Severity = 'error' | 'warning';

/** Where an error is: a file (relative to the site root when inside it) and a 1-based position. */
export interface Place {
  file?: string | undefined;
  line?: number | undefined;
  column?: number | undefined;
}

export interface SiteErrorInit extends Place {
  stage: Stage;
  message: string;
  hint?: string | undefined;
  /** Default `error`. */
  severity?: Severity | undefined;
  /** The `check` rule that found it (`lang`, `mixed-script`…); undefined for errors a build stops on. */
  rule?: string | undefined;
  cause?: unknown;
}

/**
 * An error a user can fix: it knows its file, position, stage and a hint.
 * `tongwen check` reports its lint findings in the same type (with a
 * severity and a rule), so everything prints through one formatter.
 */
export class SiteError extends Error {
  readonly stage: Stage;
  readonly severity: Severity;
  readonly rule: string | undefined;
  readonly file: string | undefined;
  readonly line: number | undefined;
  readonly column: number | undefined;
  readonly hint: string | undefined;

  constructor(init: SiteErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = 'SiteError';
    this.stage = init.stage;
    this.file = init.file;
    this.line = init.line;
    this.column = init.column;
    this.hint = init.hint;
    this.severity = init.severity ?? 'error';
    this.rule = init.rule;
  }

  /** Plain data, for sending across worker threads. */
  toJSON(): SiteErrorInit {
    const out: SiteErrorInit = { stage: this.stage, message: this.message };
    if (this.file !== undefined) out.file = this.file;
    if (this.line !== undefined) out.line = this.line;
    if (this.column !== undefined) out.column = this.column;
    if (this.hint !== undefined) out.hint = this.hint;
    if (this.severity !== 'error') out.severity = this.severity;
    if (this.rule !== undefined) out.rule = this.rule;
    return out;
  }
}

/** Several errors at once: a build collects them all before failing. */
export class BuildError extends Error {
  /** Sorted, each distinct error once (a template error can fail every page it renders). */
  readonly errors: readonly SiteError[];
  constructor(errors: readonly SiteError[]) {
    const unique = sortErrors(errors).filter((e, i, all) => i === 0 || formatError(e) !== formatError(all[i - 1]!));
    super(`${unique.length} error${unique.length === 1 ? '' : 's'}`);
    this.name = 'BuildError';
    this.errors = unique;
  }
}

/** The location prefix `file:line:col` (parts that are unknown are left out). */
export function formatPlace(place: Place): string {
  if (place.file === undefined) return '';
  let out = place.file;
  if (place.line !== undefined) {
    out += `:${place.line}`;
    if (place.column !== undefined) out += `:${place.column}`;
  }
  return out;
}

/**
 * `path:line:col: stage: message` plus `  hint: …` on the next line; given
 * the file's text, the line itself follows with a caret under the column.
 * A warning says so (`warning: stage: …`); a `check` rule's finding names
 * its rule instead of the stage, as compilers do: `warning[mixed-script]: …`.
 */
export function formatError(error: SiteError, source?: string): string {
  const place = formatPlace(error);
  const kind = error.rule !== undefined ? `${error.severity}[${error.rule}]` : error.severity === 'warning' ? `warning: ${error.stage}` : error.stage;
  let out = `${place ? `${place}: ` : ''}${kind}: ${error.message}`;
  if (error.hint) out += `\n  hint: ${error.hint}`;
  if (source !== undefined && error.line !== undefined) {
    for (const line of codeFrame(source, error.line, error.column)) out += `\n    ${line}`;
  }
  return out;
}

/** Display width of a character in a terminal: 2 for East Asian wide and full-width ones. */
function displayWidth(ch: string): number {
  return /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]|[\u{20000}-\u{3FFFD}]/u.test(ch) ? 2 : 1;
}

/**
 * The source line of a position and, when the column is known, a caret
 * under it (aligned for wide CJK characters and tabs):
 *
 *     3 | date: 2024-13-45
 *       |       ^
 *
 * Empty when the line is not in the text.
 */
export function codeFrame(source: string, line: number, column?: number): string[] {
  const text = lineAt(source, line);
  if (text === undefined) return [];
  // A long line (a 200,000-character paragraph, 10,000 keywords) is shown around the column only.
  let chars = [...text];
  let col = column;
  let lead = '';
  let tail = '';
  if (chars.length > FRAME_WIDTH) {
    const at = Math.min(Math.max(0, (column ?? 1) - 1), chars.length);
    const start = Math.max(0, Math.min(at - FRAME_WIDTH / 2, chars.length - FRAME_WIDTH));
    if (start > 0) lead = '…';
    if (start + FRAME_WIDTH < chars.length) tail = '…';
    chars = chars.slice(start, start + FRAME_WIDTH);
    if (col !== undefined) col = col - start + lead.length;
    chars = [...lead, ...chars, ...tail];
  }
  const shown = chars.join('').replace(/\t/g, '  ');
  const number = String(line);
  const frame = [`${number} | ${shown}`];
  if (col !== undefined) {
    const before = chars.slice(0, col - 1);
    const width = before.reduce((w, ch) => w + (ch === '\t' ? 2 : displayWidth(ch)), 0);
    frame.push(`${' '.repeat(number.length)} | ${' '.repeat(width)}^`);
  }
  return frame;
}

/** Code points of a source line shown in a code frame at most. */
const FRAME_WIDTH = 120;

/** Line `n` (1-based) of a text, without splitting the whole text. */
function lineAt(source: string, n: number): string | undefined {
  let start = 0;
  for (let i = 1; i < n; i++) {
    const next = source.indexOf('\n', start);
    if (next < 0) return undefined;
    start = next + 1;
  }
  if (start > source.length) return undefined;
  const end = source.indexOf('\n', start);
  return source.slice(start, end < 0 ? source.length : end).replace(/\r$/, '');
}

/** Errors in a stable order: by file, then position, then message. */
export function sortErrors(errors: readonly SiteError[]): SiteError[] {
  return [...errors].sort(
    (a, b) =>
      compare(a.file ?? '', b.file ?? '') ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      compare(a.message, b.message),
  );
}

/** Code-unit string comparison: locale-independent, so output order never depends on the machine. */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Turns any thrown value into SiteErrors; unknown errors are programming errors and are rethrown. */
export function asSiteErrors(error: unknown): SiteError[] {
  if (error instanceof BuildError) return [...error.errors];
  if (error instanceof SiteError) return [error];
  throw error;
}
