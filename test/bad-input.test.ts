/**
 * Issue 12's catalogue of bad input, tried as an attacker would. Each case
 * gives either a clean build with safe output or a clear error
 * (`path:line:col`, what and how to fix) and exit 1 — never a stack trace,
 * a hang, a partial output, or a file outside the output folder.
 *
 * Injection is judged on the built pages parsed as a browser parses them
 * (parse5): nothing executable may survive — no script but the site's own
 * files and JSON-LD data, no event handler, no javascript:/data: URL, no
 * iframe, object, embed, style, base, form or meta refresh from content.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { article, readTree, runCli, tempDir, writeSite } from './helpers.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const ok = { title: '正常', date: '2024-06-01' };

/** Runs a build; asserts no stack trace was printed. */
async function buildSite(root: string, extra: string[] = []) {
  const r = await runCli(['build', '--root', root, '--quiet', '--workers', '0', ...extra]);
  const text = [...r.out, ...r.err].join('\n');
  assert.doesNotMatch(text, /\n\s+at \S+ \(|node:internal|file:\/\/|(Reference|Range|Type)Error/, text);
  return { ...r, text };
}

/** Every path below `dir` (files and links), relative. */
function allPaths(dir: string, sub = ''): string[] {
  const out: string[] = [];
  for (const e of readdirSync(join(dir, sub), { withFileTypes: true })) {
    const rel = sub ? `${sub}/${e.name}` : e.name;
    out.push(rel);
    if (e.isDirectory()) out.push(...allPaths(dir, rel));
  }
  return out.sort();
}

test('front matter and encodings: every bad article is an error at its place, exit 1, nothing written', async () => {
  const gbk = Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0x74, 0x69, 0x74, 0x6c, 0x65, 0x3a, 0x20, 0xd6, 0xd0, 0xce, 0xc4, 0xb5, 0xc4, 0xd0, 0xc2, 0xce, 0xc5, 0x0a, 0x2d, 0x2d, 0x2d, 0x0a]);
  const big5 = Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0x74, 0x69, 0x74, 0x6c, 0x65, 0x3a, 0x20, 0xa4, 0xa4, 0xa4, 0xe5, 0xb7, 0x73, 0xbb, 0x44, 0x0a, 0x2d, 0x2d, 0x2d, 0x0a]);
  const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...'bcdefgh'.split('').map((c, i) => `${c}: &${c} [${Array(10).fill(`*${'abcdefgh'[i]}`).join(', ')}]`)].join('\n');
  const cases: Record<string, { data: string | Uint8Array; at: RegExp }> = {
    'invalid-yaml': { data: '---\ntitle: "unclosed\ndate: 2024-06-01\n---\n正文\n', at: /:2:8: front matter: invalid YAML/ },
    unclosed: { data: '---\ntitle: 標題\ndate: 2024-06-01\n正文\n', at: /:1:1: front matter: .*never closed/ },
    'yaml-bomb': { data: `---\ntitle: 標題\ndate: 2024-06-01\n${bomb}\n---\n`, at: /:5:\d+: front matter: .*alias bomb/ },
    'yaml-deep': { data: `---\ntitle: 標題\ndate: 2024-06-01\nx: ${'['.repeat(10000)}${']'.repeat(10000)}\n---\n`, at: /:4:\d+: front matter: YAML nested more than/ },
    'list-title': { data: article({ title: '[一, 二]', date: '2024-06-01' }), at: /:2:8: metadata: title must be text, not a list/ },
    'bad-date': { data: article({ title: '標題', date: '2024-13-45' }), at: /:3:7: metadata: "2024-13-45" is not a real calendar date/ },
    'many-keywords': { data: article({ title: '標題', date: '2024-06-01', keywords: `[${Array.from({ length: 10000 }, (_, i) => `詞${i}`).join(', ')}]` }), at: /:4:11: metadata: 10000 keywords; an article may have at most 100/ },
    gbk: { data: gbk, at: /:2:8: read: file is not valid UTF-8; it looks like GBK/ },
    big5: { data: big5, at: /:2:8: read: file is not valid UTF-8; it looks like Big5/ },
    utf16: { data: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(article(ok), 'utf16le')]), at: /:1:1: read: file is UTF-16LE, not UTF-8/ },
    nul: { data: `---\ntitle: 標題\ndate: 2024-06-01\n---\n正文\0後\n`, at: /:5:3: read: file contains a NUL character/ },
    surrogate: { data: '---\ntitle: "標題\\uD800"\ndate: 2024-06-01\n---\n正文\n', at: /:2:8: front matter: a lone surrogate/ },
    empty: { data: '', at: /:1:1: metadata: (date|title) is missing/ },
    'deep-quotes': { data: article(ok, `${'>'.repeat(10000)} 引文\n`), at: /:5:258: markdown: blockquotes and lists nested more than 256/ },
    'deep-lists': { data: article(ok, `${'- '.repeat(10000)}項目\n`), at: /:5:514: markdown: blockquotes and lists nested more than 256/ },
    'deep-html': { data: article(ok, `${'<div>'.repeat(10000)}x${'</div>'.repeat(10000)}\n`), at: /:5:1281: markdown: HTML elements nested more than 256/ },
    'deep-emphasis': { data: article(ok, `${'*a '.repeat(10000)}x${' a*'.repeat(10000)}\n`), at: /:5:769: markdown: more than 256 emphasis markers/ },
  };
  const root = tempDir();
  for (const [name, { data }] of Object.entries(cases)) writeSite(root, { [`content/${name}.md`]: data });
  const started = Date.now();
  const r = await buildSite(root);
  assert.equal(r.code, 1);
  assert.ok(Date.now() - started < 60000, `${Date.now() - started} ms`);
  for (const [name, { at }] of Object.entries(cases)) {
    const line = r.err.find((l) => l.startsWith(`content/${name}.md:`));
    assert.ok(line, `no error for ${name}:\n${r.text}`);
    assert.match(line, at, name);
  }
  // Every error has a hint.
  assert.equal(r.err.filter((l) => /^content\//.test(l)).length, r.err.filter((l) => /^ {2}hint: /.test(l)).length);
  assert.match(r.err.at(-1)!, /^Build failed with \d+ errors; the previous output was left as it was\.$/);
  assert.ok(!existsSync(join(root, 'dist')));
  assert.deepEqual(readdirSync(root), ['content']);
});

