/**
 * Candidate terms of an article for automatic keywords, counted in its own
 * script (runs in the article workers): the words `Intl.Segmenter` finds in
 * the title and the prose (`visitProse`: not code, HTML, URLs or the text of
 * autolinks), runs of adjacent words,
 * because the segmenter splits names and compounds it does not know
 * (马|斯克, 数据|中心, 台|积|电), and the text of links.
 */
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { compare } from '../../src/core/errors.js';
import { visitProse } from '../../src/markdown/prose.js';
import { cleanKeyword } from '../../src/taxonomy/key.js';
import { STOP_CHARS } from './stop-words.js';

/** `[term as written, weighted occurrences, occurrences as a whole link text]`, sorted by term. */
export type ArticleTerms = Array<[string, number, number]>;

/** How much an occurrence in the title counts, relative to one in the body. */
export const TITLE_WEIGHT = 3;
const MAX_LINK_TERM = 12;

const HAN_ONLY = /^\p{Script=Han}+$/u;
const LATIN_TERM = /^[\p{L}\p{N}][\p{L}\p{N}._+#-]*$/u;
const HAS_LETTER = /\p{L}/u;
const MAX_MERGED = 5;

let segmenter: Intl.Segmenter | undefined;

/**
 * Whether an article with keywords is in the sample whose terms give the
 * document frequencies (every article without keywords is counted anyway):
 * one in `every`, chosen by a hash of its file path, so the same articles are
 * chosen in every build.
 */
export function inTermSample(file: string, every: number): boolean {
  if (every <= 0) return false;
  if (every === 1) return true;
  let h = 0x811c9dc5;
  for (let i = 0; i < file.length; i++) h = Math.imul(h ^ file.charCodeAt(i), 0x01000193);
  return (h >>> 0) % every === 0;
}

/**
 * Collects the prose text of a tree (`visitProse`; alt texts and titles not
 * included), one block per line; the text of each link goes to `links` too.
 */
export function proseText(tree: Root, links: string[] = []): string {
  const out: string[] = [];
  visitProse(tree, {
    text(node) {
      out.push(node.value);
    },
    leave(node) {
      if (node.type === 'link' || node.type === 'linkReference') links.push(toString(node));
      else if (node.type !== 'root' && node.type !== 'emphasis' && node.type !== 'strong' && node.type !== 'delete') out.push('\n');
    },
  });
  return out.join('');
}

/**
 * Adds the candidate terms of `text` to `counts`, each occurrence counting
 * `weight`: Han words of two or more characters, Latin terms (GPU, H100, xAI),
 * and runs of two or three adjacent Han words up to five characters (数据|中心,
 * 马|斯克, 台|积|电), because the segmenter's dictionary splits compounds and
 * names. A run never includes a single function character (的, 了, 在 …).
 */
export function countTerms(text: string, counts: Map<string, number>, weight = 1): void {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const add = (term: string) => counts.set(term, (counts.get(term) ?? 0) + weight);
  // The current run of adjacent Han words: [word, length in characters].
  let run: Array<[string, number]> = [];
  let runEnd = -1;
  for (const s of segmenter.segment(text.normalize('NFKC'))) {
    const word = s.segment;
    const han = s.isWordLike && HAN_ONLY.test(word);
    if (!han) {
      run = [];
      if (s.isWordLike && word.length >= 2 && LATIN_TERM.test(word) && HAS_LETTER.test(word)) add(word);
      continue;
    }
    const length = [...word].length;
    if (length === 1 && STOP_CHARS.has(word)) {
      run = [];
      continue;
    }
    if (s.index !== runEnd) run = [];
    runEnd = s.index + word.length;
    if (length >= 2) add(word);
    run.push([word, length]);
    if (run.length > 3) run.shift();
    // Runs ending here: the last two, the last three words.
    for (let k = 2; k <= run.length; k++) {
      const parts = run.slice(run.length - k);
      const chars = parts.reduce((n, p) => n + p[1], 0);
      if (chars <= MAX_MERGED && (k === 2 || parts.some((p) => p[1] === 1))) add(parts.map((p) => p[0]).join(''));
    }
  }
}

/**
 * The candidate terms of an article: its title (weighted), the prose of its
 * body, and the text of its links as whole terms (weighted: a short link text
 * usually names the topic it links to).
 */
export function articleTerms(title: string, tree: Root): ArticleTerms {
  const counts = new Map<string, number>();
  const links: string[] = [];
  countTerms(title, counts, TITLE_WEIGHT);
  countTerms(proseText(tree, links), counts);
  const anchors = new Map<string, number>();
  for (const link of links) {
    const text = cleanKeyword(link);
    const length = [...text].length;
    if (length >= 2 && length <= MAX_LINK_TERM && /[\p{L}]/u.test(text) && !/\s/u.test(text)) {
      anchors.set(text, (anchors.get(text) ?? 0) + 1);
      if (!counts.has(text)) counts.set(text, 1);
    }
  }
  return [...counts]
    .map(([term, count]): [string, number, number] => [term, count, anchors.get(term) ?? 0])
    .sort((a, b) => compare(a[0], b[0]));
}
