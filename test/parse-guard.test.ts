/**
 * The guarded autolink transform (src/markdown/parse.ts) against remark-gfm's
 * transform run on every tree: the same tree, positions included
 * (deepStrictEqual), on CommonMark's and GFM's spec examples, on cases aimed
 * at the guard's test (literal autolinks in every case, inside links and
 * emphasis, `@` made by a character reference) and on a small generated
 * corpus. The 4000-article corpus is checked by `npm run bench:parse`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFrontMatter } from '../src/content/front-matter.js';
import { autolinkStats, mayHoldLiteralAutolink, parseMarkdown, parseMarkdownReference, parseMarkdownWhole } from '../src/markdown/parse.js';
import { FIXTURES, REPO, specExamples } from './helpers.js';

const require = createRequire(import.meta.url);

const CASES = [
  '訪問 www.example.com 了解更多',
  '見 WWW.EXAMPLE.COM/路徑 與 Www.Example.org。',
  '網址 https://example.org/a?b=1 與 HTTP://EXAMPLE.ORG 與 HtTpS://x.y',
  '寫信給 editor@example.com 或 mailto:a@b.cn 或 xmpp:news@chat.example.org/room',
  '[連結 www.example.com](https://example.org) 與 [ref www.x.org][r]\n\n[r]: /u',
  '**強調 www.example.com** 與 _https://a.b_ 與 ~~c@d.ef~~',
  '字元參照 foo&#64;example.com 與 &#x77;ww.example.com',
  '`www.example.com` 在程式碼裡\n\n```\nhttps://example.org\n```',
  '<https://example.org> 與 <a@b.cn>',
  '![圖 www.example.com](/i.png "https://t.example")',
  '- 清單 www.example.com\n> 引文 mail@example.org\n\n| a | b |\n| - | - |\n| www.x.org | y@z.cn |',
  '只有中文，沒有網址。',
  'www 不是網址；http 不是；@ 單獨一個',
  'www.\n\nhttp://\n\n@',
  '',
];

const SPEC = specExamples(readFileSync(require.resolve('commonmark-spec/spec.txt'), 'utf8'));
const GFM = specExamples(readFileSync(join(FIXTURES, 'gfm-spec', 'spec.txt'), 'utf8'));

test('CommonMark and GFM spec examples and autolink cases: the guarded parse gives remark-gfm’s tree; the guard both skips and runs', () => {
  assert.ok(SPEC.length >= 650, `${SPEC.length} CommonMark examples`);
  assert.ok(GFM.length >= 670, `${GFM.length} GFM examples`);
  const before = { ...autolinkStats };
  for (const md of [...SPEC, ...GFM, ...CASES]) assert.deepStrictEqual(parseMarkdownWhole(md), parseMarkdownReference(md), `differs on ${JSON.stringify(md)}`);
  const ran = autolinkStats.ran - before.ran;
  const skipped = autolinkStats.skipped - before.skipped;
  assert.equal(ran + skipped, SPEC.length + GFM.length + CASES.length);
  assert.ok(ran >= 30 && skipped >= 600, `ran on ${ran}, skipped ${skipped}`);
});

test('the guard’s test: text that may hold a literal autolink, and text that cannot', () => {
  const may = (md: string) => mayHoldLiteralAutolink(parseMarkdownReference(md));
  // Conservative: the text of a link counts too (an angle autolink's text is its URL), though the transform leaves links alone.
  for (const md of ['www.example.com', 'WWW.X', 'http://a', 'HTTPS://a', 'a@b', 'foo&#64;bar', '**x www.y.z**', '<https://x.org>']) assert.ok(may(md), md);
  for (const md of ['中文段落', 'www 與 http', '[a](https://example.org)', '`www.x.org`', '![a](www.x.org)']) assert.ok(!may(md), md);
});

test('a generated corpus (bench/make-corpus.mjs): identical trees', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tongwen-parse-guard-'));
  try {
    execFileSync(process.execPath, [join(REPO, 'bench', 'make-corpus.mjs'), '--out', dir, '--count', '40', '--seed', '5']);
    const articles = join(dir, 'articles');
    const files = readdirSync(articles, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md')).sort();
    assert.ok(files.length >= 40);
    for (const f of files) {
      const body = parseFrontMatter(readFileSync(join(articles, f), 'utf8'), f).body;
      assert.deepStrictEqual(parseMarkdown(body), parseMarkdownReference(body), f);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
