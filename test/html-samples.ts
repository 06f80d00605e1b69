/**
 * Markdown samples for the differential tests of the article HTML step's
 * fast paths (test/hast-html.test.ts, test/mdast-hast.test.ts): CommonMark's
 * and GFM's spec examples, a generated corpus (bench/make-corpus.mjs, the
 * generator of the benchmark's 4000 articles), real blog posts with raw HTML
 * (bench/corpora), and hostile inputs. The 4000-article corpus itself is
 * compared by building it (see the note of the change).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFrontMatter } from '../src/content/front-matter.js';
import { sanitizeSchema, type CompileOptions } from '../src/markdown/html.js';
import { FIXTURES, REPO, specExamples } from './helpers.js';

const require = createRequire(import.meta.url);

/** Hostile and edge-case Markdown: raw HTML of every kind, attribute values needing escapes, odd URLs, footnote corners. */
export const HOSTILE: string[] = [
  '<sup>1</sup> 與 <sup class="x" id="y">2</sup>',
  '段落<sup>[^a]</sup>與腳註[^a]\n\n[^a]: 註 <sup>x</sup>',
  '<script>alert(1)</script>\n\n<style>p{}</style>\n\n文字',
  '<img src="x" onerror="alert(1)" alt="a&quot;b`c\'d">',
  '<a href="javascript:alert(1)">x</a> <a href="HTTPS://ok.example/?a=1&b=2">y</a>',
  '<!-- 註解 --> 文字 <!-- x -->\n\n<!doctype html>',
  '<svg><circle r="1"/></svg> <math><mi>x</mi></math>',
  '<template><p>t</p></template>',
  '<iframe src="https://www.youtube.com/embed/x"></iframe>\n\n<iframe src="https://evil.example/x"></iframe>',
  '<p>a<br>b<br/>c<hr>d<input type="checkbox" checked disabled>e</p>',
  '<div id="user-content-x" name="n" aria-describedby="d">x</div>',
  '<td>孤立</td><tr><th>x</th></tr>',
  '<details open><summary>s</summary>d</details>',
  '<span title="\u0000nul" lang="zh`">x</span> <abbr title="a&b<c>d">y</abbr>',
  '<sup>\n\n段落\n\n</sup>',
  '[連結](<a b> "t&i\'t\\"le") ![圖](/x.png "標題") ![](data:image/png;base64,xx)',
  '[x](mailto:a@b.c) [y](ftp://x) [z](//proto.relative) [w](#frag) [v](?q=1) [u](irc:x)',
  '# 標題 <sup>1</sup>\n\n## 標題 *二*\n\n### `code` 標題\n\n#### [link](/a)',
  '- [ ] 任務\n- [x] 完成\n\n1. 一\n2. 二\n\n3) 三\n\n- a\n\n  b\n- c',
  '| a | b | c |\n|:-|:-:|-:|\n| 1 | 2 | 3 |\n| x |',
  '```js extra words\nconst a = "<&>";\n```\n\n~~~\nno lang\n~~~\n\n    indented',
  '`a\nb` 與 ``c`d``',
  'a  \nb\\\nc  \n   d',
  '> 引用\n> > 巢狀\n\n---\n\n***',
  '文[^1]字[^1]再[^2]\n\n[^1]: 一\n\n    二段\n[^2]: > 引',
  '[^undefined] 與 [^x]\n\n[^x]: ![img](/i.png)',
  '<u>底線</u> <ins>插入</ins> <del>刪</del> <kbd>k</kbd> <ruby>漢<rt>han</rt></ruby>',
  '<video src="/v.mp4" autoplay></video> <audio src="/a.mp3"></audio>',
  '![影片](/v.mp4) ![聲音](/a.mp3 "標題")',
  '<a href="https://x.example" target="_blank" rel="noopener">x</a>',
  '<table><tr><td colspan="2" align="center">x</td></tr></table>',
  '<p align="right" dir="rtl" hidden>x</p>',
  '<ol start="3" reversed type="a"><li value="5">x</li></ol>',
  '<img src="a.png" width="10" height="x" srcset="a.png 1x, b.png 2x">',
  '&amp; &lt; &gt; &quot; &#39; &#0; &#x1F600; 😀 \u2028 \uFFFD',
  '<blockquote cite="https://x.example">q</blockquote> <q cite="javascript:x">q</q>',
  '<div>\n\n*強調*\n\n</div>',
  '<sup>\n<sup>巢</sup>\n</sup>',
  '\u0000 null 字元',
  '',
  '   ',
  '<![CDATA[x]]> <?php echo 1 ?>',
  '<x-custom data-a="1" data-b-c="2">x</x-custom> <span data-x="1">y</span>',
  '[ref]\n\n[ref]: /url "title"\n\n![img ref][ref]',
  '<https://auto.example/a?b=c&d> <a@b.example>',
];

/** Every sample: [name, markdown]. `corpus` adds a generated corpus of `count` articles. */
export function markdownSamples(count = 40): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  specExamples(readFileSync(require.resolve('commonmark-spec/spec.txt'), 'utf8')).forEach((md, i) => out.push([`commonmark ${i + 1}`, md]));
  specExamples(readFileSync(join(FIXTURES, 'gfm-spec', 'spec.txt'), 'utf8')).forEach((md, i) => out.push([`gfm ${i + 1}`, md]));
  HOSTILE.forEach((md, i) => out.push([`hostile ${i + 1}`, md]));
  for (const file of ['apisix-blog-zh.json', 'sofastack-blog-zh.json']) {
    const posts = JSON.parse(readFileSync(join(REPO, 'bench', 'corpora', file), 'utf8')) as Array<{ path: string; markdown: string }>;
    for (const p of posts) out.push([`${file} ${p.path}`, p.markdown]);
  }
  const dir = mkdtempSync(join(tmpdir(), 'tongwen-html-samples-'));
  try {
    execFileSync(process.execPath, [join(REPO, 'bench', 'make-corpus.mjs'), '--out', dir, '--count', String(count), '--seed', '11']);
    const articles = join(dir, 'articles');
    for (const f of readdirSync(articles, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md')).sort()) {
      out.push([`corpus ${f}`, parseFrontMatter(readFileSync(join(articles, f), 'utf8'), f).body]);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}

/** The configurations the html step runs in: the default schema, a site allowing more, labels, media. */
export const CONFIGS: Array<{ name: string; schema: ReturnType<typeof sanitizeSchema>; opts: CompileOptions }> = [
  { name: 'default', schema: sanitizeSchema({}), opts: {} },
  {
    name: 'labels and media',
    schema: sanitizeSchema({}),
    opts: {
      labels: { label: '註釋', backLabel: '返回 {n}' },
      anchorLabel: '錨',
      media: (src) => (src.endsWith('.png') ? { width: 640, height: 480, srcset: `${src} 1x`, sizes: '100vw', sources: [{ type: 'image/avif', srcset: `${src}.avif` }] } : undefined),
      embeds: ['www.youtube.com'],
    },
  },
  { name: 'allowances', schema: sanitizeSchema({ tags: ['iframe', 'details', 'summary', 'x-custom', 'svg', 'circle'], attributes: { '*': ['data-a', 'data-b-c', 'title'], iframe: ['src', 'allowfullscreen'], img: ['srcset', 'onerror'] } }), opts: {} },
];

