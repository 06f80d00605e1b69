/**
 * mdast → HTML: mdast-util-to-hast, raw HTML parsed (hast-util-raw), held to
 * the allowlist (hast-util-sanitize's GitHub schema, widened by the site
 * config and the embeds allowlist), then the page's own structure added to
 * the sanitized tree — heading ids and anchor links, `<figure>` for images
 * standing alone with their title as caption, image sizes and lazy loading,
 * responsive sources, `<video>`/`<audio>` for media files, sandboxed and
 * responsive iframes from the embed hosts — and serialized with
 * hast-util-to-html. `<sup>` survives; `<script>`, `style`, event handlers
 * and `javascript:` URLs do not, and `droppedHtml` says what was dropped and
 * where, for warnings.
 */
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import { raw } from 'hast-util-raw';
import { find, html as htmlSpace } from 'property-information';
import type { Root as MdastRoot, Nodes as MdastNodes } from 'mdast';
import type { Element, ElementContent, Nodes as HastNodes, Root as HastRoot, Parents as HastParents, Properties } from 'hast';
import { positionAt, type Position } from '../core/position.js';
import { HEADING_ID_PROPERTY } from './headings.js';
import { hastToHtml } from './hast-html.js';
import { mdastToHast, type Converted } from './mdast-hast.js';
export type { HastOptions } from './mdast-hast.js';

export { DEFAULT_EMBEDS, EMBED_SANDBOX, NEVER_ATTRIBUTES, NEVER_TAGS, type HtmlAllowance } from './html-policy.js';
import { DEFAULT_EMBEDS, EMBED_SANDBOX, NEVER_ATTRIBUTES, NEVER_TAGS, type HtmlAllowance } from './html-policy.js';

const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];
const HEADING_TAGS: ReadonlySet<string> = new Set(HEADINGS);

/** Media elements always kept, with the attributes a player needs. */
const MEDIA_ATTRIBUTES: Record<string, string[]> = {
  video: ['src', 'controls', 'poster', 'width', 'height', 'preload', 'loop', 'muted', 'playsInline'],
  audio: ['src', 'controls', 'preload', 'loop', 'muted'],
  source: ['src', 'type'],
  track: ['src', 'kind', 'srcLang', 'label', 'default'],
  iframe: ['src', 'title', 'width', 'height', 'allowFullScreen'],
};

/**
 * The sanitize schema: GitHub's, plus `<u>`, `<video>`, `<audio>` (with
 * sources and tracks), `<iframe>` (only the embed hosts reach it, see
 * `compile`), heading ids, and what the site allows. `style`, `on*` and
 * `javascript:` stay out regardless.
 */
export function sanitizeSchema(allow: HtmlAllowance = {}): Schema {
  const attributes: Record<string, Array<string | [string, ...unknown[]]>> = {};
  for (const [tag, list] of Object.entries(defaultSchema.attributes ?? {})) attributes[tag] = [...(list as string[])];
  for (const [tag, list] of Object.entries(MEDIA_ATTRIBUTES)) attributes[tag] = [...(attributes[tag] ?? []), ...list];
  for (const h of HEADINGS) attributes[h] = [...(attributes[h] ?? []), HEADING_ID_PROPERTY];
  for (const [tag, list] of Object.entries(allow.attributes ?? {})) {
    // Written as HTML attribute names (`allowfullscreen`); the schema wants hast property names (`allowFullScreen`).
    const safe = list.filter((a) => !NEVER_ATTRIBUTES.test(a)).map((a) => find(htmlSpace, a).property);
    attributes[tag] = [...(attributes[tag] ?? []), ...safe];
  }
  const tagNames = [...(defaultSchema.tagNames ?? []), 'u', ...Object.keys(MEDIA_ATTRIBUTES), ...(allow.tags ?? []).filter((t) => !NEVER_TAGS.test(t))];
  // `<style>` is dropped with its text (GitHub's schema only strips `<script>`), so CSS never shows as prose.
  const strip = [...(defaultSchema.strip ?? []), 'style'];
  const protocols = { ...defaultSchema.protocols, poster: ['http', 'https'] };
  return { ...defaultSchema, tagNames, strip, protocols, attributes: attributes as Schema['attributes'] };
}

