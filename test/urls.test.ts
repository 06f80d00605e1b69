/**
 * Slugs and URL paths: CJK kept, lower case, never empty by accident, and no
 * URL that maps outside the output folder.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articlePath, encodePath, homePath, outputFileFor } from '../src/site/urls.js';
import { slugify } from '../src/content/slug.js';
import { VARIANTS } from '../src/conversion/variants.js';

test('slugs keep Chinese characters and fold everything else into single hyphens', () => {
  assert.equal(slugify('馬斯克'), '馬斯克');
  assert.equal(slugify('深圳 發布：報告（2024）'), '深圳-發布-報告-2024');
  assert.equal(slugify('NVIDIA  GPU -- 2024!'), 'nvidia-gpu-2024');
});

test('slugs are lower case and NFKC-normalized, so they are safe on case-insensitive file systems', () => {
  assert.equal(slugify('Foo'), slugify('foo'));
  assert.equal(slugify('ＡＢＣ１２３'), 'abc123');
  assert.equal(slugify('Cafe\u0301'), slugify('Caf\u00e9'));
});

test('a slug of only punctuation or separators is empty (the caller reports it)', () => {
  for (const text of ['「」', '！？……', '---', '../..', '   ', '']) assert.equal(slugify(text), '', text);
});

test('path separators and dots cannot survive in a slug', () => {
  assert.equal(slugify('../../etc/passwd'), 'etc-passwd');
  assert.equal(slugify('a\\b'), 'a-b');
});

test('article URLs are /{variant}/{yyyy}/{mm}/{slug}/ under the base path', () => {
  assert.equal(articlePath('/', VARIANTS['zh-Hant'], 2024, 6, '馬斯克'), '/zh-hant/2024/06/馬斯克/');
  assert.equal(articlePath('/news/', VARIANTS['zh-Hans'], 2024, 12, 'a'), '/news/zh-hans/2024/12/a/');
  assert.equal(homePath('/news/', VARIANTS['zh-TW'], 3), '/news/zh-tw/page/3/');
});

test('URL paths map to output files under the base path, and never outside it', () => {
  assert.equal(outputFileFor('/news/zh-hant/', '/news/'), 'zh-hant/index.html');
  assert.equal(outputFileFor('/news/', '/news/'), 'index.html');
  assert.equal(outputFileFor('/news/sitemap.xml', '/news/'), 'sitemap.xml');
  assert.equal(outputFileFor('/other/zh-hant/', '/news/'), undefined);
  assert.equal(outputFileFor('/news/../etc/', '/news/'), undefined);
  assert.equal(outputFileFor('/news/a//b/', '/news/'), undefined);
});

test('paths are percent-encoded segment by segment, slashes kept', () => {
  assert.equal(encodePath('/zh-hant/2024/06/馬斯克/'), '/zh-hant/2024/06/%E9%A6%AC%E6%96%AF%E5%85%8B/');
  assert.equal(decodeURIComponent(encodePath('/a b/c?d#e/')), '/a b/c?d#e/');
});
