/**
 * The stamps of the sources persist in the cache (cache/source-hashes.ts): a
 * new process (a new SourceHashes) reads again only the files whose size,
 * times or inode changed since the last one hashed them — and every file
 * hashed within the racy window of its last change, whose stamp could hide a
 * second write. The output check that runs in its own thread on large
 * outputs agrees with the one in this thread; a check started early (before
 * the build holds the output's lock, as the CLI starts it) is not trusted when
 * the record or the output's manifest changed after it looked.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SourceHashes } from '../src/cache/source-hashes.js';
import { CacheStore } from '../src/cache/store.js';
import { article, tempDir, writeSite } from './helpers.js';
import { build } from '../src/build.js';
import { loadOutputState, outputCheckStats, prestartOutputCheck, startOutputCheck } from '../src/cache/output-state.js';

/** Lets the clock move past the files' change times (with racyMs 0 a stamp is trusted once taken after the change). */
const pause = () => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

function site(n: number): { root: string; paths: string[] } {
  const root = tempDir();
  const paths = Array.from({ length: n }, (_, i) => join(root, `a-${i}.md`));
  paths.forEach((p, i) => writeFileSync(p, `第 ${i} 篇\n`));
  pause();
  return { root, paths };
}

test('a new process trusts saved stamps: nothing read when nothing changed; an edit of the same size is read again', () => {
  const { root, paths } = site(5);
  const store = new CacheStore(join(tempDir(), 'cache'));
  const first = new SourceHashes({ racyMs: 0 });
  first.load(store, root);
  const h1 = first.hashAll(paths);
  assert.equal(first.read, 5);
  first.save(store, root);

  const second = new SourceHashes({ racyMs: 0 });
  second.load(store, root);
  assert.deepEqual(second.hashAll(paths), h1);
  assert.equal(second.read, 0, 'no file read');

  // The same size, other bytes: the change time moves, so the file is read and its new hash given.
  writeFileSync(paths[2]!, '第 9 篇\n');
  pause();
  const third = new SourceHashes({ racyMs: 0 });
  third.load(store, root);
  const h3 = third.hashAll(paths);
  assert.equal(third.read, 1);
  assert.equal(h3.get(paths[2]!), sha(paths[2]!));
  assert.notEqual(h3.get(paths[2]!), h1.get(paths[2]!));
  third.save(store, root);

  // A file replaced by another (rename over it): a new inode, read again.
  writeFileSync(join(root, 'tmp'), '第 4 篇\n');
  renameSync(join(root, 'tmp'), paths[4]!);
  pause();
  const fourth = new SourceHashes({ racyMs: 0 });
  fourth.load(store, root);
  fourth.hashAll(paths);
  assert.equal(fourth.read, 1);
});

test('stamps taken within the racy window of a change are not trusted by the next process', () => {
  const { root, paths } = site(3);
  const store = new CacheStore(join(tempDir(), 'cache'));
  const first = new SourceHashes();
  first.hashAll(paths);
  first.save(store, root);
  const second = new SourceHashes();
  second.load(store, root);
  second.hashAll(paths);
  assert.equal(second.read, 3, 'files written just before they were hashed are read again');
});

test('damaged or foreign stamps read as none; another root has its own', () => {
  const { root, paths } = site(2);
  const cacheDir = join(tempDir(), 'cache');
  const store = new CacheStore(cacheDir);
  const first = new SourceHashes({ racyMs: 0 });
  first.hashAll(paths);
  first.save(store, root);
  const other = new SourceHashes({ racyMs: 0 });
  other.load(store, join(root, 'elsewhere'));
  other.hashAll(paths);
  assert.equal(other.read, 2, 'the stamps of another site folder are not used');
  for (const name of ['v1']) {
    const dir = join(cacheDir, name);
    for (const f of readdirSync(dir).filter((f) => f.startsWith('sources-'))) writeFileSync(join(dir, f), '{"paths": [1,');
  }
  const damaged = new SourceHashes({ racyMs: 0 });
  damaged.load(store, root);
  assert.deepEqual(damaged.hashAll(paths), first.hashAll(paths));
  assert.equal(damaged.read, 2);
});


/** A two-article site (one Traditional, one Simplified) built once with a cache: its folders and the cache's store. */
async function builtTwoArticleSite(title: string) {
  const root = writeSite(tempDir(), {
    'tongwen.config.yaml': `title: ${title}\nbaseUrl: https://example.org/\n`,
    'content/a.md': article({ title: '第一篇', date: '2024-06-01', keywords: '軟體' }, '資訊與軟體。\n'),
    'content/b.md': article({ title: '第二篇', date: '2024-06-02', keywords: '網絡' }, '网络与软件。\n'),
  });
  const cache = join(tempDir(), 'cache');
  const out = join(tempDir(), 'out');
  await build({ root, out, cache, workers: 0 });
  const store = new CacheStore(cache);
  return { root, cache, out, store };
}

