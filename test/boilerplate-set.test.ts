/**
 * `boilerplateSet` counts block hashes by sorting them (taxonomy/blocks.ts):
 * on random sites it gives the same set, in the same order (first
 * occurrence), as counting each article's distinct hashes in a Map.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { blockHash, boilerplateSet } from '../src/taxonomy/blocks.js';

/** The plain count: each article's distinct non-zero hashes, counted in a Map; kept in order of first occurrence. */
function reference(articles: ReadonlyArray<readonly number[]>, share = 0.02): number[] {
  const seen = new Map<number, number>();
  for (const hashes of articles) for (const h of new Set(hashes)) if (h !== 0) seen.set(h, (seen.get(h) ?? 0) + 1);
  const min = Math.max(3, Math.ceil(share * articles.length));
  return [...seen].filter(([, count]) => count >= min).map(([h]) => h);
}

/** A deterministic pseudo-random generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

test('boilerplateSet: the same hashes in the same order as a Map count, on random sites', () => {
  for (let seed = 1; seed <= 60; seed++) {
    const rnd = random(seed);
    // A pool of hashes: a few common (boilerplate), many rare; 0 (a block too short) and repeats inside an article.
    const pool = Array.from({ length: 5 + Math.floor(rnd() * 200) }, (_, i) => (i === 0 ? 0 : Math.floor(rnd() * 2 ** 32)));
    const articles = Array.from({ length: Math.floor(rnd() * 400) }, () =>
      Array.from({ length: Math.floor(rnd() * 12) }, () => pool[Math.floor(pool.length * rnd() ** 3)]!),
    );
    for (const share of [0.01, 0.02, 0.2]) {
      assert.deepEqual([...boilerplateSet(articles, share)], reference(articles, share), `seed ${seed}, share ${share}`);
    }
  }
});

test('boilerplateSet: real block hashes; an article repeating a block counts once; any iterable', () => {
  const sign = blockHash('本報記者綜合報道，轉載請註明出處。歡迎訂閱本報電子版。');
  const other = blockHash('另一段完全不同的文字，只出現在兩篇文章裏面。');
  const articles = [[sign, sign, sign], [sign], [other, sign], [other], [0, 0]];
  assert.deepEqual([...boilerplateSet(articles)], [sign]);
  assert.deepEqual([...boilerplateSet(articles.values())], [sign]);
  assert.deepEqual([...boilerplateSet([])], []);
});

test('boilerplateSet: hashes that are not 32-bit unsigned are counted as before', () => {
  const articles = [[-1, 2.5, 7], [-1, 2.5], [-1, 2.5, 7], [7, -1, 2.5]];
  assert.deepEqual([...boilerplateSet(articles)], reference(articles));
  assert.deepEqual([...boilerplateSet(articles)], [-1, 2.5, 7]);
});
