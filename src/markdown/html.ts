/**
 * mdast → HTML through remark-html with sanitizing on. Raw HTML in articles is
 * parsed (hast-util-raw) and then held to the allowlist (hast-util-sanitize's
 * GitHub schema, widened by the site config), so `<sup>` survives and
 * `<script>`, `style`, event handlers and `javascript:` URLs do not.
 */
import { unified } from 'unified';
import remarkHtml from 'remark-html';
import { defaultSchema, type Schema } from 'hast-util-sanitize';
import { raw } from 'hast-util-raw';
import { find, html as htmlSpace } from 'property-information';
import { toHast, type State } from 'mdast-util-to-hast';
import type { Root as MdastRoot, Html } from 'mdast';
import type { Nodes as HastNodes, Root as HastRoot, Parents as HastParents } from 'hast';

/** What a site may add to the sanitizer's allowlist (tongwen.config.yaml `html:`). */
export interface HtmlAllowance {
  /** Extra elements to keep, e.g. `[iframe, video]`. */
  tags?: string[];
  /** Extra attributes per element (`'*'` for all), e.g. `{ iframe: [src, allowfullscreen] }`. */
  attributes?: Record<string, string[]>;
}

/** Elements no site may allow: they run code, restyle or redirect the page, or hide markup from the sanitizer. */
export const NEVER_TAGS = /^(?:script|style|base|meta|link|object|embed|applet|frame|frameset|noscript|template)$/i;
/** Attributes no site may allow: event handlers, inline CSS, a whole document in `srcdoc`, form targets. */
export const NEVER_ATTRIBUTES = /^(?:on.*|style|srcdoc|formaction)$/i;

/** The sanitize schema: GitHub's, plus what the site allows. `style`, `on*` and `javascript:` stay out regardless. */
export function sanitizeSchema(allow: HtmlAllowance = {}): Schema {
  const attributes: Record<string, Array<string | [string, ...unknown[]]>> = {};
  for (const [tag, list] of Object.entries(defaultSchema.attributes ?? {})) attributes[tag] = [...(list as string[])];
  for (const [tag, list] of Object.entries(allow.attributes ?? {})) {
    // Written as HTML attribute names (`allowfullscreen`); the schema wants hast property names (`allowFullScreen`).
    const safe = list.filter((a) => !NEVER_ATTRIBUTES.test(a)).map((a) => find(htmlSpace, a).property);
    attributes[tag] = [...(attributes[tag] ?? []), ...safe];
  }
  const tagNames = [...(defaultSchema.tagNames ?? []), ...(allow.tags ?? []).filter((t) => !NEVER_TAGS.test(t))];
  // `<style>` is dropped with its text (GitHub's schema only strips `<script>`), so CSS never shows as prose.
  const strip = [...(defaultSchema.strip ?? []), 'style'];
  return { ...defaultSchema, tagNames, strip, attributes: attributes as Schema['attributes'] };
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

/**
 * The whole article (body and footnote section) to hast, with raw HTML parsed.
 * remark-html appends the footnote section after the root handler has run, out
 * of reach of raw parsing; converting the root here, footnotes included, means
 * raw HTML inside footnotes is parsed too and the outer footer stays empty.
 */
function articleHast(node: MdastRoot): HastRoot {
  const labels = (node.data as { footnoteLabels?: FootnoteLabels } | undefined)?.footnoteLabels;
  let rawSeen = false;
  const inner = {
    html(_state: State, html: Html): HastNodes {
      rawSeen = true;
      return { type: 'raw', value: html.value } as unknown as HastNodes;
    },
  };
  const tree = toHast(node, {
    handlers: inner as never,
    ...(labels
      ? {
          footnoteLabel: labels.label,
          footnoteBackLabel: (reference: number, rereference: number) =>
            labels.backLabel.replace('{n}', String(reference + 1) + (rereference > 1 ? `-${rereference}` : '')),
        }
      : {}),
  }) as HastRoot;
  if (rawSeen) parseRaw(tree);
  unprefixIds(tree);
  return tree;
}

const handlers = {
  root(_state: State, node: MdastRoot): HastNodes {
    return articleHast(node);
  },
};

/** Texts of the footnote section in the page's script: `label` (the heading) and `backLabel` (`{n}` = reference number). */
export interface FootnoteLabels {
  label: string;
  backLabel: string;
}

/** Builds an HTML compiler for one sanitize schema (build it once per build). */
export function htmlCompiler(schema: Schema): (tree: MdastRoot, labels?: FootnoteLabels) => string {
  const processor = unified()
    .use(remarkHtml, { sanitize: schema, handlers: handlers as never })
    .freeze();
  return (tree, labels) => String(processor.stringify(labels ? { ...tree, data: { ...tree.data, footnoteLabels: labels } as MdastRoot['data'] } : tree));
}
