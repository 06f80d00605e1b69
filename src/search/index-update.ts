/**
 * One document of the full-text index changed (a dev server's body edit):
 * the index state `searchIndexFiles` kept (`IndexState`) is updated in place
 * with the document's old and new tokens, and only the files whose bytes
 * can differ are made again — the chunks that hold a changed token or whose
 * bounds moved, `meta.json` (lengths, chunk heads), the document's
 * fragments. The files equal what `searchIndexFiles` writes for the new
 * documents (test/incremental.test.ts compares them).
 */
import { chunkStarts, chunkText, metaText, postingEntry, type DocTokens, type IndexFile, type IndexState } from './search-index.js';

/** Codes of a document's tokens, by token. */
function codesOf(t: DocTokens): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i < t.tokens.length; i++) m.set(t.tokens[i]!, t.codes[i]!);
  return m;
}

/** The postings list (`docDelta,code,…`) of an entry. */
function listOf(entry: string): number[] {
  const list = entry.slice(entry.lastIndexOf('[') + 1, -1);
  return list === '' ? [] : list.split(',').map(Number);
}

/** A postings list with document `n`'s code set (`code` undefined: removed); delta-encoded in and out. */
function withCode(deltas: number[], n: number, code: number | undefined): number[] {
  const docs: number[] = [];
  const codes: number[] = [];
  let abs = 0;
  for (let i = 0; i < deltas.length; i += 2) {
    abs += deltas[i]!;
    docs.push(abs);
    codes.push(deltas[i + 1]!);
  }
  let at = 0;
  while (at < docs.length && docs[at]! < n) at++;
  if (at < docs.length && docs[at] === n) {
    if (code === undefined) {
      docs.splice(at, 1);
      codes.splice(at, 1);
    } else codes[at] = code;
  } else if (code !== undefined) {
    docs.splice(at, 0, n);
    codes.splice(at, 0, code);
  }
  const out: number[] = [];
  let prev = 0;
  for (let i = 0; i < docs.length; i++) {
    out.push(docs[i]! - prev, codes[i]!);
    prev = docs[i]!;
  }
  return out;
}

/** Where `token` is or would go in the sorted tokens (code-unit order). */
function position(tokens: readonly string[], token: string): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid]! < token) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Updates `state` for document `id` whose tokens went from `before` to
 * `after`; returns the index files that changed (chunks, meta.json; not the
 * fragments, see `fragmentFiles`) and the chunk files that no longer exist.
 */
export function updateIndex(state: IndexState, id: string, before: DocTokens, after: DocTokens): { files: IndexFile[]; removed: string[] } {
  const n = state.ids.indexOf(id);
  if (n < 0) throw new Error(`search index: document ${id} is not in the index`);
  const oldStarts = chunkStarts(state.entries);
  const oldCodes = codesOf(before);
  const newCodes = codesOf(after);
  const touched = new Set<string>();
  for (const t of new Set([...oldCodes.keys(), ...newCodes.keys()])) if (oldCodes.get(t) !== newCodes.get(t)) touched.add(t);
  // Old chunks by their first token and the first token after them (null at the end).
  const oldFirst = oldStarts.map((i) => state.tokens[i]!);
  const oldEnd = oldStarts.map((_, k) => (k + 1 < oldStarts.length ? state.tokens[oldStarts[k + 1]!]! : null));
  for (const t of touched) {
    const at = position(state.tokens, t);
    const present = state.tokens[at] === t;
    const list = withCode(present ? listOf(state.entries[at]!) : [], n, newCodes.get(t));
    if (list.length === 0) {
      if (present) {
        state.tokens.splice(at, 1);
        state.entries.splice(at, 1);
      }
      continue;
    }
    const entry = postingEntry(t, list.join(','));
    if (present) state.entries[at] = entry;
    else {
      state.tokens.splice(at, 0, t);
      state.entries.splice(at, 0, entry);
    }
  }
  state.lengths[n] = after.length;
  const starts = chunkStarts(state.entries);
  const files: IndexFile[] = [];
  const firsts = starts.map((s) => state.tokens[s]!);
  files.push({ file: 'search/meta.json', text: metaText(state.map, firsts, state.lengths) });
  // A chunk with the same first token and the same next chunk as before, holding no changed token, has the same bytes.
  const sortedTouched = [...touched].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
  const touchedIn = (first: string, end: string | null) => {
    const at = position(sortedTouched, first);
    return at < sortedTouched.length && (end === null || sortedTouched[at]! < end);
  };
  for (let k = 0; k < starts.length; k++) {
    const s = starts[k]!;
    const e = k + 1 < starts.length ? starts[k + 1]! : state.entries.length;
    const first = state.tokens[s]!;
    const end = e < state.tokens.length ? state.tokens[e]! : null;
    const same = k < oldStarts.length && oldFirst[k] === first && oldEnd[k] === end && !touchedIn(first, end);
    if (!same) files.push({ file: `search/c/${k}.json`, text: chunkText(state.entries.slice(s, e)) });
  }
  const removed: string[] = [];
  for (let k = starts.length; k < oldStarts.length; k++) removed.push(`search/c/${k}.json`);
  return { files, removed };
}
