/**
 * Media and references (issue 8): figures with captions, sizes read from
 * the file, lazy loading after the first image, responsive AVIF/WebP
 * sources made with sharp and cached, video and audio, iframes from the
 * embed hosts only (sandboxed), warnings for what the sanitizer drops,
 * errors for missing local images and links, page bundles, heading ids the
 * same in every variant.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { build } from '../src/build.js';
import { BuildError } from '../src/core/errors.js';
import { MemorySink } from '../src/output/memory.js';
import { PNG_1X1, article, runCli, tempDir, writeSite } from './helpers.js';

const CONFIG = 'title: 測試\nbaseUrl: https://example.org/\n';

async function png(width: number, height: number): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: 200, g: 60, b: 40 } } }).png().toBuffer();
}

async function memoryBuild(root: string) {
  const report = await build({ root, workers: 0, sink: 'memory' });
  const files = (report.sink as MemorySink).files;
  return { report, files, text: (f: string) => files.get(f)?.toString() ?? '' };
}

test('images: a figure with the title as caption, width and height from the file, loading="lazy" after the first', async () => {
  const root = writeSite(tempDir(), {
    'tongwen.config.yaml': `${CONFIG}images: { responsive: false }\n`,
    'content/a.md': article({ title: '圖片', date: '2024-06-01', slug: 'a' }, '![第一張](/images/one.png "圖一說明")\n\n文字 ![行內](/images/two.png) 文字\n\n![第三張](/images/one.png)\n'),
    'static/images/one.png': await png(40, 30),
    'static/images/two.png': PNG_1X1,
  });
  const { text } = await memoryBuild(root);
  const page = text('zh-hant/2024/06/a/index.html');
  assert.match(page, /<figure><img src="\/images\/one\.png" alt="第一張" width="40" height="30"><figcaption>圖一說明<\/figcaption><\/figure>/);
  assert.match(page, /<p>文字 <img src="\/images\/two\.png" alt="行內" width="1" height="1" loading="lazy"> 文字<\/p>/);
  assert.match(page, /<figure><img src="\/images\/one\.png" alt="第三張" width="40" height="30" loading="lazy"><\/figure>/);
  assert.doesNotMatch(page, /title="圖一說明"/, 'the caption is not repeated as a tooltip');
});

test('responsive images: AVIF and WebP sources made with sharp, written to the output, cached between builds', async () => {
  const root = writeSite(tempDir(), {
    'tongwen.config.yaml': CONFIG,
    'content/a.md': article({ title: '大圖', date: '2024-06-01', slug: 'a' }, '![大圖](/images/big.png "說明")\n'),
    'static/images/big.png': await png(1000, 500),
  });
  const out = join(tempDir(), 'out');
  await build({ root, out, workers: 0 });
  const { text } = await memoryBuild(root);
  const page = text('zh-hant/2024/06/a/index.html');
  const picture = /<picture>(.*?)<\/picture>/.exec(page)?.[1] ?? '';
  assert.match(picture, /^<source type="image\/avif" srcset="\/assets\/media\/[0-9a-f]{12}\/big-480\.avif 480w, \/assets\/media\/[0-9a-f]{12}\/big-960\.avif 960w, \/assets\/media\/[0-9a-f]{12}\/big-1000\.avif 1000w" sizes="[^"]+">/);
  assert.match(picture, /<source type="image\/webp" srcset="[^"]*big-480\.webp 480w/);
  assert.match(picture, /<img src="\/images\/big\.png" alt="大圖" width="1000" height="500" srcset="[^"]*big-480\.png 480w[^"]*" sizes="[^"]+">$/);
  const urls = [...picture.matchAll(/(\/assets\/media\/[^ "]+)/g)].map((m) => m[1]!);
  assert.equal(urls.length, 9);
  for (const u of urls) assert.ok(existsSync(join(out, u)), `${u} is written`);
  const avif = await sharp(join(out, urls[0]!)).metadata();
  assert.equal(avif.width, 480);
  assert.equal(avif.format, 'heif');
  // The cache: every file made once, not again in the next build.
  const cache = join(root, '.tongwen-cache', 'media');
  const cached = readdirSync(cache, { recursive: true }).filter((f) => /\.(avif|webp|png)$/.test(String(f))).map(String);
  assert.equal(cached.length, 9);
  const before = cached.map((f) => statSync(join(cache, f)).mtimeMs);
  await build({ root, workers: 0, sink: 'memory' });
  assert.deepEqual(cached.map((f) => statSync(join(cache, f)).mtimeMs), before);
});

test('a missing local image and a link to a missing page are errors at file:line:col; links to pages and static files are fine', async () => {
  const root = writeSite(tempDir(), {
    'tongwen.config.yaml': CONFIG,
    'content/a.md': article({ title: '甲', date: '2024-06-01', slug: 'a' }, '見[乙](/zh-hant/2024/06/b/)與[檔案](/files/x.pdf)與[相對](../b/)。\n\n![不在](/images/missing.png)\n\n[壞鏈接](/zh-hant/2024/06/nope/)\n'),
    'content/b.md': article({ title: '乙', date: '2024-06-02', slug: 'b' }),
    'static/files/x.pdf': 'pdf',
  });
  await assert.rejects(build({ root, workers: 0, sink: 'memory' }), (error: unknown) => {
    assert.ok(error instanceof BuildError);
    assert.deepEqual(error.errors.map((e) => [e.file, e.line, e.column, e.message]), [
      ['content/a.md', 8, 1, 'image "/images/missing.png" does not exist'],
      ['content/a.md', 10, 1, 'link "/zh-hant/2024/06/nope/" leads to no page or file of the site'],
    ]);
    assert.ok(error.errors.every((e) => e.hint));
    return true;
  });
});

test('video and audio files become players; iframes only from embed hosts, sandboxed and wrapped; drops are warnings at file:line', async () => {
  const body = [
    '![發佈會](/media/clip.mp4)',
    '',
    '![訪談](/media/talk.mp3)',
    '',
    '<iframe src="https://player.bilibili.com/player.html?bvid=BV1xx" width="640" height="360"></iframe>',
    '',
    '<iframe src="https://evil.example.com/x"></iframe>',
    '',
    '段落<marquee>滾動</marquee>與<u>下劃線</u>。',
    '',
    '<video src="/media/clip.mp4"><source src="/media/clip.webm" type="video/webm"></video>',
    '',
  ].join('\n');
  const root = writeSite(tempDir(), {
    'tongwen.config.yaml': CONFIG,
    'content/v.md': article({ title: '影片', date: '2024-06-01', slug: 'v' }, body),
    'static/media/clip.mp4': 'mp4',
    'static/media/clip.webm': 'webm',
    'static/media/talk.mp3': 'mp3',
  });
  const { report, text } = await memoryBuild(root);
  const page = text('zh-hant/2024/06/v/index.html');
  assert.match(page, /<figure><video src="\/media\/clip\.mp4" controls preload="metadata"><a href="\/media\/clip\.mp4">發佈會<\/a><\/video><\/figure>/);
  assert.match(page, /<figure><audio src="\/media\/talk\.mp3" controls preload="metadata">/);
  assert.match(page, /<div class="embed"><iframe src="https:\/\/player\.bilibili\.com\/player\.html\?bvid=BV1xx" width="640" height="360" sandbox="allow-scripts allow-same-origin allow-presentation allow-popups" loading="lazy" referrerpolicy="strict-origin-when-cross-origin" allowfullscreen title="player\.bilibili\.com"><\/iframe><\/div>/);
  assert.doesNotMatch(page, /evil\.example\.com/);
  assert.match(page, /<video src="\/media\/clip\.mp4" controls><source src="\/media\/clip\.webm" type="video\/webm"><\/video>/);
  assert.match(page, /<u>下劃線<\/u>/, 'underline is kept');
  assert.match(page, /段落滾動與/, 'the dropped element keeps its text');
  assert.deepEqual(report.warnings.map((w) => [w.file, w.line, w.column, w.severity]), [
    ['content/v.md', 12, 1, 'warning'],
    ['content/v.md', 14, 3, 'warning'],
  ]);
  assert.match(report.warnings[0]!.message, /evil\.example\.com.*not an embed host/);
  assert.match(report.warnings[1]!.message, /<marquee> is not allowed/);
  const cli = await runCli(['build', '--root', root, '--out', join(tempDir(), 'o'), '--workers', '0', '--quiet']);
  assert.equal(cli.code, 0);
  assert.ok(cli.err.some((l) => l.startsWith('content/v.md:12:1:') && l.includes('not an embed host')), cli.err.join('\n'));
});

test('embeds: in the config replaces the default hosts', async () => {
  const root = writeSite(tempDir(), {
    'tongwen.config.yaml': `${CONFIG}embeds: [video.example.org]\n`,
    'content/v.md': article({ title: '影片', date: '2024-06-01', slug: 'v' }, '<iframe src="https://video.example.org/e/1"></iframe>\n\n<iframe src="https://www.youtube.com/embed/x"></iframe>\n'),
  });
  const { report, text } = await memoryBuild(root);
  const page = text('zh-hant/2024/06/v/index.html');
  assert.match(page, /<iframe src="https:\/\/video\.example\.org\/e\/1"/);
  assert.doesNotMatch(page, /youtube/);
  assert.equal(report.warnings.length, 1);
});

test('a page bundle: files beside index.md are copied next to the page in every variant, relative images work', async () => {
  const root = writeSite(tempDir(), {
    'tongwen.config.yaml': `${CONFIG}images: { responsive: false }\n`,
    'content/2024/06/foo/index.md': article({ title: '束', date: '2024-06-03' }, '![封面](cover.png "封面說明")\n\n[數據](data/table.csv)\n'),
    'content/2024/06/foo/cover.png': await png(20, 10),
    'content/2024/06/foo/data/table.csv': 'a,b\n',
  });
  const { files, text } = await memoryBuild(root);
  for (const v of ['zh-hant', 'zh-hans']) {
    assert.ok(files.has(`${v}/2024/06/foo/index.html`), `${v}: the page (slug from the folder)`);
    assert.ok(files.has(`${v}/2024/06/foo/cover.png`), `${v}: the image beside it`);
    assert.ok(files.has(`${v}/2024/06/foo/data/table.csv`), `${v}: a file in a subfolder`);
    assert.match(text(`${v}/2024/06/foo/index.html`), /<img src="cover\.png" alt="封面" width="20" height="10">/);
  }
  assert.match(text('zh-hant/index.html'), /cover\.png/, 'the cover is on the listing card');
});

test('heading ids: from the Simplified text, the same in every variant, unique in the page, with an anchor link', async () => {
  const root = writeSite(tempDir(), {
    'tongwen.config.yaml': CONFIG,
    'content/h.md': article({ title: '標題', date: '2024-06-01', slug: 'h' }, '## 軟體與網絡\n\n甲\n\n## 軟體與網絡\n\n乙\n\n## ！？\n\n### GPU 的 `CUDA` 生態\n'),
  });
  const { text } = await memoryBuild(root);
  const ids = (v: string) => [...text(`${v}/2024/06/h/index.html`).matchAll(/<h[23] id="([^"]+)">/g)].map((m) => m[1]);
  assert.deepEqual(ids('zh-hant'), ['软体与网络', '软体与网络-2', 'section-3', 'gpu-的-cuda-生态']);
  assert.deepEqual(ids('zh-hans'), ids('zh-hant'));
  assert.match(text('zh-hant/2024/06/h/index.html'), /<h2 id="软体与网络">軟體與網絡 <a class="heading-anchor" href="#软体与网络" aria-label="本節連結">#<\/a><\/h2>/);
});

test('table of contents: off by default, on from the config (toc: N headings), front matter toc: true/false decides for its article', async () => {
  const body = '## 第一節\n\n甲\n\n### 小節\n\n乙\n\n## 第二節\n\n丙\n';
  const files = {
    'content/a.md': article({ title: '甲', date: '2024-06-01', slug: 'a' }, body),
    'content/b.md': article({ title: '乙', date: '2024-06-02', slug: 'b', toc: 'false' }, body),
    'content/c.md': article({ title: '丙', date: '2024-06-03', slug: 'c', toc: 'true' }, '## 唯一一節\n\n丁\n'),
  };
  const plain = await memoryBuild(writeSite(tempDir(), { 'tongwen.config.yaml': CONFIG, ...files }));
  assert.doesNotMatch(plain.text('zh-hant/2024/06/a/index.html'), /class="toc"/);
  assert.match(plain.text('zh-hant/2024/06/c/index.html'), /<nav class="toc"[^>]*>\s*<h2 id="toc-title">目錄<\/h2>\s*<ol>\s*<li class="toc-2"><a href="#唯一一节">唯一一節<\/a><\/li>\s*<\/ol>/);
  const on = await memoryBuild(writeSite(tempDir(), { 'tongwen.config.yaml': `${CONFIG}toc: 3\n`, ...files }));
  const a = on.text('zh-hans/2024/06/a/index.html');
  assert.match(a, /<h2 id="toc-title">目录<\/h2>/);
  assert.deepEqual([...a.matchAll(/<li class="toc-(\d)"><a href="#([^"]+)">/g)].map((m) => [m[1], m[2]]), [['2', '第一节'], ['3', '小节'], ['2', '第二节']]);
  assert.doesNotMatch(on.text('zh-hant/2024/06/b/index.html'), /class="toc"/);
  assert.doesNotMatch(on.text('zh-hant/2024/06/c/index.html').replace(/toc: true/, ''), /class="toc"[\s\S]*class="toc"/);
});

test('check reports raw HTML the sanitizer drops as warnings at file:line:col, like the build', async () => {
  const root = writeSite(tempDir(), {
    'tongwen.config.yaml': CONFIG,
    'content/v.md': article({ title: '影片', date: '2024-06-01', slug: 'v' }, '正文。\n\n<iframe src="https://evil.example.com/x"></iframe>\n\n<img src="x.png" onerror="alert(1)">\n'),
  });
  const r = await runCli(['check', '--root', root]);
  const lines = r.out.filter((l) => l.startsWith('content/v.md:'));
  assert.ok(lines.some((l) => l.startsWith('content/v.md:8:1:') && /not an embed host/.test(l)), r.out.join('\n'));
  assert.ok(lines.some((l) => l.startsWith('content/v.md:10:1:') && /onerror/.test(l)), r.out.join('\n'));
  assert.equal((await runCli(['check', '--root', root, '--strict'])).code, 1, 'warnings count with --strict');
});