test('accepted as they are: a UTF-8 BOM, CRLF line ends, a 5 MB article, a 200,000-character line', async () => {
  const root = writeSite(tempDir(), {
    'content/bom.md': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(article({ title: '有BOM', date: '2024-06-01' }))]),
    'content/crlf.md': article({ title: 'CRLF行尾', date: '2024-06-02', keywords: '[測試]' }, '第一段。\r\n\r\n第二段。\r\n').replace(/\n/g, '\r\n').replace(/\r\r/g, '\r'),
    'content/big.md': article({ title: '長文', date: '2024-06-03', keywords: '[長文]' }, `${'這是一段很長的新聞正文，用來測試五百萬字節的文章。'.repeat(20)}\n\n`.repeat(3400)),
    'content/line.md': article({ title: '長行', date: '2024-06-04', keywords: '[長行]' }, `${'一行到底沒有換行的文字'.repeat(20000)}\n`),
  });
  assert.ok(readFileSync(join(root, 'content/big.md')).length > 5e6);
  const r = await buildSite(root);
  assert.equal(r.code, 0, r.text);
  const page = (slug: string) => readFileSync(join(root, 'dist', 'zh-hant', '2024', '06', slug, 'index.html'), 'utf8');
  assert.match(page('bom'), /<h1[^>]*>有BOM<\/h1>/);
  assert.match(page('crlf'), /<p>第一段。<\/p>\s*<p>第二段。<\/p>/);
  assert.ok(Buffer.byteLength(page('big')) > 5e6);
  assert.ok(page('line').includes('一行到底沒有換行的文字'.repeat(100)));
});

