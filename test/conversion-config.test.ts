/**
 * `conversion:` in the site config: read with errors at their line, and
 * applied by a build (forms, vocabulary, quotes, per variant).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from '../src/build.js';
import { BuildError, formatError } from '../src/core/errors.js';
import { parseConfig } from '../src/config/config.js';
import { article, tempDir, writeSite } from './helpers.js';

test('conversion: forms, vocabulary, quotes and per-variant settings are read; the default is common, news, quotes', () => {
  assert.equal(parseConfig('title: x\n', 'tongwen.config.yaml').conversion, undefined);
  const c = parseConfig('conversion:\n  forms: opencc\n  vocabulary: computing\n  zh-HK:\n    quotes: false\n', 'tongwen.config.yaml');
  assert.deepEqual(c.conversion, { forms: 'opencc', vocabulary: 'computing', quotes: true, variants: { 'zh-HK': { quotes: false } } });
});

test('conversion mistakes are errors at their line with a hint', () => {
  const errorsOf = (text: string) => {
    try {
      parseConfig(text, 'tongwen.config.yaml');
      return [];
    } catch (e) {
      assert.ok(e instanceof BuildError);
      return e.errors.map((x) => formatError(x).split('\n')[0]);
    }
  };
  assert.deepEqual(errorsOf('conversion:\n  forms: kangxi\n'), ['tongwen.config.yaml:2:10: config: conversion forms must be one of common, opencc']);
  assert.deepEqual(errorsOf('conversion:\n  zh-TW:\n    vocabulary: tech\n'), ['tongwen.config.yaml:3:17: config: conversion vocabulary must be one of news, computing']);
  assert.deepEqual(errorsOf('conversion:\n  quote: true\n'), ['tongwen.config.yaml:2:3: config: unknown conversion key "quote"']);
  assert.deepEqual(errorsOf('conversion: yes\n'), ['tongwen.config.yaml:1:13: config: conversion must be a mapping']);
});

async function site(config: string): Promise<(v: string) => string> {
  const root = writeSite(tempDir(), {
    'tongwen.config.yaml': `title: 群众新闻\nvariants: [zh-Hant, zh-Hans, zh-TW, zh-HK]\ndefaultLang: zh-Hans\n${config}`,
    'content/a.md': article({ title: '为了群众', date: '2024-06-26' }, '市政府发布通知，“这里”的群众为了法律程序。\n'),
  });
  const out = join(root, 'dist');
  await build({ root, out });
  return (v) => {
    if (v.endsWith(':title')) return /<title>([^<]*)<\/title>/.exec(readFileSync(join(out, v.slice(0, -6), 'index.html'), 'utf8'))![1]!;
    const html = readFileSync(join(out, v, '2024', '06', 'a', 'index.html'), 'utf8');
    return /<p>([^<]*)<\/p>/.exec(html.slice(html.indexOf('<article')))![1]!;
  };
}

test('a build with the default conversion: common forms, news vocabulary, 「」 on Traditional pages', async () => {
  const body = await site('');
  assert.equal(body('zh-hant'), '市政府發布通知，「這裡」的群眾為了法律程序。');
  assert.equal(body('zh-tw'), '市政府發布通知，「這裡」的群眾為了法律程序。');
  assert.equal(body('zh-hk'), '市政府發布通知，「這裏」的群眾為了法律程序。');
  assert.equal(body('zh-hans'), '市政府发布通知，“这里”的群众为了法律程序。');
  // The site title too (config text, converted with the same options).
  assert.match(body('zh-hant:title'), /群眾新聞/);
});

test('a build with conversion: { forms: opencc, vocabulary: computing, quotes: false } is OpenCC’s output', async () => {
  const body = await site('conversion: { forms: opencc, vocabulary: computing, quotes: false }\n');
  assert.equal(body('zh-hant'), '市政府發佈通知，“這裏”的羣衆爲了法律程序。');
  assert.equal(body('zh-tw'), '市政府釋出通知，“這裡”的群眾為了法律程式。');
  assert.match(body('zh-hant:title'), /羣衆新聞/);
});

test('per-variant settings: quotes off and OpenCC forms for zh-HK only', async () => {
  const body = await site('conversion:\n  zh-HK: { quotes: false, forms: opencc }\n');
  assert.equal(body('zh-hk'), '市政府發佈通知，“這裏”的羣眾為了法律程序。');
  assert.equal(body('zh-hant'), '市政府發布通知，「這裡」的群眾為了法律程序。');
});
