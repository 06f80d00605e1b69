/**
 * Fixture sites, built through the CLI's `main()`:
 *
 *   test/fixtures/sites/<name>/            valid sites: exit 0, output written
 *   test/fixtures/sites-invalid/<case>/    invalid sites: exit 1, nothing written,
 *     expected.txt                         the exact `path:line:col: stage: message` lines
 *
 * Regenerate expected.txt with UPDATE_GOLDEN=1 (then review every line).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, runCli, tempDir } from './helpers.js';

const UPDATE = process.env.UPDATE_GOLDEN === '1';
const VALID = join(FIXTURES, 'sites');
const INVALID = join(FIXTURES, 'sites-invalid');

const folders = (dir: string) => readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();

/** Splits the CLI's error output into error lines, hint lines and the final line. */
function errorOutput(err: string[]) {
  const lines = err.filter((l) => l !== '');
  const last = lines.at(-1) ?? '';
  const body = lines.slice(0, -1);
  return { errors: body.filter((l) => !l.startsWith('  ')), body, last };
}

for (const name of folders(VALID)) {
  test(`valid fixture site "${name}" builds with exit code 0`, async () => {
    const out = join(tempDir(), 'out');
    const run = await runCli(['build', '--root', join(VALID, name), '--out', out, '--workers', '0']);
    assert.deepEqual(run.err, []);
    assert.equal(run.code, 0);
    assert.ok(existsSync(join(out, 'index.html')));
    assert.match(run.out.join('\n'), /Total in \d+ ms/);
  });
}

const invalid = folders(INVALID);

test('there are invalid fixture sites for every kind of content error', () => {
  for (const name of ['yaml-syntax', 'front-matter-unclosed', 'missing-title', 'invalid-date', 'missing-date', 'unknown-lang',
    'duplicate-url', 'gbk-encoded', 'big5-encoded', 'template-syntax', 'bad-config', 'keywords-type', 'many-errors']) {
    assert.ok(invalid.includes(name), `missing fixture sites-invalid/${name}`);
  }
});

for (const name of invalid) {
  test(`invalid fixture site "${name}": exit 1, the expected errors, nothing written`, async () => {
    const dir = join(INVALID, name);
    const parent = tempDir();
    const out = join(parent, 'out');
    const run = await runCli(['build', '--root', dir, '--out', out, '--workers', '0']);
    const { errors, body, last } = errorOutput(run.err);

    const expectedFile = join(dir, 'expected.txt');
    if (UPDATE) writeFileSync(expectedFile, errors.join('\n') + '\n');
    const expected = readFileSync(expectedFile, 'utf8').split('\n').filter((l) => l !== '');
    assert.deepEqual(errors, expected);
    assert.equal(run.code, 1);
    assert.deepEqual(run.out, [], 'nothing on standard output');
    assert.equal(last, `Build failed with ${expected.length} error${expected.length === 1 ? '' : 's'}; the previous output was left as it was.`);
    // Every error line has the shape path:line:col: stage: message and is followed by a hint.
    for (const line of errors) assert.match(line, /^[^:\s][^:]*:\d+(:\d+)?: [a-z ]+: \S/);
    body.forEach((line, i) => {
      if (!line.startsWith('  ')) assert.match(body[i + 1] ?? '', /^ {2}hint: \S/, `no hint after: ${line}`);
    });
    assert.deepEqual(readdirSync(parent), [], 'nothing written, no temporary folder left');
  });
}

test('several errors in one build are all reported, sorted by file, line and column', async () => {
  const run = await runCli(['build', '--root', join(INVALID, 'many-errors'), '--out', join(tempDir(), 'out'), '--workers', '0']);
  const { errors } = errorOutput(run.err);
  assert.ok(errors.length >= 7, `expected at least 7 errors, got:\n${errors.join('\n')}`);
  const keys = errors.map((l) => {
    const m = /^(.*?):(\d+):(\d+): /.exec(l);
    assert.ok(m, l);
    return { file: m[1]!, line: Number(m[2]), column: Number(m[3]) };
  });
  const files = new Set(keys.map((k) => k.file));
  assert.ok(files.size >= 4, 'errors from several articles and a template');
  assert.ok([...files].some((f) => f.startsWith('templates/')), 'template errors are reported with content errors');
  for (let i = 1; i < keys.length; i++) {
    const a = keys[i - 1]!;
    const b = keys[i]!;
    const order = a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column;
    assert.ok(order <= 0, `not sorted: ${errors[i - 1]} / ${errors[i]}`);
  }
});
