/**
 * The segmenter with site words (src/taxonomy/terms.ts, `SiteSegmenter`):
 * one jieba whose dictionary goes from one list of site words to the next,
 * instead of a new jieba for each list, segments real text exactly as a new
 * jieba made with each list does (the way every segmenter with site words
 * was made before: jieba's dictionary, then the words it cuts in pieces at
 * SITE_WORD_FREQ). The text: six posts of the SOFAStack blog (a development
 * set, bench/corpora/sofastack-blog-zh.json); the lists: the blog's Chinese
 * tags, words of the text jieba's dictionary lacks, words the dictionary has
 * but cuts in pieces, and words the text never writes.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Jieba } from '@node-rs/jieba';
import { SITE_WORD_TAG, SiteSegmenter, segmenter, siteWords, type Segmenter } from '../src/taxonomy/terms.js';
import { REPO } from './helpers.js';

const require = createRequire(import.meta.url);
const { dict } = require('@node-rs/jieba/dict.js') as { dict: Uint8Array };
const DICT = new TextDecoder().decode(dict);

/** A new jieba with the site words `words`, made as before SiteSegmenter (the reference). */
function reference(words: readonly string[]): Jieba {
  const { Jieba } = require('@node-rs/jieba') as typeof import('@node-rs/jieba');
  const j = Jieba.withDict(dict);
  const added = words.filter((w) => j.cut(w, false).length > 1);
  if (added.length) j.loadDict(Buffer.from(added.map((w) => `${w} 3000 ${SITE_WORD_TAG}`).join('\n'), 'utf8'));
  return j;
}

const posts = JSON.parse(readFileSync(join(REPO, 'bench', 'corpora', 'sofastack-blog-zh.json'), 'utf8')) as Array<{ title: string; tags: string[]; markdown: string }>;
/** The paragraphs with Chinese of six posts, and their titles. */
const TEXTS = posts.slice(0, 6).flatMap((p) => [p.title, ...p.markdown.split(/\n\s*\n/)]).filter((t) => /\p{Script=Han}/u.test(t));

/** What a segmenter gives for a text: its tagged words (with the HMM) and its cut without the HMM. */
function segmented(s: Segmenter, text: string): unknown {
  return [s.tag(text, true).map((w) => `${w.word}/${w.tag}`), s.cut(text, false)];
}

/** Those of `words` that jieba's dictionary file has (one scan of its `word freq tag` lines). */
function inDictionaryFile(words: Iterable<string>): Set<string> {
  const wanted = new Set(words);
  const firsts = new Set([...wanted].map((w) => w[0]));
  const found = new Set<string>();
  for (let i = 0; i < DICT.length; ) {
    let end = DICT.indexOf('\n', i);
    if (end < 0) end = DICT.length;
    if (firsts.has(DICT[i])) {
      const word = DICT.slice(i, DICT.indexOf(' ', i));
      if (wanted.has(word)) found.add(word);
    }
    i = end + 1;
  }
  return found;
}

