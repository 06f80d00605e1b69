/**
 * The architecture of `src/` as a test over its import graph (static
 * imports, `import type`, re-exports and `import('…')`, see
 * test/import-graph.ts):
 *
 * - no cycle between files;
 * - no cycle between units — a unit is the first folder under src/
 *   (`src/conversion/x.ts` → `conversion`), and each file directly in src/ is
 *   its own unit (`build.ts`);
 * - every unit-to-unit import goes down the layer order of `LAYERS`: a unit may
 *   import units earlier in the list, never later. A new folder must be added
 *   to the list.
 *
 * The checker itself is tested on in-memory graphs first, so that it is shown
 * to fail when it should.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { cycleReport, importGraph, layerViolations, parseImports, resolveSpecifier, stronglyConnected, unitGraph, unitOf, type Graph } from './import-graph.js';
import { REPO, tempDir, writeSite } from './helpers.js';

/** The layers of src/, lowest first: a unit may import the units before it, never those after it. */
const LAYERS: readonly string[] = [
  'core',
  'conversion',
  'content',
  'markdown',
  'taxonomy',
  'config',
  'article',
  'search',
  'lint',
  'site',
  // output (the sink) needs only core and content: the render workers write the pages they render.
  'output',
  'render',
  'workers',
  'cache',
  'build.ts',
  'commands',
  'cli',
];

const SRC = join(REPO, 'src');
const LIST = 'LAYERS in test/architecture.test.ts';

/** Fails with every cyclic component of the file graph and its edges. */
function assertNoFileCycles(graph: Graph): void {
  const report = cycleReport(graph, 'file');
  assert.ok(report === '', `import cycles between files:\n${report}`);
}

/** Fails with every cyclic component of the unit graph and its edges. */
function assertNoUnitCycles(graph: Graph): void {
  const report = cycleReport(unitGraph(graph), 'unit');
  assert.ok(report === '', `import cycles between units:\n${report}`);
}

/** Fails with every unknown unit and every upward unit edge. */
function assertLayered(graph: Graph, layers: readonly string[]): void {
  const messages = layerViolations(graph, layers, LIST);
  assert.ok(messages.length === 0, `the units do not follow the layer order ${layers.join(' < ')}:\n${messages.map((m) => `  ${m}`).join('\n')}`);
}

const graphOf = (edges: Record<string, string[]>): Map<string, Set<string>> => new Map(Object.entries(edges).map(([k, v]) => [k, new Set(v)]));

// ---- the checker, on in-memory input -------------------------------------------------------

test('parseImports finds static, type-only, side-effect, re-export and dynamic imports, and skips comments and strings', () => {
  const source = [
    "import { a, type B } from './a.js';",
    "import type { C } from '../c.js';",
    'import D, {',
    '  e as E,',
    "} from './d.js';",
    "import * as ns from 'node:fs';",
    "import './side-effect.js';",
    "export { f } from './f.js';",
    "export type { G } from './g.js';",
    "export * from './h.js';",
    "export * as i from './i.js';",
    "const j = await import('./j.js');",
    "// import { no } from './comment.js';",
    "/* export * from './block-comment.js'; */",
    "const s = \"import { no } from './string.js'\";",
    "const t = `import('./template.js') ${await import('./in-template.js')}`;",
    "const r = /import x from '.\\/regex.js'/g;",
    'const u = import.meta.url;',
    "export const k = 1; export default 'from';",
    "export { local };",
  ].join('\n');
  assert.deepEqual(
    parseImports(source).map((i) => `${i.line} ${i.kind} ${i.specifier}`),
    [
      '1 import ./a.js',
      '2 import type ../c.js',
      '5 import ./d.js',
      '6 import node:fs',
      '7 import ./side-effect.js',
      '8 export ./f.js',
      '9 export type ./g.js',
      '10 export ./h.js',
      '11 export ./i.js',
      '12 import() ./j.js',
      '16 import() ./in-template.js',
    ],
  );
});

