/**
 * One definition of prose (`markdown/prose.ts`) and of positions
 * (`core/position.ts`): what `visitProse` reports for each kind of node, that
 * every consumer (variant tree, markup check, `tongwen check`, `tongwen
 * convert`, keyword terms) sees the same prose, and that every YAML file
 * places its errors the same way.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Root } from 'mdast';
import { parseMarkdown } from '../src/markdown/parse.js';
import { visitProse } from '../src/markdown/prose.js';
import { prepareMarkup } from '../src/markdown/markup-tree.js';
import { variantTree } from '../src/markdown/variant-tree.js';
import { convertDocument } from '../src/article/convert-document.js';
import { checkArticle } from '../src/lint/check.js';
import { DEFAULT_CONFIG, parseConfig } from '../src/config/config.js';
import { parseGlossaryFile } from '../src/config/glossary-file.js';
import { parseFrontMatter } from '../src/content/front-matter.js';
import { articleTerms } from '../src/taxonomy/terms.js';
import { textBlocks } from '../src/taxonomy/blocks.js';
import { BuildError, SiteError } from '../src/core/errors.js';
import { placeInNode, yamlKeyPlace } from '../src/core/position.js';
import { parseDocument } from 'yaml';

/** What `visitProse` reports for a Markdown text: `text:…`, `alt:…`, `title:…`. */
function prose(markdown: string): string[] {
  const tree = parseMarkdown(markdown);
  prepareMarkup(tree, markdown);
  const out: string[] = [];
  visitProse(tree, {
    text: (node) => out.push(`text:${node.value}`),
    attribute: (_node, key, value) => out.push(`${key}:${value}`),
  });
  return out;
}

const KINDS: Array<[kind: string, markdown: string, prose: string[]]> = [
  ['paragraph text', '中文', ['text:中文']],
  ['emphasis, strong, strikethrough', '*甲***乙**~~丙~~', ['text:甲', 'text:乙', 'text:丙']],
  ['heading', '# 標題', ['text:標題']],
  ['list item and block quote', '- 甲\n\n> 乙', ['text:甲', 'text:乙']],
  ['table cell', '| 甲 |\n| - |\n| 乙 |', ['text:甲', 'text:乙']],
  ['footnote', '甲[^1]\n\n[^1]: 注', ['text:甲', 'text:注']],
  ['link text and title (not the URL)', '[甲](https://例子.org/乙 "丙")', ['title:丙', 'text:甲']],
  ['image alt text and title (not the URL)', '![甲](乙.png "丙")', ['alt:甲', 'title:丙']],
  ['image reference alt and definition title', '![甲][r]\n\n[r]: 乙.png "丙"', ['alt:甲', 'title:丙']],
  ['empty alt text', '![](a.png)', []],
  ['code block', '```\n甲\n```', []],
  ['indented code', '    甲', []],
  ['inline code', '`甲`', []],
  ['raw HTML block', '<div>\n甲\n</div>', []],
  ['inline raw HTML (the tags; the text between is prose)', '<b>甲</b>', ['text:甲']],
  ['autolink', '<https://例子.org/甲>', []],
  ['GFM autolink literal', 'https://www.example.com/甲', []],
  ['e-mail autolink', 'a@b.org', []],
  ['link written as its URL (its title is prose)', '[https://x.org](https://x.org "甲")', ['title:甲']],
  ['text with markup (one node; its segments in data)', '甲-{乙}-', ['text:甲-{乙}-']],
  ['image inside -{…}- kept as written', '-{甲![乙](a.png)}-', ['text:-{甲', 'text:}-']],
];

for (const [kind, markdown, expected] of KINDS) {
  test(`prose: ${kind}`, () => {
    assert.deepEqual(prose(markdown), expected);
  });
}

/**
 * One Simplified-only character per place. Placed in Traditional text, the
 * prose ones are what every consumer must see, and the others what none may.
 */