test('paths: hostile slugs stay inside the output, device names are renamed, case-only twins are an error', async () => {
  const outside = tempDir();
  writeFileSync(join(outside, 'secret.md'), article({ title: '外部', date: '2024-06-01' }));
  writeFileSync(join(outside, 'secret.txt'), 'secret');
  const root = writeSite(tempDir(), {
    'content/a.md': article({ title: '上溯', date: '2024-06-01', slug: '../../x' }),
    'content/b.md': article({ title: '絕對', date: '2024-06-02', slug: '/etc/x' }),
    'content/c.md': article({ title: '設備', date: '2024-06-03', slug: 'con' }),
    'content/d.md': article({ title: '斜線', date: '2024-06-04', slug: 'a/b' }),
    'content/e.md': article({ title: '反斜線', date: '2024-06-05', slug: '..\\..\\y' }),
    'static/ok.txt': 'ok',
  });
  mkdirSync(join(root, 'content', 'sub'));
  symlinkSync(join(outside, 'secret.md'), join(root, 'content', 'link.md'));
  symlinkSync(outside, join(root, 'content', 'sub', 'dir'));
  symlinkSync(join(outside, 'secret.txt'), join(root, 'static', 'leak.txt'));
  symlinkSync(outside, join(root, 'static', 'leakdir'));
  const before = allPaths(root);
  const r = await buildSite(root);
  assert.equal(r.code, 0, r.text);
  const out = join(root, 'dist');
  // Nothing new outside the output folder (but the build cache, .tongwen-cache/, which lives in the site folder by design); nothing in it through the links.
  const own = (p: string) => p === 'dist' || p.startsWith('dist/') || p === '.tongwen-cache' || p.startsWith('.tongwen-cache/');
  assert.deepEqual(allPaths(root).filter((p) => !own(p)), before);
  assert.deepEqual(readdirSync(outside).sort(), ['secret.md', 'secret.txt']);
  const files = [...readTree(out).keys()];
  assert.ok(!files.some((f) => /secret|leak/.test(f)), files.join('\n'));
  assert.ok(!files.some((f) => readFileSync(join(out, f)).includes('外部')));
  const articles = files.filter((f) => /^zh-hant\/2024\/06\/[^/]+\/index\.html$/.test(f)).sort();
  assert.deepEqual(articles, ['zh-hant/2024/06/a-b/index.html', 'zh-hant/2024/06/con_/index.html', 'zh-hant/2024/06/etc-x/index.html', 'zh-hant/2024/06/x/index.html', 'zh-hant/2024/06/y/index.html']);
  for (const f of files) assert.ok(!relative(out, join(out, f)).startsWith('..'));

  const twins = writeSite(tempDir(), { 'content/News.md': article({ title: '大寫', date: '2024-06-01' }), 'content/news.md': article({ title: '小寫', date: '2024-06-01' }) });
  const t = await buildSite(twins);
  assert.equal(t.code, 1);
  assert.match(t.text, /^content\/news\.md:1:1: url: article URL …\/2024\/06\/news\/ is already used by content\/News\.md$/m);
});

/** Payloads for bodies: each must come out inert. */
const BODY = [
  '<script>alert("body")</script>',
  // The image is there (static/x.png): a missing local image would stop the build (site/refs.ts).
  '<img src="/x.png" onerror="alert(1)">',
  '[點我](javascript:alert(1)) [再點](JaVaScRiPt:alert(2)) [資料](data:text/html;base64,PHNjcmlwdD4=) [換行](java\tscript:alert(3))',
  '<a href="javascript:alert(4)">連結</a> <a href=" javascript:alert(5)">空格</a>',
  '![圖](javascript:alert(6)) <img src="data:image/svg+xml,<svg onload=alert(7)>">',
  '<svg onload="alert(8)"><circle r="1"/></svg>',
  '<iframe src="https://evil.example/"></iframe> <iframe srcdoc="<script>alert(9)</script>"></iframe>',
  '<style>body{display:none}</style> <p style="background:url(javascript:alert(10))">樣式</p>',
  '<meta http-equiv="refresh" content="0;url=https://evil.example/"> <base href="https://evil.example/">',
  '<form action="https://evil.example/"><input name="q"><button formaction="javascript:alert(11)">送</button></form>',
  '<object data="x.swf"></object><embed src="x.swf"> <math><mi xlink:href="javascript:alert(12)">x</mi></math>',
  '<div onclick="alert(13)" onmouseover="alert(14)">滑過</div> <details open ontoggle="alert(15)">x</details>',
  '<noscript><p title="</noscript><img src=x onerror=alert(16)>"></p></noscript>',
  '<a href="&#106;avascript:alert(17)">實體</a> <a href="jav&#x09;ascript:alert(18)">實體2</a>',
  '<!-- <script>alert(19)</script> --> <![CDATA[<script>alert(20)</script>]]>',
  '`<script>alert("code")</script>`\n\n```html\n<script>alert("block")</script>\n```',
];

