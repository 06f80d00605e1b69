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
import { FIXTURES, article, readTree, tempDir, writeSite } from './helpers.js';
import { formatReport } from '../src/cli/report.js';
import { writeWhole } from '../src/core/fs.js';

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

test('articles processed in worker threads are written to the cache by the threads, and a later build takes every one from it', async () => {
  const root = tempDir();
  cpSync(BASIC, root, { recursive: true });
  const cache = join(tempDir(), 'cache');
  const first = await build({ root, out: join(tempDir(), 'out'), cache, workers: 2, now: NOW });
  assert.equal(first.cache?.articles, 0);
  const entries = [...readTree(join(cache, 'v1', 'articles')).keys()];
  assert.ok(entries.length > 0 && entries.every((f) => !f.endsWith('.tmp')), 'whole entries, no temporary file left');
  // Another output folder: no record of it, so the whole build runs, its articles from the cache.
  const out = join(tempDir(), 'out');
  const second = await build({ root, out, cache, workers: 0, now: NOW });
  assert.equal(second.cache?.articles, second.articles + second.drafts + second.future);
  const cold = join(tempDir(), 'cold');
  await build({ root, out: cold, workers: 0, now: NOW });
  assertSameTree(readTree(out), readTree(cold), 'from entries the threads wrote');
});

test('writeWhole (how threads write cache entries): whole files, and a folder removed since it was made is made again', () => {
  const dir = join(tempDir(), 'entries');
  const made = new Set<string>();
  writeWhole(join(dir, 'ab', 'abc'), Buffer.from('one'), made);
  assert.equal(readFileSync(join(dir, 'ab', 'abc'), 'utf8'), 'one');
  rmSync(dir, { recursive: true });
  writeWhole(join(dir, 'ab', 'abd'), Buffer.from('two'), made);
  assert.equal(readFileSync(join(dir, 'ab', 'abd'), 'utf8'), 'two');
  assert.deepEqual([...readTree(dir).keys()], ['ab/abd'], 'no temporary file left');
});

/**
 * A generated site of `n` articles sharing keywords, sections and authors
 * (so every article shows on listings, related articles and neighbours).
 */
function listingSite(root: string, n: number): void {
  const files: Record<string, string> = { 'tongwen.config.yaml': 'title: 同文快報\ndescription: 測試\nbaseUrl: https://example.org/\ntimeZone: Asia/Shanghai\npageSize: 5\n' };
  const words = ['晶片', '人工智能', '深圳', '電動車', '半導體', '雲端'];
  for (let i = 0; i < n; i++) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    const month = String(1 + (i % 6)).padStart(2, '0');
    files[`content/2024/${month}/a${i}.md`] = article(
      {
        title: `第${i}篇報道：${words[i % words.length]}產業的新進展`,
        date: `2024-${month}-${day}T0${i % 10}:00:00+08:00`,
        category: i % 2 ? '科技' : '財經',
        author: `記者${['王', '李', '張'][i % 3]}`,
        keywords: `["${words[i % words.length]}", "${words[(i * 5 + 1) % words.length]}"]`,
      },
      `這是第${i}篇文章的導語，介紹${words[i % words.length]}產業的情況。\n\n第二段講述市場的變化。\n\n最後一段是記者的觀察。\n`,
    );
  }
  writeSite(root, files);
}

/** The HTML files of `after` that `before` does not have with the same bytes: the pages a build must render. */
function changedPages(before: Map<string, Buffer>, after: Map<string, Buffer>): string[] {
  return [...after].filter(([f, bytes]) => f.endsWith('.html') && !before.get(f)?.equals(bytes)).map(([f]) => f);
}

/** The HTML files of a tree that link to `path`. */
function pagesShowing(tree: Map<string, Buffer>, path: string): string[] {
  return [...tree].filter(([f, bytes]) => f.endsWith('.html') && bytes.includes(path)).map(([f]) => f);
}

const pageTotal = (r: BuildReport) => Object.values(r.pages).reduce((n, row) => n + Object.values(row).reduce((s, x) => s + x, 0), 0);

/** The cold build after each edit (both modes make the same edits to the same site: built once, as `coldBuilds`). */
const coldAfterEdit = new Map<number, Map<string, Buffer>>();

