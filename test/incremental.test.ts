/**
 * A long-lived Builder's rebuild after one article's body changed
 * (site/incremental.ts, search/index-update.ts, `Builder.liveBuild`): only
 * the article's pages, the feeds carrying it and the search files holding it
 * are made, and the output patched — and the output equals a cold build's,
 * file by file (manifest included). Edits that reach other pages (a summary,
 * a title, a new character for the search map, a deleted or renamed article)
 * take the whole path and equal a cold build too. After either, a new
 * builder over the same cache finds nothing changed (the saved output state
 * is the output's).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Builder, build, type BuildReport } from '../src/build.js';
import { article, readTree, tempDir, writeSite } from './helpers.js';

const NOW = new Date('2024-08-01T00:00:00Z');
const WORDS = ['晶片', '人工智能', '深圳', '電動車', '半導體', '雲端'];

/** A site of `n` articles sharing keywords, sections, authors and a closing paragraph (boilerplate), all in the feed. */
function site(root: string, n: number): void {
  const files: Record<string, string> = {
    'tongwen.config.yaml': 'title: 同文快報\ndescription: 測試\nbaseUrl: https://example.org/\ntimeZone: Asia/Shanghai\npageSize: 5\n',
  };
  for (let i = 0; i < n; i++) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    const month = String(1 + (i % 6)).padStart(2, '0');
    files[`content/2024/${month}/a${i}.md`] = article(
      {
        title: `第${i}篇報道：${WORDS[i % WORDS.length]}產業的新進展`,
        date: `2024-${month}-${day}T0${i % 10}:00:00+08:00`,
        category: i % 2 ? '科技' : '財經',
        author: `記者${['王', '李', '張'][i % 3]}`,
        keywords: `["${WORDS[i % WORDS.length]}", "${WORDS[(i * 5 + 1) % WORDS.length]}"]`,
      },
      `這是第${i}篇文章的導語，介紹${WORDS[i % WORDS.length]}產業的情況。\n\n## 市場\n\n第${i}段講述市場的變化，${WORDS[(i + 2) % WORDS.length]}也在變。\n\n最後一段是記者的觀察。\n`,
    );
  }
  writeSite(root, files);
}

const FILE = 'content/2024/02/a7.md';
const change = (root: string, from: string | RegExp, to: string) => {
  const path = join(root, FILE);
  const text = readFileSync(path, 'utf8');
  assert.match(text, typeof from === 'string' ? new RegExp(from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) : from);
  writeFileSync(path, text.replace(from, to));
};

type Scenario = { name: string; edits: Array<(root: string) => void>; bodyEdit: boolean; searchText?: boolean; inPlace?: false };

const SCENARIOS: Scenario[] = [
  { name: 'a paragraph added to the body', edits: [(r) => change(r, '最後一段', '記者介紹市場的新進展。\n\n最後一段')], bodyEdit: true, searchText: true },
  {
    name: 'two body edits in a row',
    edits: [(r) => change(r, '最後一段', '記者介紹市場的新進展。\n\n最後一段'), (r) => change(r, '記者介紹市場的新進展。', '記者觀察市場的情況。')],
    bodyEdit: true,
    searchText: true,
  },
  { name: 'a boilerplate paragraph removed', edits: [(r) => change(r, '\n\n最後一段是記者的觀察。\n', '\n')], bodyEdit: true },
  { name: 'the first paragraph (the summary) edited', edits: [(r) => change(r, '這是第7篇', '這是今天第7篇')], bodyEdit: false },
  { name: 'a character new to the site in the body', edits: [(r) => change(r, '最後一段', '鑫淼焱。\n\n最後一段')], bodyEdit: false },
  { name: 'the front matter (title) edited', edits: [(r) => change(r, '第7篇報道', '第7篇專題報道')], bodyEdit: false },
  { name: 'the article deleted', edits: [(r) => rmSync(join(r, FILE))], bodyEdit: false, inPlace: false },
  { name: 'the article renamed', edits: [(r) => renameSync(join(r, FILE), join(r, 'content/2024/02/a7-new.md'))], bodyEdit: false, inPlace: false },
];

