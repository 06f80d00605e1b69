/** URL slugs from text (article slugs, keyword slugs). */

/**
 * Normalizes text into a URL slug: NFKC (full-width letters become ASCII),
 * lower case, letters and digits of any script kept, everything else folded
 * into single hyphens; a Windows device name (`con`, `nul`…) gets a trailing
 * `_`. May return '' (the caller decides what that means).
 */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M}_]+/gu, '-')
    .replace(/^[-_]+|[-_]+$/g, '')
    .replace(/-{2,}/g, '-');
  // Windows cannot create a folder named after a device (con, nul, com1…): such a slug gets a trailing `_`.
  return WINDOWS_DEVICES.test(slug) ? `${slug}_` : slug;
}

/** Device names Windows reserves in every folder, whatever the extension. */
const WINDOWS_DEVICES = /^(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/;

