/**
 * An article's summary when its front matter gives none: the first text
 * block (a paragraph, list item or table row, as prose — never raw HTML,
 * code or URLs) that is not site boilerplate, cut at a sentence end.
 */

/** Longest automatic summary, in characters (code points). */
export const SUMMARY_LENGTH = 120;

/** Characters that end a sentence (Chinese and Latin), and closing marks that may follow them. */
const SENTENCE_END = new Set([...'。！？!?；;…']);
const CLOSERS = /[」』”’）)\]】"'》]/u;

/**
 * `text` cut to at most `max` characters: at the last sentence end within
 * them when that keeps at least a third of the room (no ellipsis), else at
 * `max` with `…`. A text that fits is returned whole.
 */
export function cutSummary(text: string, max = SUMMARY_LENGTH): string {
  const chars = [...text.replace(/\s+/gu, ' ').trim()];
  if (chars.length <= max) return chars.join('');
  let cut = -1;
  for (let i = 0; i < max; i++) {
    const c = chars[i]!;
    if (!SENTENCE_END.has(c) && !(c === '.' && (chars[i + 1] ?? ' ') === ' ')) continue;
    let end = i + 1;
    while (end < max && CLOSERS.test(chars[end]!)) end++;
    cut = end;
  }
  if (cut >= Math.ceil(max / 3)) return chars.slice(0, cut).join('').trim();
  return `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}

/**
 * The summary of a body given as text blocks (`[kind, text]`, kind `h` for
 * headings): the first non-heading block that `skip` does not reject (by its
 * index; boilerplate), cut with `cutSummary`; '' when there is none.
 */
export function summaryFromBlocks(blocks: readonly (readonly [string, string])[], skip: (index: number) => boolean = () => false, max = SUMMARY_LENGTH): string {
  for (let i = 0; i < blocks.length; i++) {
    const [kind, text] = blocks[i]!;
    if (kind === 'h' || skip(i) || text.trim() === '') continue;
    return cutSummary(text, max);
  }
  return '';
}