function assertSameTree(warm: Map<string, Buffer>, cold: Map<string, Buffer>, step: string): void {
  assert.deepEqual([...warm.keys()], [...cold.keys()], `${step}: the same files`);
  for (const [file, bytes] of cold) assert.ok(bytes.equals(warm.get(file)!), `${step}: ${file} differs from the cold build`);
}

/**
 * The cold build after edit `k` of a scenario, made by whichever of its two tests (with and without the watcher's
 * hint) comes first and only read by both: the second test compares its rebuild with a cold build of the first one's
 * folder, the same site edited the same way (a build's bytes do not depend on where the site folder is).
 */
const coldBuilds = new Map<string, Promise<{ tree: Map<string, Buffer>; report: BuildReport }>>();
function coldBuild(key: string, root: string): Promise<{ tree: Map<string, Buffer>; report: BuildReport }> {
  let made = coldBuilds.get(key);
  if (!made) {
    const out = join(tempDir(), 'cold');
    made = build({ root, out, workers: 0, now: NOW }).then((report) => ({ tree: readTree(out), report }));
    coldBuilds.set(key, made);
  }
  return made;
}

for (const [s, watched] of SCENARIOS.flatMap((x) => [[x, false], [x, true]] as const)) {
  // `watched`: the builder is told what a watcher saw (the edited file, when changed in place), as `serve` tells it.
  test(`a dev server's rebuild equals a cold build: ${s.name}${s.bodyEdit ? ' (body edit: only its files made)' : ' (the whole build)'}${watched ? ', with the watcher\'s hint' : ''}`, async () => {
    const root = tempDir();
    site(root, 14);
    const out = join(tempDir(), 'out');
    const cache = join(tempDir(), 'cache');
    const builder = new Builder({ root, out, cache, workers: 0, now: NOW });
    try {
      await builder.build();
      for (const [k, edit] of s.edits.entries()) {
        const before = readTree(out);
        edit(root);
        const report = await builder.build(watched && s.inPlace !== false ? { changed: [FILE] } : {});
        assert.equal(report.cache?.bodyEdit === true, s.bodyEdit, `edit ${k + 1}: ${s.bodyEdit ? 'a body edit' : 'the whole build'}`);
        const { tree: coldTree, report: cold } = await coldBuild(`${s.name}, edit ${k + 1}`, root);
        const warm = readTree(out);
        assertSameTree(warm, coldTree, `${s.name}, edit ${k + 1}`);
        assert.deepEqual(report.pages, cold.pages);
        assert.equal(report.files, cold.files);
        assert.equal(report.bytes, cold.bytes);
        if (s.bodyEdit) {
          const changed = [...warm].filter(([f, b]) => !before.get(f)?.equals(b)).map(([f]) => f);
          const pages = changed.filter((f) => f.endsWith('.html'));
          assert.deepEqual(pages.sort(), ['zh-hans/2024/02/a7/index.html', 'zh-hant/2024/02/a7/index.html'], 'only its own pages change');
          // (Boilerplate is not indexed: removing it changes no posting.)
          if (s.searchText) assert.ok(changed.some((f) => f.startsWith('search/c/')), 'its search postings changed');
          assert.ok(report.cache!.written <= changed.length + 1, `only changed files written (${report.cache!.written})`);
        }
      }
    } finally {
      await builder.close();
    }
    // The state the rebuild saved is the output's: a new builder over the same cache finds nothing to do.
    const again = await build({ root, out, cache, workers: 0, now: NOW });
    assert.equal(again.cache?.unchanged, true, 'the next process finds nothing changed');
  });
}

