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

/** Characters and words of a text: CJK characters one by one, Latin (and digit) runs as words. */
export function countText(text: string): { characters: number; words: number } {
  const characters = text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu)?.length ?? 0;
  const words = text.match(/[\p{Script=Latin}\p{N}]+(?:['’.-][\p{Script=Latin}\p{N}]+)*/gu)?.length ?? 0;
  return { characters, words };
}

/** Minutes to read an HTML body, rounded up, at least 1. */
export function readingMinutes(html: string): number {
  const { characters, words } = countText(htmlText(html));
  return Math.max(1, Math.ceil(characters / CHARACTERS_PER_MINUTE + words / WORDS_PER_MINUTE));
}
