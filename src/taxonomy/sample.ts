/**
 * Which articles give the document frequencies of automatic keywords: plain
 * arithmetic, apart from the segmenter (taxonomy/terms.ts), so that a build
 * that finds nothing changed loads neither it nor the converters.
 */

/** Document frequencies for automatic keywords come from about this many articles with keywords (and all without). */
export const TERM_SAMPLE_SIZE = 400;

/** One article with keywords in how many has its terms counted, for a site of `articles` articles. */
export function termSampleFor(articles: number): number {
  return Math.max(1, Math.floor(articles / TERM_SAMPLE_SIZE));
}

/**
 * Whether an article with keywords is in the sample whose terms give the
 * document frequencies (every article without keywords is counted anyway):
 * one in `every`, chosen by a hash of its file path, so the same articles are
 * chosen in every build.
 */
export function inTermSample(file: string, every: number): boolean {
  if (every <= 0) return false;
  if (every === 1) return true;
  let h = 0x811c9dc5;
  for (let i = 0; i < file.length; i++) h = Math.imul(h ^ file.charCodeAt(i), 0x01000193);
  return (h >>> 0) % every === 0;
}
