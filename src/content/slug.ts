/** URL slugs from text (article slugs, keyword slugs). */

/**
 * Normalizes text into a URL slug: NFKC (full-width letters become ASCII),
 * lower case, letters and digits of any script kept, everything else folded
 * into single hyphens. May return '' (the caller decides what that means).
 */
export function slugify(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M}_]+/gu, '-')
    .replace(/^[-_]+|[-_]+$/g, '')
    .replace(/-{2,}/g, '-');
}

