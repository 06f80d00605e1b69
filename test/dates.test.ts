/**
 * Dates that ship silently wrong today: years below 100, local mean time
 * before a zone had standard time, impossible calendar dates.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDate } from '../src/content/dates.js';
import { build } from '../src/build.js';
import { article, tempDir, writeSite } from './helpers.js';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ok = (value: string, tz = 'Asia/Shanghai') => {
  const d = parseDate(value, tz);
  assert.ok(typeof d !== 'string', d as string);
  return d;
};

test('a four-digit year below 100 is that year, not 19xx', () => {
  const d = ok('0099-06-15');
  assert.equal(d.year, 99);
  assert.equal(d.iso, '0099-06-15T00:00:00+08:00');
  assert.equal(new Date(d.epoch).getUTCFullYear(), 99);
  assert.equal(ok('0001-01-01T00:00:00Z').iso, '0001-01-01T08:00:00+08:00');
});

test('before standard time a date takes the zone standard offset, not local mean time', () => {
  assert.equal(ok('1850-06-15').iso, '1850-06-15T00:00:00+08:00');
  assert.equal(ok('1850-06-15T09:30:00').iso, '1850-06-15T09:30:00+08:00');
  assert.equal(ok('1850-06-15', 'Asia/Kolkata').iso, '1850-06-15T00:00:00+05:30');
  assert.equal(ok('1850-06-15', 'Asia/Taipei').day, 15);
  // Offsets the database has in whole minutes are kept (Shanghai's summer time of 1941).
  assert.equal(ok('1941-06-15').iso, '1941-06-15T00:00:00+09:00');
  assert.equal(ok('2024-06-26').iso, '2024-06-26T00:00:00+08:00');
});

test('impossible dates are errors', () => {
  for (const bad of ['2024-13-45', '2024-02-30', '2023-02-29', '2024-06-26T24:00', '2024-6-1', '99-06-15']) {
    assert.equal(typeof parseDate(bad, 'Asia/Shanghai'), 'string', bad);
  }
  assert.equal(ok('2024-02-29').day, 29);
});

test('a 0099 article is published under /0099/06/ with its 0099 date', async () => {
  const root = writeSite(tempDir(), { 'content/old.md': article({ title: '古文', date: '0099-06-15' }) });
  await build({ root, workers: 0 });
  const page = join(root, 'dist', 'zh-hant', '0099', '06', 'old', 'index.html');
  assert.ok(existsSync(page));
  assert.match(readFileSync(page, 'utf8'), /0099-06-15T00:00:00\+08:00/);
  assert.ok(!existsSync(join(root, 'dist', 'zh-hant', '1999')));
});