const DOC = [
  '國際體育運動會議開幕，學術團體與專業機關參與，傳統藝術與經濟發展。',
  '',
  '这**说**[书](https://example.org/x "车") ![马](a.png "鸟") `门` <https://example.org/东> https://example.org/乐 -{长}-开',
  '',
  '```',
  '鱼',
  '```',
  '',
  '<div>',
  '风',
  '</div>',
  '',
  '## 时',
  '',
  '| 们 |',
  '| - |',
  '| 个 |',
  '',
].join('\n');
const TEXT = ['这', '说', '书', '开', '时', '们', '个'];
const ATTRIBUTES = ['车', '马', '鸟'];
/** Text between the tags of raw HTML: converted (issue 9) and read by check, not by keywords. */
const HTML_TEXT = ['风'];
const NEVER = ['门', '东', '乐', '鱼', '长'];
const simplified = (s: string) => [...s].filter((c) => [...TEXT, ...ATTRIBUTES, ...HTML_TEXT, ...NEVER].includes(c));

function parsed(): Root {
  const tree = parseMarkdown(DOC);
  assert.deepEqual(prepareMarkup(tree, DOC), []);
  return tree;
}

test('every consumer sees the same prose: text nodes, alt texts and titles, raw HTML text, never code, HTML tags, URLs, autolinks or kept markup', () => {
  const seen = (collect: (tree: Root) => string) => new Set(simplified(collect(parsed())));
  const converting = new Set([...TEXT, ...ATTRIBUTES, ...HTML_TEXT]);

  // The variant tree: what it hands to the converter.
  const converted = seen((tree) => {
    const inputs: string[] = [];
    variantTree(tree, { convert: (s) => (inputs.push(s), s), basePath: '/' });
    return inputs.join('');
  });
  assert.deepEqual(converted, converting);

  // The visitor itself.
  const visited = seen((tree) => {
    const out: string[] = [];
    visitProse(tree, { text: (n) => out.push(n.value), attribute: (_n, _k, v) => out.push(v), html: (n) => out.push(n.value) });
    return out.join('');
  });
  assert.deepEqual(visited, new Set([...converting, '长']), 'the visitor reports text nodes whole, markup included');

  // tongwen convert: what changed between the Simplified original and its Traditional conversion.
  const out = convertDocument(DOC, { to: 'zh-Hant', from: 'zh-Hans', defaultLang: 'zh-Hans', file: 'a.md' });
  assert.deepEqual(new Set(simplified(DOC).filter((c) => !out.includes(c))), converting);

  // Keyword terms read the text nodes (markup as written; not alt texts or titles).
  assert.deepEqual(seen((tree) => textBlocks(tree).map(([, t]) => t).join('\n')), new Set([...TEXT, '长']));

  // tongwen check: the Simplified characters it reports in the Traditional article's text: every one the build converts.
  const article = `---\ntitle: 標題\ndate: 2024-06-26\nlang: zh-Hant\n---\n${DOC}`;
  const findings = checkArticle('content/a.md', new TextEncoder().encode(article), DEFAULT_CONFIG, []).findings;
  const mixed = findings.find((f) => f.rule === 'mixed-script');
  assert.ok(mixed, JSON.stringify(findings));
  // It lists the first eight (in document order, raw HTML text and alt texts included) and counts them all.
  const listed = simplified(mixed.message);
  assert.ok(listed.length === 8 && listed.every((c) => converting.has(c)), mixed.message);
  assert.ok(listed.includes('风') && listed.includes('马'), mixed.message);
  assert.match(mixed.message, new RegExp(`\\(${converting.size} characters\\)`));
  assert.deepEqual([mixed.line, mixed.column], [8, 1], 'at the first one, 这');

  // The markup check scans prose only: markup in inline code and autolinks is not checked.
  const bad = '`-{zh-XX:甲}-` <https://x.org/-{zh-XX:乙}-> -{zh-XX:丙}-\n';
  const problems = prepareMarkup(parseMarkdown(bad), bad);
  assert.deepEqual(problems.map((p) => [p.line, p.column]), [[1, 43]]);
});