test('resolveSpecifier maps .js to .ts, folders to index.ts, and leaves the root out', () => {
  const files = new Set(['build.ts', 'core/errors.ts', 'core/index.ts', 'site/pages.ts']);
  assert.equal(resolveSpecifier('site/pages.ts', '../core/errors.js', files), 'core/errors.ts');
  assert.equal(resolveSpecifier('build.ts', './core', files), 'core/index.ts');
  assert.equal(resolveSpecifier('build.ts', './site/pages.js', files), 'site/pages.ts');
  assert.equal(resolveSpecifier('build.ts', './missing.js', files), null);
  assert.equal(resolveSpecifier('build.ts', '../bench/corpus.js', files), null);
});

test('stronglyConnected finds every cycle of an in-memory graph, self-loops included, and nothing in a DAG', () => {
  const cyclic = graphOf({
    'a.ts': ['b.ts'],
    'b.ts': ['c.ts'],
    'c.ts': ['a.ts', 'd.ts'],
    'd.ts': [],
    'e.ts': ['e.ts'],
    'f.ts': ['g.ts'],
    'g.ts': ['f.ts', 'd.ts'],
  });
  assert.deepEqual(stronglyConnected(cyclic), [['a.ts', 'b.ts', 'c.ts'], ['e.ts'], ['f.ts', 'g.ts']]);
  assert.deepEqual(stronglyConnected(graphOf({ 'a.ts': ['b.ts', 'c.ts'], 'b.ts': ['c.ts'], 'c.ts': [] })), []);
  // A target that is not a key is a node without edges.
  assert.deepEqual(stronglyConnected(graphOf({ 'a.ts': ['z.ts'] })), []);
});

test('the checks fail on an in-memory graph with a file cycle, a unit cycle, an upward edge and an unknown unit', () => {
  const layers = ['core', 'conversion', 'site', 'build.ts'];
  // core/a → core/b → core/a is a file cycle inside one unit; site ⇄ conversion is a unit cycle without a file cycle.
  const bad = graphOf({
    'core/a.ts': ['core/b.ts'],
    'core/b.ts': ['core/a.ts'],
    'conversion/x.ts': ['core/a.ts', 'site/p.ts'],
    'site/p.ts': ['conversion/y.ts'],
    'conversion/y.ts': [],
    'build.ts': ['site/p.ts', 'extras/z.ts'],
    'extras/z.ts': [],
  });
  assert.throws(() => assertNoFileCycles(bad), (e: Error) => e.message.includes('core/a.ts → core/b.ts') && e.message.includes('core/b.ts → core/a.ts') && !e.message.includes('site/'));
  assert.throws(() => assertNoUnitCycles(bad), (e: Error) => e.message.includes('conversion → site') && e.message.includes('site → conversion') && !e.message.includes('core →'));
  assert.throws(() => assertLayered(bad, layers), (e: Error) => {
    assert.match(e.message, /'conversion' imports the higher layer 'site': conversion\/x\.ts → site\/p\.ts/);
    assert.match(e.message, /unknown unit 'extras' \(src\/extras\/\): add it to LAYERS in test\/architecture\.test\.ts/);
    assert.doesNotMatch(e.message, /'site' imports/);
    return true;
  });
  const good = graphOf({
    'core/a.ts': ['core/b.ts'],
    'core/b.ts': [],
    'conversion/x.ts': ['core/a.ts'],
    'site/p.ts': ['conversion/x.ts', 'core/b.ts'],
    'build.ts': ['site/p.ts', 'core/a.ts'],
  });
  assertNoFileCycles(good);
  assertNoUnitCycles(good);
  assertLayered(good, layers);
  assert.deepEqual([unitOf('build.ts'), unitOf('conversion/x.ts'), unitOf('site/render/page.ts')], ['build.ts', 'conversion', 'site']);
});

