/**
 * Missing local files are errors the build stops on, and `tongwen check`
 * reports the same errors at the same file:line:col (check is the build
 * minus rendering and writing): Markdown images and links, the files raw
 * HTML names (which the sanitizer keeps: `<img src srcset>`, `<video src
 * poster>`, `<audio>`/`<source src>`, `<a href>`), page bundles' relative
 * files, in every variant.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from '../src/build.js';
import { checkSite } from '../src/commands/check.js';
import { BuildError } from '../src/core/errors.js';
import { processArticle } from '../src/article/process.js';
import { PNG_1X1, article, heldByFile, runCli, sharedPool, tempDir, writeSite } from './helpers.js';

/** The process's shared worker pool (helpers.sharedPool), for the check in worker threads. */
const pool = heldByFile(sharedPool);

const CONFIG = 'title: 測試\nbaseUrl: https://example.org/\nvariants: [zh-Hant, zh-Hans, zh-TW]\nimages: { responsive: false }\n';

/** A site whose articles point at files that are there and at files that are not. */
function brokenSite(): string {
  return writeSite(tempDir(), {
    'tongwen.config.yaml': CONFIG,
    'content/a.md': article({ title: '甲', date: '2024-06-01', slug: 'a' }, [
      '見[乙](/zh-hant/2024/06/b/)與<img src="/images/ok.png" alt="在">。', // line 6: both exist
      '',
      '![不在](/images/missing.png)', // line 8
      '',
      '<p>段落<img alt="原始" src="/images/raw-missing.png"></p>', // line 10, column 6
      '',
      '> 引文 <img src=\'gone.png\'>', // line 12, column 6: relative, beside the article (not a bundle)
      '',
      '[壞鏈接](/zh-hant/2024/06/nope/)', // line 14
      '',
      '<p>原始鏈接<a href="/zh-hant/2024/06/gone/">去</a></p>', // line 16, column 8
      '',
      '<video src="/media/clip.mp4" poster="/images/poster.png" controls></video>', // line 18: both missing
      '',
      '<audio controls><source src="/media/talk.mp3" type="audio/mpeg"></audio>', // line 20, column 17
      '',
      '<img src="/images/ok.png" srcset="/images/ok.png 1x, /images/ok-2x.png 2x" alt="雙">', // line 22: the 2x one is missing
      '',
    ].join('\n')),
    'content/b.md': article({ title: '乙', date: '2024-06-02', slug: 'b' }),
    'content/2024/06/bundle/index.md': article({ title: '丙', date: '2024-06-03', slug: 'bundle' }, [
      '![封面](cover.png)', // line 6: exists in the bundle
      '',
      '<img src="inside.png" alt="內">', // line 8: exists in the bundle
      '',
      '<img src="absent.png" alt="缺">', // line 10: missing from the bundle
      '',
      '[資料](data/table.csv)與[缺檔](data/none.csv)', // line 12: the first exists, the second (column 22) does not
      '',
    ].join('\n')),
    'content/2024/06/bundle/cover.png': PNG_1X1,
    'content/2024/06/bundle/inside.png': PNG_1X1,
    'content/2024/06/bundle/data/table.csv': 'a,b\n',
    'static/images/ok.png': PNG_1X1,
  });
}

const EXPECTED: Array<[string, number, number, string]> = [
  ['content/2024/06/bundle/index.md', 10, 1, 'image "absent.png" does not exist'],
  ['content/2024/06/bundle/index.md', 12, 22, 'link "data/none.csv" leads to no page or file of the site'],
  ['content/a.md', 8, 1, 'image "/images/missing.png" does not exist'],
  ['content/a.md', 10, 6, 'image "/images/raw-missing.png" does not exist'],
  ['content/a.md', 12, 6, 'image "gone.png" does not exist'],
  ['content/a.md', 14, 1, 'link "/zh-hant/2024/06/nope/" leads to no page or file of the site'],
  ['content/a.md', 16, 8, 'link "/zh-hant/2024/06/gone/" leads to no page or file of the site'],
  ['content/a.md', 18, 1, 'image "/images/poster.png" does not exist'],
  ['content/a.md', 18, 1, 'video or audio file "/media/clip.mp4" does not exist'],
  ['content/a.md', 20, 17, 'video or audio file "/media/talk.mp3" does not exist'],
  ['content/a.md', 22, 1, 'image "/images/ok-2x.png" does not exist'],
];

const placed = (errors: ReadonlyArray<{ file?: string | undefined; line?: number | undefined; column?: number | undefined; message: string }>) =>
  errors.map((e) => [e.file, e.line, e.column, e.message]);

