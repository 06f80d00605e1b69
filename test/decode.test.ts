/**
 * Reading article bytes: UTF-8 only; GBK and Big5 files are recognised and
 * named in the error, at the position of the first byte that is not UTF-8.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeUtf8, guessLegacyEncoding } from '../src/content/decode.js';
import { SiteError } from '../src/core/errors.js';
import { FIXTURES } from './helpers.js';

const gbk = readFileSync(join(FIXTURES, 'sites-invalid', 'gbk-encoded', 'content', 'gbk.md'));
const big5 = readFileSync(join(FIXTURES, 'sites-invalid', 'big5-encoded', 'content', 'big5.md'));

test('the committed fixtures really are GBK and Big5 bytes, not UTF-8', () => {
  assert.equal(new TextDecoder('gbk').decode(gbk).split('\n')[1], 'title: 深圳发布电子信息产业报告');
  assert.equal(new TextDecoder('big5').decode(big5).split('\n')[1], 'title: 臺灣發表資訊產業報告');
  assert.throws(() => new TextDecoder('utf-8', { fatal: true }).decode(gbk));
});

test('UTF-8 text is decoded and a byte-order mark dropped', () => {
  const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('---\ntitle: 標題\n')]);
  assert.equal(decodeUtf8(bytes, 'a.md'), '---\ntitle: 標題\n');
});

test('GBK bytes are reported as not UTF-8, likely GBK, at the first bad byte', () => {
  assert.equal(guessLegacyEncoding(gbk), 'GBK');
  assert.throws(() => decodeUtf8(gbk, 'content/gbk.md'), (e: unknown) => {
    assert.ok(e instanceof SiteError);
    assert.equal(e.stage, 'read');
    assert.equal(e.message, 'file is not valid UTF-8; it looks like GBK');
    assert.deepEqual([e.file, e.line, e.column], ['content/gbk.md', 2, 8]);
    assert.match(e.hint ?? '', /iconv -f GB18030 -t UTF-8/);
    return true;
  });
});

test('Big5 bytes are reported as not UTF-8, likely Big5', () => {
  assert.equal(guessLegacyEncoding(big5), 'Big5');
  assert.throws(() => decodeUtf8(big5, 'content/big5.md'), /not valid UTF-8; it looks like Big5/);
});

test('bytes that are neither get no guessed encoding', () => {
  const junk = new Uint8Array([0x61, 0xff, 0xfe, 0x62]);
  assert.equal(guessLegacyEncoding(junk), undefined);
  assert.throws(() => decodeUtf8(junk, 'x.md'), (e: unknown) => e instanceof SiteError && e.message === 'file is not valid UTF-8' && e.column === 2);
});
