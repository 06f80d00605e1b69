/**
 * `npm run bench:hostile`: hostile single articles built at 1× and 4× their
 * size in one process (memory sink, no workers), with the time of each
 * stage, to show that no path is super-linear: a ratio near 4 is linear,
 * 16 quadratic. Issue 12's cases: 10,000 keywords (capped at 100: an error),
 * a 5 MB article, a 200,000-character line, 50,000 links, automatic keywords
 * on 1× and 4× the prose.
 *
 *   npm run bench:hostile -- [--scale 1] (--scale 0.25 for a quick run)
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from '../src/build.js';
import { BuildError } from '../src/core/errors.js';

const { values } = parseArgs({ options: { scale: { type: 'string', default: '1' }, only: { type: 'string' } } });
const scale = Number(values.scale);

const PROSE = '深圳市今日發布電子信息產業報告，英偉達與台積電的合作帶動晶片需求，分析師指出市場仍將增長。';
const front = (extra = '') => `---\ntitle: 壓力測試\ndate: 2024-06-01\n${extra}---\n`;

/** Each case: a full-size article of `n` units (the issue's figure at scale 1). */
const cases: Record<string, { n: number; make: (n: number) => string }> = {
  'links in one paragraph': { n: 50000, make: (n) => front('keywords: [測試]\n') + Array.from({ length: n }, (_, i) => `[連結${i}](https://example.org/${i})`).join(' ') + '\n' },
  'one long line (chars)': { n: 200000, make: (n) => front('keywords: [測試]\n') + PROSE.repeat(Math.ceil(n / PROSE.length)).slice(0, n) + '\n' },
  'article (KB)': { n: 5000, make: (n) => front('keywords: [測試]\n') + `${PROSE.repeat(20)}\n\n`.repeat(Math.round((n * 1e3) / (PROSE.length * 20 * 3 + 2))) },
  'line, automatic keywords (chars)': { n: 200000, make: (n) => front() + PROSE.repeat(Math.ceil(n / PROSE.length)).slice(0, n) + '\n' },
  'article, automatic keywords (KB)': { n: 5000, make: (n) => front() + `${PROSE.repeat(20)}\n\n`.repeat(Math.round((n * 1e3) / (PROSE.length * 20 * 3 + 2))) },
  'automatic keywords (paragraphs)': { n: 4000, make: (n) => front() + Array.from({ length: n }, (_, i) => `${PROSE}第${i}段，華為${i % 50}號。`).join('\n\n') + '\n' },
  'keywords': { n: 10000, make: (n) => front(`keywords: [${Array.from({ length: n }, (_, i) => `詞${i}`).join(', ')}]\n`) + '正文。\n' },
};

async function timeBuild(text: string): Promise<{ ms: number; stages: Record<string, number>; result: string }> {
  const root = mkdtempSync(join(tmpdir(), 'tongwen-hostile-'));
  try {
    mkdirSync(join(root, 'content'));
    writeFileSync(join(root, 'content', 'a.md'), text);
    const started = performance.now();
    let result = 'built';
    let stages: Record<string, number> = {};
    try {
      const r = await build({ root, sink: 'memory', workers: 0, now: new Date('2024-06-02T00:00:00Z') });
      stages = { ...r.stages, ...Object.fromEntries(Object.entries(r.articleStages).map(([k, v]) => [`article.${k}`, v])) };
    } catch (error) {
      if (!(error instanceof BuildError)) throw error;
      result = `error: ${error.errors[0]!.message}`;
    }
    return { ms: performance.now() - started, stages, result };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

const fmt = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
// Warm up the pipeline (jieba, OpenCC dictionaries) so the first case is not charged for it.
await timeBuild(front('keywords: [測試]\n') + `${PROSE}\n`);
console.log(`Hostile articles at 1/4 and 1× the issue's size (scale ${scale}); ratio 4 = linear, 16 = quadratic`);
for (const [name, { n, make }] of Object.entries(cases)) {
  if (values.only && !name.includes(values.only)) continue;
  const full = Math.max(1, Math.round(n * scale));
  const quarter = Math.max(1, Math.round(full / 4));
  const a = await timeBuild(make(quarter));
  const b = await timeBuild(make(full));
  const worst = Object.entries(b.stages).sort((x, y) => y[1] - x[1]).slice(0, 3).map(([k, v]) => `${k} ${fmt(v)} (×${(v / Math.max(1, a.stages[k] ?? 1)).toFixed(1)})`).join(', ');
  console.log(`${name.padEnd(34)} ${String(quarter).padStart(7)}: ${fmt(a.ms).padStart(8)}  ${String(full).padStart(7)}: ${fmt(b.ms).padStart(8)}  ratio ${(b.ms / a.ms).toFixed(1).padStart(4)}  ${b.result}${worst ? `; slowest stages: ${worst}` : ''}`);
}
