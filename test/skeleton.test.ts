/**
 * The skeleton parse (src/markdown/skeleton.ts) against remark-parse's whole
 * parse (issue 11): the same tree, positions included (deepStrictEqual), on
 * CommonMark's spec examples, GFM's spec examples (test/fixtures/gfm-spec),
 * hostile cases written for the skeleton's rules, and a small generated
 * corpus (bench/make-corpus.mjs). Each document is also parsed with plain
 * lines added around it, between its lines and under list and quote markers,
 * so that the skeleton is taken (counted: `skeletonStats`). The 4000-article
 * corpus is checked by `npm run bench:parse`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFrontMatter } from '../src/content/front-matter.js';
import { parseMarkdownWhole as parseMarkdown } from '../src/markdown/parse.js';
import { P, parseMarkdownSkeleton, skeletonOf, skeletonStats } from '../src/markdown/skeleton.js';
import { FIXTURES, REPO, specExamples } from './helpers.js';

const require = createRequire(import.meta.url);

/** Checks one document; returns whether it went through the skeleton. */
function same(md: string): boolean {
  const before = skeletonStats.skeleton;
  const fast = parseMarkdownSkeleton(md);
  const taken = skeletonStats.skeleton > before;
  assert.deepStrictEqual(fast, parseMarkdown(md), `differs on ${JSON.stringify(md)}`);
  return taken;
}

/** The document and versions with plain lines added, every one checked; returns how many took the skeleton. */
function variants(md: string): number {
  const marked = ['- 清單裡的 plain', '> 引文裡的一行', '  縮排的 plain 2024年'];
  const docs = [
    md,
    `Plain 開頭的一行。\n${md}\n結尾的一行 plain`,
    md.split('\n').join('\n插進來的 plain 行\n'),
    md.split('\n').map((line, i) => `${line}\n${marked[i % 3]}`).join('\n'),
  ];
  let taken = 0;
  for (const doc of docs) if (same(doc)) taken++;
  return taken;
}

/** Cases aimed at the skeleton's rules: each holds lines that are plain, or nearly. */
const HOSTILE = [
  // Tables: a plain line after the head becomes a row; a plain head line.
  '| a | b |\n| - | - |\n一行沒有豎線的字\n後面 plain\n\n段落',
  'head 標題\n| - |\nbody 一行\n',
  'head 標題\n:-\nbody 一行',
  '| a |\n|---|\nplain row\n- list after\nplain',
  // Lists, quotes, lazy continuation.
  '- 項目一\n懶惰的續行 plain\n- 項目二\n\n  第二段 plain\n\n回到段落',
  '> 引文\n懶惰續行\n> 又一行\n\nplain 之後',
  '1. 第一\n2. 第二\n   續行 plain\n3) 不同\n10. 十\n1234567890. 不是清單',
  '1.\nplain\n2024年的報導\n2024.年\n2) x\n- 1. 巢狀\n-     縮排碼 plain',
  '* 星號項目\n+ 加號項目\n    四個空格 plain\n\n    縮排程式碼 plain\n\n段落',
  '- a\n\n      code plain\nlazy\n\n>     quoted code plain\n> > 深引文 plain',
  // Footnotes and definitions.
  '文字[^1]。\n\n[^1]: 註腳內容\n    續行 plain\n註腳懶惰續行\n\nplain 段落',
  '[foo]: /url "title\nplain 標題行\n繼續"\n\n[foo]',
  '[foo]:\n/url\n\n[foo]',
  '[foo]:\nplaindestination\n\n[foo]',
  '[foo\nplain 標籤\nbar]: /url\n\n[foo plain 標籤 bar]',
  '[\nplain\n]\n\n[plain]: /u',
  '[Plain Label]: /u\n\n前文 [\nplain label\n] 後文',
  '[a](/url "t\nab"\n)\n\n[a](/url (t\nplain\n))',
  '[link\nplain 連結文字\nend](https://example.org)',
  '![圖\nplain alt\n片](/i.png)',
  // Code spans, fences, HTML.
  '`code\nplain 在程式碼中\nspan`',
  '`\nplain\n`',
  '```js\nplain code\n```\nplain after\n~~~\nplain\n~~~~\n',
  '```\nplain\n\nplain after blank\n',
  '<div>\nplain 在 html 裡\n</div>\n\nplain',
  '<!--\n\nplain 在註解\n\n-->\nplain',
  '<a href="x"\nplain\n>文字</a>',
  '<a b=\n中文\n>\n\n<a b=\n中 abc\n>\n\n<a\nfoo\n> x',
  '<script>\nplain\n\nplain script\n</script>\nplain',
  '<?\n\nplain\n?>\n\n<![CDATA[\n\nplain\n]]>\n\n<!X\n\nplain\n>',
  // Emphasis and strikethrough around plain lines, CJK-friendly neighbours.
  '**重點\nplain 行\n結束**之後',
  '*開始\n中文一行\n*結束',
  '**「重點」**之後\n普通的一行\n~~「舊說法」~~已經\n又一行',
  '~刪除\nplain\n~\n\n~~跨\n行\n~~',
  '文字**\n下一行\n**文字',
  '\uFE0E**a**\n中文\n\uFE00**b**',
  // Setext headings, hard breaks, thematic breaks, ATX.
  'plain 標題\n===\n\nplain 二\nplain 三\n---\n\nplain\n***',
  '行末兩個空格  \nplain 下一行\n行末反斜線\\\nplain',
  '## 標題 ##\nplain\n# plain #',
  // Autolinks: literal and angle.
  'www.example.com\nplain\nhttp://a.b/c\nplain 行\nmail@example.org\n中文www.example.com',
  'foo@bar.baz\nplain\nmailto:a@b.c\nxmpp:a@b.c\n<http://a.b>\nplain',
  'WWW.Example.com 開頭\nplain',
  // Entities, escapes, nulls, BOM, private use.
  '&amp;\nplain\n&#x4E2D;\n\\*不是強調\\*\nplain',
  '\uFEFFplain 開頭有 BOM\nplain',
  'plain\0 有 NUL\nplain',
  `含 ${P} 的文件\nplain`,
  'crlf\r\nplain\r\n',
  'tab\there\nplain\n\tindented\nplain',
  'trailing space \nplain',
  '\u3000全形空格開頭\nplain\n\u00A0nbsp',
  '𠮷野家 surrogate 𩸽\nplain 🎉\n**𠮷**野家',
  'a\nb\nc',
  '',
  '\n\n\n',
  'x',
];

