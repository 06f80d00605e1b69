/**
 * Keyword slugs: readable, script-neutral and the same in every variant —
 * pinyin syllables for Chinese (英伟达 → `ying-wei-da`), the slugified text
 * for Latin (`GPU` → `gpu`) — never empty and never shared by two keywords.
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { compare } from '../core/errors.js';
import { slugify } from '../content/slug.js';

let pinyinFn: typeof import('pinyin-pro').pinyin | undefined;

/** pinyin-pro's `pinyin`, loaded at the first slug (its dictionary is ~70 ms of module evaluation, which render workers and most commands never need). */
function pinyin(): typeof import('pinyin-pro').pinyin {
  pinyinFn ??= (createRequire(import.meta.url)('pinyin-pro') as typeof import('pinyin-pro')).pinyin;
  return pinyinFn;
}

/**
 * The base slug of a keyword key (before collisions are resolved): each Han
 * character becomes its toneless pinyin (ü as `v`), other runs are slugified,
 * parts are joined by hyphens. Falls back to a hash for a key that gives
 * nothing (never empty); a slug over `MAX_SLUG_BYTES` is cut and ends in a
 * hash of the key.
 */
export function baseSlug(key: string): string {
  const parts = pinyin()(key, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true });
  const slug = slugify(parts.map((p) => slugify(p)).filter((p) => p !== '').join('-'));
  return slug === '' ? `k-${hash(key, 8)}` : shortened(slug, key);
}

/** Longest base slug in UTF-8 bytes: a path segment becomes a folder name, and file systems limit those (255 bytes). */
export const MAX_SLUG_BYTES = 80;

/** A slug over `MAX_SLUG_BYTES`, cut after a whole syllable or word and followed by a hash of the full key. */
function shortened(slug: string, key: string): string {
  if (Buffer.byteLength(slug) <= MAX_SLUG_BYTES) return slug;
  const room = MAX_SLUG_BYTES - 9;
  let cut = '';
  let bytes = 0;
  for (const ch of slug) {
    bytes += Buffer.byteLength(ch);
    if (bytes > room) break;
    cut += ch;
  }
  const hyphen = cut.lastIndexOf('-');
  if (hyphen > 0 && slug.charAt(cut.length) !== '-') cut = cut.slice(0, hyphen);
  return `${cut.replace(/-+$/, '')}-${hash(key, 8)}`;
}

function hash(text: string, length: number): string {
  return createHash('sha1').update(text).digest('hex').slice(0, length);
}

/**
 * Slugs for a set of keys, deterministic for a given set: when several keys
 * share a base slug, the one first in code-point order keeps it and the others
 * get `-` and a short hash of their own key (so their slug does not depend on
 * the order of articles or on which other keywords exist).
 */
export function assignSlugs(keys: Iterable<string>): Map<string, string> {
  const sorted = [...new Set(keys)].sort(compare);
  const bases = new Map<string, string>();
  for (const key of sorted) bases.set(key, baseSlug(key));
  const used = new Set<string>();
  const out = new Map<string, string>();
  const losers: string[] = [];
  for (const key of sorted) {
    const base = bases.get(key)!;
    if (used.has(base)) losers.push(key);
    else {
      used.add(base);
      out.set(key, base);
    }
  }
  for (const key of losers) {
    const base = bases.get(key)!;
    for (let n = 4; ; n += 2) {
      const slug = n > 40 ? `${base}-${hash(key, 40)}-${used.size}` : `${base}-${hash(key, n)}`;
      if (!used.has(slug)) {
        used.add(slug);
        out.set(key, slug);
        break;
      }
    }
  }
  return out;
}

/** The index letter of a keyword: `A`–`Z` from its slug's first letter (pinyin initial for Chinese), `#` otherwise. */
export function initialOf(slug: string): string {
  const first = slug.charAt(0);
  return /^[a-z]$/.test(first) ? first.toUpperCase() : '#';
}