/** Whether the site lifted the embed allowlist by allowing `iframe` itself (`html: { tags: [iframe] }`). */
function anyIframe(schema: Schema): boolean {
  return (schema.tagNames ?? []).filter((t) => t === 'iframe').length > 1;
}

/** Whether an iframe `src` is an https URL on one of the embed hosts (or a subdomain of one). */
export function embedAllowed(src: unknown, hosts: readonly string[]): boolean {
  if (typeof src !== 'string') return false;
  let url: URL;
  try {
    url = new URL(src.startsWith('//') ? `https:${src}` : src);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:') return false;
  const host = url.hostname.toLowerCase();
  return hosts.some((h) => host === h.toLowerCase() || host.endsWith(`.${h.toLowerCase()}`));
}

/** The prefix mdast-util-to-hast and hast-util-sanitize both put before ids (DOM clobbering protection). */
const CLOBBER_PREFIX = 'user-content-';

/** Parses raw HTML inside every parent that holds some, so the sanitizer sees real elements. */
function parseRaw(node: HastParents): void {
  if (node.children.some((c) => c.type === 'raw')) {
    const parsed = raw({ type: 'root', children: node.children } as HastRoot) as HastRoot;
    node.children = parsed.children as typeof node.children;
    return;
  }
  for (const child of node.children) if ('children' in child) parseRaw(child);
}

/**
 * Drops the clobber prefix mdast-util-to-hast gives footnote ids: the
 * sanitizer adds it again, so ids match the `#user-content-fn-1` links
 * instead of becoming `user-content-user-content-fn-1`.
 */
function unprefixIds(node: HastParents): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    const id = child.properties.id;
    if (typeof id === 'string' && id.startsWith(CLOBBER_PREFIX)) child.properties.id = id.slice(CLOBBER_PREFIX.length);
    unprefixIds(child);
  }
}

/** Removes iframes whose `src` is not on an embed host (before sanitizing: the schema keeps `<iframe>`). */
function removeForeignIframes(node: HastParents, hosts: readonly string[]): void {
  const foreign = (c: HastParents['children'][number]) => c.type === 'element' && c.tagName === 'iframe' && !embedAllowed(c.properties.src, hosts);
  if (node.children.some(foreign)) node.children = node.children.filter((c) => !foreign(c)) as typeof node.children;
  for (const child of node.children) if ('children' in child) removeForeignIframes(child, hosts);
}

/** Texts of the footnote section in the page's script: `label` (the heading) and `backLabel` (`{n}` = reference number). */
export interface FootnoteLabels {
  label: string;
  backLabel: string;
}

/** What the page knows about a local image (or video) it shows. */
export interface MediaInfo {
  width?: number;
  height?: number;
  /** Responsive sources, best first: `<source type srcset>` in a `<picture>`. */
  sources?: Array<{ type: string; srcset: string }>;
  /** `srcset` of the image in its own format. */
  srcset?: string;
  /** `sizes` for every srcset. */
  sizes?: string;
}

/** One heading of a body, for a table of contents. */
export interface BodyHeading {
  depth: number;
  id: string;
  text: string;
}

/** Per-body inputs of the compiler. */
export interface CompileOptions {
  labels?: FootnoteLabels | undefined;
  /** `aria-label` of each heading's anchor link (default `#`). */
  anchorLabel?: string | undefined;
  /** What is known about a local image by its `src` as the page writes it. */
  media?: ((src: string) => MediaInfo | undefined) | undefined;
  /** Embed hosts for iframes (default `DEFAULT_EMBEDS`). */
  embeds?: readonly string[] | undefined;
}

/** A compiled body: its HTML, its headings (with their ids) and its first image. */
export interface CompiledBody {
  html: string;
  headings: BodyHeading[];
  cover?: { src: string; width?: number; height?: number } | undefined;
}

