/**
 * Integrity: every build writes `.tongwen/manifest.json` (every file's path,
 * size, SHA-256, the tongwen version, the input digest); `tongwen verify`
 * finds files added, changed or missing in a deployed copy; one build at a
 * time per output folder (a lock beside it).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { build } from '../src/build.js';
import { lockPath } from '../src/output/lock.js';
import { parseManifest, type ManifestDocument } from '../src/output/manifest-document.js';
import { REPO, article, readTree, runCli, tempDir, writeSite } from './helpers.js';

const site = () => writeSite(tempDir(), {
  'content/a.md': article({ title: '英偉達發布新晶片', date: '2024-06-01', keywords: '[英偉達]' }),
  'content/b.md': article({ title: '台積電擴產', date: '2024-06-02', keywords: '[台積電]' }),
  'static/images/logo.txt': 'logo',
});

function manifestOf(out: string): ManifestDocument {
  const m = parseManifest(readFileSync(join(out, '.tongwen', 'manifest.json'), 'utf8'));
  assert.ok(typeof m !== 'string', m as string);
  return m;
}

test('every build writes a manifest of every file, with size and SHA-256, its version and input digest', async () => {
  const root = site();
  const out = join(root, 'dist');
  await build({ root, workers: 0 });
  const m = manifestOf(out);
  const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string };
  assert.equal(m.tongwen, pkg.version);
  assert.match(m.input, /^sha256:[0-9a-f]{64}$/);
  const tree = readTree(out);
  tree.delete('.tongwen/manifest.json');
  assert.deepEqual(m.files.map((f) => f.path), [...tree.keys()].sort((a, b) => (a < b ? -1 : 1)));
  for (const f of m.files) {
    const bytes = tree.get(f.path)!;
    assert.equal(f.size, bytes.byteLength, f.path);
    assert.equal(f.sha256, createHash('sha256').update(bytes).digest('hex'), f.path);
  }
  assert.ok(m.files.some((f) => f.path === '.tongwen/README.txt') && m.files.some((f) => f.path === 'images/logo.txt'));
  assert.match(readFileSync(join(out, '.tongwen', 'README.txt'), 'utf8'), /npx tongwen verify DEPLOYED_DIR/);

  // The same input gives the same manifest, byte for byte; a changed article changes the digest.
  const first = readFileSync(join(out, '.tongwen', 'manifest.json'));
  await build({ root, workers: 0 });
  assert.ok(readFileSync(join(out, '.tongwen', 'manifest.json')).equals(first));
  appendFileSync(join(root, 'content', 'a.md'), '更多。\n');
  await build({ root, workers: 0 });
  assert.notEqual(manifestOf(out).input, m.input);
  assert.ok(!existsSync(lockPath(out)), 'the lock is released');
});

test('verify: a faithful copy passes; added, changed and missing files are listed and exit 1', async () => {
  const root = site();
  const out = join(root, 'dist');
  await build({ root, workers: 0 });
  const deployed = join(tempDir(), 'www');
  cpSync(out, deployed, { recursive: true });
  const clean = await runCli(['verify', deployed]);
  assert.equal(clean.code, 0, clean.err.join('\n'));
  assert.match(clean.out.join('\n'), /matches the manifest: \d+ files, none added, changed or missing/);

  // A spam page, a link injected into a page, a deleted feed, a symlink, a same-size change.
  writeFileSync(join(deployed, 'zh-hant', 'casino.html'), '<a href="https://spam.example/">賭場</a>');
  const page = join(deployed, 'zh-hant', '2024', '06', 'a', 'index.html');
  writeFileSync(page, readFileSync(page, 'utf8').replace('</main>', '<a href="https://spam.example/">廣告</a></main>'));
  rmSync(join(deployed, 'zh-hans', 'feed.xml'));
  symlinkSync('/etc/passwd', join(deployed, 'passwd'));
  const logo = join(deployed, 'images', 'logo.txt');
  writeFileSync(logo, 'LOGO');
  const r = await runCli(['verify', deployed]);
  assert.equal(r.code, 1);
  const text = r.err.join('\n');
  assert.match(text, /^added {4}passwd \(a symbolic link\)$/m);
  assert.match(text, /^added {4}zh-hant\/casino\.html$/m);
  assert.match(text, /^changed {2}zh-hant\/2024\/06\/a\/index\.html {2}\(size \d+, built \d+\)$/m);
  assert.match(text, /^changed {2}images\/logo\.txt {2}\(same size, different content\)$/m);
  assert.match(text, /^missing {2}zh-hans\/feed\.xml$/m);
  assert.match(text, /differs from the manifest: 2 added, 2 changed, 1 missing of \d+ files$/);

  // The manifest kept off the server: a copy without .tongwen/ is compared with it; a rewritten manifest on the server does not help.
  const kept = join(tempDir(), 'manifest.json');
  cpSync(join(out, '.tongwen', 'manifest.json'), kept);
  rmSync(join(deployed, '.tongwen'), { recursive: true });
  const offServer = await runCli(['verify', deployed, '--manifest', kept]);
  assert.equal(offServer.code, 1);
  assert.match(offServer.err.join('\n'), /^missing {2}\.tongwen\/README\.txt$/m);
  const none = await runCli(['verify', deployed]);
  assert.equal(none.code, 2);
  assert.match(none.err.join('\n'), /no manifest here\n {2}hint: pass --manifest FILE/);
  const bad = await runCli(['verify', deployed, '--manifest', join(root, 'content', 'a.md')]);
  assert.equal(bad.code, 2);
  assert.match(bad.err.join('\n'), /the manifest is unreadable: not JSON/);
});

/** A process that stays alive until killed, and its pid. */
function liveProcess() {
  const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
  return child;
}

