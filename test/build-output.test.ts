/**
 * How a build writes: deterministic (same input → byte-identical tree),
 * atomic (a failing build leaves the previous output as it was, with no
 * temporary folders), stale pages removed, and only into a folder tongwen may
 * replace — never the site itself, never a foreign non-empty folder, never
 * outside the output folder.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from '../src/build.js';
import { FIXTURES, article, readTree, runCli, tempDir, writeSite } from './helpers.js';

const BASIC = join(FIXTURES, 'sites', 'basic');

/** Asserts two trees hold the same files with the same bytes. */
function assertSameTree(a: Map<string, Buffer>, b: Map<string, Buffer>): void {
  assert.deepEqual([...a.keys()], [...b.keys()]);
  for (const [file, bytes] of a) assert.ok(bytes.equals(b.get(file)!), `${file} differs`);
}

test('building the same site twice into different folders gives byte-identical trees', async () => {
  const one = join(tempDir(), 'one');
  const two = join(tempDir(), 'two');
  await build({ root: BASIC, out: one, workers: 0 });
  await build({ root: BASIC, out: two, workers: 0 });
  const a = readTree(one);
  assert.ok(a.size > 15);
  assertSameTree(a, readTree(two));
});

test('a failing build leaves the previous output byte-identical and no temporary folders', async () => {
  const root = tempDir();
  cpSync(BASIC, root, { recursive: true });
  const parent = tempDir();
  const out = join(parent, 'site');
  assert.equal((await runCli(['build', '--root', root, '--out', out, '--workers', '0', '--quiet'])).code, 0);
  const before = readTree(out);

  writeFileSync(join(root, 'content', 'broken.md'), article({ title: '壞', date: '2024-99-01' }));
  writeFileSync(join(root, 'content', '2024', '06', 'deepseek.md'), article({ title: '改過的標題', date: '2024-06-20' }));
  const failed = await runCli(['build', '--root', root, '--out', out, '--workers', '0']);
  assert.equal(failed.code, 1);
  assert.match(failed.err.at(-1)!, /^Build failed with 1 error/);

  assertSameTree(before, readTree(out));
  assert.deepEqual(readdirSync(parent), ['site'], 'no temporary or backup folder left next to the output');
});

test('a template error at render time also leaves the previous output untouched', async () => {
  const root = writeSite(tempDir(), { 'content/a.md': article({ title: '甲', date: '2024-06-01' }) });
  const parent = tempDir();
  const out = join(parent, 'out');
  await build({ root, out, workers: 0 });
  const before = readTree(out);
  // Parses fine, fails while rendering: the partial is looked up at render time.
  writeSite(root, { 'templates/article.liquid': '{% layout "base" %}{% block content %}{% render "no-such-partial" %}{% endblock %}\n' });
  const run = await runCli(['build', '--root', root, '--out', out, '--workers', '0']);
  assert.equal(run.code, 1);
  const errors = run.err.filter((l) => l.startsWith('templates/'));
  assert.equal(errors.length, 1, `the same error once, not once per page:\n${run.err.join('\n')}`);
  assert.match(errors[0]!, /^templates\/article\.liquid:1:\d+: template: .*no-such-partial/);
  assertSameTree(before, readTree(out));
  assert.deepEqual(readdirSync(parent), ['out']);
});

test('pages of a deleted article disappear on rebuild', async () => {
  const root = tempDir();
  cpSync(BASIC, root, { recursive: true });
  const out = join(tempDir(), 'out');
  await build({ root, out, workers: 0 });
  const page = join('zh-hans', '2024', '06', 'deepseek', 'index.html');
  assert.ok(existsSync(join(out, page)));
  rmSync(join(root, 'content', '2024', '06', 'deepseek.md'));
  await build({ root, out, workers: 0 });
  assert.ok(!existsSync(join(out, page)));
  assert.ok(!existsSync(join(out, 'zh-hant', '2024', '06', 'deepseek')));
  assert.ok(!readFileSync(join(out, 'sitemap.xml'), 'utf8').includes('deepseek'));
  assert.ok(!readFileSync(join(out, 'zh-hant', 'index.html'), 'utf8').includes('deepseek'));
});

test('refuses --out at the site root (exit 2), writing nothing', async () => {
  const root = tempDir();
  cpSync(BASIC, root, { recursive: true });
  const before = readTree(root);
  const run = await runCli(['build', '--root', root, '--out', root, '--workers', '0']);
  assert.equal(run.code, 2);
  assert.match(run.err.join('\n'), /the output folder contains the site folder/);
  assertSameTree(before, readTree(root));
});

test('refuses --out above the site or inside content/ (exit 2)', async () => {
  const parent = tempDir();
  const root = join(parent, 'site');
  cpSync(BASIC, root, { recursive: true });
  assert.equal((await runCli(['build', '--root', root, '--out', parent])).code, 2);
  assert.equal((await runCli(['build', '--root', root, '--out', join(root, 'content', 'out')])).code, 2);
  assert.ok(!existsSync(join(root, 'content', 'out')));
});

test('refuses a non-empty --out folder tongwen did not make (exit 2), leaving it alone', async () => {
  const out = tempDir();
  writeFileSync(join(out, 'precious.txt'), '不要刪除\n');
  mkdirSync(join(out, 'photos'));
  const run = await runCli(['build', '--root', BASIC, '--out', out, '--workers', '0']);
  assert.equal(run.code, 2);
  assert.match(run.err.join('\n'), /not empty and was not made by tongwen/);
  assert.deepEqual(readdirSync(out).sort(), ['photos', 'precious.txt']);
  assert.equal(readFileSync(join(out, 'precious.txt'), 'utf8'), '不要刪除\n');
});

test('an empty --out folder is accepted, and a tongwen output folder is replaced', async () => {
  const out = tempDir();
  assert.equal((await runCli(['build', '--root', BASIC, '--out', out, '--workers', '0', '--quiet'])).code, 0);
  assert.ok(existsSync(join(out, 'index.html')));
  assert.equal((await runCli(['build', '--root', BASIC, '--out', out, '--workers', '0', '--quiet'])).code, 0);
});

test('a build writes only inside the output folder', async () => {
  const parent = tempDir();
  const root = join(parent, 'site');
  cpSync(BASIC, root, { recursive: true });
  const siteBefore = readTree(root);
  const out = join(parent, 'out');
  await build({ root, out, workers: 0 });
  assert.deepEqual(readdirSync(parent).sort(), ['out', 'site']);
  assertSameTree(siteBefore, readTree(root));
});
