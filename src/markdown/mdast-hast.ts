/**
 * mdast → hast for article bodies: the tree `toHast` from mdast-util-to-hast
 * 13.2.2 makes with the options html.ts gives it (raw HTML as `raw` nodes,
 * the footnote labels), less positions, and without its per-node costs
 * (position objects, `structuredClone` of `hProperties`, handler lookups).
 * It covers the node types GFM Markdown gives (the 4000-article corpus holds
 * no others); a tree holding anything else — an unknown type, a link or
 * image reference, `data.hName`, `data.hChildren`, or an `hProperties` value
 * that is not a string, number, boolean or null — goes to `toHast` whole, so
 * the HTML is always the library's (test/mdast-hast.test.ts compares the
 * final HTML and the hast on the spec examples, a generated corpus, real
 * posts and hostile trees).
 *
 * What it reproduces: text through `trimLines`; a text (or an element's
 * first text) after a hard break loses its leading spaces and tabs; `\n`
 * texts between blocks (`wrap`, loose in blockquote, list, table, thead,
 * tbody and tr); tight list items inlining their paragraphs; task items;
 * table cells by the column alignment; URLs through `normalizeUri`;
 * footnotes numbered in first-reference order, with back references (the
 * `-2`, `-3` of re-references) at the end of the definition's last
 * paragraph, in the `<section data-footnotes>` footer.
 */
import { toHast } from 'mdast-util-to-hast';
import { normalizeUri as libraryNormalizeUri } from 'micromark-util-sanitize-uri';
import { trimLines as libraryTrimLines } from 'trim-lines';
import type { Html, Nodes as MdastNodes, Parents as MdastParents, Root as MdastRoot, FootnoteDefinition } from 'mdast';
import type { Element, ElementContent, Nodes as HastNodes, Properties, Root as HastRoot, Text } from 'hast';

/** The footnote options html.ts passes to `toHast`. */
export interface HastOptions {
  footnoteLabel?: string;
  footnoteBackLabel?: (referenceIndex: number, rereferenceIndex: number) => string;
}

/** Thrown inside the converter when a node needs `toHast`. */
const UNSUPPORTED = Symbol('unsupported');

const CLOBBER_PREFIX = 'user-content-';

/** micromark-util-sanitize-uri's `normalizeUri`, which toHast applies to every URL; a URL of URL-safe ASCII and no `%` it leaves as it is. */
export function normalizeUri(value: string): string {
  return URI_SAFE.test(value) ? value : libraryNormalizeUri(value);
}