/** The whole article (body and footnote section) to hast, with raw HTML parsed. */
function articleHast(node: MdastRoot, labels: FootnoteLabels | undefined, convert: typeof mdastToHast): Converted {
  const converted = convert(
    node,
    labels
      ? {
          footnoteLabel: labels.label,
          footnoteBackLabel: (reference: number, rereference: number) =>
            labels.backLabel.replace('{n}', String(reference + 1) + (rereference > 1 ? `-${rereference}` : '')),
        }
      : {},
  );
  if (converted.rawSeen) parseRaw(converted.tree);
  unprefixIds(converted.tree);
  return converted;
}

const el = (tagName: string, properties: Properties, children: ElementContent[] = []): Element => ({ type: 'element', tagName, properties, children });
const isBlank = (n: ElementContent) => n.type === 'text' && n.value.trim() === '';

/** The one child of a paragraph that is not blank text, when it is an element; undefined otherwise. */
function soleContent(p: Element): Element | undefined {
  let only: ElementContent | undefined;
  for (const c of p.children) {
    if (isBlank(c)) continue;
    if (only) return undefined;
    only = c;
  }
  return only?.type === 'element' ? only : undefined;
}

function textOf(n: HastNodes): string {
  if (n.type === 'text') return n.value;
  if ('children' in n) return (n.children as HastNodes[]).map(textOf).join('');
  return '';
}