/** An output state as plain data, to compare two of them. */
const plain = (st: ReturnType<typeof loadOutputState>) => st && { buildKey: st.buildKey, report: st.report, count: st.count, files: st.files, entries: st.entries?.() };

test('the output check in its own thread (startOutputCheck) agrees with the check in this thread: whole, a file edited, a file gone', async () => {
  const { root, cache, out, store } = await builtTwoArticleSite('檢查');
  const here = loadOutputState(store, out);
  assert.ok(here && Object.keys(here.files).length > 20, 'a state recorded');
  const thread = await startOutputCheck(store, out, 0).result();
  assert.deepEqual(plain(thread), plain(here), 'the thread finds the output whole');
  assert.equal(thread!.count, Object.keys(here.files).length, 'the thread counts the files (the columns are parsed here only when used)');
  // A build that finds nothing changed lists the files only when asked: the list is the recorded output.
  const kept = await build({ root, out, cache, workers: 0 });
  assert.equal(kept.cache?.unchanged, true);
  assert.equal(kept.files, thread!.count);
  assert.deepEqual(kept.sink.manifest(), thread!.entries!());
  assert.deepEqual(thread!.entries!(), Object.entries(here.files).map(([path, f]) => ({ path, size: f.size, sha256: f.sha256 })), 'entries list the files in their order');
  const page = join(out, 'zh-hant', 'index.html');
  writeFileSync(page, readFileSync(page, 'utf8').replace('</html>', '<!-- x --></html>'));
  assert.equal(await startOutputCheck(store, out, 0).result(), undefined, 'an edited file is seen');
  assert.equal(loadOutputState(store, out), undefined);
  await build({ root, out, cache, workers: 0 });
  assert.ok(await startOutputCheck(store, out, 0).result(), 'whole again after a build');
  rmSync(join(out, 'sitemap.xml'));
  assert.equal(await startOutputCheck(store, out, 0).result(), undefined, 'a missing file is seen');
  const before = { ...outputCheckStats };
  await startOutputCheck(store, out, 0).result();
  assert.deepEqual([outputCheckStats.thread - before.thread, outputCheckStats.here - before.here], [1, 0], 'the thread answered');
  await startOutputCheck(store, out).result();
  assert.deepEqual([outputCheckStats.thread - before.thread, outputCheckStats.here - before.here], [1, 1], 'a small output is checked here');
});

test('a check started early (the CLI starts it before the build takes the lock) is taken by the build, and not trusted when a build wrote in between', async () => {
  const { root, cache, out, store } = await builtTwoArticleSite('早查');
  // Nothing happened in between: the early answer is the state, and a build takes it (no second check).
  let before = { ...outputCheckStats };
  await prestartOutputCheck(store, out, 0).settled;
  const kept = await build({ root, out, cache, workers: 0 });
  assert.equal(kept.cache?.unchanged, true);
  assert.deepEqual([outputCheckStats.early - before.early, outputCheckStats.thread - before.thread], [1, 1], 'the build took the early check');
  await prestartOutputCheck(store, out, 0).settled;
  assert.deepEqual(plain(await startOutputCheck(store, out).result()), plain(loadOutputState(store, out)), 'the early answer is the state');
  // Another build changed a page after the thread looked: the manifest it rewrote is seen.
  await prestartOutputCheck(store, out, 0).settled;
  writeFileSync(join(root, 'content', 'b.md'), article({ title: '第二篇', date: '2024-06-02', keywords: '網絡' }, '网络与软件，改过。\n'));
  const other = new CacheStore(join(tempDir(), 'other-cache'));
  await build({ root, out, cache: other.dir.replace(/[\\/]v1$/, ''), workers: 0 });
  before = { ...outputCheckStats };
  assert.equal(await startOutputCheck(store, out).result(), undefined, 'a build in between: not trusted');
  assert.equal(outputCheckStats.early - before.early, 1);
  // The state rewritten after the thread read it (same output): the version read is not trusted either.
  await build({ root, out, cache, workers: 0 });
  await prestartOutputCheck(store, out, 0).settled;
  const statePath = readdirSync(store.dir).find((n) => n.startsWith('output-'))!;
  const bytes = readFileSync(join(store.dir, statePath));
  rmSync(join(store.dir, statePath));
  writeFileSync(join(store.dir, statePath), bytes);
  assert.equal(await startOutputCheck(store, out).result(), undefined, 'another version of the record: not trusted');
  // A check started for another output folder is not taken.
  await prestartOutputCheck(store, join(tempDir(), 'elsewhere'), 0).settled;
  before = { ...outputCheckStats };
  assert.ok(await startOutputCheck(store, out, 0).result(), 'a fresh check of this output');
  assert.equal(outputCheckStats.early - before.early, 0);
  // Whatever the early check found, a build's output is the cold build's.
  const warm = await build({ root, out, cache, workers: 0 });
  const cold = await build({ root, out: join(tempDir(), 'cold'), workers: 0 });
  assert.deepEqual(warm.sink.manifest(), cold.sink.manifest());
});
