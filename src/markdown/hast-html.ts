/**
 * hast → HTML, the output of `toHtml(tree)` from hast-util-to-html with its
 * default settings, for the sanitized trees of article bodies: roots,
 * elements of the HTML space and texts. Anything else — comments, doctypes,
 * `raw` nodes, `<svg>` (its own attribute space), `<template>`, a property
 * name with a dash or that needs escaping, an unknown node — hands the whole
 * tree to `toHtml`, so the output is always toHtml's (test/hast-html.test.ts
 * compares the two on the corpus, the CommonMark and GFM spec examples and
 * hostile trees).
 *
 * What it reproduces (hast-util-to-html 9.0.6, stringify-entities 4):
 * - text: `&` and `<` as `&#x26;` and `&#x3C;`; raw inside `<script>` and `<style>`;
 * - attributes in property order, named by property-information's `find`;
 *   `true` → the bare name; `false`, null, undefined and NaN → absent;
 *   (overloaded) booleans coerced as toHtml does; arrays joined with
 *   spaces, or `, ` for comma-separated ones; values double-quoted with
 *   `\0 " & ' \`` as uppercase hexadecimal references;
 * - voids (html-void-elements) without a closing tag unless they have
 *   content; no self-closing slash; no omitted tags.
 */
import { toHtml } from 'hast-util-to-html';
import { find, html as htmlSpace } from 'property-information';
import type { Element, Nodes, Parents, Root } from 'hast';

/** html-void-elements 3.0.0 (hast-util-to-html's default `voids`; the test checks the two agree). */
export const VOID_ELEMENTS: ReadonlySet<string> = new Set(['area', 'base', 'basefont', 'bgsound', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'image', 'img', 'input', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/** Thrown inside the serializer when a node needs toHtml. */
const UNSUPPORTED = Symbol('unsupported');

interface AttributeInfo {
  /** The attribute name as written: property-information's spelling (also what the boolean coercions compare with). */
  name: string;
  boolean: boolean;
  overloadedBoolean: boolean;
  commaSeparated: boolean;
}

/** Characters toHtml escapes in an attribute name (default settings): names holding one go to toHtml. */
const NAME_UNSAFE = /[\0\t\n\f\r "&'/<=>`]/;
const infos = new Map<string, AttributeInfo | null>();

function attributeInfo(key: string): AttributeInfo | null {
  let info = infos.get(key);
  if (info === undefined) {
    // `find` keeps a global regex's state across calls for data names with dashes: those go to toHtml.
    if (key.includes('-')) info = null;
    else {
      const found = find(htmlSpace, key);
      info = NAME_UNSAFE.test(found.attribute)
        ? null
        : { name: found.attribute, boolean: found.boolean, overloadedBoolean: found.overloadedBoolean, commaSeparated: found.commaSeparated };
    }
    infos.set(key, info);
  }
  return info;
}

const TEXT_ESCAPE = /[&<]/g;
const TEXT_REFERENCE: Record<string, string> = { '&': '&#x26;', '<': '&#x3C;' };
const VALUE_UNSAFE = /[\0"&'`]/;
const VALUE_ESCAPE = /[\0"&'`]/g;
const VALUE_REFERENCE: Record<string, string> = { '\0': '&#x0;', '"': '&#x22;', '&': '&#x26;', "'": '&#x27;', '`': '&#x60;' };

function escapeText(value: string): string {
  return value.indexOf('&') === -1 && value.indexOf('<') === -1 ? value : value.replace(TEXT_ESCAPE, (c) => TEXT_REFERENCE[c]!);
}

function escapeValue(value: string): string {
  return VALUE_UNSAFE.test(value) ? value.replace(VALUE_ESCAPE, (c) => VALUE_REFERENCE[c]!) : value;
}

/** One attribute as toHtml writes it, or '' when it is left out. */
function attribute(key: string, raw: unknown): string {
  const info = attributeInfo(key);
  if (info === null) throw UNSUPPORTED;
  let value = raw;
  if (info.overloadedBoolean && (value === info.name || value === '')) value = true;
  else if ((info.boolean || info.overloadedBoolean) && (typeof value !== 'string' || value === info.name || value === '')) value = Boolean(value);
  if (value === null || value === undefined || value === false || (typeof value === 'number' && Number.isNaN(value))) return '';
  if (value === true) return info.name;
  let text: string;
  if (Array.isArray(value)) {
    const values = info.commaSeparated && value[value.length - 1] === '' ? [...value, ''] : value;
    text = values.join(info.commaSeparated ? ', ' : ' ').trim();
  } else text = String(value);
  return `${info.name}="${escapeValue(text)}"`;
}

function element(node: Element): string {
  const tag = node.tagName;
  if (tag === 'svg' || tag === 'template') throw UNSUPPORTED;
  let attributes = '';
  const properties = node.properties as Record<string, unknown> | undefined;
  if (properties) {
    for (const key in properties) {
      const value = properties[key];
      if (value === null || value === undefined) continue;
      const one = attribute(key, value);
      if (one) attributes = attributes ? `${attributes} ${one}` : one;
    }
  }
  const content = children(node);
  const open = attributes ? `<${tag} ${attributes}>` : `<${tag}>`;
  if (content === '' && VOID_ELEMENTS.has(tag.toLowerCase())) return open;
  return `${open}${content}</${tag}>`;
}

function children(parent: Parents): string {
  const list = parent.children as Nodes[] | undefined;
  if (!list) return '';
  const verbatim = parent.type === 'element' && (parent.tagName === 'script' || parent.tagName === 'style');
  let out = '';
  for (let i = 0; i < list.length; i++) {
    const child = list[i]!;
    if (child.type === 'text') out += verbatim ? child.value : escapeText(child.value);
    else if (child.type === 'element') out += element(child);
    else throw UNSUPPORTED;
  }
  return out;
}

/** The fast serialization of a root, or undefined when the tree holds something only toHtml writes. */
export function fastHtml(tree: Root): string | undefined {
  if (tree.type !== 'root') return undefined;
  try {
    return children(tree);
  } catch (error) {
    if (error === UNSUPPORTED) return undefined;
    throw error;
  }
}

/** `toHtml(tree)` (default settings), fast for roots of elements and texts. */
export function hastToHtml(tree: Root): string {
  return fastHtml(tree) ?? toHtml(tree);
}