const SPEC = specExamples(readFileSync(require.resolve('commonmark-spec/spec.txt'), 'utf8'));
const GFM = specExamples(readFileSync(join(FIXTURES, 'gfm-spec', 'spec.txt'), 'utf8'));

test('CommonMark and GFM spec examples, and hostile cases: the skeleton parse gives remark-parse’s tree, with plain lines added too', () => {
  assert.ok(SPEC.length >= 650, `${SPEC.length} CommonMark examples`);
  assert.ok(GFM.length >= 670, `${GFM.length} GFM examples`);
  let taken = 0;
  for (const md of [...SPEC, ...GFM, ...HOSTILE]) taken += variants(md);
  const docs = 4 * (SPEC.length + GFM.length + HOSTILE.length);
  // Most variants carry plain lines; the skeleton must have been taken for most of them.
  assert.ok(taken > docs / 2, `the skeleton was taken for ${taken} of ${docs} documents`);
});

test('the skeleton falls back or replaces nothing where it must: P, CR, no plain line', () => {
  assert.equal(skeletonOf(`${P}\nplain line`), undefined);
  assert.equal(skeletonOf('crlf\r\nplain line'), undefined);
  assert.equal(skeletonOf('**a**\n[b](c)'), undefined);
  const sk = skeletonOf('plain 一行\n- 項目 plain\n[x\nnot replaced\n\nreplaced 行')!;
  assert.equal(sk.text, `${P}\n- ${P}\n[x\nnot replaced\n\n${P}`);
});

test('a generated corpus (bench/make-corpus.mjs): identical trees, most characters skipped', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tongwen-skeleton-'));
  try {
    execFileSync(process.execPath, [join(REPO, 'bench', 'make-corpus.mjs'), '--out', dir, '--count', '40', '--seed', '3']);
    const articles = join(dir, 'articles');
    const files = readdirSync(articles, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md')).sort();
    assert.ok(files.length >= 40);
    let chars = 0;
    let parsed = 0;
    for (const f of files) {
      const body = parseFrontMatter(readFileSync(join(articles, f), 'utf8'), f).body;
      assert.ok(same(body), `${f} went through the skeleton`);
      chars += body.length;
      parsed += skeletonOf(body)!.text.length;
    }
    assert.ok(parsed < chars * 0.6, `the skeletons hold ${parsed} of ${chars} characters`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
