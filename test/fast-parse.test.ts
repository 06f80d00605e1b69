/**
 * The fast parse (src/markdown/fast-parse.ts) against remark-parse's whole
 * parse (`parseMarkdownReference`): the same tree, positions included
 * (deepStrictEqual), on CommonMark's spec examples, GFM's spec examples
 * (test/fixtures/gfm-spec), hostile cases written for the fast path's rules,
 * random documents assembled from fast and hard blocks, and a small generated
 * corpus (bench/make-corpus.mjs). Each spec example is also parsed with fast
 * blocks added around it and between its blocks, so that the fast path and
 * its skeleton are exercised (counted: `fastStats`). The 4000-article corpus
 * is checked by `npm run bench:parse`.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFrontMatter } from '../src/content/front-matter.js';
import { parseMarkdownReference } from '../src/markdown/parse.js';
import { fastStats, parseMarkdownFast, plainLine } from '../src/markdown/fast-parse.js';
import { FIXTURES, REPO, specExamples } from './helpers.js';

const require = createRequire(import.meta.url);

const fast = (md: string) => parseMarkdownFast(md, parseMarkdownReference);

/** Checks one document; returns whether some block was built directly. */
function same(md: string): boolean {
  const before = fastStats.fastBlocks;
  const tree = fast(md);
  assert.deepStrictEqual(tree, parseMarkdownReference(md), `differs on ${JSON.stringify(md)}`);
  return fastStats.fastBlocks > before;
}

const FAST_BLOCKS = [
  '插進來的段落 plain 2024年。',
  '## 插進來的標題',
  '- 清單一\n- 清單二',
  '> 引文一行',
  '```js\nconst a = 1;\n```',
  '兩行段落\n第二行 plain',
];

/** The document and versions with fast blocks added around and between its blocks; returns how many took the fast path. */
function variants(md: string, i: number): number {
  const f = (k: number) => FAST_BLOCKS[(i + k) % FAST_BLOCKS.length]!;
  const docs = [
    md,
    `${f(0)}\n\n${md}\n\n${f(1)}\n`,
    md.split('\n\n').join(`\n\n${f(2)}\n\n`),
    md.split('\n').join(`\n\n${f(3)}\n\n`),
    `${f(4)}\n\n${md}`,
    `${md}\n\n${f(5)}`,
  ];
  let taken = 0;
  for (const doc of docs) if (same(doc)) taken++;
  return taken;
}

/** Cases aimed at the fast path's rules. */
const HOSTILE = [
  // Lists: siblings across an empty line, continuation, other markers.
  '- 甲\n- 乙\n\n- 丙\n\n段落',
  '- 甲\n\n  續行 plain\n\n段落',
  '- 甲\n\n\t縮排\n\n段落',
  '- 甲\n\n* 乙\n\n+ 丙\n\n1. 丁',
  '- **甲**\n\n- 乙\n\n- 丙',
  '* 甲\n- 乙\n\n- 丙',
  '1. 甲\n   - 乙\n\n- 丙',
  '- 甲\n\n    code\n\n- 乙',
  '> - 甲\n\n- 乙',
  '- a\n-\n\n- b',
  '- [ ] 任務\n\n- 乙',
  '- # 標題\n- > 引\n- 1. 巢\n- - 巢',
  // Fences and HTML blocks reaching over empty lines.
  '```\n程式\n\n段落 plain\n\n## 標題\n```\n\n段落',
  '~~~\n程式\n\n段落\n~~~',
  '- ```\n  程式\n\n段落',
  '> ```\n> 程式\n\n段落',
  '<!--\n\n段落 plain\n\n-->\n\n段落',
  '<script>\n\n段落\n\n</script>\n\n段落',
  '<pre>\n\n段落\n\n</pre>',
  '<div>\n\n段落\n\n</div>',
  '<?\n\n段落\n\n?>',
  '```js\ncode\n````\n\n段落',
  '```js\ncode\n  ```\n\n段落',
  '```\n```\n\n段落',
  '```js\n```\n\n段落',
  '```js\n\tcode\n```',
  '```js\n```js\n```',
  '```js x\ncode\n```',
  '````\ncode\n```\n````',
  // Definitions anywhere.
  '[甲] 與 [乙][]\n\n段落\n\n[甲]: /a\n\n段落\n\n[乙]: /b "t"',
  '文字[^1]。\n\n段落\n\n[^1]: 註腳\n\n    續行\n\n段落',
  '[^1]: 先定義\n\n段落\n\n文字[^1]',
  '> [x]: /q\n\n段落\n\n[x]',
  '- [y]: /l\n\n段落\n\n[y]',
  '[x]: /1\n\n段落\n\n[x]: /2\n\n[x]',
  // Separators and thematic breaks.
  '***\n\n段落\n\n***',
  '段落\n***\n\n---\n\n段落\n---',
  '| a |\n| - |\n\n段落\n\n| b |\n| - |',
  // Indented code and blank-ish lines.
  '    code\n\n段落\n\n    code',
  '段落\n   \n段落',
  '段落\n\n   \n\n段落',
  '段落 \n\n段落',
  ' 段落\n\n段落',
  // Headings.
  '# 一\n\n###### 六\n\n####### 七\n\n#不是\n\n## 有 # 號\n\n## 結尾 ##\n\n##\n\n## ',
  // Plain-line edge cases.
  'www.example.com\n\n段落 WWW.x\n\n中文http://a.b\n\nmail@example.org',
  '1. 不是段落\n\n2024年的段落\n\n2024.年\n\n1)x\n\n12345',
  '段落\n=\n\n段落\n-\n\n段落\n===',
  '𠮷野家\n\n## 𩸽\n\n- 🎉\n\n> 𠮷',
  '\uFEFF段落\n\n段落',
  '段落\r\n\r\n段落',
  '段落\0\n\n段落',
  '\u3000全形空格\n\n\u00A0nbsp',
  '段落\u3000\n\n段落\u00A0',
  '&amp; 段落\n\n段落',
  '',
  '\n',
  '\n\n\n',
  'x',
  '段落',
  '段落\n',
  '段落\n\n',
  '\n\n段落',
];