test('the build stops on every missing local image and link, Markdown or raw HTML, at file:line:col', async () => {
  const root = brokenSite();
  await assert.rejects(build({ root, workers: 0, sink: 'memory' }), (error: unknown) => {
    assert.ok(error instanceof BuildError);
    assert.deepEqual(placed(error.errors), EXPECTED);
    assert.ok(error.errors.every((e) => e.hint));
    return true;
  });
  const cli = await runCli(['build', '--root', root, '--out', join(tempDir(), 'o'), '--workers', '0', '--quiet']);
  assert.notEqual(cli.code, 0);
  for (const [file, line, column, message] of EXPECTED) {
    assert.ok(cli.err.some((l) => l.startsWith(`${file}:${line}:${column}:`) && l.includes(message)), `${file}:${line}:${column} ${message}\n${cli.err.join('\n')}`);
  }
});

test('check reports the same errors as the build, at the same places, and exits non-zero', async () => {
  const root = brokenSite();
  // In this thread, then in worker threads (the process's shared pool of two).
  for (const threads of [false, true]) {
    const report = await checkSite(root, threads ? { pool: await pool() } : { workers: 0 });
    const errors = report.findings.filter((f) => f.severity === 'error');
    assert.deepEqual(placed(errors), EXPECTED, threads ? 'in worker threads' : 'in this thread');
    assert.equal(report.errors, EXPECTED.length);
  }
  const cli = await runCli(['check', '--root', root]);
  assert.equal(cli.code, 1);
  const lines = [...cli.out, ...cli.err];
  for (const [file, line, column, message] of EXPECTED) {
    assert.ok(lines.some((l) => l.includes(`${file}:${line}:${column}`) && l.includes(message)), `${file}:${line}:${column} ${message}\n${lines.join('\n')}`);
  }
});

test('with every file there, build and check pass, and a bundle\'s files are beside its page in every variant', async () => {
  const root = brokenSite();
  writeSite(root, {
    'static/images/missing.png': PNG_1X1,
    'static/images/raw-missing.png': PNG_1X1,
    // A relative image of an article that is no bundle is never copied: it is written root-relative instead.
    'content/a.md': readFileSync(join(root, 'content/a.md'), 'utf8').replace("src='gone.png'", "src='/images/gone.png'"),
    'static/images/gone.png': PNG_1X1,
    'content/2024/06/bundle/absent.png': PNG_1X1,
    'content/2024/06/bundle/data/none.csv': 'c\n',
    'content/nope.md': article({ title: '丁', date: '2024-06-04', slug: 'nope', lang: 'zh-Hant' }),
    'content/gone.md': article({ title: '戊', date: '2024-06-05', slug: 'gone', lang: 'zh-Hant' }),
    'static/media/clip.mp4': 'mp4',
    'static/images/poster.png': PNG_1X1,
    'static/media/talk.mp3': 'mp3',
    'static/images/ok-2x.png': PNG_1X1,
  });
  const report = await checkSite(root, { workers: 0 });
  assert.deepEqual(placed(report.findings.filter((f) => f.severity === 'error')), []);
  const out = join(tempDir(), 'dist');
  await build({ root, out, workers: 0 });
  for (const dir of ['zh-hant', 'zh-hans', 'zh-tw']) {
    for (const f of ['cover.png', 'inside.png', 'absent.png', 'data/table.csv', 'data/none.csv']) assert.ok(existsSync(join(out, dir, '2024/06/bundle', f)), `${dir}: ${f}`);
  }
});

test('raw HTML: only real <img> start tags count, not one in an attribute value, a comment or a script', () => {
  const refs = (html: string) => {
    const r = processArticle('content/a.md', Buffer.from(article({ title: '甲', date: '2024-06-01' }, `${html}\n`)), { variants: ['zh-Hant'], timeZone: 'Asia/Shanghai', defaultLang: 'zh-Hant', basePath: '/', html: {}, drafts: false });
    assert.ok(r.ok);
    return (r.article.refs ?? []).map((x) => [x.url, x.line, x.column]);
  };
  assert.deepEqual(refs('<noscript><p title="</noscript><img src=x onerror=alert(16)>"></p></noscript>'), []);
  assert.deepEqual(refs('<!-- <img src="c.png"> --> <img src="d.png">'), [['d.png', 5, 28]]);
  assert.deepEqual(refs('<script><img src="s.png"></script>'), []);
  assert.deepEqual(refs('文 <img alt=">" src=\'q&amp;r.png\'> 字'), [['q&r.png', 5, 3]]);
  assert.deepEqual(refs('<img src="https://example.org/a.png"><img src="data:image/png;base64,AA"><img src="//cdn.example.org/b.png">'), []);
});
