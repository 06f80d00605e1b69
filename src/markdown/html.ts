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
import { defaultHandlers, type State } from 'mdast-util-to-hast';
import type { Root as MdastRoot, Html } from 'mdast';
import type { Nodes as HastNodes, Root as HastRoot, Parents as HastParents } from 'hast';

/** What a site may add to the sanitizer's allowlist (tongwen.config.yaml `html:`). */
export interface HtmlAllowance {
  /** Extra elements to keep, e.g. `[iframe, video]`. */
  tags?: string[];
  /** Extra attributes per element (`'*'` for all), e.g. `{ iframe: [src, allowfullscreen] }`. */
  attributes?: Record<string, string[]>;
}

/** The sanitize schema: GitHub's, plus what the site allows. `style`, `on*` and `javascript:` stay out regardless. */
export function sanitizeSchema(allow: HtmlAllowance = {}): Schema {
  const attributes: Record<string, Array<string | [string, ...unknown[]]>> = {};
  for (const [tag, list] of Object.entries(defaultSchema.attributes ?? {})) attributes[tag] = [...(list as string[])];
  for (const [tag, list] of Object.entries(allow.attributes ?? {})) {
    const safe = list.filter((a) => !/^on/i.test(a) && a.toLowerCase() !== 'style');
    attributes[tag] = [...(attributes[tag] ?? []), ...safe];
  }
  const tagNames = [...(defaultSchema.tagNames ?? []), ...(allow.tags ?? []).filter((t) => !/^(script|style)$/i.test(t))];
  return { ...defaultSchema, tagNames, attributes: attributes as Schema['attributes'] };
}

const RAW_SEEN = Symbol('tongwen.raw');
type RawState = State & { [RAW_SEEN]?: boolean };

/** Parses raw HTML inside every parent that holds some, so the sanitizer sees real elements. */
function parseRaw(node: HastParents): void {
  if (node.children.some((c) => c.type === 'raw')) {
    const parsed = raw({ type: 'root', children: node.children } as HastRoot) as HastRoot;
    node.children = parsed.children as typeof node.children;
    return;
  }
  for (const child of node.children) if ('children' in child) parseRaw(child);
}

const handlers = {
  html(state: RawState, node: Html): HastNodes {
    state[RAW_SEEN] = true;
    return { type: 'raw', value: node.value } as unknown as HastNodes;
  },
  root(state: RawState, node: MdastRoot): HastNodes {
    const result = defaultHandlers.root(state, node) as HastRoot;
    if (state[RAW_SEEN]) parseRaw(result);
    return result;
  },
};

/** Builds an HTML compiler for one sanitize schema (build it once per build). */
export function htmlCompiler(schema: Schema): (tree: MdastRoot) => string {
  const processor = unified()
    .use(remarkHtml, { sanitize: schema, handlers: handlers as never })
    .freeze();
  return (tree) => String(processor.stringify(tree));
}
