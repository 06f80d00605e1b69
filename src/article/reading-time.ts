/**
 * Reading time of an article from its HTML: Chinese (and Japanese, Korean)
 * is read by characters, about 400 a minute; Latin text by words, about 200
 * a minute. Counted on the text of the variant's body, tags and entities
 * removed, so code and URLs in attributes do not count.
 */

/** Chinese characters read per minute. */
export const CHARACTERS_PER_MINUTE = 400;
/** Latin words read per minute. */
export const WORDS_PER_MINUTE = 200;

/** The visible text of an HTML fragment: tags dropped, the few entities the HTML compiler writes decoded. */
export function htmlText(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(?:#(\d+)|#x([0-9a-f]+)|(amp|lt|gt|quot|apos|nbsp));/gi, (_, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
      if (dec) return String.fromCodePoint(Number(dec));
      if (hex) return String.fromCodePoint(parseInt(hex, 16));
      return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' } as Record<string, string>)[name!.toLowerCase()] ?? ' ';
    });
}

const CJK = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]$/u;
const WORD = /^[\p{Script=Latin}\p{N}]$/u;
/** Class of each code point met so far: 0 not yet seen, else 1 + (CJK ? 1 : 0) + (Latin or number ? 2 : 0). */
const classes = new Uint8Array(0x110000);

function classOf(cp: number): number {
  let k = classes[cp]!;
  if (k === 0) {
    const c = String.fromCodePoint(cp);
    k = 1 + (CJK.test(c) ? 1 : 0) + (WORD.test(c) ? 2 : 0);
    classes[cp] = k;
  }
  return k - 1;
}

/**
 * Characters and words of a text: CJK characters one by one, Latin (and digit) runs as words — a word is
 * `[\p{Script=Latin}\p{N}]+(?:['’.-][\p{Script=Latin}\p{N}]+)*`, read left to right as that regular
 * expression matches (a scan over code points, each one's class tested once per thread).
 */
export function countText(text: string): { characters: number; words: number } {
  let characters = 0;
  let words = 0;
  const n = text.length;
  /** Code point at `i` (a lone surrogate as itself) and its length. */
  const at = (i: number): number => {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) return 0x10000 + ((c - 0xd800) << 10) + (low - 0xdc00);
    }
    return c;
  };
  const isSeparator = (c: number) => c === 0x27 || c === 0x2019 || c === 0x2e || c === 0x2d;
  let inWord = false;
  for (let i = 0; i < n; ) {
    const cp = at(i);
    const len = cp > 0xffff ? 2 : 1;
    const k = classOf(cp);
    if (k & 1) characters++;
    if (k & 2) {
      if (!inWord) words++;
      inWord = true;
    } else if (inWord && isSeparator(cp) && i + 1 < n && classOf(at(i + 1)) & 2) {
      // A separator between two runs keeps the word going.
    } else inWord = false;
    i += len;
  }
  return { characters, words };
}

/** Minutes to read an HTML body, rounded up, at least 1. */
export function readingMinutes(html: string): number {
  const { characters, words } = countText(htmlText(html));
  return Math.max(1, Math.ceil(characters / CHARACTERS_PER_MINUTE + words / WORDS_PER_MINUTE));
}
