/**
 * The worker-thread path: a site of 70 generated articles built with two
 * worker threads gives exactly the output of a build in the main thread, and
 * errors found in workers come back with their positions.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { build } from '../src/build.js';
import { BuildError } from '../src/core/errors.js';
import { PNG_1X1, article, heldByFile, readTree, sharedPool, tempDir, writeSite } from './helpers.js';

/**
 * The builds run in the process's shared pool of two workers (helpers.sharedPool), as a build runs in its own: after
 * the first they are warm from other builds, and a worker's output must not depend on what it did before. (A build
 * starting and ending a pool of its own: the kill test's worker lane, `tongwen build --workers 1`, and check.test.)
 */
const pool = heldByFile(sharedPool);

// 70 articles: three article batches (of 32) and several render batches (of 48 pages), more batches than workers in
// each stage (140 article pages alone): both workers get work, one of them twice, so results may come back out of order.
const COUNT = 70;
const WORDS = ['軟體', '資訊', '網絡', '人工智能', '英偉達', '深圳', '芯片', '后台', '软件', '信息'];

/** A deterministic site of `count` articles in both scripts, with the features the pipeline handles. */
function generatedSite(count: number): Record<string, string | Uint8Array> {
  const files: Record<string, string | Uint8Array> = { 'tongwen.config.yaml': 'title: 壓力測試\nbaseUrl: https://example.org/w/\npageSize: 25\n' };
  for (let i = 0; i < count; i++) {
    const hans = i % 3 === 0;
    const month = String((i % 12) + 1).padStart(2, '0');
    const day = String((i % 28) + 1).padStart(2, '0');
    const w1 = WORDS[i % WORDS.length]!;
    const w2 = WORDS[(i * 7 + 3) % WORDS.length]!;
    const body = [
      `${hans ? '这是第' : '這是第'} ${i} 篇，**「${w1}」**之後談${w2}[^1]。`,
      '',
      `| ${w1} | ${w2} |`,
      '|---|---|',
      `| ${i} | ${i * 2} |`,
      '',
      i % 5 === 0 ? '```\n后台 軟體\n```\n' : `![${w2}](/images/${i}.png "${w1}")\n`,
      `[^1]: 註 ${i}。`,
      '',
    ].join('\n');
    files[`content/${2020 + (i % 4)}/a-${String(i).padStart(3, '0')}.md`] = article({
      title: `${w1}與${w2}（${i}）`,
      date: `${2020 + (i % 4)}-${month}-${day}T${String(i % 24).padStart(2, '0')}:30:00+08:00`,
      lang: hans ? 'zh-Hans' : 'zh-Hant',
      // One article in ten has no keywords: automatic keywords (and their second pass) run too.
      ...(i % 10 === 0 ? {} : { keywords: `${w1} ${w2}` }),
      category: i % 2 ? '科技' : '经济',
    }, body);
    // The image the article shows (a missing local image is an error).
    if (i % 5 !== 0) files[`static/images/${i}.png`] = PNG_1X1;
  }
  return files;
}

import { withoutGlobals } from '../src/site/output-types.js';
import { jobContext } from '../src/render/render-job.js';
test(`${COUNT} articles built with 2 worker threads equal the single-thread build byte for byte`, async () => {
  const root = writeSite(tempDir(), generatedSite(COUNT));
  const single = join(tempDir(), 'single');
  const threaded = join(tempDir(), 'threaded');
  const a = await build({ root, out: single, workers: 0 });
  const b = await build({ root, out: threaded, pool: await pool() });
  assert.equal(a.articles, COUNT);
  assert.equal(b.articles, COUNT);
  const one = readTree(single);
  const two = readTree(threaded);
  assert.ok(one.size > 2 * COUNT);
  const json = JSON.parse(one.get('keywords.json')!.toString('utf8')) as { articles: Array<{ auto: boolean; keywords: string[] }> };
  assert.ok(json.articles.some((x) => x.auto && x.keywords.length > 0), 'some articles got automatic keywords');
  assert.deepEqual([...two.keys()], [...one.keys()]);
  for (const [file, bytes] of one) assert.ok(bytes.equals(two.get(file)!), `${file} differs between the builds`);
});