test('importGraph reads a source tree from disk and resolves its relative imports', () => {
  const src = writeSite(tempDir(), {
    'cli.ts': "import { build } from './build.js';\nimport { parseArgs } from 'node:util';\nconst w = await import('./workers/pool.js');\n",
    'build.ts': "import type { Config } from './config/index.js';\nexport { a } from './core/a.js';\nimport './gone.js';\n",
    'config/index.ts': "import { a } from '../core/a.js';\n",
    'core/a.ts': 'export const a = 1;\n',
    'workers/pool.ts': "import { build } from '../build.js';\n",
    'types.d.ts': "import './not-read.js';\n",
  });
  const { graph, imports, unresolved } = importGraph(src);
  assert.deepEqual(
    [...graph].map(([f, to]) => `${f}: ${[...to].sort().join(' ')}`),
    ['build.ts: config/index.ts core/a.ts', 'cli.ts: build.ts workers/pool.ts', 'config/index.ts: core/a.ts', 'core/a.ts: ', 'workers/pool.ts: build.ts'],
  );
  assert.equal(imports.length, 8);
  assert.deepEqual(unresolved.map((i) => `${i.from}:${i.line} ${i.specifier}`), ['build.ts:3 ./gone.js']);
  assert.deepEqual(stronglyConnected(graph), []);
});

// ---- the real src/ -------------------------------------------------------------------------

test('src/: the import graph is read, and every relative import names a .ts file under src/', () => {
  const { graph, imports, unresolved } = importGraph(SRC);
  assert.ok(graph.size >= 10, `only ${graph.size} files under ${SRC}`);
  assert.ok(imports.filter((i) => i.to !== null).length >= graph.size, 'suspiciously few relative imports: is the parser broken?');
  assert.deepEqual(unresolved.map((i) => `src/${i.from}:${i.line} ${i.specifier}`), []);
});

test('src/ has no import cycle between files', () => {
  assertNoFileCycles(importGraph(SRC).graph);
});

test('src/ has no import cycle between units', () => {
  assertNoUnitCycles(importGraph(SRC).graph);
});

test('src/: every unit imports only units of lower layers (LAYERS)', () => {
  assertLayered(importGraph(SRC).graph, LAYERS);
});

/**
 * A build that finds nothing changed (issue 11: warm ≤ 1 s, within 2× of reading and hashing the sources) runs on
 * what build.ts loads before it looks at the cache: its static imports (type-only and `import()` left out) must
 * not reach the converters' dictionaries, the segmenter, the templates or the Markdown and HTML tooling, which
 * the stages load when they run.
 */
test('src/build.ts loads no converter, segmenter, template engine or Markdown tooling statically', () => {
  const { imports } = importGraph(SRC);
  const loads = (i: (typeof imports)[number]) => i.kind === 'import' || i.kind === 'export';
  const reached = new Set<string>(['build.ts']);
  const bare = new Map<string, string>();
  for (const queue = ['build.ts']; queue.length; ) {
    const file = queue.shift()!;
    for (const i of imports.filter((x) => x.from === file && loads(x))) {
      if (i.to === null) {
        if (!i.specifier.startsWith('node:') && !bare.has(i.specifier)) bare.set(i.specifier, `src/${file}:${i.line}`);
      } else if (!reached.has(i.to)) {
        reached.add(i.to);
        queue.push(i.to);
      }
    }
  }
  assert.ok(reached.size >= 10, `only ${reached.size} files reached: is the walk broken?`);
  const heavy = /^(?:opencc-js|@node-rs\/jieba|liquidjs|hast-util-|mdast-util-|micromark|remark-|unified|gray-matter)/;
  assert.deepEqual([...bare].filter(([s]) => heavy.test(s)).map(([s, at]) => `${s} (${at})`), []);
  assert.deepEqual([...reached].filter((f) => /^(?:conversion\/(?:converters|preset|corrections|dictionaries)|taxonomy\/terms|render\/.*|markdown\/(?:parse|html))\.ts$/.test(f)), []);
});
