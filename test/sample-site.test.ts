/**
 * The repository's own sample site (`content/`, `static/`, `templates/`):
 * it builds, holds at least eight articles in both scripts, and shows the
 * features the README promises — keywords, categories, a table, a code block,
 * an image from static/, a link, a footnote and `**「重點」**之後`.
 */
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BuildReport } from '../src/build.js';
import { listFiles } from '../src/core/fs.js';
import { REPO, sampleBuild } from './helpers.js';

let report: BuildReport;
let articles: Array<{ file: string; html: string }>;
let out: string;

before(async () => {
  const sample = await sampleBuild();
  ({ out, report } = sample);
  const tree = sample.tree;
  articles = [...tree]
    .filter(([f]) => /^zh-han[st]\/\d{4}\/\d{2}\/[^/]+\/index\.html$/.test(f))
    .map(([file, bytes]) => ({ file, html: bytes.toString('utf8') }));
});

/** The body of an article page (between the article-body markers of the built-in template). */
const bodies = (variant: string) => articles.filter((a) => a.file.startsWith(`${variant}/`)).map((a) => a.html);
const some = (variant: string, re: RegExp) => bodies(variant).some((h) => re.test(h));

test('the sample site builds with at least eight articles, in both variants', () => {
  assert.ok(report.articles >= 8, `only ${report.articles} articles in content/`);
  assert.equal(bodies('zh-hant').length, report.articles);
  assert.equal(bodies('zh-hans').length, report.articles);
});

test('sample articles are written in both scripts', () => {
  const langs = new Set<string>();
  for (const f of listFiles(join(REPO, 'content'), (n) => n.endsWith('.md'))) {
    const m = /^lang:\s*(\S+)/m.exec(readFileSync(join(REPO, 'content', f), 'utf8'));
    langs.add((m?.[1] ?? 'zh-Hant').toLowerCase());
  }
  assert.ok([...langs].some((l) => l === 'zh-hans' || l === 'zh-cn'), 'an article written in Simplified');
  assert.ok([...langs].some((l) => l === 'zh-hant' || l === 'zh-tw' || l === 'zh-hk'), 'an article written in Traditional');
});

test('the sample site shows emphasis next to Chinese punctuation: <strong>「重點」</strong>之後', () => {
  assert.ok(some('zh-hant', /<strong>「[^<]+」<\/strong>[\u4e00-\u9fff]/), 'zh-Hant');
  // Simplified pages write “” where the source has 「」 (conversion.quotes, issue 9).
  assert.ok(some('zh-hans', /<strong>“[^<]+”<\/strong>[\u4e00-\u9fff]/), 'zh-Hans');
  assert.ok(bodies('zh-hant').every((h) => !/\*\*「/.test(h)), 'no literal ** left next to 「');
});

test('the sample site shows a table, a code block, a link and a footnote', () => {
  for (const v of ['zh-hant', 'zh-hans']) {
    assert.ok(some(v, /<table>/), `${v}: table`);
    assert.ok(some(v, /<pre><code/), `${v}: code block`);
    assert.ok(some(v, /<a href="https?:\/\//), `${v}: external link`);
    assert.ok(some(v, /data-footnote-ref/), `${v}: footnote`);
  }
});

test('the sample site shows an image from static/, and the image is in the output', () => {
  const srcs = bodies('zh-hant').flatMap((h) => [...h.matchAll(/<img src="([^"]+)"/g)].map((m) => m[1]!));
  const local = srcs.filter((s) => s.startsWith('/'));
  assert.ok(local.length > 0, 'an article shows a local image');
  for (const src of local) {
    const rel = decodeURIComponent(src.slice(report.config.basePath.length));
    assert.ok(existsSync(join(REPO, 'static', rel)), `${src} comes from static/`);
    assert.ok(existsSync(join(out, rel)), `${src} is copied to the output`);
  }
});

test('the sample site shows keywords and categories', () => {
  assert.ok(some('zh-hant', /<ul class="keywords">/), 'keywords');
  const categories = listFiles(join(REPO, 'content'), (n) => n.endsWith('.md'))
    .map((f) => /^category:\s*(.+)$/m.exec(readFileSync(join(REPO, 'content', f), 'utf8'))?.[1]?.trim())
    .filter((c): c is string => c !== undefined);
  assert.ok(categories.length > 0, 'articles have categories');
  const pages = [...bodies('zh-hant'), ...bodies('zh-hans')];
  assert.ok(categories.some((c) => pages.some((h) => h.includes(`>${c}<`))), 'a category is shown on its article page');
});

test('the sample site’s zh-TW variant reads in Taiwan news vocabulary (municipal-notice-briefing)', () => {
  const html = readFileSync(join(out, 'zh-tw', '2025', '06', 'municipal-notice-briefing', 'index.html'), 'utf8');
  const body = html.slice(html.indexOf('<article'));
  for (const want of ['市政府發布通知', '記者會', '法律程序', '印發文件', '民眾支持', '項目', '電腦程式', '軟體發布', '網路安全', '技術支援', '空氣品質', '60天後', '這只能', '十分鐘', '「我們會繼續聽取意見」']) {
    assert.ok(body.includes(want), want);
  }
  for (const wrong of ['釋出', '法律程式', '印發檔案', '民眾支援', '專案', '新聞發布會']) assert.ok(!html.includes(wrong), wrong);
  // The zh-Hant page keeps the standard words, in the forms readers write.
  const hant = readFileSync(join(out, 'zh-hant', '2025', '06', 'municipal-notice-briefing', 'index.html'), 'utf8');
  assert.ok(hant.includes('新聞發布會') && hant.includes('電腦程序') && !hant.includes('爲'), 'zh-Hant');
});

test('no zh-Hant page of the sample site writes OpenCC’s 爲 裏 羣 衆', () => {
  for (const h of bodies('zh-hant')) assert.doesNotMatch(h.slice(h.indexOf('<article')), /[爲裏羣衆]/);
});

test('the sample site has an article dated 2030: left out at the build clock (SAMPLE_NOW), counted as future', () => {
  assert.ok(existsSync(join(REPO, 'content', '2030')), 'a future-dated sample article');
  assert.equal(report.future, 1);
  assert.ok(articles.every((a) => !a.file.includes('/2030/')), 'no page of the 2030 article');
  const home = readFileSync(join(out, 'zh-hant', 'index.html'), 'utf8');
  assert.ok(!home.includes('二〇三〇'), 'not the home lead');
});

test('the sample site shows a page bundle with its image, a video embed, a table of contents, an author page and responsive images', () => {
  for (const v of ['zh-hant', 'zh-hans']) {
    const dir = join(out, v, '2025', '05', 'cleanroom-visit');
    assert.ok(existsSync(join(dir, 'cover.png')), `${v}: the bundle's image beside its page`);
    const html = readFileSync(join(dir, 'index.html'), 'utf8');
    assert.match(html, /<figure><picture><source type="image\/avif"[^>]*><source type="image\/webp"[^>]*><img src="cover\.png"[^>]* width="960" height="540"[^>]*><\/picture><figcaption>/);
    assert.match(html, /<div class="embed"><iframe src="https:\/\/player\.bilibili\.com\/[^"]*"[^>]* sandbox="[^"]+"/);
    assert.match(html, /<nav class="toc"/);
    assert.ok(some(v, /rel="author"/), `${v}: an author link`);
  }
});