test('automatic keywords never come from URLs: autolinks and GFM autolink literals are not prose (bug 5)', () => {
  const body = '英伟达发布新一代芯片，详见 <https://www.example.com/a.html> 或 https://www.example.com/b.html 的说明。英伟达的芯片供不应求。\n';
  const t = articleTerms('英伟达芯片', textBlocks(parseMarkdown(body)));
  const terms = [t.title, ...t.blocks].join('\t').split('\t').filter((_, i) => i % 2 === 0);
  assert.ok(terms.includes('英伟达'), terms.join(' '));
  const urlish = terms.filter((t) => /http|www|com|html|example/i.test(t));
  assert.deepEqual(urlish, []);
});

test('a character of a node is placed at the same occurrence in its source, past escapes and entities', () => {
  const source = '前\\*甲&amp;甲*後';
  const tree = parseMarkdown(source);
  const text = (tree.children[0] as { children: Array<{ value: string }> }).children[0]!;
  assert.equal(text.value, '前*甲&甲*後');
  // The second 甲 of the value is the second 甲 of the source, at column 10.
  assert.deepEqual(placeInNode(text as never, text.value, text.value.lastIndexOf('甲'), source), { line: 1, column: 10 });
  assert.deepEqual(placeInNode(text as never, text.value, 0, source, '-{'), { line: 1, column: 1 }, 'not found: the node start');
});

test('YAML keys are placed at their value (or key) the same way in every file', () => {
  const text = 'title: 標題\nglossary:\n  微软: 微軟\n  "英伟达": { zh-Hant: 輝達 }\nempty:\n';
  const doc = parseDocument(text);
  assert.deepEqual(yamlKeyPlace(doc, ['title'], text), { line: 1, column: 8 });
  assert.deepEqual(yamlKeyPlace(doc, ['glossary', '英伟达'], text, { part: 'key' }), { line: 4, column: 3 });
  assert.deepEqual(yamlKeyPlace(doc, ['glossary', '英伟达'], text), { line: 4, column: 10 });
  assert.deepEqual(yamlKeyPlace(doc, [], text), { line: 1, column: 1 });
  assert.equal(yamlKeyPlace(doc, ['missing'], text), undefined);
  assert.deepEqual(yamlKeyPlace(doc, ['title'], `---\n${text}`, { offset: 4 }), { line: 2, column: 8 });
});

/** The error a YAML text gives as glossary.yaml, as the config, and as front matter. */
function yamlErrors(yaml: string): Record<string, [number | undefined, number | undefined]> {
  const glossary = parseGlossaryFile(yaml, 'glossary.yaml').errors[0];
  let config: SiteError | undefined;
  try {
    parseConfig(yaml, 'tongwen.config.yaml');
  } catch (error) {
    config = error instanceof BuildError ? error.errors[0] : undefined;
  }
  let frontMatter: SiteError | undefined;
  try {
    parseFrontMatter(`---\n${yaml}---\n正文\n`, 'a.md');
  } catch (error) {
    frontMatter = error instanceof SiteError ? error : undefined;
  }
  for (const e of [glossary, config, frontMatter]) assert.match(e?.message ?? '', /^invalid YAML: /);
  return {
    glossary: [glossary?.line, glossary?.column],
    config: [config?.line, config?.column],
    frontMatter: [frontMatter?.line !== undefined ? frontMatter.line - 1 : undefined, frontMatter?.column],
  };
}

test('an unclosed quote is reported at the opening quote in glossary.yaml, the config and front matter alike (bug 3)', () => {
  // Three lines; the yaml library puts the error past the end (line 4).
  const at = yamlErrors('title: 好\nsummary: "沒有關上\ndate: x\n');
  assert.deepEqual(at, { glossary: [2, 10], config: [2, 10], frontMatter: [2, 10] });
});

test('other YAML errors are reported at the same place in every file', () => {
  const at = yamlErrors('a: 1\nb: [1, 2\nc: 3\n');
  assert.deepEqual(at.glossary, at.config);
  assert.deepEqual(at.frontMatter, at.config);
});