test('a second build while one holds the lock refuses, naming the holder; the output is untouched', async () => {
  const root = site();
  const out = join(root, 'dist');
  await build({ root, workers: 0 });
  const before = readTree(out);
  const holder = liveProcess();
  try {
    writeFileSync(lockPath(out), JSON.stringify({ pid: holder.pid, host: hostname(), since: '2024-06-01T00:00:00.000Z' }));
    appendFileSync(join(root, 'content', 'a.md'), '新段落。\n');
    const r = await runCli(['build', '--root', root, '--quiet', '--workers', '0']);
    assert.equal(r.code, 1);
    assert.match(r.err.join('\n'), new RegExp(`dist\\.lock: output: another build \\(pid ${holder.pid}, since 2024-06-01T00:00:00\\.000Z\\) is writing ${out.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\n {2}hint: wait for it to finish, or stop it \\(kill ${holder.pid}\\)`));
    assert.deepEqual(readTree(out), before);
    assert.ok(existsSync(lockPath(out)), 'the holder keeps its lock');
  } finally {
    holder.kill();
  }
});

test('a stale lock (its build died) is taken over', async () => {
  const root = site();
  const dead = spawnSync(process.execPath, ['-e', 'process.pid']).pid!;
  const out = join(root, 'dist');
  writeFileSync(lockPath(out), JSON.stringify({ pid: dead, host: hostname(), since: '2024-06-01T00:00:00.000Z' }));
  const r = await runCli(['build', '--root', root, '--quiet', '--workers', '0']);
  assert.equal(r.code, 0, r.err.join('\n'));
  assert.ok(!existsSync(lockPath(out)));
  // An empty lock file (a crash between creating and writing it) is taken over once it is old.
  writeFileSync(lockPath(out), '');
  const { utimesSync } = await import('node:fs');
  utimesSync(lockPath(out), new Date(Date.now() - 60000), new Date(Date.now() - 60000));
  assert.equal((await runCli(['build', '--root', root, '--quiet', '--workers', '0'])).code, 0);
});

test('two builds started at once into one folder: each wins whole or refuses; the output verifies', async () => {
  const root = site();
  for (let i = 0; i < 30; i++) writeSite(root, { [`content/n${i}.md`]: article({ title: `新聞${i}`, date: '2024-06-03', keywords: '[新聞]' }, `${'正文內容。'.repeat(200)}\n`) });
  const cli = join(REPO, 'bin', 'tongwen.js');
  const run = () => new Promise<{ code: number | null; err: string }>((resolveRun) => {
    const child = spawn(process.execPath, [cli, 'build', '--root', root, '--quiet', '--workers', '0'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('close', (code) => resolveRun({ code, err }));
  });
  const results = await Promise.all([run(), run()]);
  for (const r of results) {
    if (r.code !== 0) {
      assert.equal(r.code, 1, r.err);
      assert.match(r.err, /output: another build \(pid \d+, since [^)]+\) is writing/);
    }
  }
  assert.ok(results.some((r) => r.code === 0));
  const check = await runCli(['verify', join(root, 'dist')]);
  assert.equal(check.code, 0, check.err.join('\n'));
  assert.ok(!existsSync(lockPath(join(root, 'dist'))));
  unlinkSync(join(root, 'content', 'a.md'));
});