const VIDEO = /\.(mp4|m4v|webm|ogv|mov)$/i;
const AUDIO = /\.(mp3|m4a|aac|oga|ogg|opus|wav|flac)$/i;
const pathOf = (src: string) => src.replace(/[?#].*$/, '');

/** The ids the tree's Markdown headings were given (`assignHeadingIds`). */
function assignedIds(tree: MdastRoot): Set<string> {
  const out = new Set<string>();
  const walk = (n: MdastNodes) => {
    if (n.type === 'heading') {
      const id = (n.data as { hProperties?: Record<string, unknown> } | undefined)?.hProperties?.[HEADING_ID_PROPERTY];
      if (typeof id === 'string') out.add(id);
    }
    if ('children' in n) for (const c of n.children as MdastNodes[]) walk(c);
  };
  walk(tree);
  return out;
}

/** `assignedIds` from the `hProperties` of every heading (the fast mdast → hast path collects them). */
function idsOf(headingProperties: ReadonlyArray<Record<string, unknown>>): Set<string> {
  const out = new Set<string>();
  for (const props of headingProperties) {
    const id = props[HEADING_ID_PROPERTY];
    if (typeof id === 'string') out.add(id);
  }
  return out;
}

/** The page's structure on the sanitized tree (see the file comment). */
function finish(tree: HastRoot, ids: ReadonlySet<string>, opts: CompileOptions, filtered: boolean): Omit<CompiledBody, 'html'> {
  const headings: BodyHeading[] = [];
  let cover: CompiledBody['cover'];
  let images = 0;
  const image = (img: Element): Element => {
    const src = typeof img.properties.src === 'string' ? img.properties.src : '';
    const info = src ? opts.media?.(src) : undefined;
    if (VIDEO.test(pathOf(src)) || AUDIO.test(pathOf(src))) {
      const tag = VIDEO.test(pathOf(src)) ? 'video' : 'audio';
      const props: Properties = { src, controls: true, preload: 'metadata' };
      if (tag === 'video' && info?.width && info.height) Object.assign(props, { width: info.width, height: info.height });
      const label = typeof img.properties.alt === 'string' && img.properties.alt !== '' ? img.properties.alt : src;
      return el(tag, props, [el('a', { href: src }, [{ type: 'text', value: label }])]);
    }
    if (info?.width && info.height && img.properties.width === undefined && img.properties.height === undefined) {
      img.properties.width = info.width;
      img.properties.height = info.height;
    }
    if (images++ > 0) img.properties.loading = 'lazy';
    else if (src) cover = { src, ...(typeof img.properties.width === 'number' && typeof img.properties.height === 'number' ? { width: img.properties.width, height: img.properties.height } : {}) };
    if (info?.srcset) {
      img.properties.srcSet = info.srcset;
      if (info.sizes) img.properties.sizes = info.sizes;
    }
    if (info?.sources?.length) {
      return el('picture', {}, [...info.sources.map((s) => el('source', { type: s.type, srcSet: s.srcset, ...(info.sizes ? { sizes: info.sizes } : {}) })), img]);
    }
    return img;
  };
  const iframe = (f: Element): Element => {
    const src = String(f.properties.src);
    Object.assign(f.properties, { sandbox: EMBED_SANDBOX, loading: 'lazy', referrerPolicy: 'strict-origin-when-cross-origin', allowFullScreen: true });
    if (typeof f.properties.title !== 'string' || f.properties.title === '') {
      f.properties.title = (() => {
        try {
          return new URL(src.startsWith('//') ? `https:${src}` : src).hostname;
        } catch {
          return 'embed';
        }
      })();
    }
    return el('div', { className: ['embed'] }, [f]);
  };
  const visit = (parent: HastParents) => {
    const out: ElementContent[] = [];
    for (const child of parent.children as ElementContent[]) {
      if (child.type !== 'element') {
        out.push(child);
        continue;
      }
      // GFM column alignment as a class (`align` on cells is obsolete HTML): .align-left, .align-center, .align-right.
      if ((child.tagName === 'td' || child.tagName === 'th') && typeof child.properties.align === 'string') {
        const align = child.properties.align.toLowerCase();
        delete child.properties.align;
        if (align === 'left' || align === 'center' || align === 'right') child.properties.className = [...(Array.isArray(child.properties.className) ? child.properties.className.map(String) : []), `align-${align}`];
      }
      if (HEADING_TAGS.has(child.tagName)) {
        const id = child.properties[HEADING_ID_PROPERTY];
        delete child.properties[HEADING_ID_PROPERTY];
        visit(child);
        if (typeof id === 'string' && ids.has(id)) {
          child.properties.id = id;
          headings.push({ depth: Number(child.tagName[1]), id, text: textOf(child).trim() });
          child.children.push({ type: 'text', value: ' ' }, el('a', { className: ['heading-anchor'], href: `#${id}`, ariaLabel: opts.anchorLabel ?? '#' }, [{ type: 'text', value: '#' }]));
        }
        out.push(child);
        continue;
      }
      // A paragraph that is one image (or media file, or embed) alone: a figure, its title the caption.
      if (child.tagName === 'p') {
        const only = soleContent(child);
        if (only?.tagName === 'img') {
          const title = typeof only.properties.title === 'string' ? only.properties.title.trim() : '';
          delete only.properties.title;
          const media = image(only);
          out.push(el('figure', {}, title ? [media, el('figcaption', {}, [{ type: 'text', value: title }])] : [media]));
          continue;
        }
        if (only?.tagName === 'iframe' && filtered) {
          out.push(iframe(only));
          continue;
        }
      }
      if (child.tagName === 'img') {
        out.push(image(child));
        continue;
      }
      if (child.tagName === 'iframe' && filtered && parent.type === 'root') {
        out.push(iframe(child));
        continue;
      }
      if (child.tagName === 'iframe' && filtered) {
        Object.assign(child.properties, { sandbox: EMBED_SANDBOX, loading: 'lazy', referrerPolicy: 'strict-origin-when-cross-origin' });
      }
      if ((child.tagName === 'video' || child.tagName === 'audio') && child.properties.controls === undefined) child.properties.controls = true;
      visit(child);
      out.push(child);
    }
    parent.children = out as typeof parent.children;
  };
  visit(tree);
  return { headings, cover };
}

/** A compiled body before serializing: the sanitized, finished hast. */
export interface CompiledTree extends Omit<CompiledBody, 'html'> {
  tree: HastRoot;
}

/**
 * The compiler's tree step for one sanitize schema: mdast → the finished hast that `htmlCompiler` serializes.
 * `convert` is the mdast → hast step (the tests pass the library's `toHast` to compare).
 */
export function hastCompiler(schema: Schema, convert: typeof mdastToHast = mdastToHast): (tree: MdastRoot, opts?: CompileOptions) => CompiledTree {
  const filtered = !anyIframe(schema);
  return (tree, opts = {}) => {
    const converted = articleHast(tree, opts.labels, convert);
    const hast = converted.tree;
    // Without raw HTML, the fast path makes no iframe (only raw HTML or an `hName` can).
    if (filtered && !(converted.fast && !converted.rawSeen)) removeForeignIframes(hast, opts.embeds ?? DEFAULT_EMBEDS);
    const safe = sanitize(hast, schema) as HastRoot;
    const { headings, cover } = finish(safe, converted.headingProperties ? idsOf(converted.headingProperties) : assignedIds(tree), opts, filtered);
    return { tree: safe, headings, cover };
  };
}

/** Builds an HTML compiler for one sanitize schema (build it once per build). */
export function htmlCompiler(schema: Schema): (tree: MdastRoot, opts?: CompileOptions) => CompiledBody {
  const compile = hastCompiler(schema);
  return (tree, opts = {}) => {
    const { tree: safe, headings, cover } = compile(tree, opts);
    const result = hastToHtml(safe);
    return { html: result && /[^\r\n]/.test(result.charAt(result.length - 1)) ? `${result}\n` : result, headings, cover };
  };
}

/** An element or attribute of an article's raw HTML that the sanitizer drops. */
export interface DroppedHtml extends Position {
  message: string;
  hint: string;
}

const TAG = /<([A-Za-z][A-Za-z0-9-]*)\b((?:[^>"']|"[^"]*"|'[^']*')*)>/g;

/**
 * What the sanitizer will drop from a tree's raw HTML, at its place in
 * `source` (the Markdown the tree was parsed from): elements outside the
 * schema (their text is kept; `<script>`/`<style>` go with theirs), iframes
 * from hosts outside the embeds, event-handler attributes. One finding per
 * kind and element name per tree (with a count of the others).
 */
export function droppedHtml(tree: MdastRoot, source: string, schema: Schema, embeds: readonly string[] = DEFAULT_EMBEDS): DroppedHtml[] {
  const allowed = new Set((schema.tagNames ?? []).map((t) => t.toLowerCase()));
  const strip = new Set((schema.strip ?? []).map((t) => t.toLowerCase()));
  const filtered = !anyIframe(schema);
  const found = new Map<string, DroppedHtml & { count: number }>();
  const add = (key: string, at: Position, message: string, hint: string) => {
    const f = found.get(key);
    if (f) f.count++;
    else found.set(key, { ...at, message, hint, count: 1 });
  };
  const walk = (n: MdastNodes) => {
    if (n.type === 'html') {
      const start = n.position?.start.offset;
      if (start === undefined) return;
      for (const m of n.value.matchAll(TAG)) {
        const name = m[1]!.toLowerCase();
        const at = positionAt(source, start + m.index);
        if (strip.has(name)) add(`strip:${name}`, at, `<${name}> is removed with its content`, 'raw HTML scripts and styles never reach the page; use Markdown, or the theme\'s stylesheet');
        else if (!allowed.has(name)) add(`tag:${name}`, at, `<${name}> is not allowed: the element is dropped (its text is kept)`, `allow it with html: { tags: [${name}] } in tongwen.config.yaml if it is safe, or write it in Markdown`);
        else if (name === 'iframe' && filtered) {
          const src = /\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(m[2] ?? '');
          const url = src ? (src[1] ?? src[2] ?? src[3] ?? '') : '';
          if (!embedAllowed(url, embeds)) add(`iframe:${url}`, at, `<iframe src="${url}"> is dropped: its host is not an embed host`, 'add the host to embeds: in tongwen.config.yaml (defaults: bilibili, YouTube, Youku, Tencent Video)');
        }
        const handler = /\s(on[a-z]+)\s*=/i.exec(m[2] ?? '');
        if (handler) add(`on:${handler[1]!.toLowerCase()}`, at, `the ${handler[1]!.toLowerCase()} attribute of <${name}> is dropped (no scripts in articles)`, 'remove the attribute');
      }
      return;
    }
    if ('children' in n) for (const c of n.children as MdastNodes[]) walk(c);
  };
  walk(tree);
  return [...found.values()].map(({ count, ...f }) => (count > 1 ? { ...f, message: `${f.message} (and ${count - 1} more in this file)` } : f));
}
