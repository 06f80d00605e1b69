/**
 * The full-text search index, split into chunks so that a query downloads
 * only what it needs (the way Pagefind does), with what Pagefind lacks:
 * script folding and matching inside Chinese words.
 *
 * Every article is indexed once for all variants: the text of every variant
 * (title, summary, headings, body, keywords, section, author, source; not
 * boilerplate) is folded — NFKC, lower case, Traditional characters mapped to
 * Simplified with the site's character map (`search-data.ts`), the map the
 * browser folds queries with — and cut into tokens:
 *
 * - Chinese: every character bigram of a run of Han characters (英伟达 →
 *   英伟, 伟达), so 偉達 finds 英偉達; a lone character is a token of its own;
 * - Latin letters and digits: whole words (`ai`, `rust`, `h100`), also
 *   when written against Chinese without a space (AI芯片 → `ai`, 芯片): `AI`
 *   never matches Airdroid; the browser matches a prefix from three letters.
 *
 * Files (under `/search/`, shared by the variants):
 *
 *     meta.json   { "v": 2, "map": "偉伟…", "chunks": [first token of each chunk…],
 *                   "len": [token count of each document…], "avg": mean length }
 *     c/N.json    { token: [docDelta, code, docDelta, code, …], … }
 *                   documents numbered newest first; code = tf × 8 + fields
 *                   (1 title, 2 keyword, 4 heading/summary/section/author/source)
 *     {variant}/N.json  the document's fragment in that variant:
 *                   { "t": title, "u": url, "d": "yyyy-mm-dd", "x": text for the excerpt }
 *
 * Pure and deterministic.
 */
import type { VariantId } from '../conversion/variants.js';
import type { TextBlock } from '../taxonomy/blocks.js';

/** One variant of a document, in that variant's script. */
export interface SearchDocVariant {
  title: string;
  url: string;
  summary: string;
  keywords: readonly string[];
  meta: readonly string[];
  blocks: readonly TextBlock[];
}

/** An article as the index reads it; `hashes` are its blocks' (boilerplate is left out). */
export interface SearchDoc {
  id: string;
  epoch: number;
  day: string;
  variants: Partial<Record<VariantId, SearchDocVariant>>;
  hashes: readonly number[];
  /**
   * What the document was made from, when it is a value never changed (the
   * processed article's metadata): its tokens are kept by it between builds
   * of one process (a dev server's), and made again only when it, the
   * character map, its keywords, summaries or boilerplate change.
   */
  source?: object;
}

export interface IndexFile {
  file: string;
  text: string;
}

export const SEARCH_INDEX_VERSION = 2;
/** Target size of a chunk of postings (characters of JSON, before gzip). */
export const CHUNK_SIZE = 48_000;
/** Characters of body text in a fragment (the excerpt is cut from them). */
export const FRAGMENT_TEXT = 2_400;
const MAX_TF = 31;

export const FIELD_TITLE = 1;
export const FIELD_KEYWORD = 2;
export const FIELD_META = 4;

const HAN = /\p{Script=Han}/u;
/** A run of Han characters, or of other letters and digits: `AI芯片` is `ai` and 芯片 (\p{L} holds Han too). */
const TOKEN_RUN = /\p{Script=Han}+|(?:(?!\p{Script=Han})[\p{L}\p{N}])+/gu;

/** The tokens of folded text (see the header), each passed to `add`. */
export function tokenize(folded: string, add: (token: string) => void): void {
  for (const m of folded.matchAll(TOKEN_RUN)) {
    const run = m[0];
    if (!HAN.test(run[0]!)) {
      add(run);
      continue;
    }
    const chars = Array.from(run);
    if (chars.length === 1) add(run);
    for (let i = 0; i + 1 < chars.length; i++) add(chars[i]! + chars[i + 1]!);
  }
}

interface Posting {
  tf: number;
  fields: number;
}

