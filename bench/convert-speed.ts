/**
 * `tongwen convert` speed: a long document (the corpus's first articles
 * joined, front matter kept once) converted zh-Hant → zh-Hans through the
 * command's pipeline (Markdown parsed, prose converted, Markdown printed),
 * and the same text through opencc-js alone, in one process. Prints JSON.
 *
 *   node lib/bench/convert-speed.js SITE
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import { convertDocument } from '../src/article/convert-document.js';
import { listFiles } from '../src/core/fs.js';

const [root] = process.argv.slice(2);
if (!root) throw new Error('usage: convert-speed.js SITE');
const content = join(root, 'content');
const bodies = listFiles(content, (n) => n.endsWith('.md')).slice(0, 120).map((f) => readFileSync(join(content, f), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, ''));
const doc = `---\ntitle: 長文\nlang: zh-Hant\n---\n${bodies.join('\n\n')}`;
const chars = [...doc].length;
const time = (f: () => unknown) => {
  f(); // warm up (dictionaries, parser)
  const started = performance.now();
  let n = 0;
  while (performance.now() - started < 1500 || n < 2) {
    f();
    n++;
  }
  return (performance.now() - started) / n;
};
const tongwenMs = time(() => convertDocument(doc, { file: 'long.md', to: 'zh-Hans', defaultLang: 'zh-Hant', glossary: [], repair: false, format: 'markdown', html: {}, basePath: '/' }));
const raw = OpenCC.Converter({ from: 'tw', to: 'cn' });
const openccMs = time(() => raw(doc));
console.log(JSON.stringify({ chars, tongwenCps: chars / (tongwenMs / 1000), openccCps: chars / (openccMs / 1000) }));
