/**
 * A fast path for the front matter most articles have: one `key: value`
 * line per field, each value a plain scalar that is a string, a quoted
 * string without escapes, or a flow list of such strings
 * (`keywords: ["a", "b"]`). Anything else — block lists, comments, escapes,
 * anchors, tags, numbers, booleans, nulls, tabs, control characters, a
 * repeated key — returns undefined, and the caller parses the text with
 * `yaml` (yaml-data.ts), which stays the one parser for errors and positions.
 *
 * Where it answers, it answers what `yaml` (YAML 1.2 core schema) answers:
 * test/yaml-fast.test.ts compares the two over the 4000-article corpus and
 * over generated lines.
 */

/** Plain scalars the core schema reads as something other than a string (or may: the fast path leaves them to `yaml`). */
const SPECIAL = /^(?:~|[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?)$/;
/** Characters the fast path never reads (tabs, control and line-separator characters, BOM, surrogates): `yaml` decides. */
const UNUSUAL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff\ud800-\udfff]/;
/** `key: ` at a line's start: a key without spaces or indicators, then `: `. */
const LINE = /^([^\s\-?:,[\]{}#&*!|>'"%@`<][^\s:#,[\]{}]{0,99}): +(.*)$/;
/** A plain scalar's first character may not be an indicator. */
const PLAIN_START = /^[^\s\-?:,[\]{}#&*!|>'"%@`]/;

/** A single-line scalar as a string, or undefined; `flow` for an item of a flow list (`,[]{}` end it). */
function scalar(text: string, flow: boolean): string | undefined {
  const c = text[0];
  if (c === '"') return /^"([^"\\]*)"$/.exec(text)?.[1];
  if (c === "'") return /^'([^']*)'$/.exec(text)?.[1];
  if (!PLAIN_START.test(text) || SPECIAL.test(text)) return undefined;
  if (/:(?: |$)| #| $/.test(text)) return undefined;
  if (flow && /[,[\]{}:#]/.test(text)) return undefined;
  return text;
}

/** A flow list of scalars (`["a", "b"]`, `[a, b]`, `[]`), or undefined. */
function flowList(text: string): string[] | undefined {
  if (!text.endsWith(']')) return undefined;
  const inner = text.slice(1, -1).trim();
  if (inner === '') return [];
  const items: string[] = [];
  let i = 0;
  while (i <= inner.length) {
    let end: number;
    if (inner[i] === '"' || inner[i] === "'") {
      const close = inner.indexOf(inner[i]!, i + 1);
      if (close < 0) return undefined;
      end = close + 1;
    } else {
      end = inner.indexOf(',', i);
      if (end < 0) end = inner.length;
    }
    const raw = inner.slice(i, end).trimEnd();
    const value = scalar(raw, true);
    if (value === undefined || raw === '') return undefined;
    items.push(value);
    let j = end;
    while (inner[j] === ' ') j++;
    if (j >= inner.length) return items;
    if (inner[j] !== ',') return undefined;
    j++;
    while (inner[j] === ' ') j++;
    if (j >= inner.length) return undefined; // a trailing comma: left to yaml
    i = j;
  }
  return undefined;
}

/** The data of a front matter of simple `key: value` lines, as `yaml` reads it; undefined for anything else. */
export function simpleYamlMapping(text: string): Record<string, unknown> | undefined {
  if (UNUSUAL.test(text)) return undefined;
  const data: Record<string, unknown> = {};
  let fields = 0;
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    const m = LINE.exec(line);
    if (!m) return undefined;
    const key = m[1]!;
    if (key === '__proto__' || SPECIAL.test(key) || Object.hasOwn(data, key)) return undefined;
    const raw = m[2]!.trimEnd();
    const value = raw.startsWith('[') ? flowList(raw) : scalar(raw, false);
    if (value === undefined) return undefined;
    data[key] = value;
    fields++;
  }
  return fields === 0 ? undefined : data;
}
