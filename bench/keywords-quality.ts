/**
 * `npm run bench:keywords`: how good are automatic keywords? Copies the
 * benchmark corpus with the `keywords:` line removed from a share of its
 * articles, builds it, and compares each article's extracted keywords with
 * its real ones (compared by unification key).
 *
 *   npm run bench:keywords -- [--count 4000] [--removed 1]
 *
 * `--removed 1` strips every article (pure extraction, no site vocabulary);
 * `--removed 0.25` strips one article in four, so the others' keywords form a
 * vocabulary the extraction may prefer.
 *
 * Printed: precision (share of extracted keywords that are real ones; the
 * mean over articles and over all keywords), the share of articles where at
 * least half are real, recall, and how many keywords were extracted.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from '../src/build.js';
import { keyFunction } from '../src/taxonomy/key.js';
import type { VariantId } from '../src/conversion/variants.js';
import { REPO, corpusSite } from './corpus.js';

const { values } = parseArgs({ options: { count: { type: 'string', default: '4000' }, removed: { type: 'string', default: '1' } } });
const count = Number(values.count);
const removed = Number(values.removed);
const every = removed >= 1 ? 1 : Math.max(1, Math.round(1 / removed));

const source = corpusSite(count);
const site = join(REPO, '.bench', `kwq-${count}-${every}`);
const out = join(REPO, '.bench', `kwq-out-${count}-${every}`);
rmSync(site, { recursive: true, force: true });
rmSync(out, { recursive: true, force: true });

function files(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((e) => (e.isDirectory() ? files(dir, `${prefix}${e.name}/`) : [`${prefix}${e.name}`]));
}

const key = keyFunction(['zh-Hant', 'zh-Hans']);
/** Real keyword keys of each stripped article, by slug (the file stem). */
const truth = new Map<string, Set<string>>();
files(join(source, 'content')).forEach((rel, i) => {
  const text = readFileSync(join(source, 'content', rel), 'utf8');
  let written = text;
  if (i % every === 0) {
    const line = /^keywords: (.*)$/m.exec(text);
    const lang = (/^lang: (.*)$/m.exec(text)?.[1] ?? 'zh-Hant') as VariantId;
    if (line) {
      const real = (JSON.parse(line[1]!) as string[]).map((k) => key(k, lang));
      truth.set(rel.replace(/^.*\//, '').replace(/\.md$/, ''), new Set(real));
      written = text.replace(/^keywords: .*\n/m, '');
    }
  }
  const target = join(site, 'content', rel);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, written);
});

const started = performance.now();
const report = await build({ root: site, out });
const json = JSON.parse(readFileSync(join(out, 'keywords.json'), 'utf8')) as {
  articles: Array<{ id: string; keywords: string[]; auto: boolean }>;
};

let articles = 0;
let empty = 0;
let extracted = 0;
let hits = 0;
let realTotal = 0;
let precisionSum = 0;
let atLeastHalf = 0;
const found = new Map<string, number>();
for (const a of json.articles) {
  const real = truth.get(a.id.replace(/^.*\//, ''));
  if (!real) continue;
  articles++;
  realTotal += real.size;
  if (!a.auto || a.keywords.length === 0) {
    empty++;
    continue;
  }
  const good = a.keywords.filter((k) => real.has(k)).length;
  for (const k of a.keywords) found.set(k, (found.get(k) ?? 0) + 1);
  extracted += a.keywords.length;
  hits += good;
  precisionSum += good / a.keywords.length;
  if (good / a.keywords.length >= 0.5) atLeastHalf++;
}
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const withKeywords = articles - empty;
console.log(`Automatic keywords on ${count} corpus articles, keywords removed from ${truth.size} (every ${every === 1 ? 'article' : `${every}th article`})`);
console.log(`  build: ${(report.totalMs / 1000).toFixed(1)} s (measured ${((performance.now() - started) / 1000).toFixed(1)} s); keyword stage ${(report.stages.keywords ?? 0).toFixed(0)} ms, candidate terms in workers ${report.articleStages.terms.toFixed(0)} ms CPU`);
console.log(`  articles with extracted keywords: ${withKeywords} of ${articles} (${empty} got none)`);
console.log(`  extracted keywords: ${extracted} (${(extracted / Math.max(1, withKeywords)).toFixed(2)} per article; real ones: ${(realTotal / Math.max(1, articles)).toFixed(2)} per article)`);
console.log(`  precision, mean over articles:  ${pct(precisionSum / Math.max(1, withKeywords))}`);
console.log(`  precision, over all keywords:   ${pct(hits / Math.max(1, extracted))}`);
console.log(`  articles with ≥ half real:      ${pct(atLeastHalf / Math.max(1, withKeywords))}`);
console.log(`  recall (real keywords found):   ${pct(hits / Math.max(1, realTotal))}`);
console.log(`  most extracted: ${[...found].sort((a, b) => b[1] - a[1]).slice(0, 15).map(([k, n]) => `${k} ${n}`).join(', ')}`);
rmSync(out, { recursive: true, force: true });
