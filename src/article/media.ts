/**
 * An article's media and local references. Pure apart from reading image
 * files (sizes, content hashes), cached per file:
 *
 * - `localRefs`: the local links and images of a source tree, at their
 *   file positions (the build checks them against the output, see
 *   site/refs.ts);
 * - `mediaResolver`: what a page knows about a local image by its `src` —
 *   its width and height (read from the file with image-size) and, for
 *   raster images at least `RESPONSIVE_MIN` wide, responsive AVIF and WebP
 *   sources at `RESPONSIVE_WIDTHS` (`responsivePlan` names them);
 * - `generateMedia`: makes those files with sharp, cached by content hash in
 *   `.tongwen-cache/media/` so a second build encodes nothing.
 *
 * Root-relative sources (`/images/a.png`) are files of static/; relative
 * ones (`cover.png`) sit beside the article, which a page bundle
 * (`content/2024/06/foo/index.md`) copies next to its pages.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { imageSize } from 'image-size';
import type { Nodes, Root } from 'mdast';
import type { MediaInfo } from '../markdown/html.js';
import { positionAt } from '../core/position.js';

/** A local link or image of an article, as written, at its place in the file. */
export interface LocalRef {
  /** `image` (img, srcset, poster), `media` (video, audio, their sources and tracks) or `link` (a page or file). */
  kind: 'image' | 'media' | 'link';
  url: string;
  line: number;
  column: number;
}

/** Whether a URL points into the site (no scheme, not protocol-relative, not only a fragment). */
export function isLocalUrl(url: string): boolean {
  return url !== '' && !url.startsWith('#') && !url.startsWith('//') && !/^[a-z][a-z0-9+.-]*:/i.test(url);
}