const SPEC = specExamples(readFileSync(require.resolve('commonmark-spec/spec.txt'), 'utf8'));
const GFM = specExamples(readFileSync(join(FIXTURES, 'gfm-spec', 'spec.txt'), 'utf8'));

test('CommonMark and GFM spec examples, and hostile cases: the fast parse gives remark-parse’s tree, with fast blocks added too', () => {
  assert.ok(SPEC.length >= 650, `${SPEC.length} CommonMark examples`);
  assert.ok(GFM.length >= 670, `${GFM.length} GFM examples`);
  let taken = 0;
  const all = [...SPEC, ...GFM, ...HOSTILE];
  all.forEach((md, i) => {
    taken += variants(md, i);
  });
  const docs = 6 * all.length;
  assert.ok(taken > docs / 2, `the fast path built blocks in ${taken} of ${docs} documents`);
});

function rng(seed: number) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 4294967296;
  };
}

/** Pieces of random documents: fast blocks, hard blocks, and pieces that reach over empty lines. */
const PIECES = [
  ...FAST_BLOCKS,
  '段落', 'plain text', '## 標題', '# 一', '- 甲', '- 甲\n- 乙\n- 丙', '> 引', '> 引\n> 二行', '```\nx\n```', '```py\n```',
  '**粗體**之後', '*強調*', '~~刪~~', '`code`', '[連結](https://example.com/1)', '[^1]', '[^1]: 註', '[x]', '[x]: /u', '[x][]',
  '| a | b |\n| --- | ---: |\n| 1 | 2 |', '![圖](/i.png)', '<sup>1</sup>', '<!--', '-->', '<div>', '</div>', '```', '~~~', '    縮排',
  '  兩格', '\t定位', '-', '- ', '* 星', '1. 一', '2) 二', '***', '---', '===', '>', '> - 巢', '  - 巢', 'www.x.org', 'a@b.c',
  'http://x.y', '&copy;', '\\*', '段落  ', '段落\\', '   ', '[', ']', '[^2]: 註\n    續', '- **粗**', '> *強*', '## **粗**',
  '<pre>', '</pre>', '<script>', '</script>', '<?', '?>', '<!X', '<![CDATA[', ']]>', '𠮷', '\u3000', '1234', '2024年',
];
const JOINS = ['\n\n', '\n\n', '\n\n', '\n', '\n\n\n', '\n \n'];

test('random documents of fast and hard pieces: the fast parse gives remark-parse’s tree', () => {
  const rand = rng(11);
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)]!;
  let taken = 0;
  const N = 3000;
  for (let d = 0; d < N; d++) {
    let md = pick(PIECES);
    for (let k = Math.floor(rand() * 8); k > 0; k--) md += pick(JOINS) + pick(PIECES);
    if (rand() < 0.3) md += '\n';
    if (same(md)) taken++;
  }
  assert.ok(taken > N / 5, `the fast path built blocks in ${taken} of ${N} documents`);
});

test('plainLine refuses what starts a block or holds inline syntax', () => {
  for (const s of ['段落', 'plain 2024年', '2024年', 'a-b', 'GPT-4', '50%', '“引號”'] as const) assert.equal(plainLine(s), true, s);
  for (const s of ['', ' a', 'a ', '\ta', '#a', '-a', '+a', '=a', '1.a', '1)a', 'a*b', 'a_b', 'a~b', 'a`b', 'a[b', 'a]b', 'a<b', 'a>b', 'a&b', 'a|b', 'a@b', 'a:b', 'a\\b', 'www.a', 'WwW.a', 'a\rb', 'a\0b', '\uFEFFa'] as const) assert.equal(plainLine(s), false, JSON.stringify(s));
});

test('a generated corpus (bench/make-corpus.mjs): identical trees, most blocks fast', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tongwen-fastparse-'));
  try {
    execFileSync(process.execPath, [join(REPO, 'bench', 'make-corpus.mjs'), '--out', dir, '--count', '40', '--seed', '3']);
    const articles = join(dir, 'articles');
    const files = readdirSync(articles, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md')).sort();
    assert.ok(files.length >= 40);
    const before = { ...fastStats };
    for (const f of files) assert.ok(same(parseFrontMatter(readFileSync(join(articles, f), 'utf8'), f).body), `${f} built blocks directly`);
    const blocks = fastStats.blocks - before.blocks;
    const fastBlocks = fastStats.fastBlocks - before.fastBlocks;
    assert.ok(fastBlocks > blocks * 0.5, `${fastBlocks} of ${blocks} blocks fast`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