/** Text that breaks out of HTML if not escaped, for titles, keywords and config values. */
const BREAKER = `"'><script>alert('x')</script><img src=x onerror=alert(1)></title></script>-->`;

/** What is executable or hostile in a parsed page: a list of findings (empty when inert). */
function hostile(html: string, basePath: string): string[] {
  const found: string[] = [];
  let inArticle = false;
  const walk = (node: Node) => {
    const entering = 'tagName' in node && (node as Element).tagName === 'article' && !inArticle;
    if (entering) inArticle = true;
    if ('tagName' in node) {
      const el = node as Element;
      const attr = (name: string) => el.attrs.find((a) => a.name === name)?.value;
      const name = el.tagName;
      if (name === 'script') {
        const type = attr('type');
        const src = attr('src');
        if (type === 'application/ld+json') {
          const text = el.childNodes.map((c) => ('value' in c ? c.value : '')).join('');
          try {
            JSON.parse(text);
          } catch {
            found.push(`JSON-LD that is not JSON: ${text.slice(0, 80)}`);
          }
        } else if (!(src && src.startsWith(`${basePath}assets/`) && el.childNodes.length === 0)) found.push(`script ${src ?? ''}`);
      }
      if (['iframe', 'object', 'embed', 'style', 'base', 'frame', 'frameset', 'applet', 'svg', 'math', 'template'].includes(name)) found.push(`<${name}>`);
      // The site's own search form is in the header; none may come from an article.
      if (inArticle && ['form', 'input', 'button', 'textarea', 'select'].includes(name)) found.push(`<${name}> in the article`);
      if (name === 'meta' && attr('http-equiv') !== undefined && attr('http-equiv')!.toLowerCase() !== 'content-security-policy') found.push(`meta http-equiv=${attr('http-equiv')}`);
      for (const a of el.attrs) {
        if (/^on/i.test(a.name)) found.push(`<${name} ${a.name}>`);
        if (a.name === 'style' || a.name === 'srcdoc') found.push(`<${name} ${a.name}>`);
        if (['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'data', 'cite', 'background'].includes(a.name) || a.name.endsWith(':href')) {
          const v = a.value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
          if (/^(javascript|vbscript|data):/.test(v)) found.push(`<${name} ${a.name}="${a.value}">`);
        }
      }
    }
    if ('childNodes' in node) for (const c of (node as Element).childNodes) walk(c);
    if ('content' in node && (node as { content?: Node }).content) walk((node as { content: Node }).content);
    if (entering) inArticle = false;
  };
  walk(parse(html) as unknown as Node);
  return found;
}

test('injection: bodies, titles, keywords, categories, summaries, glossary entries and config values all come out inert', async () => {
  const quoteYaml = (s: string) => JSON.stringify(s);
  const files: Record<string, string> = {
    'tongwen.config.yaml': [
      `title: ${quoteYaml(`站名${BREAKER}`)}`,
      `description: ${quoteYaml(`描述${BREAKER}`)}`,
      'params:',
      `  footer: ${quoteYaml(BREAKER)}`,
      'glossary:',
      `  ${quoteYaml('詞彙<script>')}: ${quoteYaml('<img src=x onerror=alert(2)>')}`,
    ].join('\n') + '\n',
    'glossary.yaml': `${quoteYaml('惡意')}:\n  zh-Hans: ${quoteYaml('</p><script>alert(3)</script>')}\n  zh-Hant: ${quoteYaml('"><svg onload=alert(4)>')}\n`,
  };
  BODY.forEach((body, i) => {
    files[`content/body-${i}.md`] = article({ title: `正文注入${i}`, date: `2024-05-${String(i + 1).padStart(2, '0')}`, keywords: `[注入]` }, `第一段，惡意，詞彙<script>。\n\n${body}\n`);
  });
  files['content/fields.md'] = article({
    title: quoteYaml(`標題${BREAKER}`),
    date: '2024-06-01',
    keywords: `[${quoteYaml(`關鍵詞${BREAKER}`)}, ${quoteYaml('<b>粗</b>')}]`,
    category: quoteYaml(`分類${BREAKER}`),
    author: quoteYaml(`作者${BREAKER}`),
    source: quoteYaml(`來源${BREAKER}`),
    summary: quoteYaml(`摘要${BREAKER}`),
    image: quoteYaml('javascript:alert(5)'),
    extra: quoteYaml(BREAKER),
  }, '正文。\n');
  files['content/auto.md'] = article({ title: quoteYaml(`自動${BREAKER}`), date: '2024-06-02' }, `<script>alert(6)</script>科技公司英偉達發布新芯片。\n\n英偉達的芯片。\n`);
  files['static/x.png'] = 'png';
  const root = writeSite(tempDir(), files);
  const r = await buildSite(root);
  assert.equal(r.code, 0, r.text);
  const tree = readTree(join(root, 'dist'));
  const pages = [...tree.keys()].filter((f) => f.endsWith('.html'));
  assert.ok(pages.length > 40);
  const findings: string[] = [];
  for (const f of pages) for (const h of hostile(tree.get(f)!.toString('utf8'), '/')) findings.push(`${f}: ${h}`);
  assert.deepEqual(findings, []);
  // The text survives, escaped: the reader sees what the writer typed.
  const fields = tree.get('zh-hant/2024/06/fields/index.html')!.toString('utf8');
  const h1 = /<h1[^>]*>([^<]*)<\/h1>/.exec(fields);
  assert.ok(h1, 'the title is one text node');
  assert.ok(h1[1]!.includes('&lt;script&gt;alert('), h1[1]);
  // Data files and feeds are well-formed, with the payloads as text.
  for (const [f, bytes] of tree) {
    if (f.endsWith('.json')) JSON.parse(bytes.toString('utf8'));
    if (f.endsWith('.xml')) assert.equal(XMLValidator.validate(bytes.toString('utf8')), true, f);
  }
  const feed = new XMLParser({ ignoreAttributes: false }).parse(tree.get('zh-hant/feed.xml')!.toString('utf8')) as { feed: { entry: Array<{ content: { '#text': string } }> } };
  for (const entry of feed.feed.entry) {
    const html = `<!DOCTYPE html><body>${entry.content['#text'] ?? ''}`;
    assert.deepEqual(hostile(html, '/'), [], 'feed entry content');
  }
});

test('the inertness check finds what it looks for (so its silence above means something)', () => {
  const found = hostile(`<!DOCTYPE html><body><article>${BODY.slice(0, 12).join('\n')}<form></form></article></body>`, '/');
  for (const what of ['script ', '<img onerror>', '<a href="javascript:alert(4)">', '<svg>', '<iframe>', '<iframe srcdoc>', '<style>', '<p style>', 'meta http-equiv=refresh', '<base>', '<form> in the article', '<button formaction="javascript:alert(11)">', '<object>', '<embed>', '<div onclick>', '<details ontoggle>']) {
    assert.ok(found.includes(what), `${what} not found in ${found.join(' | ')}`);
  }
});

test('the config cannot allow what runs code: script, style, base, meta, object, on*, style=, srcdoc, formaction', async () => {
  for (const html of ['{ tags: [script] }', '{ tags: [iframe, base] }', '{ tags: [iframe], attributes: { iframe: [src, srcdoc] } }', '{ attributes: { a: [onclick] } }', '{ attributes: { p: [style] } }', '{ tags: [button], attributes: { button: [formaction] } }']) {
    const root = writeSite(tempDir(), { 'tongwen.config.yaml': `html: ${html}\n`, 'content/a.md': article(ok) });
    const r = await buildSite(root);
    assert.equal(r.code, 1, html);
    assert.match(r.text, /^tongwen\.config\.yaml:1:7: config: html: .+ cannot be allowed/m, html);
  }
  const root = writeSite(tempDir(), {
    'tongwen.config.yaml': 'html: { tags: [iframe], attributes: { iframe: [src, allowfullscreen] } }\n',
    'content/a.md': article({ ...ok, keywords: '[影片]' }, '<iframe src="https://www.youtube-nocookie.com/embed/x" allowfullscreen srcdoc="<script>alert(1)</script>" onload="alert(2)"></iframe>\n\n<iframe src="javascript:alert(3)"></iframe>\n'),
  });
  const r = await buildSite(root);
  assert.equal(r.code, 0, r.text);
  const page = readFileSync(join(root, 'dist/zh-hant/2024/06/a/index.html'), 'utf8');
  assert.match(page, /<iframe src="https:\/\/www\.youtube-nocookie\.com\/embed\/x" allowfullscreen><\/iframe>/);
  assert.doesNotMatch(page, /srcdoc|onload|javascript:/);
});
