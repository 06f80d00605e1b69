/**
 * `npm run bench:prefer`: what house style (`conversion.prefer`) costs the
 * conversion, and that the default conversion costs what it did.
 *
 * The bodies of the corpus's first 600 articles (.bench/site-4000, made by
 * `npm run bench`) are converted into every other variant (zh-Hans sources
 * into zh-Hant, zh-TW and zh-HK; zh-Hant sources into zh-Hans), in rounds
 * that interleave: this tree's default options, this tree with every choice
 * preferred (the longest dictionaries), and — with `--base DIR`, a compiled
 * tree such as /work/main — that tree's default options. CPU time per side,
 * summed over the rounds (converters built before timing), and ratios
 * against this tree's default in the same process.
 *
 *   node lib/bench/prefer-speed.js [--rounds N] [--base DIR]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { listFiles } from '../src/core/fs.js';
import * as ours from '../src/conversion/converters.js';
import type { VariantId } from '../src/conversion/variants.js';

const ROOT = join(fileURLToPath(import.meta.url), '..', '..', '..');
const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const rounds = Number(arg('--rounds') ?? 5);
const base = arg('--base');

const content = join(ROOT, '.bench', 'site-4000', 'content');
const docs = listFiles(content, (n) => n.endsWith('.md'))
  .slice(0, 600)
  .map((f) => {
    const text = readFileSync(join(content, f), 'utf8');
    const lang = (/^lang: (\S+)/m.exec(text)?.[1] ?? 'zh-Hans') as VariantId;
    return { lang, body: text.replace(/^---\n[\s\S]*?\n---\n/, '') };
  });
const chars = docs.reduce((n, d) => n + d.body.length, 0);

type Make = (from: VariantId, to: VariantId, options?: object) => (s: string) => string;
const ALL = ['臺灣', '臺', '裏', '甚麼', '計畫', '週', '儘量', '瞭解', '搜集', '沈', '佈'];

function jobs(make: Make, options?: object): Array<() => void> {
  return docs.map(({ lang, body }) => {
    const targets: VariantId[] = lang === 'zh-Hans' ? ['zh-Hant', 'zh-TW', 'zh-HK'] : ['zh-Hans'];
    const fns = targets.map((t) => make(lang, t, options));
    return () => {
      for (const f of fns) f(body);
    };
  });
}

const sides: Array<[string, Array<() => void>]> = [
  ['this tree, default', jobs(ours.variantConverter)],
  ['this tree, every choice preferred', jobs(ours.variantConverter, { prefer: ALL })],
];
if (base) {
  const theirs = (await import(pathToFileURL(join(base, 'lib', 'src', 'conversion', 'converters.js')).href)) as typeof ours;
  sides.push([`${base}, default`, jobs(theirs.variantConverter)]);
}
// Warm-up: one pass each (dictionaries loaded, code optimised).
for (const [, js] of sides) for (const j of js) j();
const cpu = sides.map(() => 0);
for (let r = 0; r < rounds; r++) {
  // Interleaved, the order turned each round.
  const order = sides.map((_, i) => (i + r) % sides.length);
  for (const i of order) {
    const t = process.cpuUsage();
    for (const j of sides[i]![1]) j();
    const d = process.cpuUsage(t);
    cpu[i]! += (d.user + d.system) / 1000;
  }
}
console.log(`${docs.length} articles, ${chars} characters, ${rounds} rounds; CPU ms summed over the rounds, ratio to this tree's default`);
sides.forEach(([name], i) => console.log(`${name.padEnd(40)} ${cpu[i]!.toFixed(0).padStart(8)} ms  ${(cpu[i]! / cpu[0]!).toFixed(3)}`));