const URI_SAFE = /^[!#$&-;=?-Z_a-z~]*$/;

/** trim-lines, which toHast applies to every text: spaces and tabs around line endings dropped (a text without one is kept). */
function trimLines(value: string): string {
  return value.indexOf('\n') === -1 && value.indexOf('\r') === -1 ? value : libraryTrimLines(value);
}

function trimMarkdownSpaceStart(value: string): string {
  let index = 0;
  let code = value.charCodeAt(index);
  while (code === 9 || code === 32) code = value.charCodeAt(++index);
  return value.slice(index);
}

const text = (value: string): Text => ({ type: 'text', value });
const element = (tagName: string, properties: Properties, children: ElementContent[]): Element => ({ type: 'element', tagName, properties, children });

function wrap(nodes: ElementContent[], loose: boolean): ElementContent[] {
  const result: ElementContent[] = [];
  if (loose) result.push(text('\n'));
  for (let index = 0; index < nodes.length; index++) {
    if (index) result.push(text('\n'));
    result.push(nodes[index]!);
  }
  if (loose && nodes.length > 0) result.push(text('\n'));
  return result;
}

interface NodeData {
  hName?: unknown;
  hProperties?: Record<string, unknown> | null;
  hChildren?: unknown;
}

/** `applyData` for the data this converter takes (primitive `hProperties`); anything else was refused up front. */
function applyData(from: MdastNodes, to: Element): Element {
  const props = (from.data as NodeData | undefined)?.hProperties;
  if (props) Object.assign(to.properties, props);
  return to;
}

/** Whether a node's `data` is one the converter reproduces (no hName, no hChildren, primitive hProperties). */
function dataSupported(data: NodeData | undefined): boolean {
  if (!data) return true;
  if (data.hName !== undefined && typeof data.hName === 'string') return false;
  if (data.hChildren !== undefined && data.hChildren !== null) return false;
  const props = data.hProperties;
  if (props) {
    if (typeof props !== 'object') return false;
    for (const key in props) {
      const v = props[key];
      if (v !== null && typeof v === 'object') return false;
      if (typeof v === 'function' || typeof v === 'symbol' || typeof v === 'bigint') return false;
    }
  }
  return true;
}

type ListLike = { type: string; spread?: boolean | null | undefined; children: Array<{ spread?: boolean | null | undefined; children: unknown[] }> };

function listItemLoose(node: { spread?: boolean | null | undefined; children: unknown[] }): boolean {
  const { spread } = node;
  return spread === null || spread === undefined ? node.children.length > 1 : spread;
}

function listLoose(node: ListLike): boolean {
  let loose = false;
  if (node.type === 'list') {
    loose = node.spread || false;
    const { children } = node;
    let index = -1;
    while (!loose && ++index < children.length) loose = listItemLoose(children[index]!);
  }
  return loose;
}

class Converter {
  footnoteById = new Map<string, FootnoteDefinition>();
  footnoteCounts = new Map<string, number>();
  footnoteOrder: string[] = [];
  rawSeen = false;
  /** The `hProperties` of every heading that has some, in tree order (html.ts reads the heading ids from them). */
  headingProperties: Array<Record<string, unknown>> = [];
  private looseLists = new Map<unknown, boolean>();

  constructor(private options: HastOptions) {}

  /** Every definition, first per identifier (toHast's `visit`), and the check that each node is supported. */
  scan(node: MdastNodes): void {
    if (!dataSupported(node.data as NodeData | undefined)) throw UNSUPPORTED;
    if (!HANDLED.has(node.type)) throw UNSUPPORTED;
    if (node.type === 'heading') {
      const props = (node.data as NodeData | undefined)?.hProperties;
      if (props) this.headingProperties.push(props);
    }
    if (node.type === 'footnoteDefinition') {
      const id = String(node.identifier).toUpperCase();
      if (!this.footnoteById.has(id)) this.footnoteById.set(id, node);
    }
    if ('children' in node) for (const child of node.children) this.scan(child);
  }

  all(parent: MdastParents): ElementContent[] {
    const values: ElementContent[] = [];
    const nodes = parent.children as MdastNodes[];
    for (let index = 0; index < nodes.length; index++) {
      const result = this.one(nodes[index]!, parent);
      if (result === undefined) continue;
      if (index && nodes[index - 1]!.type === 'break') {
        if (!Array.isArray(result)) {
          if (result.type === 'text') result.value = trimMarkdownSpaceStart(result.value);
          else if (result.type === 'element') {
            const head = result.children[0];
            if (head && head.type === 'text') head.value = trimMarkdownSpaceStart(head.value);
          }
        }
      }
      if (Array.isArray(result)) values.push(...result);
      else values.push(result);
    }
    return values;
  }

  one(node: MdastNodes, parent: MdastParents | undefined): ElementContent | ElementContent[] | undefined {
    switch (node.type) {
      case 'text':
        return text(trimLines(String(node.value)));
      case 'paragraph':
        return applyData(node, element('p', {}, this.all(node)));
      case 'strong':
        return applyData(node, element('strong', {}, this.all(node)));
      case 'emphasis':
        return applyData(node, element('em', {}, this.all(node)));
      case 'delete':
        return applyData(node, element('del', {}, this.all(node)));
      case 'heading':
        return applyData(node, element(`h${node.depth}`, {}, this.all(node)));
      case 'blockquote':
        return applyData(node, element('blockquote', {}, wrap(this.all(node), true)));
      case 'break':
        return [applyData(node, element('br', {}, [])), text('\n')];
      case 'thematicBreak':
        return applyData(node, element('hr', {}, []));
      case 'html':
        this.rawSeen = true;
        return { type: 'raw', value: (node as Html).value } as unknown as ElementContent;
      case 'inlineCode':
        return applyData(node, element('code', {}, [text(node.value.replace(/\r?\n|\r/g, ' '))]));
      case 'code': {
        const value = node.value ? `${node.value}\n` : '';
        const properties: Properties = {};
        const language = node.lang ? node.lang.split(/\s+/) : [];
        if (language.length > 0) properties.className = [`language-${language[0]}`];
        const code = element('code', properties, [text(value)]);
        if (node.meta) code.data = { meta: node.meta } as Element['data'];
        return element('pre', {}, [applyData(node, code)]);
      }
      case 'link': {
        const properties: Properties = { href: normalizeUri(node.url) };
        if (node.title !== null && node.title !== undefined) properties.title = node.title;
        return applyData(node, element('a', properties, this.all(node)));
      }
      case 'image': {
        const properties: Properties = { src: normalizeUri(node.url) };
        if (node.alt !== null && node.alt !== undefined) properties.alt = node.alt;
        if (node.title !== null && node.title !== undefined) properties.title = node.title;
        return applyData(node, element('img', properties, []));
      }
      case 'list':
        return this.list(node);
      case 'listItem':
        return this.listItem(node, parent);
      case 'table':
        return this.table(node);
      case 'tableRow':
        return this.tableRow(node, parent);
      case 'tableCell':
        return applyData(node, element('td', {}, this.all(node)));
      case 'footnoteReference':
        return this.footnoteReference(node);
      case 'definition':
      case 'footnoteDefinition':
      case 'yaml':
      case 'toml' as string:
        return undefined;
      default:
        throw UNSUPPORTED;
    }
  }

  list(node: Extract<MdastNodes, { type: 'list' }>): Element {
    const properties: Properties = {};
    const results = this.all(node);
    if (typeof node.start === 'number' && node.start !== 1) properties.start = node.start;
    for (const child of results) {
      if (child.type === 'element' && child.tagName === 'li' && child.properties && Array.isArray(child.properties.className) && child.properties.className.includes('task-list-item')) {
        properties.className = ['contains-task-list'];
        break;
      }
    }
    return applyData(node, element(node.ordered ? 'ol' : 'ul', properties, wrap(results, true)));
  }

  listItem(node: Extract<MdastNodes, { type: 'listItem' }>, parent: MdastParents | undefined): Element {
    const results = this.all(node);
    let loose: boolean;
    if (parent) {
      let cached = this.looseLists.get(parent);
      if (cached === undefined) this.looseLists.set(parent, (cached = listLoose(parent as unknown as ListLike)));
      loose = cached;
    } else loose = listItemLoose(node);
    const properties: Properties = {};
    const children: ElementContent[] = [];
    if (typeof node.checked === 'boolean') {
      const head = results[0];
      let paragraph: Element;
      if (head && head.type === 'element' && head.tagName === 'p') paragraph = head;
      else {
        paragraph = element('p', {}, []);
        results.unshift(paragraph);
      }
      if (paragraph.children.length > 0) paragraph.children.unshift(text(' '));
      paragraph.children.unshift(element('input', { type: 'checkbox', checked: node.checked, disabled: true }, []));
      properties.className = ['task-list-item'];
    }
    for (let index = 0; index < results.length; index++) {
      const child = results[index]!;
      if (loose || index !== 0 || child.type !== 'element' || child.tagName !== 'p') children.push(text('\n'));
      if (child.type === 'element' && child.tagName === 'p' && !loose) children.push(...child.children);
      else children.push(child);
    }
    const tail = results[results.length - 1];
    if (tail && (loose || tail.type !== 'element' || tail.tagName !== 'p')) children.push(text('\n'));
    return applyData(node, element('li', properties, children));
  }

  table(node: Extract<MdastNodes, { type: 'table' }>): Element {
    const rows = this.all(node);
    const firstRow = rows.shift();
    const content: ElementContent[] = [];
    if (firstRow) content.push(element('thead', {}, wrap([firstRow], true)));
    if (rows.length > 0) content.push(element('tbody', {}, wrap(rows, true)));
    return applyData(node, element('table', {}, wrap(content, true)));
  }

  tableRow(node: Extract<MdastNodes, { type: 'tableRow' }>, parent: MdastParents | undefined): Element {
    const siblings = parent ? (parent.children as MdastNodes[]) : undefined;
    const rowIndex = siblings ? siblings.indexOf(node) : 1;
    const tagName = rowIndex === 0 ? 'th' : 'td';
    const align = parent && parent.type === 'table' ? parent.align : undefined;
    const length = align ? align.length : node.children.length;
    const cells: ElementContent[] = [];
    for (let cellIndex = 0; cellIndex < length; cellIndex++) {
      const cell = node.children[cellIndex];
      const properties: Properties = {};
      const alignValue = align ? align[cellIndex] : undefined;
      if (alignValue) properties.align = alignValue;
      let result = element(tagName, properties, []);
      if (cell) {
        result.children = this.all(cell);
        result = applyData(cell, result);
      }
      cells.push(result);
    }
    return applyData(node, element('tr', {}, wrap(cells, true)));
  }

  footnoteReference(node: Extract<MdastNodes, { type: 'footnoteReference' }>): Element {
    const id = String(node.identifier).toUpperCase();
    const safeId = normalizeUri(id.toLowerCase());
    const index = this.footnoteOrder.indexOf(id);
    let counter: number;
    let reuseCounter = this.footnoteCounts.get(id);
    if (reuseCounter === undefined) {
      reuseCounter = 0;
      this.footnoteOrder.push(id);
      counter = this.footnoteOrder.length;
    } else counter = index + 1;
    reuseCounter += 1;
    this.footnoteCounts.set(id, reuseCounter);
    const link = element(
      'a',
      { href: `#${CLOBBER_PREFIX}fn-${safeId}`, id: `${CLOBBER_PREFIX}fnref-${safeId}${reuseCounter > 1 ? `-${reuseCounter}` : ''}`, dataFootnoteRef: true, ariaDescribedBy: ['footnote-label'] },
      [text(String(counter))],
    );
    return applyData(node, element('sup', {}, [link]));
  }

  footer(): Element | undefined {
    const backLabel = this.options.footnoteBackLabel ?? ((referenceIndex: number, rereferenceIndex: number) => `Back to reference ${referenceIndex + 1}${rereferenceIndex > 1 ? `-${rereferenceIndex}` : ''}`);
    const contents: ElementContent[][] = [];
    for (let referenceIndex = 0; referenceIndex < this.footnoteOrder.length; referenceIndex++) {
      const definition = this.footnoteById.get(this.footnoteOrder[referenceIndex]!);
      if (definition) contents[referenceIndex] = this.all(definition);
    }
    const listItems: Element[] = [];
    for (let referenceIndex = 0; referenceIndex < this.footnoteOrder.length; referenceIndex++) {
      const definition = this.footnoteById.get(this.footnoteOrder[referenceIndex]!);
      if (!definition) continue;
      const content = contents[referenceIndex]!;
      const id = String(definition.identifier).toUpperCase();
      const safeId = normalizeUri(id.toLowerCase());
      const backReferences: ElementContent[] = [];
      const counts = this.footnoteCounts.get(id);
      let rereferenceIndex = 0;
      while (counts !== undefined && ++rereferenceIndex <= counts) {
        if (backReferences.length > 0) backReferences.push(text(' '));
        const children: ElementContent[] = [text('↩')];
        if (rereferenceIndex > 1) children.push(element('sup', {}, [text(String(rereferenceIndex))]));
        backReferences.push(
          element(
            'a',
            {
              href: `#${CLOBBER_PREFIX}fnref-${safeId}${rereferenceIndex > 1 ? `-${rereferenceIndex}` : ''}`,
              dataFootnoteBackref: '',
              ariaLabel: backLabel(referenceIndex, rereferenceIndex),
              className: ['data-footnote-backref'],
            },
            children,
          ),
        );
      }
      const tail = content[content.length - 1];
      if (tail && tail.type === 'element' && tail.tagName === 'p') {
        const tailTail = tail.children[tail.children.length - 1];
        if (tailTail && tailTail.type === 'text') tailTail.value += ' ';
        else tail.children.push(text(' '));
        tail.children.push(...backReferences);
      } else content.push(...backReferences);
      listItems.push(element('li', { id: `${CLOBBER_PREFIX}fn-${safeId}` }, wrap(content, true)));
    }
    if (listItems.length === 0) return undefined;
    return element('section', { dataFootnotes: true, className: ['footnotes'] }, [
      element('h2', { className: ['sr-only'], id: 'footnote-label' }, [text(this.options.footnoteLabel || 'Footnotes')]),
      text('\n'),
      element('ol', {}, wrap(listItems, true)),
      text('\n'),
    ]);
  }
}

/** The node types the converter handles (toHast's default handlers less link and image references). */
const HANDLED = new Set(['root', 'text', 'paragraph', 'strong', 'emphasis', 'delete', 'heading', 'blockquote', 'break', 'thematicBreak', 'html', 'inlineCode', 'code', 'link', 'image', 'list', 'listItem', 'table', 'tableRow', 'tableCell', 'footnoteReference', 'footnoteDefinition', 'definition', 'yaml', 'toml']);

/** A converted tree. */
export interface Converted {
  tree: HastRoot;
  /** Whether the tree held raw HTML (`raw` nodes). */
  rawSeen: boolean;
  /** Set by the fast path: every element it made is one of the GFM handlers' (no `hName`), so no `<iframe>` without raw HTML. */
  fast?: true;
  /** Set by the fast path: the `hProperties` of every heading that has some, in tree order. */
  headingProperties?: Array<Record<string, unknown>>;
}

/** The fast conversion of a root; undefined when the tree needs `toHast`. */
export function fastHast(tree: MdastRoot, options: HastOptions = {}): Converted | undefined {
  const converter = new Converter(options);
  try {
    converter.scan(tree);
    const root: HastRoot = { type: 'root', children: wrap(converter.all(tree), false) as HastRoot['children'] };
    const foot = converter.footer();
    if (foot) root.children.push(text('\n'), foot);
    return { tree: root, rawSeen: converter.rawSeen, fast: true, headingProperties: converter.headingProperties };
  } catch (error) {
    if (error === UNSUPPORTED) return undefined;
    throw error;
  }
}

/** `toHast(tree, options)` with raw HTML as `raw` nodes, fast for GFM trees (see the file comment). */
export function mdastToHast(tree: MdastRoot, options: HastOptions = {}): Converted {
  const fast = fastHast(tree, options);
  if (fast) return fast;
  let rawSeen = false;
  const handlers = {
    html(_state: unknown, html: Html): HastNodes {
      rawSeen = true;
      return { type: 'raw', value: html.value } as unknown as HastNodes;
    },
  };
  const hast = toHast(tree, {
    handlers: handlers as never,
    ...(options.footnoteLabel !== undefined ? { footnoteLabel: options.footnoteLabel } : {}),
    ...(options.footnoteBackLabel ? { footnoteBackLabel: options.footnoteBackLabel } : {}),
  }) as HastRoot;
  return { tree: hast, rawSeen };
}
