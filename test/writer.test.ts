/**
 * The output writer: everything goes to a temporary folder next to the
 * output, swapped in on commit; paths that would leave the folder or collide
 * by letter case are refused.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { MARKER, OutputWriter, checkOutputDir, isInside } from '../src/output/writer.js';
import { DiskSink, writePlanned } from '../src/output/disk.js';
import { SiteError } from '../src/core/errors.js';
import { tempDir } from './helpers.js';

test('nothing appears in the output folder before commit; after it, exactly the new files', async () => {
  const parent = tempDir();
  const out = join(parent, 'out');
  mkdirSync(out);
  writeFileSync(join(out, MARKER), '');
  writeFileSync(join(out, 'stale.html'), 'old');
  const w = new OutputWriter(out);
  w.write('zh-hant/index.html', '<p>新</p>');
  assert.ok(!existsSync(join(out, 'zh-hant')), 'not visible before commit');
  assert.deepEqual(w.stats, { files: 1, bytes: Buffer.byteLength('<p>新</p>') });
  await w.commit();
  assert.deepEqual(readdirSync(out).sort(), [MARKER, 'zh-hant']);
  assert.equal(readFileSync(join(out, 'zh-hant', 'index.html'), 'utf8'), '<p>新</p>');
  assert.deepEqual(readdirSync(parent), ['out'], 'no temporary or old folder left');
});

test('abort leaves the previous output as it was and removes the temporary folder', async () => {
  const parent = tempDir();
  const out = join(parent, 'out');
  mkdirSync(out);
  writeFileSync(join(out, 'keep.html'), 'keep');
  const w = new OutputWriter(out);
  w.write('new.html', 'new');
  await w.abort();
  assert.deepEqual(readdirSync(parent), ['out']);
  assert.deepEqual(readdirSync(out), ['keep.html']);
});

test('paths that would leave the output folder are refused', async () => {
  const w = new OutputWriter(join(tempDir(), 'out'));
  for (const rel of ['../x.html', 'a/../../x.html', '/etc/x', 'a//b', '', 'a\\..\\b', './a']) {
    assert.throws(() => w.write(rel, 'x'), SiteError, rel);
  }
  await w.abort();
});

test('two files whose paths differ only in letter case are refused, naming both', async () => {
  const w = new OutputWriter(join(tempDir(), 'out'));
  w.write('zh-hant/2024/06/foo/index.html', 'a', 'content/a/foo.md');
  assert.throws(() => w.write('zh-hant/2024/06/FOO/index.html', 'b', 'content/b/FOO.md'), (e: unknown) => {
    assert.ok(e instanceof SiteError);
    assert.match(e.message, /content\/b\/FOO\.md and content\/a\/foo\.md/);
    return true;
  });
  await w.abort();
});

test('the output folder check refuses the site itself, its sources, and foreign folders', () => {
  const root = tempDir();
  const sources = [join(root, 'content'), join(root, 'templates'), join(root, 'static')];
  assert.ok(checkOutputDir(root, root, sources));
  assert.ok(checkOutputDir(join(root, '..'), root, sources));
  assert.ok(checkOutputDir(join(root, 'static'), root, sources));
  assert.equal(checkOutputDir(join(root, 'dist'), root, sources), undefined);
  const foreign = tempDir();
  writeFileSync(join(foreign, 'a.txt'), 'a');
  assert.match(checkOutputDir(foreign, root, sources)?.message ?? '', /not made by tongwen/);
  const file = join(tempDir(), 'file');
  writeFileSync(file, 'x');
  assert.match(checkOutputDir(file, root, sources)?.message ?? '', /not a folder/);
});

test('isInside tells a folder\'s contents from its siblings', () => {
  assert.ok(isInside('/a/b', '/a/b'));
  assert.ok(isInside('/a/b', '/a/b/c'));
  assert.ok(!isInside('/a/b', '/a/bc'));
  assert.ok(!isInside('/a/b', '/a'));
});

test('folders left by an interrupted build are cleaned up, and an output stranded mid-swap is put back', async () => {
  const parent = tempDir();
  const out = join(parent, 'out');
  // A process id that is not running: the build that left these folders is gone.
  const dead = 2 ** 22 + 12345;
  mkdirSync(join(parent, `out.tmp-${dead}`));
  writeFileSync(join(parent, `out.tmp-${dead}`, 'half.html'), 'half-written');
  mkdirSync(join(parent, `out.old-${dead}`));
  writeFileSync(join(parent, `out.old-${dead}`, MARKER), '');
  writeFileSync(join(parent, `out.old-${dead}`, 'index.html'), 'previous');
  const w = new OutputWriter(out);
  assert.equal(readFileSync(join(out, 'index.html'), 'utf8'), 'previous', 'the stranded previous output is back in place');
  assert.ok(!existsSync(join(parent, `out.tmp-${dead}`)), 'the half-written folder is gone');
  await w.abort();
  assert.deepEqual(readdirSync(parent), ['out']);
});

test('a text is written, sized and hashed as its UTF-8 bytes (Buffer.from), lone surrogates as U+FFFD, on both ways of writing', async () => {
  const parent = tempDir();
  const out = join(parent, 'out');
  const text = `同文 a\ud800b \udfffc 😀 ${'字'.repeat(5000)} \ud83d`;
  const bytes = Buffer.from(text, 'utf8');
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const w = new DiskSink(out);
  w.write('a/main.html', text);
  const planned = w.plan('b/thread.html');
  const done = writePlanned(planned, text, new Set());
  assert.deepEqual(done, { size: bytes.byteLength, sha256, written: true });
  w.written(planned, done);
  await w.commit();
  for (const rel of ['a/main.html', 'b/thread.html']) assert.ok(readFileSync(join(out, rel)).equals(bytes), rel);
  assert.deepEqual(w.manifest(), [{ path: 'a/main.html', size: bytes.byteLength, sha256 }, { path: 'b/thread.html', size: bytes.byteLength, sha256 }]);
  assert.deepEqual(w.stats, { files: 2, bytes: 2 * bytes.byteLength });
});