/** The text of a fragment: summary, then the body blocks that are not boilerplate, cut at FRAGMENT_TEXT characters. */
function fragmentText(v: SearchDocVariant, keep: (i: number) => boolean): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; i < v.blocks.length && length < FRAGMENT_TEXT; i++) {
    if (!keep(i)) continue;
    const text = v.blocks[i]![1];
    parts.push(text);
    length += text.length + 1;
  }
  const body = parts.join('\n');
  return body.length > FRAGMENT_TEXT ? body.slice(0, FRAGMENT_TEXT) : body;
}

/** A document's tokens and their codes (min(tf, MAX_TF) × 8 + fields, at most 255), and its length (body tokens of its first variant). */
export interface DocTokens {
  tokens: readonly string[];
  codes: readonly number[] | Uint8Array;
  length: number;
}

/** `DocTokens` packed to cross threads and to be kept: the tokens joined by `\n` (a token never holds one), a byte per code. */
export interface PackedTokens {
  tokens: string;
  codes: Uint8Array;
  length: number;
}

export function packTokens(d: DocTokens): PackedTokens {
  return { tokens: d.tokens.join('\n'), codes: Uint8Array.from(d.codes), length: d.length };
}

export function unpackTokens(p: PackedTokens): DocTokens {
  return { tokens: p.codes.length ? p.tokens.split('\n') : [], codes: p.codes, length: p.length };
}

/**
 * Tokens of documents by their `source`, packed (a few bytes a token: every
 * document's tokens as arrays of strings held ~150 MB at 4000 articles), for
 * the character map `memoMap` (a new map starts afresh).
 */
let memo = new WeakMap<object, { sig: string; packed: PackedTokens }>();
let memoMap: string | undefined;

/** Documents tokenized and documents whose kept tokens were used, since the process started (for tests and benchmarks). */
export const tokenStats = { made: 0, kept: 0 };

/** Forgets the kept tokens when the character map is not the one they were made with. */
function useMap(map: string): void {
  if (map !== memoMap) {
    memo = new WeakMap();
    memoMap = map;
  }
}

/** Whether block `i` of a document is indexed (not boilerplate). */
export const keeper = (doc: Pick<SearchDoc, 'hashes'>, boilerplate: ReadonlySet<number>) => (i: number) => !boilerplate.has(doc.hashes[i] ?? 0);

/** What a document's kept tokens were made from besides its source: kept blocks, texts' variants, titles, summaries, keywords, metadata. */
function signature(doc: SearchDoc, keep: (i: number) => boolean): string {
  if (!doc.source) return '';
  const kept = doc.hashes.map((_, i) => (keep(i) ? '1' : '0')).join('');
  return JSON.stringify([kept, Object.entries(doc.variants).map(([v, dv]) => [v, dv.title, dv.summary, dv.keywords, dv.meta, dv.blocks.length])]);
}

/**
 * The documents of `docs` whose tokens are not kept from an earlier build of
 * this process under `map` and `boilerplate` (all of them in a fresh
 * process): the ones `searchIndexFiles` would tokenize, which a caller may
 * tokenize elsewhere (`makeDocTokens`, in worker threads) and pass in.
 */
export function docsToTokenize(docs: readonly SearchDoc[], map: string, boilerplate: ReadonlySet<number>, remember = true): SearchDoc[] {
  if (!remember) return [...docs];
  useMap(map);
  return docs.filter((doc) => {
    if (!doc.source) return true;
    const known = memo.get(doc.source);
    return !(known && known.sig === signature(doc, keeper(doc, boilerplate)));
  });
}

