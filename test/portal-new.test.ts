/**
 * `tongwen new` (issue 8): a dated article file with its front matter
 * filled in, its path printed, and the site builds with it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from '../src/build.js';
import { newArticle } from '../src/commands/new.js';
import { BuildError } from '../src/core/errors.js';
import { runCli, tempDir, writeSite } from './helpers.js';

test('new: content/yyyy/mm/<pinyin>.md in the site time zone, front matter filled in; the site builds with it', async () => {
  const root = writeSite(tempDir(), { 'tongwen.config.yaml': 'title: 測試\nbaseUrl: https://example.org/\ntimeZone: Asia/Taipei\n' });
  // 2024-06-30 20:00 UTC is already July 1st in Taipei.
  const rel = newArticle({ root, title: '深圳發佈算力券新政', category: '政策', now: new Date('2024-06-30T20:00:00Z') });
  assert.equal(rel, 'content/2024/07/shen-zhen-fa-bu-suan-li-quan-xin-zheng.md');
  const text = readFileSync(join(root, rel), 'utf8');
  assert.equal(text, '---\ntitle: 深圳發佈算力券新政\ndate: 2024-07-01T04:00:00+08:00\nlang: zh-Hant\ncategory: 政策\nkeywords: []\nauthor:\nsummary:\n---\n\n正文從這裡開始。\n');
  const report = await build({ root, workers: 0, sink: 'memory', now: new Date('2024-07-02T00:00:00Z') });
  assert.equal(report.articles, 1);
  assert.throws(() => newArticle({ root, title: '深圳發佈算力券新政', now: new Date('2024-06-30T20:00:00Z') }), (e: unknown) => e instanceof BuildError && /already exists/.test(e.errors[0]!.message));
});

test('new on the command line: --lang zh-Hans writes a Simplified article and prints its path; a bad --lang or no title exits 2', async () => {
  const root = writeSite(tempDir(), { 'tongwen.config.yaml': 'title: 測試\n' });
  const r = await runCli(['new', '國產 GPU 企業完成融資', '--lang', 'zh-Hans', '--root', root]);
  assert.equal(r.code, 0, r.err.join('\n'));
  const rel = r.out[0]!;
  assert.match(rel, /^content\/\d{4}\/\d{2}\/guo-chan-gpu-qi-ye-wan-cheng-rong-zi\.md$/);
  const text = readFileSync(join(root, rel), 'utf8');
  assert.match(text, /^lang: zh-Hans$/m);
  assert.match(text, /正文从这里开始。/);
  assert.equal((await runCli(['new', '標題', '--lang', 'fr', '--root', root])).code, 2);
  assert.equal((await runCli(['new', '--root', root])).code, 2);
});
