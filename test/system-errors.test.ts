/**
 * Faults of the machine and impossible output places: a clear message with
 * the path and a fix, exit 1 (2 for an output place refused up front) —
 * never a stack trace or a hang — and the previous output intact.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync, chmodSync } from 'node:fs';
import { join } from 'node:path';
import { systemProblem, formatSystemProblem } from '../src/cli/system-error.js';
import { build } from '../src/build.js';
import { DiskSink } from '../src/output/disk.js';
import { article, readTree, runCli, tempDir, writeSite } from './helpers.js';

const site = () => writeSite(tempDir(), { 'content/a.md': article({ title: '標題', date: '2024-06-01' }) });

function errno(code: string, syscall: string, path?: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: ${syscall}`), { code, syscall, ...(path ? { path } : {}) });
}

test('every system error code is a message with its path and a fix', () => {
  for (const code of ['ENOSPC', 'ENOTDIR', 'ENAMETOOLONG', 'EACCES', 'EROFS', 'EPERM', 'EMFILE', 'EIO']) {
    const p = systemProblem(errno(code, 'open', '/x/dist/a.html'));
    assert.ok(p, code);
    assert.equal(p.path, '/x/dist/a.html');
    const [line, hint] = formatSystemProblem(p);
    assert.match(line!, new RegExp(`^/x/dist/a.html: system: open failed: .+ \\(${code}\\)$`));
    assert.match(hint!, /^ {2}hint: \S/);
  }
  assert.equal(systemProblem(errno('ENOSPC', 'write'), '/x/dist')?.path, '/x/dist');
  assert.equal(systemProblem(new TypeError('a bug')), undefined);
  assert.equal(systemProblem(new Error('wrapped', { cause: errno('EROFS', 'mkdir', '/ro') }))?.code, 'EROFS');
});

async function expectFailure(argv: string[], code: number, pattern: RegExp) {
  const r = await runCli(argv);
  const text = r.err.join('\n');
  assert.equal(r.code, code, text);
  assert.match(text, pattern);
  assert.doesNotMatch(text, /\n\s+at |node:internal|Error:/);
  return text;
}

test('an output path under a file (ENOTDIR) and a name too long (ENAMETOOLONG): exit 1, with the path', async () => {
  const root = site();
  writeFileSync(join(root, 'file'), 'x');
  await expectFailure(['build', '--root', root, '--out', join(root, 'file', 'dist'), '--quiet'], 1, /file: system: .*a file, where a folder is needed \(E(?:NOTDIR|EXIST)\)\n {2}hint:/);
  await expectFailure(['build', '--root', root, '--out', join(root, 'x'.repeat(300)), '--quiet'], 1, /too long for the file system \(ENAMETOOLONG\)/);
});

test('content or static being a file is an error naming it', async () => {
  const a = writeSite(tempDir(), { content: 'not a folder' });
  await expectFailure(['build', '--root', a, '--quiet'], 1, /^content: read: content is a file/m);
  const b = site();
  writeFileSync(join(b, 'static'), 'not a folder');
  await expectFailure(['build', '--root', b, '--quiet'], 1, /static: read: this is a file, where the site needs a folder/);
  assert.ok(!existsSync(join(b, 'dist')));
});

test('output folders that would destroy the site, or sit in /proc, are refused at once', async () => {
  const root = site();
  const started = Date.now();
  for (const out of ['/', root, join(root, 'content'), join(root, 'content', 'x'), join(root, '..'), '/proc/tongwen-out', '/sys/tongwen', '/dev/tongwen']) {
    await expectFailure(['build', '--root', root, '--out', out, '--quiet'], 2, /usage: the output folder/);
  }
  assert.ok(Date.now() - started < 20000);
  assert.deepEqual(readdirSync(root).sort(), ['content']);
});

test('a disk that fills up: exit 1, the previous output intact, no temporary folder left', async () => {
  const root = site();
  await build({ root, workers: 0 });
  const before = readTree(join(root, 'dist'));
  writeSite(root, { 'content/b.md': article({ title: '新的', date: '2024-06-02' }) });
  class FullDisk extends DiskSink {
    override async flush(): Promise<void> {
      await super.flush();
      throw errno('ENOSPC', 'write');
    }
  }
  await assert.rejects(build({ root, workers: 0, sink: (out) => new FullDisk(out) }), (e: unknown) => systemProblem(e)?.code === 'ENOSPC');
  assert.deepEqual(readTree(join(root, 'dist')), before);
  assert.deepEqual(readdirSync(root).sort(), ['content', 'dist']);
});

test('a real full disk (a 300 KB tmpfs, when this machine lets the test mount one)', async (t) => {
  const mnt = tempDir();
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=300k', 'tmpfs', mnt], { encoding: 'utf8' });
  if (mounted.status !== 0) {
    t.skip('cannot mount a tmpfs here');
    return;
  }
  try {
    const root = site();
    const out = join(mnt, 'dist');
    assert.equal((await runCli(['build', '--root', root, '--out', out, '--quiet', '--workers', '0'])).code, 0);
    const before = readTree(out);
    for (let i = 0; i < 40; i++) writeSite(root, { [`content/b${i}.md`]: article({ title: `文章${i}`, date: '2024-06-02' }, `${'這是一段很長的新聞正文。'.repeat(300)}\n`) });
    const text = await expectFailure(['build', '--root', root, '--out', out, '--quiet', '--workers', '0'], 1, /no space left on the device \(ENOSPC\)/);
    assert.match(text, new RegExp(`^${mnt}/dist[^:]*: system:`, 'm'));
    assert.deepEqual(readTree(out), before);
  } finally {
    spawnSync('umount', [mnt]);
  }
});

test('a read-only file system (EROFS: a read-only tmpfs, when this machine lets the test mount one)', async (t) => {
  const mnt = tempDir();
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=100k,ro', 'tmpfs', mnt], { encoding: 'utf8' });
  if (mounted.status !== 0) {
    t.skip('cannot mount a tmpfs here');
    return;
  }
  try {
    const root = site();
    const text = await expectFailure(['build', '--root', root, '--out', join(mnt, 'dist'), '--quiet', '--workers', '0'], 1, /the file system is read-only \(EROFS\)\n {2}hint: choose an output folder on a writable disk/);
    assert.match(text, new RegExp(`^${mnt}/dist[^:]*: system:`, 'm'));
  } finally {
    spawnSync('umount', [mnt]);
  }
});

test('a read-only output place (EACCES), for a user the permissions apply to', async (t) => {
  if (process.getuid?.() === 0) {
    t.skip('root writes anywhere');
    return;
  }
  const root = site();
  const ro = join(root, 'ro');
  mkdirSync(ro);
  chmodSync(ro, 0o555);
  await expectFailure(['build', '--root', root, '--out', join(ro, 'dist'), '--quiet'], 1, /permission denied \(EACCES\)/);
});
