/**
 * Where articles land: the site's time zone decides the month in the URL,
 * slugs come from `slug:` or the file name (Chinese kept), keywords written as
 * one string are split, drafts stay out unless asked for.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { build } from '../src/build.js';
import { BuildError } from '../src/core/errors.js';
import { FIXTURES, article, readTree, runCli, tempDir, writeSite } from './helpers.js';

/** Builds a site given inline; returns the output folder's file list. */
async function buildSite(files: Record<string, string>, opts: { drafts?: boolean } = {}): Promise<{ out: string; files: string[] }> {
  const root = writeSite(tempDir(), files);
  const out = join(root, 'dist');
  await build({ root, out, workers: 0, ...opts });
  return { out, files: [...readTree(out).keys()] };
}

const lateEvening = article({ title: '深夜新聞', date: '2024-06-30T20:00:00+00:00', slug: 'late' });

test('an instant late on 30 June UTC is 1 July in Asia/Shanghai: /2024/07/', async () => {
  const { files, out } = await buildSite({ 'content/late.md': lateEvening, 'tongwen.config.yaml': 'timeZone: Asia/Shanghai\n' });
  assert.ok(files.includes('zh-hant/2024/07/late/index.html'), files.join('\n'));
  assert.ok(files.includes('zh-hans/2024/07/late/index.html'));
  const html = readFileSync(join(out, 'zh-hant/2024/07/late/index.html'), 'utf8');
  assert.match(html, /<time datetime="2024-07-01T04:00:00\+08:00">2024年7月1日<\/time>/);
});

test('the same instant stays in June with timeZone UTC: /2024/06/', async () => {
  const { files, out } = await buildSite({ 'content/late.md': lateEvening, 'tongwen.config.yaml': 'timeZone: UTC\n' });
  assert.ok(files.includes('zh-hant/2024/06/late/index.html'), files.join('\n'));
  assert.ok(!files.some((f) => f.includes('/2024/07/')));
  assert.match(readFileSync(join(out, 'zh-hant/2024/06/late/index.html'), 'utf8'), /datetime="2024-06-30T20:00:00\+00:00"/);
});

test('the default time zone is Asia/Shanghai', async () => {
  const { files } = await buildSite({ 'content/late.md': lateEvening });
  assert.ok(files.includes('zh-hant/2024/07/late/index.html'));
});

test('a date without a time is that day in the site time zone, whatever the machine zone', async () => {
  const { files, out } = await buildSite({
    'content/day.md': article({ title: '日子', date: '2024-03-01' }),
    'tongwen.config.yaml': 'timeZone: America/Los_Angeles\n',
  });
  assert.ok(files.includes('zh-hant/2024/03/day/index.html'), files.join('\n'));
  assert.match(readFileSync(join(out, 'zh-hant/2024/03/day/index.html'), 'utf8'), /datetime="2024-03-01T00:00:00-08:00"/);
});

test('keywords written as one string are split on spaces, 、 and ，', async () => {
  const { out } = await buildSite({ 'content/kw.md': article({ title: '關鍵詞', date: '2024-06-26', keywords: '馬斯克 xAI、英偉達，GPU' }) });
  const html = readFileSync(join(out, 'zh-hans/2024/06/kw/index.html'), 'utf8');
  const list = /<ul class="keywords">([\s\S]*?)<\/ul>/.exec(html)?.[1] ?? '';
  const keywords = [...list.matchAll(/<li><(?:span|a[^>]*)>([^<]+)<\/(?:span|a)><\/li>/g)].map((m) => m[1]);
  assert.deepEqual(keywords, ['马斯克', 'xAI', '英伟达', 'GPU']);
});

test('a Chinese file name is the slug, the same in both variants (percent-encoded in links)', async () => {
  const { files, out } = await buildSite({ 'content/新聞/馬斯克.md': article({ title: '馬斯克', date: '2024-05-27' }) });
  assert.ok(files.includes('zh-hant/2024/05/馬斯克/index.html'), files.join('\n'));
  assert.ok(files.includes('zh-hans/2024/05/馬斯克/index.html'));
  const home = readFileSync(join(out, 'zh-hans/index.html'), 'utf8');
  assert.ok(home.includes(`href="/zh-hans/2024/05/${encodeURIComponent('馬斯克')}/"`), 'the link uses the same (unconverted) slug');
});

test('an explicit slug wins over the file name and is normalized to lower case', async () => {
  const { files } = await buildSite({ 'content/whatever.md': article({ title: '標題', date: '2024-05-27', slug: 'NVIDIA GPU 2024' }) });
  assert.ok(files.includes('zh-hant/2024/05/nvidia-gpu-2024/index.html'), files.join('\n'));
  assert.ok(!files.some((f) => f.includes('whatever')));
});

test('a slug cannot climb out of the output folder', async () => {
  const { files, out } = await buildSite({ 'content/a.md': article({ title: '標題', date: '2024-05-27', slug: '../../../escape' }) });
  assert.ok(files.includes('zh-hant/2024/05/escape/index.html'), files.join('\n'));
  assert.deepEqual(readdirSync(dirname(out)).sort(), ['content', 'dist'], 'nothing written next to the output');
});

test('articles whose URLs differ only in letter case collide, and the error names both files', async () => {
  const root = writeSite(tempDir(), {
    'content/a/Foo.md': article({ title: '甲', date: '2024-06-01' }),
    'content/b/foo.md': article({ title: '乙', date: '2024-06-20' }),
  });
  await assert.rejects(build({ root, out: join(root, 'dist'), workers: 0 }), (error: unknown) => {
    assert.ok(error instanceof BuildError);
    assert.equal(error.errors.length, 1);
    const e = error.errors[0]!;
    assert.equal(e.file, 'content/b/foo.md');
    assert.match(e.message, /content\/a\/Foo\.md/);
    return true;
  });
  assert.ok(!existsSync(join(root, 'dist')));
});

test('a slug of only punctuation is an error at the slug line', async () => {
  const root = writeSite(tempDir(), { 'content/a.md': article({ title: '標題', date: '2024-05-27', slug: '"——！"' }) });
  await assert.rejects(build({ root, out: join(root, 'dist'), workers: 0 }), (error: unknown) => {
    assert.ok(error instanceof BuildError);
    assert.deepEqual(error.errors.map((e) => [e.file, e.line, e.stage]), [['content/a.md', 4, 'metadata']]);
    return true;
  });
});

test('drafts are left out of the site unless --drafts is given', async () => {
  const site = join(FIXTURES, 'sites', 'basic');
  const plain = join(tempDir(), 'out');
  const withDrafts = join(tempDir(), 'out');
  const a = await runCli(['build', '--root', site, '--out', plain, '--workers', '0']);
  const b = await runCli(['build', '--root', site, '--out', withDrafts, '--workers', '0', '--drafts']);
  assert.equal(a.code, 0);
  assert.equal(b.code, 0);
  const draftPage = 'zh-hant/2024/06/draft/index.html';
  assert.ok(!existsSync(join(plain, draftPage)));
  assert.ok(!readFileSync(join(plain, 'sitemap.xml'), 'utf8').includes('/draft/'));
  assert.match(a.out.join('\n'), /1 drafts? skipped/);
  assert.ok(existsSync(join(withDrafts, draftPage)));
  assert.match(readFileSync(join(withDrafts, draftPage), 'utf8'), /尚未完成的草稿/);
});