test('errors found in worker threads come back with file, line and column', async () => {
  const files = generatedSite(40);
  files['content/2021/broken.md'] = article({ title: '壞日期', date: '2024-02-30' });
  files['content/2022/bad-lang.md'] = article({ title: '壞語言', date: '2024-02-01', lang: 'fr' });
  const root = writeSite(tempDir(), files);
  await assert.rejects(build({ root, out: join(root, 'dist'), pool: await pool() }), (error: unknown) => {
    assert.ok(error instanceof BuildError);
    assert.deepEqual(error.errors.map((e) => [e.file, e.line, e.column, e.stage]), [
      ['content/2021/broken.md', 3, 7, 'metadata'],
      ['content/2022/bad-lang.md', 4, 7, 'metadata'],
    ]);
    assert.ok(error.errors.every((e) => e.hint));
    return true;
  });
});

test('pages the worker threads render and write themselves: a cached rebuild after an edit equals a cold single-thread build', async () => {
  const root = writeSite(tempDir(), generatedSite(40));
  const out = join(tempDir(), 'out');
  const cache = join(tempDir(), 'cache');
  await build({ root, out, pool: await pool(), cache });
  const edited = join(root, 'content', '2021', 'a-001.md');
  const { readFileSync, writeFileSync } = await import('node:fs');
  writeFileSync(edited, readFileSync(edited, 'utf8').replace('這是第 1 篇', '這是修改後的第 1 篇'));
  const warm = await build({ root, out, pool: await pool(), cache });
  assert.ok(warm.cache && warm.cache.written > 0 && warm.cache.written < 40, `a few files rewritten (${warm.cache?.written})`);
  const cold = join(tempDir(), 'cold');
  await build({ root, out: cold, workers: 0 });
  const a = readTree(cold);
  const b = readTree(out);
  assert.deepEqual([...b.keys()], [...a.keys()]);
  for (const [file, bytes] of a) assert.ok(bytes.equals(b.get(file)!), `${file} differs from the cold build`);
});

test('a builder that builds twice without a cache, its workers writing the pages, writes the whole site both times', async () => {
  const { Builder } = await import('../src/build.js');
  const root = writeSite(tempDir(), generatedSite(40));
  const out = join(tempDir(), 'out');
  const builder = new Builder({ root, out, pool: await pool() });
  try {
    await builder.build();
    const first = readTree(out);
    // The second build stages into a folder of the same name, made afresh: the workers must make its folders again.
    await builder.build();
    const second = readTree(out);
    assert.deepEqual([...second.keys()], [...first.keys()]);
    for (const [file, bytes] of first) assert.ok(bytes.equals(second.get(file)!), `${file} differs`);
  } finally {
    await builder.close();
  }
});

test('a render job sent without its variant\'s globals renders from the same context, key order included', () => {
  const globals = { site: { title: '同文' }, t: { home: '首頁' }, variant: { id: 'zh-Hant' } };
  const context = { ...globals, page: { title: 'p' }, article: { html: '<p>x</p>' } };
  const own = withoutGlobals(context, globals);
  assert.deepEqual(own, { page: { title: 'p' }, article: { html: '<p>x</p>' } });
  const made = jobContext({ root: '', timeZone: 'UTC', globals: { 'zh-Hant': globals } }, { template: 'article', context: own!, globals: 'zh-Hant' });
  assert.deepEqual(made, context);
  assert.deepEqual(Object.keys(made), Object.keys(context));
  // Globals that are not the variant's own objects, or not first, are sent whole.
  assert.equal(withoutGlobals({ ...context, site: { title: '同文' } }, globals), undefined);
  assert.equal(withoutGlobals({ page: {}, ...globals }, globals), undefined);
  assert.equal(withoutGlobals(context, undefined), undefined);
  assert.throws(() => jobContext({ root: '', timeZone: 'UTC' }, { template: 'article', context: own!, globals: 'zh-Hans' }), /no globals for variant zh-Hans/);
});
