/**
 * The fast mdast → hast step (src/markdown/mdast-hast.ts) against
 * mdast-util-to-hast's `toHast` with the options html.ts gives it: the same
 * hast (positions aside) and the same final HTML (raw HTML parsed,
 * sanitized, finished, serialized: the whole fast path against toHast and
 * toHtml) on every sample (CommonMark and GFM spec
 * examples, a generated corpus, real posts with raw HTML, hostile inputs;
 * see html-samples.ts) under several site configurations, and on hand-made
 * trees the parser does not give (`data`, unknown types, rows and items out
 * of place). The fast path must be taken for the corpus, not just fall back.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toHast } from 'mdast-util-to-hast';
import { normalizeUri as libraryNormalizeUri } from 'micromark-util-sanitize-uri';
import type { Root as HastRoot } from 'hast';
import type { Html, Root as MdastRoot } from 'mdast';
import { fastHast, mdastToHast, normalizeUri, type HastOptions } from '../src/markdown/mdast-hast.js';
import { hastCompiler, htmlCompiler } from '../src/markdown/html.js';
import { toHtml } from 'hast-util-to-html';
import { assignHeadingIds } from '../src/markdown/headings.js';
import { parseMarkdown } from '../src/markdown/parse.js';
import { CONFIGS, markdownSamples } from './html-samples.js';

const SAMPLES = markdownSamples();

/** The library's conversion, as html.ts made it before the fast path. */
function libraryHast(tree: MdastRoot, options: HastOptions = {}): { tree: HastRoot; rawSeen: boolean } {
  let rawSeen = false;
  const handlers = {
    html(_state: unknown, node: Html) {
      rawSeen = true;
      return { type: 'raw', value: node.value };
    },
  };
  return { tree: toHast(tree, { handlers: handlers as never, ...options }) as HastRoot, rawSeen };
}

/** A copy without `position` fields. */
function unpositioned(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(unpositioned);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).filter(([k]) => k !== 'position').map(([k, v]) => [k, unpositioned(v)]));
  return value;
}

const LABELS: HastOptions = { footnoteLabel: '註釋', footnoteBackLabel: (r, rr) => `返回 ${r + 1}${rr > 1 ? `-${rr}` : ''}` };

test('normalizeUri is micromark-util-sanitize-uri’s', () => {
  const cases = ['', 'https://example.org/a?b=1&c=d#e', '/路徑/圖.png', 'a b', '%', '%2', '%2G', '%41%zz', '100%', 'x"y<z>`{|}\\^', '\uD83D\uDE00', '\uD83D', '\uDE00x', '\uD800\uD800', 'javascript:alert(1)', '\u0000\u007f\u0080', 'mailto:編輯@例.中國', '#user-content-fn-註'];
  for (let c = 0; c < 0x3000; c += 7) cases.push(`a${String.fromCharCode(c)}b%${String.fromCharCode(c)}1`);
  for (const c of cases) assert.equal(normalizeUri(c), libraryNormalizeUri(c), JSON.stringify(c));
});

test('every sample: the same hast as toHast (positions aside), with and without labels; fast for the corpus', () => {
  let fast = 0;
  let corpus = 0;
  for (const [sample, md] of SAMPLES) {
    const tree = parseMarkdown(md);
    assignHeadingIds(tree, (s) => s);
    for (const options of [{}, LABELS]) {
      const expected = libraryHast(tree, options);
      const got = mdastToHast(tree, options);
      assert.deepEqual(unpositioned(got.tree), unpositioned(expected.tree), sample);
      assert.equal(got.rawSeen, expected.rawSeen, sample);
    }
    const quick = fastHast(tree) !== undefined;
    if (quick) fast++;
    if (sample.startsWith('corpus ')) {
      corpus++;
      assert.ok(quick, `${sample} took the fast path`);
    }
  }
  assert.ok(corpus >= 40, `${corpus} corpus articles`);
  assert.ok(fast > SAMPLES.length * 0.9, `${fast} of ${SAMPLES.length} fast`);
});

test('every sample and configuration: the same final HTML as through toHast and toHtml', () => {
  for (const [c, { name, schema, opts }] of CONFIGS.entries()) {
    const ours = htmlCompiler(schema);
    const library = hastCompiler(schema, libraryHast);
    for (const [i, [sample, md]] of SAMPLES.entries()) {
      if (c > 0 && (/^(commonmark|gfm) /.test(sample) ? i % 4 !== 0 : sample.includes('blog-zh.json') && i % 8 !== 0)) continue;
      const tree = parseMarkdown(md);
      assignHeadingIds(tree, (s) => s);
      const expected = library(tree, opts);
      const got = ours(tree, opts);
      const html = toHtml(expected.tree);
      assert.equal(got.html, html && /[^\r\n]/.test(html.charAt(html.length - 1)) ? `${html}\n` : html, `${name}: ${sample}`);
      assert.deepEqual(got.headings, expected.headings, `${name}: ${sample}`);
      assert.deepEqual(got.cover, expected.cover, `${name}: ${sample}`);
    }
  }
});

