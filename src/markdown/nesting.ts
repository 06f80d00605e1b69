/**
 * Refusing Markdown nested too deep, before remark sees it. The parser and
 * every tree walk after it recurse: blockquotes, lists, emphasis or HTML
 * elements nested 10,000 deep exhaust the stack (`Maximum call stack size
 * exceeded`), and micromark resolves nested emphasis in super-linear time
 * (10,000 levels: minutes). No article needs more than a few levels, so
 * past MAX_NESTING the article is an error at the place where the limit is
 * passed. One linear scan of the text, fenced code skipped:
 *
 * - containers: per line, the `>` and list markers (`-`, `*`, `+`, `1.`,
 *   `1)`) at its start, plus its indentation (two spaces a level);
 * - emphasis: per paragraph, `*`, `_` and `~` runs that can open emphasis
 *   (not followed by a space, preceded by a space or punctuation) minus those
 *   that can close it;
 * - HTML: open tags minus closing tags, over the whole text (void and
 *   self-closing elements do not nest).
 */

/** Deepest nesting of blockquotes and lists, of emphasis, and of HTML elements accepted. */
export const MAX_NESTING = 256;

export interface NestingProblem {
  /** 1-based, in the Markdown text. */
  line: number;
  column: number;
  message: string;
  hint: string;
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
const LIST_MARKER = /^(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const TAG = /<(\/?)([A-Za-z][A-Za-z0-9-]*)\b[^<>]*?(\/?)>/g;

/** Whether a character is whitespace or punctuation (what emphasis flanking looks at). */
function spaceOrPunct(ch: string | undefined): boolean {
  return ch === undefined || /[\s\p{P}\p{S}]/u.test(ch);
}

/** Column (1-based, code points) of `index` in `line`. */
function columnOf(line: string, index: number): number {
  return [...line.slice(0, index)].length + 1;
}

/** The first place where `markdown` nests deeper than MAX_NESTING, or undefined. */
export function nestingProblem(markdown: string, limit = MAX_NESTING): NestingProblem | undefined {
  const lines = markdown.split('\n');
  let fence: string | undefined;
  let emphasis = 0;
  let html = 0;
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!;
    const place = (index: number) => ({ line: n + 1, column: columnOf(line, index) });
    if (fence !== undefined) {
      const m = FENCE.exec(line.replace(/^(?:\s*(?:>|[-*+]|\d{1,9}[.)])(?=\s))*\s*/, ''));
      if (m && m[1]![0] === fence[0] && m[1]!.length >= fence.length) fence = undefined;
      continue;
    }

    // Containers at the line's start.
    let i = 0;
    let depth = 0;
    let indent = 0;
    for (;;) {
      let spaces = 0;
      while (i < line.length && (line[i] === ' ' || line[i] === '\t')) {
        spaces += line[i] === '\t' ? 4 : 1;
        i++;
      }
      // Indentation before the first marker nests lists; spaces after a marker are its padding.
      if (depth === 0) indent += spaces;
      if (line[i] === '>') {
        depth++;
        i++;
      } else {
        const m = LIST_MARKER.exec(line.slice(i, i + 12));
        if (!m) break;
        depth++;
        i += m[0].length;
      }
      if (depth + Math.floor(indent / 2) > limit) {
        return { ...place(i), message: `blockquotes and lists nested more than ${limit} levels deep`, hint: 'flatten the quotes and lists; no article needs this many levels' };
      }
    }
    if (depth + Math.floor(indent / 2) > limit) {
      return { ...place(i), message: `blockquotes and lists nested more than ${limit} levels deep`, hint: 'flatten the quotes and lists; no article needs this many levels' };
    }
    const rest = line.slice(i);
    const open = FENCE.exec(rest);
    if (open) {
      fence = open[1]!;
      continue;
    }
    if (rest.trim() === '') {
      emphasis = 0;
      continue;
    }

    // Emphasis delimiter runs in the paragraph.
    for (let j = i; j < line.length; j++) {
      const c = line[j]!;
      if (c === '\\') {
        j++;
        continue;
      }
      if (c !== '*' && c !== '_' && c !== '~') continue;
      let k = j;
      while (k < line.length && line[k] === c) k++;
      const before = line[j - 1];
      const after = line[k];
      const opens = after !== undefined && !/\s/.test(after) && (j === 0 || spaceOrPunct(before));
      const closes = j > 0 && before !== undefined && !/\s/.test(before) && spaceOrPunct(after);
      if (opens && !closes) {
        emphasis++;
        if (emphasis > limit) {
          return { ...place(j), message: `more than ${limit} emphasis markers (${c}) open at once in one paragraph`, hint: `close the emphasis, or escape the markers as \\${c}` };
        }
      } else if (closes && !opens && emphasis > 0) emphasis--;
      j = k - 1;
    }

    // HTML elements.
    TAG.lastIndex = 0;
    for (let m = TAG.exec(line); m; m = TAG.exec(line)) {
      const name = m[2]!.toLowerCase();
      if (VOID.has(name) || m[3] === '/') continue;
      if (m[1] === '/') {
        if (html > 0) html--;
      } else {
        html++;
        if (html > limit) {
          return { ...place(m.index), message: `HTML elements nested more than ${limit} levels deep`, hint: 'close the elements (or remove them); no article needs this many levels' };
        }
      }
    }
  }
  return undefined;
}
