import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from '../src/build.js';

const repo = resolve(import.meta.dirname, '..', '..');

test('the repository sample site builds into both scripts', async () => {
  const out = join(mkdtempSync(join(tmpdir(), 'tongwen-smoke-')), 'dist');
  const report = await build({ root: repo, out });
  assert.ok(report.articles >= 1);
  const hant = readFileSync(join(out, 'zh-hant', 'index.html'), 'utf8');
  const hans = readFileSync(join(out, 'zh-hans', 'index.html'), 'utf8');
  assert.match(hant, /<html lang="zh-Hant">/);
  assert.match(hans, /<html lang="zh-Hans">/);
});