test('one segmenter switched between lists of site words segments real text exactly as a new jieba made with each list', () => {
  const base = segmenter();
  // Three- and four-character runs of the text that jieba's dictionary cuts in pieces: those it lacks, those it has.
  const cut = new Set<string>();
  for (const run of new Set(TEXTS.flatMap((t) => t.match(/\p{Script=Han}{4,}/gu) ?? []))) {
    for (let i = 0; i + 3 <= run.length; i++) for (const w of [run.slice(i, i + 3), run.slice(i, i + 4)]) if (base.cut(w, false).length > 1) cut.add(w);
  }
  const tags = siteWords(posts.flatMap((p) => p.tags));
  const EXTRA = ['从未写过的词', '另一个新名字', '第三个新名字'];
  const dictionary = inDictionaryFile([...cut, ...tags, ...EXTRA]);
  const inDictionary = (w: string) => dictionary.has(w);
  const unknown = [...cut].filter((w) => !inDictionary(w)).sort();
  const known = [...cut].filter(inDictionary).sort();
  assert.ok(unknown.length > 200 && known.length >= 4, `${unknown.length} unknown, ${known.length} known words`);
  const pick = (words: string[], from: number, step: number, count: number) => Array.from({ length: count }, (_, k) => words[(from + k * step) % words.length]!);
  const step = Math.floor(unknown.length / 40);
  const A = siteWords([...tags, ...known.filter((_, i) => i % 2 === 0), ...pick(unknown, 0, step, 30), EXTRA[0]!, EXTRA[1]!]);
  const B = siteWords([...A.filter((_, i) => i % 2 === 1), ...known.filter((_, i) => i % 2 === 1), ...pick(unknown, 1, step, 30), EXTRA[2]!]);
  const onlyA = A.filter((w) => !B.includes(w));
  const onlyB = B.filter((w) => !A.includes(w));
  // Words one list adds and the other lacks, which the dictionary lacks: left in the other's trie at frequency 0.
  const ghostsOf = (words: string[]) => words.filter((w) => !inDictionary(w) && base.cut(w, false).length > 1);
  const has = (text: string, words: string[]) => words.some((w) => text.includes(w));
  const refA = reference(A);
  const refB = reference(B);
  const s = new SiteSegmenter();

  // A first: a new jieba.
  const a = s.of(A);
  for (const text of TEXTS) assert.deepEqual(segmented(a, text), segmented(refA, text), `A: ${text}`);
  assert.deepEqual(s.stats, { loads: 1, switches: 0 });

  // Then B, by switching: A's words go back to the dictionary's frequency (those it has) or to 0 (those it lacks).
  const b = s.of(B);
  const freeAB = TEXTS.filter((t) => !has(t, ghostsOf(onlyA)));
  const hitAB = TEXTS.filter((t) => has(t, ghostsOf(onlyA)));
  assert.ok(freeAB.length > 300 && hitAB.length > 0, `${freeAB.length} texts without A's words, ${hitAB.length} with`);
  // The comparison means something: on these texts the two lists segment differently, and a known word of A only is written.
  assert.ok(freeAB.some((t) => JSON.stringify(segmented(refA, t)) !== JSON.stringify(segmented(refB, t))), 'A and B differ on some text');
  assert.ok(freeAB.some((t) => has(t, onlyA.filter(inDictionary))), 'a known word of A only is in the texts');
  for (const text of freeAB) assert.deepEqual(segmented(b, text), segmented(refB, text), `B after A: ${text}`);
  assert.deepEqual(s.stats, { loads: 1, switches: 1 }, 'no new jieba for B');
  // A text with a word left at frequency 0 gets a new jieba with B.
  assert.deepEqual(segmented(b, hitAB[0]!), segmented(refB, hitAB[0]!));
  assert.deepEqual(s.stats, { loads: 2, switches: 1 });

  // Back to A, and the two lists' segmenters used in turn: each call has its own list's words.
  const freeBoth = TEXTS.filter((t) => !has(t, [...ghostsOf(onlyA), ...ghostsOf(onlyB)]));
  assert.ok(freeBoth.length > 250, `${freeBoth.length} texts without either list's own words`);
  for (const text of freeBoth) assert.deepEqual(segmented(a, text), segmented(refA, text), `A after B: ${text}`);
  freeBoth.forEach((text, i) => {
    const [mine, ref] = i % 2 ? [a, refA] : [b, refB];
    assert.deepEqual(segmented(mine, text), segmented(ref, text), `${i % 2 ? 'A' : 'B'} in turn: ${text}`);
  });
  assert.equal(s.stats.loads, 2, 'no new jieba for the switches');
  assert.ok(s.stats.switches > freeBoth.length / 2);
  // The base segmenter was never changed.
  assert.deepEqual(segmented(base, TEXTS[0]!), segmented(reference([]), TEXTS[0]!));
});
