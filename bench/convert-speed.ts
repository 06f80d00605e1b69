/**
 * `tongwen convert` speed: a long document (the corpus's first 600 articles
 * joined, about 1.2 million characters, front matter kept once) converted
 * zh-Hant → zh-Hans by the command as an editor runs it (a process: Markdown
 * parsed, prose converted, Markdown printed), against the OpenCC command line
 * (`opencc -c tw2s.json`, Debian's `opencc` package) on the same file, the
 * best of three runs each, process start included on both sides. Without the
 * OpenCC command line, opencc-js in one process is the only yardstick (and a
 * far stricter one: it does nothing but look up the text). Prints JSON.
 *
 *   node lib/bench/convert-speed.js SITE
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import { listFiles } from '../src/core/fs.js';
import { REPO } from './corpus.js';

const [root] = process.argv.slice(2);
if (!root) throw new Error('usage: convert-speed.js SITE');
const content = join(root, 'content');
const bodies = listFiles(content, (n) => n.endsWith('.md')).slice(0, 600).map((f) => readFileSync(join(content, f), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, ''));
const doc = `---\ntitle: 長文\nlang: zh-Hant\n---\n${bodies.join('\n\n')}`;
const chars = [...doc].length;
const dir = mkdtempSync(join(tmpdir(), 'tongwen-convert-'));
const file = join(dir, 'long.md');
writeFileSync(file, doc);
mkdirSync(join(dir, 'site'));

/** Best wall time of three runs of a command, in ms. */
function best(cmd: string, args: string[]): number {
  let min = Infinity;
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    const r = spawnSync(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 30 });
    if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr}`);
    min = Math.min(min, performance.now() - t);
  }
  return min;
}

const tongwenMs = best(process.execPath, [join(REPO, 'bin', 'tongwen.js'), 'convert', '--from', 'zh-Hant', '--to', 'zh-Hans', '--root', join(dir, 'site'), file]);
let openccCliMs: number | null = null;
try {
  execFileSync('opencc', ['--version'], { stdio: 'ignore' });
  openccCliMs = best('opencc', ['-c', 'tw2s.json', '-i', file, '-o', join(dir, 'out.txt')]);
} catch {
  openccCliMs = null;
}
const raw = OpenCC.Converter({ from: 'tw', to: 'cn' });
raw(doc);
const t = performance.now();
raw(doc);
const openccJsMs = performance.now() - t;
rmSync(dir, { recursive: true, force: true });
const cps = (ms: number) => chars / (ms / 1000);
console.log(JSON.stringify({ chars, tongwenCps: cps(tongwenMs), openccCliCps: openccCliMs === null ? null : cps(openccCliMs), openccJsCps: cps(openccJsMs) }));
