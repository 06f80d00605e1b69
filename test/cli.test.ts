/**
 * The command line: exit codes 0 (built / help), 1 (content or template
 * errors), 2 (bad usage), and what it prints.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, REPO, runCli, tempDir } from './helpers.js';

test('--help prints usage and exits 0', async () => {
  for (const flag of ['--help', '-h']) {
    const run = await runCli([flag]);
    assert.equal(run.code, 0);
    const text = run.out.join('\n');
    assert.match(text, /Usage:/);
    assert.match(text, /tongwen build/);
    assert.match(text, /tongwen serve/);
    assert.deepEqual(run.err, []);
  }
});

test('--version prints the package version', async () => {
  const run = await runCli(['--version']);
  assert.equal(run.code, 0);
  const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string };
  assert.deepEqual(run.out, [pkg.version]);
});

test('an unknown command exits 2 and says so', async () => {
  const run = await runCli(['publish']);
  assert.equal(run.code, 2);
  assert.match(run.err.join('\n'), /unknown command "publish"/);
  assert.match(run.err.join('\n'), /--help/);
});

test('no command exits 2', async () => {
  assert.equal((await runCli([])).code, 2);
});

test('an unknown flag exits 2', async () => {
  const run = await runCli(['build', '--nope']);
  assert.equal(run.code, 2);
  assert.match(run.err.join('\n'), /--nope/);
});

test('bad option values exit 2 before building', async () => {
  const out = join(tempDir(), 'out');
  for (const args of [['--workers', 'many'], ['--workers', '-1'], ['--port', '99999'], ['--base-url', 'not a url']]) {
    const run = await runCli(['build', '--root', join(FIXTURES, 'sites', 'minimal'), '--out', out, ...args]);
    assert.equal(run.code, 2, args.join(' '));
    assert.ok(!existsSync(out), `${args.join(' ')} wrote output`);
  }
});

test('a site folder that does not exist exits 2 and names it', async () => {
  const missing = join(tempDir(), 'no-such-site');
  const run = await runCli(['build', '--root', missing, '--out', join(tempDir(), 'out')]);
  assert.equal(run.code, 2);
  assert.equal(run.err[0], `${missing}: usage: the site folder does not exist`);
});

test('an extra positional argument exits 2', async () => {
  assert.equal((await runCli(['build', 'extra'])).code, 2);
});

test('a content error exits 1 with the error and a "Build failed" line', async () => {
  const run = await runCli(['build', '--root', join(FIXTURES, 'sites-invalid', 'missing-title'), '--out', join(tempDir(), 'out')]);
  assert.equal(run.code, 1);
  const lines = run.err.join('\n').split('\n');
  assert.match(lines[0]!, /^content\/2024\/no-title\.md:1:1: metadata: title is missing/);
  assert.match(lines[1]!, /^  hint: /);
  assert.deepEqual(lines.slice(2, 4), ['    1 | ---', '      | ^'], 'the source line, with a caret under the column');
  assert.match(run.err.at(-1)!, /^Build failed with 1 error;/);
});

test('a successful build prints pages per variant and the total time', async () => {
  const out = join(tempDir(), 'out');
  const run = await runCli(['build', '--root', join(FIXTURES, 'sites', 'basic'), '--out', out, '--workers', '0']);
  assert.equal(run.code, 0);
  const text = run.out.join('\n');
  assert.match(text, /zh-Hant\s+zh-Hans/);
  assert.match(text, /^article\s+3\s+3\b/m);
  assert.match(text, /3 articles \(1 draft skipped\), \d+ static files copied/);
  assert.match(text, /Total in \d+ ms/);
});

test('--quiet prints nothing on success', async () => {
  const run = await runCli(['build', '--root', join(FIXTURES, 'sites', 'minimal'), '--out', join(tempDir(), 'out'), '--quiet']);
  assert.equal(run.code, 0);
  assert.deepEqual(run.out, []);
  assert.deepEqual(run.err, []);
});

test('--base-url overrides the config for every link', async () => {
  const out = join(tempDir(), 'out');
  const run = await runCli(['build', '--root', join(FIXTURES, 'sites', 'basic'), '--out', out, '--base-url', 'https://cdn.example.com/mirror/', '--quiet']);
  assert.equal(run.code, 0);
  const html = readFileSync(join(out, 'zh-hant', 'index.html'), 'utf8');
  assert.match(html, /<link rel="canonical" href="https:\/\/cdn\.example\.com\/mirror\/zh-hant\/">/);
  assert.match(html, /href="\/mirror\/zh-hans\/"/);
  assert.doesNotMatch(html, /\/news\//);
});
