/**
 * `npm run bench:parse`: the fast parse (src/markdown/fast-parse.ts) and the
 * skeleton parse (src/markdown/skeleton.ts) against remark-parse's whole
 * parse over the benchmark corpus.
 *
 * 0. The fast parse: every body parsed by it and by `parseMarkdownReference`,
 *    the trees compared with `isDeepStrictEqual` (positions included); the
 *    share of blocks built directly and of documents that needed no
 *    micromark; then CPU rounds, fast against whole (`parseMarkdownWhole`),
 *    alternating which goes first.
 * 1. Differential check: every article body parsed both ways, the trees
 *    compared with `isDeepStrictEqual` (positions included). Prints the count
 *    of identical trees; exits 1 if any differs.
 * 2. Share of characters micromark no longer reads (plain lines replaced).
 * 3. CPU of parsing every body, whole and through the skeleton, in this one
 *    process, rounds interleaved (whole, skeleton, whole, skeleton, …): the
 *    CPU ratio skeleton / whole per round and overall.
 * 4. The build's parse (parse.ts: remark-gfm's autolink transform only on
 *    trees that may hold a literal autolink) against the same parse with the
 *    transform on every tree: identical trees, how often the guard skipped,
 *    and the CPU ratio guarded / reference, rounds interleaved likewise.
 *
 *   npm run bench:parse -- [--count 4000] [--rounds 3]
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { parseFrontMatter } from '../src/content/front-matter.js';
import { autolinkStats, parseMarkdownReference, parseMarkdownWhole } from '../src/markdown/parse.js';
import { fastStats, parseMarkdownFast } from '../src/markdown/fast-parse.js';
import { parseMarkdownSkeleton, skeletonStats } from '../src/markdown/skeleton.js';
import { corpusSite } from './corpus.js';

const { values } = parseArgs({ options: { count: { type: 'string', default: '4000' }, rounds: { type: 'string', default: '3' } } });
const site = corpusSite(Number(values.count));
const dir = join(site, 'content');
const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md')).sort();
const bodies = files.map((f) => parseFrontMatter(readFileSync(join(dir, f), 'utf8').replace(/\r\n?/g, '\n'), f).body);
const chars = bodies.reduce((s, b) => s + b.length, 0);
console.log(`Fast parse vs remark-parse: ${bodies.length} article bodies of ${site}, ${(chars / 1e6).toFixed(2)} M chars`);

const cpu = (f: (md: string) => unknown) => {
  const t = process.cpuUsage();
  for (const b of bodies) f(b);
  const d = process.cpuUsage(t);
  return (d.user + d.system) / 1e6;
};
const fastOf = (md: string) => parseMarkdownFast(md, parseMarkdownWhole);
const fastDiffering: string[] = [];
for (let i = 0; i < bodies.length; i++) if (!isDeepStrictEqual(fastOf(bodies[i]!), parseMarkdownReference(bodies[i]!))) fastDiffering.push(files[i]!);
const fs0 = { ...fastStats };
console.log(`  identical trees: ${bodies.length - fastDiffering.length} / ${bodies.length}${fastDiffering.length ? `   DIFFERING: ${fastDiffering.slice(0, 10).join(', ')}` : ''}`);
console.log(`  blocks built directly: ${fs0.fastBlocks} of ${fs0.blocks} (${((100 * fs0.fastBlocks) / fs0.blocks).toFixed(1)}%); hard runs parsed: ${fs0.runs}`);
console.log(`  documents: ${fs0.docs}, without micromark: ${fs0.allFast}, parsed whole: ${fs0.whole} (separator mismatches ${fs0.sepMismatch})`);

{
  let whole = 0;
  let quick = 0;
  for (let r = 0; r < Number(values.rounds); r++) {
    // Alternate which goes first, so a round's warm-up or a neighbour's load does not favour one side.
    const [a, b] = r % 2 === 0 ? [cpu(parseMarkdownWhole), cpu(fastOf)] : (([y, x]) => [x, y])([cpu(fastOf), cpu(parseMarkdownWhole)]);
    whole += a!;
    quick += b!;
    console.log(`  round ${r + 1}: whole ${a!.toFixed(2)} CPU s, fast ${b!.toFixed(2)} CPU s, ratio ${(b! / a!).toFixed(3)}`);
  }
  console.log(`  parse CPU fast / whole: ${(quick / whole).toFixed(3)} (${quick.toFixed(2)} / ${whole.toFixed(2)} CPU s)`);
}

console.log('\nThe skeleton parse (placeholder lines) vs remark-parse:');
let identical = 0;
const differing: string[] = [];
for (let i = 0; i < bodies.length; i++) {
  if (isDeepStrictEqual(parseMarkdownSkeleton(bodies[i]!), parseMarkdownWhole(bodies[i]!))) identical++;
  else differing.push(files[i]!);
}
const s = { ...skeletonStats };
console.log(`  identical trees: ${identical} / ${bodies.length}${differing.length ? `   DIFFERING: ${differing.slice(0, 10).join(', ')}` : ''}`);
console.log(`  through the skeleton: ${s.skeleton}, no plain line: ${s.noPlainLine}, fell back: ${s.fallback}`);
console.log(`  characters micromark reads: ${s.charsParsed} of ${s.charsIn} (${((100 * (s.charsIn - s.charsParsed)) / s.charsIn).toFixed(1)}% skipped)`);

let full = 0;
let fast = 0;
for (let r = 0; r < Number(values.rounds); r++) {
  const a = cpu(parseMarkdownWhole);
  const b = cpu(parseMarkdownSkeleton);
  full += a;
  fast += b;
  console.log(`  round ${r + 1}: whole ${a.toFixed(2)} CPU s, skeleton ${b.toFixed(2)} CPU s, ratio ${(b / a).toFixed(3)}`);
}
console.log(`  parse CPU skeleton / whole: ${(fast / full).toFixed(3)} (${fast.toFixed(2)} / ${full.toFixed(2)} CPU s)`);

console.log('\nThe autolink guard (parse.ts, whole parse) vs the transform on every tree:');
const guardStats = { ...autolinkStats };
const guardDiffering: string[] = [];
for (let i = 0; i < bodies.length; i++) if (!isDeepStrictEqual(parseMarkdownWhole(bodies[i]!), parseMarkdownReference(bodies[i]!))) guardDiffering.push(files[i]!);
console.log(`  identical trees: ${bodies.length - guardDiffering.length} / ${bodies.length}${guardDiffering.length ? `   DIFFERING: ${guardDiffering.slice(0, 10).join(', ')}` : ''}`);
console.log(`  transform skipped on ${autolinkStats.skipped - guardStats.skipped}, run on ${autolinkStats.ran - guardStats.ran}`);
let reference = 0;
let guarded = 0;
for (let r = 0; r < Number(values.rounds); r++) {
  // Alternate which goes first, so a round's warm-up or a neighbour's load does not favour one side.
  const [a, b] = r % 2 === 0 ? [cpu(parseMarkdownReference), cpu(parseMarkdownWhole)] : (([y, x]) => [x, y])([cpu(parseMarkdownWhole), cpu(parseMarkdownReference)]);
  reference += a!;
  guarded += b!;
  console.log(`  round ${r + 1}: reference ${a!.toFixed(2)} CPU s, guarded ${b!.toFixed(2)} CPU s, ratio ${(b! / a!).toFixed(3)}`);
}
console.log(`  parse CPU guarded / reference: ${(guarded / reference).toFixed(3)} (${guarded.toFixed(2)} / ${reference.toFixed(2)} CPU s)`);
if (fastDiffering.length || differing.length || guardDiffering.length) process.exit(1);
