/**
 * The fast hast → HTML serializer (src/markdown/hast-html.ts) against
 * hast-util-to-html's `toHtml`: the same string on the sanitized, finished
 * trees of every sample (CommonMark and GFM spec examples, a generated
 * corpus, real posts with raw HTML, hostile inputs; see html-samples.ts)
 * under several site configurations, on unsanitized trees (comments, raw
 * HTML: the fallback), and on hand-made trees with every kind of property
 * value. The fast path must also be taken, not just fall back.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toHtml } from 'hast-util-to-html';
import { toHast } from 'mdast-util-to-hast';
import { raw } from 'hast-util-raw';
import { htmlVoidElements } from 'html-void-elements';
import type { Root as HastRoot } from 'hast';
import { fastHtml, hastToHtml, VOID_ELEMENTS } from '../src/markdown/hast-html.js';
import { hastCompiler } from '../src/markdown/html.js';
import { assignHeadingIds } from '../src/markdown/headings.js';
import { parseMarkdown } from '../src/markdown/parse.js';
import { CONFIGS, markdownSamples } from './html-samples.js';

const SAMPLES = markdownSamples();
/** The samples the other configurations run on (the costly real posts only one in eight). */
const SOME = SAMPLES.filter(([name], i) => !/^(commonmark|gfm) /.test(name) && (!name.includes('blog-zh.json') || i % 8 === 0));

test('the void elements are html-void-elements’ (hast-util-to-html’s default)', () => {
  assert.deepEqual([...VOID_ELEMENTS].sort(), [...htmlVoidElements].sort());
});

test('sanitized, finished trees of every sample and configuration: the same HTML as toHtml, fast for all but a few', () => {
  assert.ok(SAMPLES.length > 1400, `${SAMPLES.length} samples`);
  for (const [c, { name, schema, opts }] of CONFIGS.entries()) {
    const compile = hastCompiler(schema);
    // The real posts run whole in test/mdast-hast.test.ts (fast path end to end against toHast + toHtml).
    const samples = c === 0 ? SAMPLES.filter(([sample], i) => !sample.includes('blog-zh.json') || i % 8 === 0) : SOME;
    let fast = 0;
    for (const [sample, md] of samples) {
      const tree = parseMarkdown(md);
      assignHeadingIds(tree, (s) => s);
      const { tree: hast } = compile(tree, opts);
      const expected = toHtml(hast);
      const got = fastHtml(hast);
      if (got !== undefined) fast++;
      assert.equal(got ?? hastToHtml(hast), expected, `${name}: ${sample}`);
    }
    assert.ok(fast >= samples.length - 20, `${name}: ${fast} of ${samples.length} fast`);
  }
});

test('unsanitized trees (raw HTML parsed, comments kept): the same HTML as toHtml', () => {
  let fallbacks = 0;
  for (const [sample, md] of SAMPLES.filter(([name], i) => !name.includes('blog-zh.json') || i % 8 === 0)) {
    const hast = raw(toHast(parseMarkdown(md), { allowDangerousHtml: true }) as HastRoot) as HastRoot;
    if (fastHtml(hast) === undefined) fallbacks++;
    assert.equal(hastToHtml(hast), toHtml(hast), sample);
  }
  assert.ok(fallbacks > 20, `${fallbacks} fell back`);
});

test('hand-made trees: every kind of property value, voids with content, script and style text, svg, comments', () => {
  const h = (tagName: string, properties: Record<string, unknown>, children: unknown[] = []) => ({ type: 'element', tagName, properties, children });
  const t = (value: string) => ({ type: 'text', value });
  const trees: unknown[] = [
    [h('p', { className: ['a', 'b', ''], id: 'x"y\'z`w&v\u0000u<>' }, [t('a & b < c > d " \' ` \u0000')])],
    [h('input', { type: 'checkbox', checked: true, disabled: false, hidden: '', readOnly: 'readonly', required: 0, multiple: 1, value: NaN, max: 3, min: null, step: undefined })],
    [h('a', { download: '', href: 'x' }), h('a', { download: 'download' }), h('a', { download: 'file.txt' }), h('a', { download: true }), h('a', { download: false })],
    [h('img', { srcSet: ['a 1x', 'b 2x'], sizes: 'x', alt: '', width: 0 }), h('img', { srcSet: ['a', ''] }), h('area', { coords: [1, 2, 3], shape: 'rect' })],
    [h('br', {}, [t('x')]), h('hr', {}), h('BR', {}), h('IMG', {}, []), h('wbr', {})],
    [h('script', {}, [t('a < b && c')]), h('style', {}, [t('p > a & b')]), h('textarea', {}, [t('<x>&')])],
    [h('div', { dataFootnoteRef: true, dataFootnoteBackref: '', ariaDescribedBy: 'footnote-label', ariaLabel: '返回', dataX: 0 })],
    [h('td', { align: 'center', colSpan: 2, rowSpan: '3', headers: ['a', 'b'] }), h('ol', { start: 3, reversed: true, type: 'a' })],
    [h('svg', { viewBox: '0 0 1 1' }, [h('circle', { r: 1 })])],
    [{ type: 'comment', value: 'c' }, h('p', {}, [t('x')])],
    [h('p', {}, [{ type: 'comment', value: 'inner' }])],
    [{ type: 'doctype' }, h('p', {})],
    [h('template', {}, [])],
    [h('span', { 'data-x-y': '1' }), h('span', { 'aria-hidden': 'true' }), h('span', { 'weird attr': 'x' })],
    [h('span', { title: { toString: () => 'obj' } }), h('span', { title: ['a', 'b'] }), h('span', { accept: ['a', 'b', ''] })],
    [h('x-custom', { fooBar: 'x', dataFooBar: 'y', dataFoo: 'z' }, [t('\uD800 lone \uDC00 😀')])],
    [t('root text & <tag>'), h('p', {}, [])],
    [h('p', {})],
    [],
  ];
  for (const children of trees) {
    const tree = { type: 'root', children } as HastRoot;
    assert.equal(hastToHtml(tree), toHtml(tree), JSON.stringify(children));
  }
  assert.notEqual(fastHtml({ type: 'root', children: trees[0] } as HastRoot), undefined);
  assert.equal(fastHtml({ type: 'root', children: trees[8] } as HastRoot), undefined);
});