for (const mode of ['a new build each time', 'one long-lived Builder'] as const) {
  test(`a one-article edit renders again only the pages whose bytes change (${mode})`, async () => {
    const root = tempDir();
    listingSite(root, 40);
    const cache = join(tempDir(), 'cache');
    const out = join(tempDir(), 'out');
    const builder = new Builder({ root, out, cache, workers: 0, now: NOW });
    const warm = () => (mode === 'one long-lived Builder' ? builder.build() : build({ root, out, cache, workers: 0, now: NOW }));
    let step = 0;
    const cold = async () => {
      let tree = coldAfterEdit.get(step);
      if (!tree) {
        const dir = join(tempDir(), 'cold');
        await build({ root, out: dir, workers: 0, now: NOW });
        tree = readTree(dir);
        coldAfterEdit.set(step, tree);
      }
      step++;
      return tree;
    };
    try {
      await warm();
      let before = await cold();
      // [what, from, to, whether every page rendered again changes]
      const edits: Array<[string, string, string, boolean]> = [
        ['a body paragraph', '第二段講述市場的變化', '第二段講述市場今天的變化', true],
        ['the title', '第17篇報道', '第17篇獨家報道', true],
        ['the keywords', '["雲端", "深圳"]', '["雲端", "晶片"]', false],
        ['the date (it moves among its neighbours)', '2024-06-18T07:00:00+08:00', '2024-01-03T07:00:00+08:00', false],
      ];
      for (const [what, from, to, exact] of edits) {
        edit(root, 'content/2024/06/a17.md', from, to);
        const report = await warm();
        const after = await cold();
        const rendered = pageTotal(report) - report.cache!.pages;
        const changed = changedPages(before, after);
        assert.ok(changed.length > 0, `${what}: the edit shows on some page`);
        if (exact) assert.equal(rendered, changed.length, `${what}: ${rendered} pages rendered for ${changed.length} changed (${changed.slice(0, 8).join(', ')}…)`);
        else {
          // A listing's context holds the whole card of each article (its keywords too), shown or not by the
          // template: such a page may render again unchanged, but only if it lists the article.
          const showing = new Set([...changed, ...pagesShowing(before, '/2024/06/a17/'), ...pagesShowing(after, '/2024/06/a17/')]);
          assert.ok(rendered >= changed.length && rendered <= showing.size, `${what}: ${rendered} pages rendered, ${changed.length} changed, ${showing.size} show the article`);
        }
        assertSameTree(readTree(out), after, what);
        before = after;
      }
    } finally {
      await builder.close();
    }
  });
}

test('the clock: a later build with nothing changed writes nothing, until an article dated in the future becomes due', async () => {
  const root = writeSite(tempDir(), {
    'content/2024/07/now.md': article({ title: '今日新聞', date: '2024-07-30' }),
    'content/2024/08/later.md': article({ title: '明日新聞', date: '2024-08-02T08:00:00Z' }),
  });
  const cache = join(tempDir(), 'cache');
  const out = join(tempDir(), 'out');
  const at = (iso: string) => build({ root, out, cache, workers: 0, now: new Date(iso) });
  const first = await at('2024-08-01T00:00:00Z');
  assert.equal(first.future, 1);
  // An hour later, a day later: the same articles are out, so the output is the output.
  for (const later of ['2024-08-01T01:00:00Z', '2024-08-02T07:59:59Z']) {
    const r = await at(later);
    assert.equal(r.cache?.unchanged, true, later);
    assert.equal(r.future, 1, later);
  }
  // Once the future article is due, it is built, exactly as a cold build at that time builds it.
  const due = await at('2024-08-02T08:00:00Z');
  assert.equal(due.cache?.unchanged, false);
  assert.equal(due.future, 0);
  assert.ok(existsSync(join(out, 'zh-hant', '2024', '08', 'later', 'index.html')));
  const coldOut = join(tempDir(), 'cold');
  await build({ root, out: coldOut, workers: 0, now: new Date('2024-08-02T08:00:00Z') });
  assertSameTree(readTree(out), readTree(coldOut), 'after the article became due');
  // A clock set back before the interval is not trusted either: the article is left out again.
  const back = await at('2024-07-31T00:00:00Z');
  assert.equal(back.cache?.unchanged, false);
  assert.equal(back.future, 1);
});

test('the cache line counts a future-dated article among the articles it reused from', async () => {
  const root = writeSite(tempDir(), {
    'content/2024/07/now.md': article({ title: '今日新聞', date: '2024-07-30' }),
    'content/2024/07/other.md': article({ title: '昨日新聞', date: '2024-07-29' }),
    'content/2024/08/later.md': article({ title: '明日新聞', date: '2024-08-02T08:00:00Z' }),
  });
  const cache = join(tempDir(), 'cache');
  const out = join(tempDir(), 'out');
  const opts = { root, out, cache, workers: 0, now: new Date('2024-08-01T00:00:00Z') };
  await build(opts);
  writeFileSync(join(root, 'content/2024/07/now.md'), article({ title: '今日新聞', date: '2024-07-30' }) + '\n補充一段。\n');
  const r = await build(opts);
  assert.equal(r.future, 1);
  const line = formatReport(r).split('\n').find((l) => l.startsWith('Cache:'));
  const m = /^Cache: (\d+) of (\d+) articles/.exec(line ?? '');
  assert.ok(m, line);
  // Two of the three sources come from the cache (the future one too); the edited one does not.
  assert.deepEqual([Number(m[1]), Number(m[2])], [2, 3], line);
});