test('serve: a body edit reloads the open page with the change, and the output equals a cold build', async () => {
  const { devServer } = await import('../src/commands/dev-server.js');
  const { request } = await import('node:http');
  const root = tempDir();
  site(root, 14);
  const out = join(tempDir(), 'out');
  const built: Array<NonNullable<import('../src/build.js').BuildReport['cache']>> = [];
  const server = await devServer({
    build: { root, out, cache: join(tempDir(), 'cache'), workers: 0, now: NOW },
    basePath: '/',
    port: 0,
    host: '127.0.0.1',
    onBuild: (r) => built.push(r.cache!),
    onError: (e) => assert.fail(e.map((x) => x.message).join('\n')),
    format: (e) => e.map((x) => x.message),
  });
  try {
    await server.ready;
    let onReload: () => void = () => {};
    await new Promise<void>((ready) => {
      request({ host: '127.0.0.1', port: server.port, path: '/__tongwen/events' }, (res) => {
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => chunk.includes('event: reload') && onReload());
        ready();
      }).end();
    });
    const reloaded = new Promise<void>((go) => (onReload = go));
    change(root, '最後一段', '記者介紹市場的新進展。\n\n最後一段');
    await reloaded;
    const html = await (await fetch(`http://127.0.0.1:${server.port}/zh-hant/2024/02/a7/`)).text();
    assert.ok(html.includes('記者介紹市場的新進展。'), 'the reloaded page shows the edit');
    assert.equal(built.at(-1)?.bodyEdit, true, 'the rebuild was a body edit');
    const coldOut = join(tempDir(), 'cold');
    // The cold build links to the dev server's base URL as the dev server does.
    await build({ root, out: coldOut, workers: 0, now: NOW, baseUrl: `http://localhost:${server.port}/` });
    assertSameTree(readTree(out), readTree(coldOut), 'serve after a body edit');
  } finally {
    await server.close();
  }
});

test('a restarted server (keepLive over a warm cache) makes its first body edit alone; a file saved unchanged does nothing', async () => {
  const root = tempDir();
  site(root, 14);
  const out = join(tempDir(), 'out');
  const cache = join(tempDir(), 'cache');
  await build({ root, out, cache, workers: 0, now: NOW });
  const builder = new Builder({ root, out, cache, workers: 0, now: NOW, keepLive: true });
  try {
    const first = await builder.build();
    assert.equal(first.cache?.written, 0, 'the output was up to date: nothing written');
    change(root, '最後一段', '記者介紹市場的新進展。\n\n最後一段');
    const edited = await builder.build({ changed: [FILE] });
    assert.equal(edited.cache?.bodyEdit, true, 'the first edit after the restart is a body edit');
    writeFileSync(join(root, FILE), readFileSync(join(root, FILE)));
    const same = await builder.build({ changed: [FILE] });
    assert.equal(same.cache?.unchanged, true, 'saved as it was: nothing changed');
    const coldOut = join(tempDir(), 'cold');
    await build({ root, out: coldOut, workers: 0, now: NOW });
    assertSameTree(readTree(out), readTree(coldOut), 'after the restart and the edit');
  } finally {
    await builder.close();
  }
});

test('a body edit after another build wrote the output takes the whole build (the live state is not the output\'s)', async () => {
  const root = tempDir();
  site(root, 14);
  const out = join(tempDir(), 'out');
  const cache = join(tempDir(), 'cache');
  const builder = new Builder({ root, out, cache, workers: 0, now: NOW });
  try {
    await builder.build();
    // Another process builds the same output with other options (a base URL of its own).
    await build({ root, out, cache: join(tempDir(), 'other-cache'), workers: 0, now: NOW, baseUrl: 'https://other.example/' });
    change(root, '最後一段', '記者介紹市場的新進展。\n\n最後一段');
    const report = await builder.build({ changed: [FILE] });
    assert.notEqual(report.cache?.bodyEdit, true, 'not patched over an output it did not write');
    const coldOut = join(tempDir(), 'cold');
    await build({ root, out: coldOut, workers: 0, now: NOW });
    assertSameTree(readTree(out), readTree(coldOut), 'after another build and an edit');
  } finally {
    await builder.close();
  }
});
