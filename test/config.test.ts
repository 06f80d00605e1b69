/**
 * tongwen.config.yaml: defaults, the base URL and its path, and every bad
 * value reported at its line.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_CONFIG, loadConfig, normalizeBaseUrl, parseConfig } from '../src/config/config.js';
import { BuildError } from '../src/core/errors.js';
import { tempDir, writeSite } from './helpers.js';

function errorsOf(text: string): string[] {
  try {
    parseConfig(text, 'tongwen.config.yaml');
  } catch (e) {
    assert.ok(e instanceof BuildError);
    return e.errors.map((x) => `${x.line}:${x.column}: ${x.message}`);
  }
  assert.fail('expected config errors');
}

test('a site without a config file gets the defaults', () => {
  const config = loadConfig(tempDir());
  assert.deepEqual(config, DEFAULT_CONFIG);
  assert.equal(config.timeZone, 'Asia/Shanghai');
  assert.deepEqual(config.variants, ['zh-Hant', 'zh-Hans']);
});

test('the base URL keeps its path, always ending in /', () => {
  assert.deepEqual(normalizeBaseUrl('https://example.org/news'), { baseUrl: 'https://example.org/news/', basePath: '/news/' });
  assert.deepEqual(normalizeBaseUrl('https://example.org'), { baseUrl: 'https://example.org/', basePath: '/' });
  for (const bad of ['example.org/news/', 'ftp://example.org/', 'https://example.org/?a=1', 'https://example.org/#x']) {
    assert.equal(typeof normalizeBaseUrl(bad), 'string', bad);
  }
});

test('a config is read with its values', () => {
  const root = writeSite(tempDir(), {
    'tongwen.config.yaml': 'title: 新聞\nbaseUrl: https://example.org/news/\ntimeZone: Asia/Taipei\nvariants: [zh-TW, zh-hans]\ndefaultLang: zh-TW\npageSize: 5\nparams:\n  twitter: "@news"\n',
  });
  const c = loadConfig(root);
  assert.equal(c.title, '新聞');
  assert.equal(c.basePath, '/news/');
  assert.equal(c.timeZone, 'Asia/Taipei');
  assert.deepEqual(c.variants, ['zh-TW', 'zh-Hans']);
  assert.equal(c.defaultLang, 'zh-TW');
  assert.equal(c.pageSize, 5);
  assert.deepEqual(c.params, { twitter: '@news' });
});

test('Windows line ends in the config do not change positions', () => {
  const root = writeSite(tempDir(), { 'tongwen.config.yaml': 'title: 新聞\r\npageSize: none\r\n' });
  assert.throws(() => loadConfig(root), (e: unknown) => e instanceof BuildError && e.errors[0]!.line === 2 && e.errors[0]!.column === 11);
});

test('every bad value is reported, each at its line and column', () => {
  assert.deepEqual(errorsOf('title: ok\ntimeZone: Mars/Olympus\npageSize: 0\nbaseUrl: news\n'), [
    '2:11: unknown time zone "Mars/Olympus"',
    '3:11: pageSize must be a whole number from 1 to 1000',
    '4:10: baseUrl "news" is not an absolute URL',
  ]);
});

test('unknown keys, unknown variants, duplicate variants and a wrong html value are errors', () => {
  const errors = errorsOf('titel: typo\nvariants: [zh-Hant, zh-Hant, zh-XX]\nhtml: [iframe]\ndefaultLang: en\n');
  assert.equal(errors.length, 5, errors.join('\n'));
  assert.ok(errors.some((e) => /^1:\d+: unknown config key "titel"/.test(e)));
  assert.ok(errors.some((e) => /listed twice/.test(e)));
  assert.ok(errors.some((e) => /unknown variant "zh-XX"/.test(e)));
  assert.ok(errors.some((e) => /^3:7: html must have/.test(e)));
  assert.ok(errors.some((e) => /^4:14: unknown defaultLang "en"/.test(e)));
});

test('a YAML syntax error in the config is reported at its line', () => {
  assert.deepEqual(errorsOf('title: "未關閉\npageSize: 2\n').map((e) => e.split(': ')[0]), ['1:8']);
});

test('a config that is not a mapping is an error', () => {
  assert.equal(errorsOf('- a\n- b\n').length, 1);
});
