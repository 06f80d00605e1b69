/**
 * Article metadata: dates in the site's time zone, keywords as a list or one
 * string, Chinese field names from CMS exports, and every problem at its field.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDate } from '../src/content/dates.js';
import { parseFrontMatter } from '../src/content/front-matter.js';
import { readMetadata, splitKeywords } from '../src/content/metadata.js';

const OPTS = { timeZone: 'Asia/Shanghai', defaultLang: 'zh-Hant' as const };

function meta(yaml: string, stem = 'article') {
  return readMetadata(parseFrontMatter(`---\n${yaml}\n---\n正文\n`, 'content/a.md'), 'content/a.md', stem, OPTS);
}

test('a date without a time is midnight in the site time zone', () => {
  const d = parseDate('2024-06-26', 'Asia/Shanghai');
  assert.ok(typeof d === 'object');
  assert.equal(d.iso, '2024-06-26T00:00:00+08:00');
  assert.equal(d.epoch, Date.UTC(2024, 5, 25, 16));
  assert.deepEqual([d.year, d.month, d.day], [2024, 6, 26]);
});

test('a date with an offset is that instant, shown in the site time zone', () => {
  const d = parseDate('2024-06-30T20:00:00+00:00', 'Asia/Shanghai');
  assert.ok(typeof d === 'object');
  assert.equal(d.iso, '2024-07-01T04:00:00+08:00');
  const utc = parseDate('2024-06-30T20:00:00Z', 'UTC');
  assert.ok(typeof utc === 'object');
  assert.deepEqual([utc.year, utc.month, utc.day], [2024, 6, 30]);
});

test('a time with a space and no seconds is accepted', () => {
  const d = parseDate('2024-05-27 09:30', 'Asia/Taipei');
  assert.ok(typeof d === 'object');
  assert.equal(d.iso, '2024-05-27T09:30:00+08:00');
});

test('a date in a zone with daylight saving time gets that day\'s offset', () => {
  const summer = parseDate('2024-07-01', 'Europe/London');
  const winter = parseDate('2024-01-01', 'Europe/London');
  assert.ok(typeof summer === 'object' && typeof winter === 'object');
  assert.equal(summer.iso, '2024-07-01T00:00:00+01:00');
  assert.equal(winter.iso, '2024-01-01T00:00:00+00:00');
});

test('impossible dates and times are rejected with a message', () => {
  for (const bad of ['2024-13-45', '2023-02-29', '2024-04-31', '2024-06-26T24:00', '2024-06-26T10:60', '26/06/2024', 'yesterday', '']) {
    assert.equal(typeof parseDate(bad, 'UTC'), 'string', bad);
  }
  assert.equal(typeof parseDate('2024-02-29', 'UTC'), 'object', 'leap day');
  assert.match(parseDate(20240626, 'UTC') as string, /not number/);
});

test('keywords written as one string split on spaces, commas, 、 and ，', () => {
  assert.deepEqual(splitKeywords('馬斯克 xAI、英偉達，GPU'), ['馬斯克', 'xAI', '英偉達', 'GPU']);
  assert.deepEqual(splitKeywords('  a,b ，、 c  '), ['a', 'b', 'c']);
});

test('keywords may be a list or one string; they are trimmed and deduplicated', () => {
  const r1 = meta('title: t\ndate: 2024-06-26\nkeywords: 馬斯克 xAI、英偉達，GPU');
  assert.deepEqual(r1.meta?.keywords, ['馬斯克', 'xAI', '英偉達', 'GPU']);
  const r2 = meta('title: t\ndate: 2024-06-26\nkeywords: [" 英偉達 ", GPU, 英偉達, 2024]');
  assert.deepEqual(r2.meta?.keywords, ['英偉達', 'GPU', '2024']);
});

test('Chinese field names from CMS exports are understood', () => {
  const r = meta('標題: 中文欄位\n日期: 2024-06-26\n關鍵詞: 甲 乙\n分類: 科技\n來源: 新華社\n作者: 記者\n摘要: 一句話');
  assert.ok(r.meta);
  assert.equal(r.meta.title, '中文欄位');
  assert.deepEqual(r.meta.keywords, ['甲', '乙']);
  assert.deepEqual([r.meta.category, r.meta.source, r.meta.author, r.meta.summary], ['科技', '新華社', '記者', '一句話']);
});

test('a field given twice (once by its Chinese name) is an error at the second', () => {
  const r = meta('title: 一\n標題: 二\ndate: 2024-06-26');
  assert.equal(r.meta, undefined);
  assert.equal(r.errors.length, 1);
  assert.equal(r.errors[0]!.line, 3);
});

test('every metadata problem of an article is reported at once, each at its field', () => {
  const r = meta('title: [a]\ndate: 2024-02-30\nlang: fr\ndraft: maybe\nupdated: soon');
  assert.equal(r.meta, undefined);
  assert.deepEqual(r.errors.map((e) => e.line).sort(), [2, 3, 4, 5, 6]);
  assert.match(r.errors.find((e) => e.line === 6)!.message, /^"soon" is not a date/);
  assert.ok(r.errors.every((e) => e.stage === 'metadata' && e.hint));
});

test('lang is matched without regard to case, and defaults to the config', () => {
  assert.equal(meta('title: t\ndate: 2024-06-26\nlang: ZH-hans').meta?.lang, 'zh-Hans');
  assert.equal(meta('title: t\ndate: 2024-06-26').meta?.lang, 'zh-Hant');
});

test('the slug comes from slug:, else the file name; other fields reach templates untouched', () => {
  assert.equal(meta('title: t\ndate: 2024-06-26', '深圳 報告').meta?.slug, '深圳-報告');
  assert.equal(meta('title: t\ndate: 2024-06-26\nslug: My Story', 'x').meta?.slug, 'my-story');
  const r = meta('title: t\ndate: 2024-06-26\ncover: /images/a.png\nrating: 5');
  assert.deepEqual(r.meta?.extra, { cover: '/images/a.png', rating: 5 });
});

test('a slug too long for a folder name is an error at slug:, or at the file for a long file name', () => {
  const long = '深圳'.repeat(30);
  const r = meta(`title: t\ndate: 2024-06-26\nslug: ${long}`);
  assert.equal(r.meta, undefined);
  assert.equal(r.errors.length, 1);
  assert.equal(r.errors[0]!.line, 4);
  assert.match(r.errors[0]!.message, /^URL slug "深圳.*" is 180 bytes long; file systems allow at most 255 and tongwen 120$/);
  const byName = meta('title: t\ndate: 2024-06-26', long);
  assert.equal(byName.errors[0]!.line, 1);
  assert.match(byName.errors[0]!.message, /^file name "深圳.*" gives the URL slug/);
  assert.equal(meta('title: t\ndate: 2024-06-26', '深圳'.repeat(20)).meta?.slug, '深圳'.repeat(20), '120 bytes is allowed');
});

test('tags: and categories: (Hexo, Hugo, Jekyll) are read as keywords and section unless keywords:/category: are given', () => {
  const hugo = meta('title: 甲\ndate: 2024-06-01\ntags: [英偉達, GPU]\ncategories: [半導體, 產業]\n');
  assert.deepEqual(hugo.meta?.keywords, ['英偉達', 'GPU']);
  assert.equal(hugo.meta?.category, '半導體');
  assert.deepEqual(hugo.meta?.extra, {}, 'not left as unknown fields');
  const both = meta('title: 甲\ndate: 2024-06-01\nkeywords: [台積電]\ntags: [英偉達]\ncategory: 晶片\ncategories: [半導體]\n');
  assert.deepEqual(both.meta?.keywords, ['台積電']);
  assert.equal(both.meta?.category, '晶片');
  const hexo = meta('title: 甲\ndate: 2024-06-01\ncategories:\n  - [科技, 晶片]\n');
  assert.equal(hexo.meta?.category, '科技');
});