test('hand-made trees: data, unknown types, references, rows and items out of place, breaks before elements, footnote corners', () => {
  const t = (value: string, data?: object) => ({ type: 'text', value, ...(data ? { data } : {}) });
  const p = (...children: object[]) => ({ type: 'paragraph', children });
  const trees: Array<[string, object[], boolean]> = [
    ['primitive hProperties', [{ type: 'heading', depth: 2, data: { hProperties: { dataTwHeading: 'x', n: 1, b: true, u: undefined, z: null } }, children: [t('h')] }], true],
    ['hProperties array', [{ type: 'paragraph', data: { hProperties: { className: ['a', 'b'] } }, children: [t('x')] }], false],
    ['hName', [{ type: 'paragraph', data: { hName: 'div' }, children: [t('x')] }], false],
    ['hName on text', [p(t('x', { hName: 'span' }))], false],
    ['hChildren', [{ type: 'paragraph', data: { hChildren: [{ type: 'text', value: 'y' }] }, children: [t('x')] }], false],
    ['text data kept aside', [p(t('x', { tongwen: [{ text: 'x' }] }), t(' y', { hProperties: { a: 1 } }))], true],
    ['unknown type', [{ type: 'custom', value: 'v' }], false],
    ['unknown parent', [{ type: 'customBlock', children: [t('x')] }], false],
    ['link reference', [p({ type: 'linkReference', identifier: 'a', label: 'a', referenceType: 'full', children: [t('x')] }), { type: 'definition', identifier: 'a', label: 'a', url: '/u', title: null }], false],
    ['break before element and text', [p(t('a'), { type: 'break' }, { type: 'emphasis', children: [t(' \t b')] }, { type: 'break' }, t('  c'), { type: 'break' }, { type: 'html', value: '<sup>x</sup>' })], true],
    ['row and cell outside a table', [{ type: 'tableRow', children: [{ type: 'tableCell', children: [t('a')] }] }, { type: 'tableCell', children: [t('b')] }], true],
    ['table without align, short and long rows', [{ type: 'table', children: [{ type: 'tableRow', children: [{ type: 'tableCell', children: [t('h')] }] }, { type: 'tableRow', children: [{ type: 'tableCell', children: [t('a')] }, { type: 'tableCell', children: [t('b')] }] }] }], true],
    ['table with align longer than rows', [{ type: 'table', align: ['left', null, 'right'], children: [{ type: 'tableRow', children: [{ type: 'tableCell', children: [t('h')] }] }] }], true],
    ['item outside a list', [{ type: 'listItem', spread: false, checked: true, children: [t('x')] }, { type: 'listItem', children: [p(t('a')), p(t('b'))] }], true],
    ['ordered, start 0, task in a loose list', [{ type: 'list', ordered: true, start: 0, spread: false, children: [{ type: 'listItem', spread: true, checked: false, children: [{ type: 'code', lang: ' js x', meta: 'm', value: '' }] }] }], true],
    ['footnotes: nested, repeated, missing, code tail', [
      p({ type: 'footnoteReference', identifier: 'a', label: 'a' }, { type: 'footnoteReference', identifier: 'A', label: 'A' }, { type: 'footnoteReference', identifier: 'missing', label: 'missing' }, { type: 'footnoteReference', identifier: '註 一', label: '註 一' }),
      { type: 'footnoteDefinition', identifier: 'a', label: 'a', children: [p(t('one '), { type: 'footnoteReference', identifier: 'b', label: 'b' }), { type: 'code', value: 'c' }] },
      { type: 'footnoteDefinition', identifier: 'a', label: 'a', children: [p(t('duplicate'))] },
      { type: 'blockquote', children: [{ type: 'footnoteDefinition', identifier: 'b', label: 'b', children: [p({ type: 'emphasis', children: [t('em tail')] })] }] },
      { type: 'footnoteDefinition', identifier: '註 一', label: '註 一', children: [] },
    ], true],
    ['yaml and thematic break', [{ type: 'yaml', value: 'a: 1' }, { type: 'thematicBreak' }, { type: 'image', url: '/圖 1.png', alt: null, title: 'x' }, { type: 'inlineCode', value: 'a\r\nb\rc\nd' }, t('  a  \n  b  \r\n  c  ')], true],
    ['empty', [], true],
  ];
  for (const [name, children, quick] of trees) {
    const tree = { type: 'root', children } as MdastRoot;
    for (const options of [{}, LABELS]) {
      const expected = libraryHast(tree, options);
      const got = mdastToHast(tree, options);
      assert.deepEqual(unpositioned(got.tree), unpositioned(expected.tree), name);
      assert.equal(got.rawSeen, expected.rawSeen, name);
    }
    assert.equal(fastHast(tree) !== undefined, quick, `${name}: fast path ${quick}`);
  }
});
