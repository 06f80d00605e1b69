/**
 * OpenCC conformance through the Markdown pipeline: every expectation of
 * `test/fixtures/conformance/opencc-testcases.json` (OpenCC's own test cases) is
 * written as a one-paragraph Markdown document, parsed, converted by
 * `variantTree` with the configuration's converter, compiled to HTML, and the
 * paragraph's text compared with OpenCC's expected output.
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMarkdown } from '../src/markdown/parse.js';
import { variantTree } from '../src/markdown/variant-tree.js';
import { htmlCompiler, sanitizeSchema } from '../src/markdown/html.js';
import { OPENCC_CONFIGS, openccConfigConverter } from '../src/conversion/converters.js';
import { FIXTURES } from './helpers.js';

interface Case {
  id: string;
  input: string;
  expected: Record<string, string>;
}

const FILE = join(FIXTURES, 'conformance', 'opencc-testcases.json');
const { cases } = JSON.parse(readFileSync(FILE, 'utf8')) as { cases: Case[] };
const compile = htmlCompiler(sanitizeSchema());

/** The text of the single paragraph of an HTML fragment. */
function paragraphText(html: string): string {
  const m = /^<p>([\s\S]*)<\/p>\n?$/.exec(html);
  if (!m) throw new Error(`not one paragraph: ${html}`);
  return m[1]!
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, '&');
}

/**
 * Runs one input through the Markdown pipeline with one OpenCC configuration:
 * tongwen's own chain for it under `conversion: { forms: opencc, vocabulary:
 * computing }` (corrections included), the one the variants use.
 */
function throughPipeline(input: string, config: string): string {
  if (!OPENCC_CONFIGS[config]) throw new Error(`configuration ${config} is not supported`);
  const tree = variantTree(parseMarkdown(input), { convert: openccConfigConverter(config), basePath: '/' });
  return paragraphText(compile(tree).html);
}

const byConfig = new Map<string, Array<{ id: string; input: string; expected: string }>>();
for (const c of cases) {
  for (const [config, expected] of Object.entries(c.expected)) {
    const list = byConfig.get(config) ?? [];
    list.push({ id: c.id, input: c.input, expected });
    byConfig.set(config, list);
  }
}

let passed = 0;
let total = 0;

test('the conformance file holds the 543 expectations of OpenCC’s test cases', () => {
  const count = [...byConfig.values()].reduce((n, l) => n + l.length, 0);
  assert.equal(count, 543);
});

for (const [config, list] of [...byConfig].sort(([a], [b]) => (a < b ? -1 : 1))) {
  test(`OpenCC conformance through the Markdown pipeline: ${config} (${list.length} expectations)`, () => {
    const failing: string[] = [];
    for (const { id, input, expected } of list) {
      total++;
      let got: string;
      try {
        got = throughPipeline(input, config);
      } catch (error) {
        got = `(error: ${(error as Error).message})`;
      }
      if (got === expected) passed++;
      else failing.push(`${id}\n    input:    ${input}\n    expected: ${expected}\n    got:      ${got}`);
    }
    assert.equal(failing.length, 0, `${failing.length} of ${list.length} ${config} expectations fail:\n  ${failing.join('\n  ')}`);
  });
}

after(() => {
  console.log(`OpenCC conformance: ${passed}/${total} expectations pass through the Markdown pipeline`);
});