/** The tokens of one document (see the header): pure, the same in any thread. */
export function makeDocTokens(doc: Pick<SearchDoc, 'variants'>, fold: (text: string) => string, keep: (i: number) => boolean): DocTokens {
  const mine = new Map<string, Posting>();
  let length = 0;
  /** Adds one text; body tf counts from the variant with the most occurrences (the other script adds its own words). */
  const variantTf = new Map<string, number>();
  const addText = (text: string, field: number) => {
    tokenize(fold(text), (t) => {
      if (field === 0) variantTf.set(t, (variantTf.get(t) ?? 0) + 1);
      else {
        const p = mine.get(t) ?? { tf: 0, fields: 0 };
        p.fields |= field;
        mine.set(t, p);
      }
    });
  };
  let first = true;
  for (const v of Object.values(doc.variants) as SearchDocVariant[]) {
    variantTf.clear();
    addText(v.title, FIELD_TITLE);
    for (const k of v.keywords) addText(k, FIELD_KEYWORD);
    addText(v.summary, FIELD_META);
    for (const m of v.meta) addText(m, FIELD_META);
    v.blocks.forEach(([kind, text], i) => {
      if (!keep(i)) return;
      if (kind === 'h') addText(text, FIELD_META);
      addText(text, 0);
    });
    let total = 0;
    for (const [t, tf] of variantTf) {
      total += tf;
      const p = mine.get(t) ?? { tf: 0, fields: 0 };
      p.tf = Math.max(p.tf, tf);
      mine.set(t, p);
    }
    if (first) length = total;
    first = false;
  }
  const tokens: string[] = [];
  const codes: number[] = [];
  for (const [t, p] of mine) {
    tokens.push(t);
    codes.push(Math.min(MAX_TF, p.tf) * 8 + p.fields);
  }
  return { tokens, codes, length };
}

/**
 * The tokens of one document, kept by its source while the map, texts'
 * variants, keywords, summaries and kept blocks are the same; `made` holds
 * tokens made elsewhere for documents `docsToTokenize` listed.
 */
function docTokens(doc: SearchDoc, fold: (text: string) => string, keep: (i: number) => boolean, made: ReadonlyMap<SearchDoc, PackedTokens> | undefined, remember: boolean): DocTokens {
  if (!remember) {
    // Nothing kept for a next build (a one-off build's tokens, ~15 KB a document, would be held while its pages render).
    tokenStats.made++;
    const sent = made?.get(doc);
    return sent ? unpackTokens(sent) : makeDocTokens(doc, fold, keep);
  }
  const sig = signature(doc, keep);
  if (doc.source) {
    const known = memo.get(doc.source);
    if (known && known.sig === sig) {
      tokenStats.kept++;
      return unpackTokens(known.packed);
    }
  }
  tokenStats.made++;
  const sent = made?.get(doc);
  if (!doc.source) return sent ? unpackTokens(sent) : makeDocTokens(doc, fold, keep);
  const packed = sent ?? packTokens(makeDocTokens(doc, fold, keep));
  memo.set(doc.source, { sig, packed });
  return unpackTokens(packed);
}

/**
 * The index files of a site. `docs` in any order (they are numbered newest
 * first); `fold` is the browser's normalizer; `variantDirs` the output folder
 * of each variant (`zh-hant`); `made`, tokens of documents made elsewhere
 * (`docsToTokenize`, `makeDocTokens`); `remember: false` (a build that is the
 * last of its process) keeps no document's tokens for a next build.
 */
