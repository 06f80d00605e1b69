/**
 * The build cache (cache/): after every kind of change — an article edited,
 * deleted or renamed, a template, the glossary, the config, the package
 * versions — a warm build (through the cache, the output updated in place)
 * gives exactly the bytes of a cold build of the same site; and the cache
 * really is used (articles taken from it, pages neither rendered nor written).
 * Run twice: a new builder per build (the CLI) and one long-lived Builder
 * (the dev server), whose articles also stay in memory.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Builder, build, buildVersions, type BuildOptions, type BuildReport } from '../src/build.js';
import { FIXTURES, readTree, tempDir, writeSite } from './helpers.js';

const BASIC = join(FIXTURES, 'sites', 'basic');
const NOW = new Date('2024-08-01T00:00:00Z');

/** Asserts two output trees hold the same files with the same bytes. */
function assertSameTree(warm: Map<string, Buffer>, cold: Map<string, Buffer>, step: string): void {
  assert.deepEqual([...warm.keys()], [...cold.keys()], `${step}: the same files`);
  for (const [file, bytes] of cold) assert.ok(bytes.equals(warm.get(file)!), `${step}: ${file} differs from the cold build`);
}

type Step = { name: string; change: (root: string) => void; expect: (r: NonNullable<BuildReport['cache']>, articles: number) => void; versions?: BuildOptions['versions'] };

const edit = (root: string, file: string, from: string, to: string) => {
  const path = join(root, file);
  const text = readFileSync(path, 'utf8');
  assert.ok(text.includes(from), `${file} contains ${from}`);
  writeFileSync(path, text.replace(from, to));
};

const bumped = { ...buildVersions(), dependencies: { ...buildVersions().dependencies, 'opencc-js': '99.0.0' } };

const STEPS: Step[] = [
  {
    name: 'nothing changed',
    change: () => {},
    expect: (c) => {
      assert.equal(c.unchanged, true, 'a build with nothing changed does nothing');
      assert.equal(c.written, 0);
    },
  },
  {
    name: 'an article edited',
    change: (root) => edit(root, 'content/2024/06/deepseek.md', '深度求索發佈了新的語言模型', '深度求索今天發佈了新的語言模型'),
    expect: (c, n) => {
      assert.equal(c.articles, n - 1, 'every other article comes from the cache');
      assert.ok(c.pages > 0, 'pages that do not show the article are not rendered');
      assert.ok(c.written > 0 && c.keptFiles > c.written, `few files rewritten (${c.written} written, ${c.keptFiles} kept)`);
    },
  },
  {
    name: 'an article renamed',
    change: (root) => renameSync(join(root, 'content/2024/06/deepseek.md'), join(root, 'content/2024/06/deepseek-model.md')),
    expect: (c) => assert.ok(c.deleted > 0, 'the old URL is gone'),
  },
  {
    name: 'an article deleted',
    change: (root) => rmSync(join(root, 'content/科技/馬斯克.md')),
    expect: (c) => assert.ok(c.deleted > 0, 'its pages are deleted'),
  },
  {
    name: 'a template edited',
    change: (root) => {
      const text = readFileSync(join(REPO_TEMPLATES, 'article.liquid'), 'utf8');
      assert.ok(text.includes('</article>'));
      writeSite(root, { 'templates/article.liquid': text.replace('</article>', '<p class="edited">改</p></article>') });
    },
    expect: (c, n) => {
      assert.equal(c.articles, n, 'articles do not depend on templates');
      assert.ok(c.written > 0);
    },
  },
  {
    name: 'the glossary changed',
    change: (root) => writeFileSync(join(root, 'glossary.yaml'), '語言模型: { zh-Hans: 大模型 }\n'),
    expect: (c) => assert.ok(c.written > 0),
  },
  {
    name: 'the config changed',
    change: (root) => edit(root, 'tongwen.config.yaml', 'pageSize: 2', 'pageSize: 1'),
    expect: (c) => assert.ok(c.written > 0),
  },
  {
    name: 'the package versions changed',
    change: () => {},
    versions: bumped,
    expect: (c) => {
      assert.equal(c.articles, 0, 'no article is reused across versions');
      assert.equal(c.pages, 0, 'no page is reused across versions');
    },
  },
];

const REPO_TEMPLATES = join(FIXTURES, '..', '..', 'templates');

/** The cold build after each step (both modes apply the same steps to the same site: built once). */
const coldBuilds = new Map<string, { tree: Map<string, Buffer>; report: BuildReport }>();

for (const mode of ['a new build each time', 'one long-lived Builder'] as const) {
  test(`warm builds equal cold builds after every kind of change (${mode})`, async () => {
    const root = tempDir();
    cpSync(BASIC, root, { recursive: true });
    const cache = join(tempDir(), 'cache');
    const out = join(tempDir(), 'out');
    let versions: BuildOptions['versions'];
    const builder = new Builder({ root, out, cache, workers: 0, now: NOW });
    const warm = (v?: BuildOptions['versions']) => (mode === 'one long-lived Builder' && !v ? builder.build() : build({ root, out, cache, workers: 0, now: NOW, ...(v ? { versions: v } : {}) }));
    try {
      const first = await warm();
      assert.equal(first.cache?.articles, 0, 'a cold cache has no articles');
      for (const step of STEPS) {
        step.change(root);
        versions = step.versions;
        const report = await warm(versions);
        let coldBuild = coldBuilds.get(step.name);
        if (!coldBuild) {
          const coldOut = join(tempDir(), 'cold');
          const r = await build({ root, out: coldOut, workers: 0, now: NOW, ...(versions ? { versions } : {}) });
          coldBuild = { tree: readTree(coldOut), report: r };
          coldBuilds.set(step.name, coldBuild);
        }
        const cold = coldBuild.report;
        assert.equal(cold.cache, undefined, 'the cold build has no cache');
        step.expect(report.cache!, cold.articles + cold.drafts);
        assertSameTree(readTree(out), coldBuild.tree, step.name);
        assert.deepEqual(report.pages, cold.pages, `${step.name}: the same page counts`);
        assert.equal(existsSync(`${out}.journal`), false, 'no journal left');
      }
    } finally {
      await builder.close();
    }
  });
}

test('an output changed by hand is written whole again, not trusted', async () => {
  const root = tempDir();
  cpSync(BASIC, root, { recursive: true });
  const cache = join(tempDir(), 'cache');
  const out = join(tempDir(), 'out');
  await build({ root, out, cache, workers: 0, now: NOW });
  const cold = readTree(out);
  writeFileSync(join(out, 'zh-hant', 'index.html'), 'changed by hand');
  rmSync(join(out, 'sitemap.xml'));
  const again = await build({ root, out, cache, workers: 0, now: NOW });
  assert.equal(again.cache?.unchanged, false);
  assertSameTree(readTree(out), cold, 'after a hand edit');
});

test('a damaged cache entry reads as a miss', async () => {
  const root = tempDir();
  cpSync(BASIC, root, { recursive: true });
  const cache = join(tempDir(), 'cache');
  const out = join(tempDir(), 'out');
  await build({ root, out, cache, workers: 0, now: NOW });
  const cold = readTree(out);
  for (const [file] of readTree(join(cache, 'v1', 'articles'))) writeFileSync(join(cache, 'v1', 'articles', file), 'not v8');
  edit(root, 'content/2024/06/deepseek.md', '深度求索', '深度求索');
  rmSync(join(out, 'zh-hans', 'index.html'));
  const again = await build({ root, out, cache, workers: 0, now: NOW });
  assert.equal(again.cache?.articles, 0);
  assertSameTree(readTree(out), cold, 'after damage');
});
