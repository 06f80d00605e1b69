/**
 * The linear `EditMap.consume` (src/markdown/edit-map.ts) against the one
 * micromark publishes: installed where micromark looks for it, and the same
 * trees, positions included, for CommonMark's spec examples, the sample
 * site's articles and generated documents full of the containers whose
 * closing makes the edits (lists, block quotes, lazy lines, nesting).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EditMap } from 'micromark-util-edit-map';
import { consume, originalConsume } from '../src/markdown/edit-map.js';
import { parseMarkdownWhole as parseMarkdown } from '../src/markdown/parse.js';
import { REPO } from './helpers.js';

const require = createRequire(import.meta.url);

test('the linear consume is installed on the edit map micromark itself imports', () => {
  assert.equal(EditMap.prototype.consume, consume);
  assert.notEqual(originalConsume, consume);
  const fromMicromark = createRequire(require.resolve('micromark')).resolve('micromark-util-edit-map');
  assert.equal(fromMicromark, fileURLToPath(import.meta.resolve('micromark-util-edit-map')), 'one copy of micromark-util-edit-map');
});

/** Deterministic documents heavy in container edits. */
function generated(): string[] {
  let seed = 7;
  const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
  const docs: string[] = [];
  for (let d = 0; d < 40; d++) {
    const lines: string[] = [];
    for (let i = 0; i < 300; i++) {
      const depth = rnd(4);
      const indent = '  '.repeat(depth);
      switch (rnd(9)) {
        case 0: lines.push(`${indent}- 項目 ${i} 的第一行`); break;
        case 1: lines.push(`惰性續行 ${i}，沒有縮排`); break;
        case 2: lines.push(`${indent}> 引文 ${i}`); break;
        case 3: lines.push(`> - 引文裡的清單 ${i}`, `續行 ${i}`); break;
        case 4: lines.push(''); break;
        case 5: lines.push(`${indent}${i}. 有序項目`); break;
        case 6: lines.push(`${indent}* **重點**「${i}」`, `${indent}  第二段`); break;
        case 7: lines.push('```', `code ${i}`, '```'); break;
        default: lines.push(`段落 ${i}：[連結](https://example.org/${i}) 和 \`code\``);
      }
    }
    docs.push(lines.join(d % 2 ? '\r\n' : '\n'));
  }
  return docs;
}

test('the same trees as micromark’s own consume: CommonMark’s spec examples, the sample articles, generated container-heavy documents', () => {
  const spec = (require('commonmark-spec') as { tests: Array<{ markdown: string }> }).tests.map((t) => t.markdown);
  assert.ok(spec.length > 600, 'the spec examples are there');
  const articles = readdirSync(join(REPO, 'content'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => readFileSync(join(REPO, 'content', f), 'utf8'));
  const docs = [...spec, ...articles, ...generated().slice(0, 20), articles.join('\n\n')];
  const tree = (md: string, c: typeof consume) => {
    EditMap.prototype.consume = c;
    try {
      return JSON.stringify(parseMarkdown(md));
    } finally {
      EditMap.prototype.consume = consume;
    }
  };
  let withEdits = 0;
  for (const md of docs) {
    assert.equal(tree(md, consume), tree(md, originalConsume), `differs on ${JSON.stringify(md.slice(0, 80))}`);
    if (/^\s*(?:[-*>]|\d+\.)/m.test(md)) withEdits++;
  }
  assert.ok(withEdits > 150, `only ${withEdits} documents hold containers`);
});

test('on a long document of lists and quotes, consume moves about as many events as the document has (the published one moves far more)', () => {
  // Work counted, not timed: events the published consume copies (all of them, each call) and this one moves (those from the first edit on).
  let published = 0;
  let moved = 0;
  let calls = 0;
  EditMap.prototype.consume = function (this: EditMap, events) {
    const map = (this as unknown as { map: Array<[number, number, unknown[]]> }).map;
    if (map.length > 0) {
      calls++;
      published += events.length;
      moved += events.length - Math.min(...map.map((c) => c[0]));
    }
    return consume.call(this, events);
  };
  let size = 0;
  try {
    const doc = generated().join('\n\n');
    size = doc.length;
    parseMarkdown(doc);
  } finally {
    EditMap.prototype.consume = consume;
  }
  assert.ok(calls > 1000, `only ${calls} edits`);
  assert.ok(moved < size, `moved ${moved} events for ${size} characters`);
  assert.ok(published > 100 * moved, `the published consume would copy ${published} events, ${(published / moved).toFixed(0)}× as many`);
});