export function searchIndexFiles(
  docs: readonly SearchDoc[],
  fold: (text: string) => string,
  map: string,
  variantDirs: Partial<Record<VariantId, string>>,
  boilerplate: ReadonlySet<number>,
  made?: ReadonlyMap<SearchDoc, PackedTokens>,
  keepState?: (state: IndexState) => void,
  remember = true,
): IndexFile[] {
  const ordered = [...docs].sort((a, b) => b.epoch - a.epoch || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  useMap(map);
  /** Per token, its postings in document order: document number, then tf × 8 + fields (tf capped). */
  const postings = new Map<string, number[]>();
  const lengths: number[] = [];
  const files: IndexFile[] = [];

  ordered.forEach((doc, n) => {
    const keep = keeper(doc, boilerplate);
    const { tokens, codes, length } = docTokens(doc, fold, keep, made, remember);
    lengths.push(length);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      let list = postings.get(t);
      if (!list) postings.set(t, (list = []));
      list.push(n, codes[i]!);
    }
    files.push(...fragmentFiles(doc, n, keep, variantDirs));
  });

  // Chunks: tokens in code-unit order, cut at about CHUNK_SIZE characters.
  const tokens = [...postings.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const entries: string[] | undefined = keepState ? [] : undefined;
  const firsts: string[] = [];
  let chunk: string[] = [];
  let size = 0;
  const flush = () => {
    if (chunk.length === 0) return;
    files.push({ file: `search/c/${firsts.length - 1}.json`, text: chunkText(chunk) });
    chunk = [];
    size = 0;
  };
  for (const t of tokens) {
    const list = postings.get(t)!;
    let prev = 0;
    for (let i = 0; i < list.length; i += 2) {
      const n = list[i]!;
      list[i] = n - prev;
      prev = n;
    }
    const entry = postingEntry(t, list.join(','));
    entries?.push(entry);
    if (chunk.length === 0) firsts.push(t);
    chunk.push(entry);
    size += entry.length;
    if (size >= CHUNK_SIZE) flush();
  }
  flush();
  files.unshift({ file: 'search/meta.json', text: metaText(map, firsts, lengths) });
  keepState?.({ ids: ordered.map((d) => d.id), tokens, entries: entries!, lengths, map });
  return files;
}

/**
 * What `searchIndexFiles` made, kept by a dev server's builder so that one
 * edited document updates the index (`search/index-update.ts`) instead of
 * indexing every document again: the documents' ids by number, every token
 * in order with its chunk entry, and the documents' lengths.
 */
export interface IndexState {
  ids: string[];
  tokens: string[];
  /** `"token":[docDelta,code,…]` of each token, as the chunk files hold them. */
  entries: string[];
  lengths: number[];
  map: string;
}

/** A token's entry in a chunk file: its postings as `docDelta,code,…`. */
export function postingEntry(token: string, list: string): string {
  return `${JSON.stringify(token)}:[${list}]`;
}

/** The text of `search/meta.json`. */
export function metaText(map: string, firsts: readonly string[], lengths: readonly number[]): string {
  const avg = lengths.length ? Math.round(lengths.reduce((a, b) => a + b, 0) / lengths.length) : 0;
  return `${JSON.stringify({ v: SEARCH_INDEX_VERSION, map, chunks: firsts, len: lengths, avg })}\n`;
}

/** The text of chunk file `c/N.json` from its entries. */
export function chunkText(entries: readonly string[]): string {
  return `{${entries.join(',')}}\n`;
}

/** The first token of each chunk, by its index in `entries`: a chunk ends at the first entry that brings it to CHUNK_SIZE characters. */
export function chunkStarts(entries: readonly string[]): number[] {
  const starts: number[] = [];
  let size = 0;
  let open = false;
  for (let i = 0; i < entries.length; i++) {
    if (!open) {
      starts.push(i);
      open = true;
    }
    size += entries[i]!.length;
    if (size >= CHUNK_SIZE) {
      open = false;
      size = 0;
    }
  }
  return starts;
}

/** The fragment files of document number `n` (one per variant of the site). */
export function fragmentFiles(doc: SearchDoc, n: number, keep: (i: number) => boolean, variantDirs: Partial<Record<VariantId, string>>): IndexFile[] {
  const files: IndexFile[] = [];
  for (const [id, v] of Object.entries(doc.variants) as Array<[VariantId, SearchDocVariant]>) {
    const dir = variantDirs[id];
    if (dir === undefined) continue;
    files.push({ file: `search/${dir}/${n}.json`, text: `${JSON.stringify({ t: v.title, u: v.url, d: doc.day, x: fragmentText(v, keep) })}\n` });
  }
  return files;
}