/** A start tag of raw HTML: its name and attributes (quoted values may hold `<` and `>`, so an `<img` inside one is no tag). */
const RAW_TAG = /<([A-Za-z][A-Za-z0-9-]*)\b((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
/** What holds no tags: comments, CDATA, and the text of raw-text elements. Blanked (offsets kept) before tags are looked for. */
const NO_TAGS = /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<(script|style|textarea|title|xmp|iframe|noembed|noframes|plaintext)\b(?:[^>"']|"[^"]*"|'[^']*')*>[\s\S]*?(?:<\/\1\s*>|$)/gi;
/** The value of attribute `name` in a start tag's attribute text: double-quoted, single-quoted or bare. */
const ATTRIBUTE_PATTERNS = new Map<string, RegExp>();
function attribute(attrs: string, name: string): string | undefined {
  let re = ATTRIBUTE_PATTERNS.get(name);
  if (!re) ATTRIBUTE_PATTERNS.set(name, (re = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'=<>\`]+))`, 'i')));
  const m = re.exec(attrs);
  return m ? decodeEntities(m[1] ?? m[2] ?? m[3] ?? '') : undefined;
}

/** The URLs of a `srcset` (`a.png 1x, b.png 2x`): the first word of each candidate. */
function srcsetUrls(srcset: string): string[] {
  return srcset.split(',').map((c) => c.trim().split(/\s+/)[0] ?? '').filter((u) => u !== '');
}

/** Which attributes of which raw HTML elements name a file of the site, and what kind of reference each is. */
const RAW_REF_ATTRIBUTES: Readonly<Record<string, ReadonlyArray<readonly [attr: string, kind: LocalRef['kind'], srcset?: true]>>> = {
  img: [['src', 'image'], ['srcset', 'image', true]],
  source: [['src', 'media'], ['srcset', 'image', true]],
  video: [['src', 'media'], ['poster', 'image']],
  audio: [['src', 'media']],
  track: [['src', 'media']],
  a: [['href', 'link']],
};

/** The files every start tag of raw HTML names (`<img src srcset>`, `<video src poster>`, `<audio>`, `<source>`, `<track>`, `<a href>`), with the tag's offset in `html`. */
function rawRefs(html: string): Array<{ kind: LocalRef['kind']; url: string; offset: number }> {
  const text = html.replace(NO_TAGS, (m) => ' '.repeat(m.length));
  const out: Array<{ kind: LocalRef['kind']; url: string; offset: number }> = [];
  for (const m of text.matchAll(RAW_TAG)) {
    const wanted = RAW_REF_ATTRIBUTES[m[1]!.toLowerCase()];
    if (!wanted) continue;
    for (const [attr, kind, isSrcset] of wanted) {
      const value = attribute(m[2] ?? '', attr);
      if (value === undefined) continue;
      for (const url of isSrcset ? srcsetUrls(value) : [value]) out.push({ kind, url, offset: m.index });
    }
  }
  return out;
}

/**
 * The local links and images of a source tree: Markdown links, images and
 * definitions at their node, and the files raw HTML names (`<img src
 * srcset>`, `<video src poster>`, `<audio src>`, `<source src srcset>`,
 * `<track src>`, `<a href>`, which the sanitizer keeps) at their tag. `bodyLine` is the file line of the body's
 * first line; `body` is the body's text (raw HTML is placed in it).
 */
export function localRefs(tree: Root, bodyLine: number, body?: string): LocalRef[] {
  const out: LocalRef[] = [];
  const walk = (n: Nodes) => {
    if ((n.type === 'image' || n.type === 'link' || n.type === 'definition') && isLocalUrl(n.url)) {
      out.push({ kind: n.type === 'image' ? 'image' : 'link', url: n.url, line: (n.position?.start.line ?? 1) + bodyLine - 1, column: n.position?.start.column ?? 1 });
    }
    if (n.type === 'html' && body !== undefined && n.position?.start.offset !== undefined) {
      // Matched in the body itself (not the node's value, which loses a block quote's `>` prefixes), so offsets are the file's.
      const start = n.position.start.offset;
      for (const { kind, url, offset } of rawRefs(body.slice(start, n.position.end.offset ?? start + n.value.length))) {
        if (!isLocalUrl(url)) continue;
        const at = positionAt(body, start + offset);
        out.push({ kind, url, line: at.line + bodyLine - 1, column: at.column });
      }
    }
    if ('children' in n) for (const c of n.children as Nodes[]) walk(c);
  };
  walk(tree);
  return out;
}

/** The few character references an attribute value's URL may hold (`&amp;`, numeric). */
function decodeEntities(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#([0-9]+);/g, (_, d: string) => String.fromCodePoint(parseInt(d, 10)))
    .replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** Widths of responsive images (each one narrower than the image; the image's own width is added). */
export const RESPONSIVE_WIDTHS = [480, 960, 1440] as const;
/** Narrower images get sizes only, no responsive sources. */
export const RESPONSIVE_MIN = 320;
/** Modern formats offered before the image's own, best first. */
export const RESPONSIVE_FORMATS = [
  { format: 'avif', type: 'image/avif' },
  { format: 'webp', type: 'image/webp' },
] as const;
/** The `sizes` of article images: the column is at most about 46rem wide. */
export const RESPONSIVE_SIZES = '(max-width: 48rem) 100vw, 46rem';
const RASTER = /\.(png|jpe?g|webp)$/i;

/** Where the site lives and which article is being read. */
export interface MediaContext {
  /** The site folder. */
  root: string;
  basePath: string;
  /** The article's source path, relative to the root (`content/2024/06/foo/index.md`). */
  file: string;
}

/** The source file (relative to the root, `/`-separated) of a local image `src` as a page writes it, if it is local. */
export function sourceFileOf(src: string, ctx: MediaContext): string | undefined {
  if (!isLocalUrl(src)) return undefined;
  let path: string;
  try {
    path = decodeURIComponent(src.replace(/[?#].*$/, ''));
  } catch {
    return undefined;
  }
  if (path.startsWith('/')) return path.startsWith(ctx.basePath) ? posix.join('static', path.slice(ctx.basePath.length)) : undefined;
  return posix.normalize(posix.join(posix.dirname(ctx.file), path));
}

interface ImageFacts {
  width: number;
  height: number;
  /** First 12 hex digits of the SHA-256 of the file. */
  hash: string;
}

const facts = new Map<string, { mtime: number; size: number; facts: ImageFacts | undefined }>();

/** Size and content hash of an image file (undefined when it is missing or not an image), cached by path, mtime and size. */
export function imageFacts(path: string): ImageFacts | undefined {
  let st;
  try {
    st = statSync(path);
  } catch {
    return undefined;
  }
  const hit = facts.get(path);
  if (hit && hit.mtime === st.mtimeMs && hit.size === st.size) return hit.facts;
  let f: ImageFacts | undefined;
  try {
    const bytes = readFileSync(path);
    const dim = imageSize(bytes);
    const swap = (dim.orientation ?? 1) >= 5;
    if (dim.width && dim.height) f = { width: swap ? dim.height : dim.width, height: swap ? dim.width : dim.height, hash: createHash('sha256').update(bytes).digest('hex').slice(0, 12) };
  } catch {
    f = undefined;
  }
  facts.set(path, { mtime: st.mtimeMs, size: st.size, facts: f });
  return f;
}

/** One file of a responsive image: its width, format and path in the output (relative to the output folder). */
export interface ResponsiveFile {
  width: number;
  format: string;
  out: string;
}

/** The responsive files of an image `file` (relative to the root) of this size and hash: the same names in every build. */
export function responsivePlan(file: string, f: ImageFacts): ResponsiveFile[] {
  if (!RASTER.test(file) || f.width < RESPONSIVE_MIN) return [];
  const stem = posix.basename(file).replace(/\.[^.]+$/, '').replace(/[^\p{L}\p{N}_-]+/gu, '-') || 'image';
  const widths = [...RESPONSIVE_WIDTHS.filter((w) => w < f.width), f.width];
  const own = file.toLowerCase().endsWith('.png') ? 'png' : file.toLowerCase().endsWith('.webp') ? 'webp' : 'jpeg';
  const formats = [...new Set([...RESPONSIVE_FORMATS.map((x) => x.format), own])];
  return formats.flatMap((format) => widths.map((width) => ({ width, format, out: `assets/media/${f.hash}/${stem}-${width}.${format === 'jpeg' ? 'jpg' : format}` })));
}

const TYPES: Record<string, string> = { avif: 'image/avif', webp: 'image/webp', png: 'image/png', jpeg: 'image/jpeg' };

/** What a page knows about its local images (by `src` as the page writes it); `responsive: false` gives sizes only. */
export function mediaResolver(ctx: MediaContext, opts: { responsive: boolean; planned?: Set<string> }): (src: string) => MediaInfo | undefined {
  return (src) => {
    const file = sourceFileOf(src, ctx);
    if (file === undefined) return undefined;
    const f = imageFacts(join(ctx.root, file));
    if (!f) return undefined;
    const info: MediaInfo = { width: f.width, height: f.height };
    const plan = opts.responsive ? responsivePlan(file, f) : [];
    if (plan.length === 0) return info;
    opts.planned?.add(file);
    const url = (p: ResponsiveFile) => encodeURI(ctx.basePath + p.out);
    const srcset = (format: string) => plan.filter((p) => p.format === format).map((p) => `${url(p)} ${p.width}w`).join(', ');
    const formats = [...new Set(plan.map((p) => p.format))];
    const own = formats.at(-1)!;
    info.sources = formats.slice(0, -1).map((format) => ({ type: TYPES[format]!, srcset: srcset(format) }));
    info.srcset = srcset(own);
    info.sizes = RESPONSIVE_SIZES;
    return info;
  };
}

/** The output paths of the responsive files of `images` (source paths relative to the root), sorted: what `generateMedia` makes, without making them. */
export function plannedMedia(root: string, images: Iterable<string>): string[] {
  const out = new Set<string>();
  for (const image of images) {
    const f = imageFacts(join(root, image));
    if (f) for (const file of responsivePlan(image, f)) out.add(file.out);
  }
  return [...out].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The cache folder of generated media (git-ignored). */
export const MEDIA_CACHE = join('.tongwen-cache', 'media');

/**
 * Makes every responsive file of `images` (source paths relative to the
 * root) with sharp, in `<root>/.tongwen-cache/media/` under its output name
 * (which holds the content hash): a file already there is not encoded
 * again. Returns `[cached file, output path]` pairs to copy into the output.
 */
export async function generateMedia(root: string, images: Iterable<string>): Promise<Array<[string, string]>> {
  const jobs = new Map<string, { source: string; file: ResponsiveFile }>();
  for (const image of images) {
    const f = imageFacts(join(root, image));
    if (!f) continue;
    for (const file of responsivePlan(image, f)) jobs.set(file.out, { source: image, file });
  }
  if (jobs.size === 0) return [];
  const { default: sharp } = await import('sharp');
  const cache = join(root, MEDIA_CACHE);
  const out: Array<[string, string]> = [];
  for (const [rel, { source, file }] of [...jobs].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const cached = join(cache, rel.replace(/^assets\/media\//, ''));
    if (!existsSync(cached)) {
      mkdirSync(dirname(cached), { recursive: true });
      const img = sharp(join(root, source)).rotate().resize({ width: file.width, withoutEnlargement: true });
      const encoded = file.format === 'avif' ? img.avif({ effort: 2 }) : file.format === 'webp' ? img.webp() : file.format === 'png' ? img.png() : img.jpeg({ mozjpeg: true });
      const tmp = `${cached}.tmp-${process.pid}`;
      await encoded.toFile(tmp);
      renameSync(tmp, cached);
    }
    out.push([cached, rel]);
  }
  return out;
}
