/**
 * A dictionary for longest-match conversion and segmentation, with the
 * behaviour of opencc-js's `Trie` (same loading order, same longest match,
 * same handling of unmatched characters and ideographic description
 * sequences) in a fraction of its memory.
 *
 * opencc-js keeps one `Map` per trie node: OpenCC's phrase tables make
 * about 66 MB of such maps per thread, built anew by every worker. Here an
 * entry is one key in one `Map<string, string>`, and for each pair of first
 * UTF-16 units the lengths of the longer keys that start with it, longest
 * first: a match tries those lengths at the position (most pairs start keys
 * of one or two lengths), then the single character, so it costs a few
 * lookups, like the trie's walk.
 *
 * test/phrase-table.test.ts checks that it converts and segments exactly as
 * opencc-js's `Trie` does with every dictionary group of every chain.
 */
import type { DictGroup, DictLike } from 'opencc-js/core';

export interface PrefixMatch {
  /** Index after the match. */
  end: number;
  value: string;
}

export class PhraseTable {
  /** Keys of two or more UTF-16 units. */
  private readonly values = new Map<string, string>();
  /** Keys of one unit, by its code. */
  private readonly singles = new Map<number, string>();
  /**
   * `head(first two units of a key)` → the lengths (in units, 2 to 30) of the
   * keys starting with them, as bits of one small integer. `head` folds the
   * pair into a small integer too (V8 keeps both unboxed); pairs that fold
   * alike share their bits, which only adds lengths to try: the key lookup
   * decides.
   */
  private readonly lengths = new Map<number, number>();
  /** Lengths of keys longer than 30 units (none in OpenCC's data), longest first: tried everywhere. */
  private readonly long: number[] = [];
  /** Adds one entry; a later entry for the same key replaces the earlier (as `Trie.addWord`). */
  addWord(key: string, value: string): void {
    if (key.length === 0) return; // the trie keeps it at its root, where no match can reach it
    this.starts = undefined;
    if (key.length === 1) {
      this.singles.set(key.charCodeAt(0), value);
      return;
    }
    if (key.length > 30) {
      if (!this.long.includes(key.length)) this.long.push(key.length);
      this.long.sort((a, b) => b - a);
    } else {
      const head = headOf(key, 0);
      this.lengths.set(head, (this.lengths.get(head) ?? 0) | (1 << key.length));
    }
    this.values.set(key, value);
  }

  /** Loads a dictionary: `"a b|c d"` or `[["a", "b"], ["c", "d"]]`. */
  loadDict(d: DictLike): void {
    if (typeof d === 'string') {
      // As `line.split(' ')` on each of `d.split('|')` (key, then the first replacement), without the arrays: 2–3× faster.
      for (let start = 0; start <= d.length; ) {
        let end = d.indexOf('|', start);
        if (end < 0) end = d.length;
        const space = d.indexOf(' ', start);
        if (space < 0 || space > end) throw new TypeError(`invalid dictionary entry ${JSON.stringify(d.slice(start, end))}: expected "source replacement"`);
        let next = d.indexOf(' ', space + 1);
        if (next < 0 || next > end) next = end;
        this.addWord(d.slice(start, space), d.slice(space + 1, next));
        start = end + 1;
      }
    } else {
      for (const pair of d) {
        if (!Array.isArray(pair) || typeof pair[0] !== 'string' || typeof pair[1] !== 'string') throw new TypeError('invalid dictionary entry: expected [source, replacement] pairs');
        this.addWord(pair[0], pair[1]);
      }
    }
  }

  /** Loads a group: the first dictionary wins where several have a key (they are loaded last to first, as opencc-js does). */
  loadDictGroup(group: DictGroup): void {
    for (let k = group.length - 1; k >= 0; k--) this.loadDict(group[k]!);
  }

  /**
   * A regular expression of the first units of every key (built on first use
   * after a change): a text without any of them holds no match, so `convert`
   * returns it and `segment` gives it whole without a lookup per position
   * (Simplified text holds few of the Traditional-only characters, most text
   * none of the compatibility ideographs that normalization replaces).
   */
  private starts: RegExp | undefined;

  /** Whether some key may start in `s` (false: no match anywhere). */
  private mayMatch(s: string): boolean {
    return (this.starts ??= this.startsPattern()).test(s);
  }

  private startsPattern(): RegExp {
    const units = new Set<number>(this.singles.keys());
    for (const key of this.values.keys()) units.add(key.charCodeAt(0));
    if (units.size === 0) return /(?!)/;
    const sorted = [...units].sort((a, b) => a - b);
    const hex = (u: number) => `\\u${u.toString(16).padStart(4, '0')}`;
    let cls = '';
    for (let k = 0; k < sorted.length; ) {
      let end = k;
      while (end + 1 < sorted.length && sorted[end + 1] === sorted[end]! + 1) end++;
      cls += end === k ? hex(sorted[k]!) : `${hex(sorted[k]!)}-${hex(sorted[end]!)}`;
      k = end + 1;
    }
    // Not a `u` expression: it matches UTF-16 units, lone surrogates (the first unit of a key outside the BMP) included.
    return new RegExp(`[${cls}]`);
  }

  /** The value of the last match `matchEnd` found. */
  private matched = '';

  /**
   * The end of the longest key starting at `i` (its value in `matched`), or
   * -1: `matchPrefix` without an object per match (convert and segment run it
   * at every position of every text).
   */
  private matchEnd(s: string, i: number): number {
    const left = s.length - i;
    if (left >= 2) {
      const long = this.long;
      for (let k = 0; k < long.length; k++) {
        const len = long[k]!;
        if (len > left) continue;
        const value = this.values.get(s.slice(i, i + len));
        if (value !== undefined) {
          this.matched = value;
          return i + len;
        }
      }
      let bits = this.lengths.get(headOf(s, i)) ?? 0;
      while (bits !== 0) {
        const len = 31 - Math.clz32(bits);
        bits &= ~(1 << len);
        if (len > left) continue;
        const value = this.values.get(s.slice(i, i + len));
        if (value !== undefined) {
          this.matched = value;
          return i + len;
        }
      }
    }
    const value = this.singles.get(s.charCodeAt(i));
    if (value === undefined) return -1;
    this.matched = value;
    return i + 1;
  }

  /** The longest key starting at `i`, or null. */
  matchPrefix(s: string, i: number): PrefixMatch | null {
    const end = this.matchEnd(s, i);
    return end < 0 ? null : { end, value: this.matched };
  }

  /** Splits `s` into the keys found (longest first, left to right) and the runs between them. */
  segment(s: string): string[] {
    const n = s.length;
    if (n === 0) return [];
    if (!this.mayMatch(s)) return [s];
    const out: string[] = [];
    let orig = -1;
    for (let i = 0; i < n; ) {
      const end = this.matchEnd(s, i);
      if (end >= 0) {
        if (orig >= 0) {
          out.push(s.slice(orig, i));
          orig = -1;
        }
        out.push(s.slice(i, end));
        i = end;
      } else {
        if (orig < 0) orig = i;
        i += unmatchedLength(s, i);
      }
    }
    if (orig >= 0) out.push(s.slice(orig, n));
    return out;
  }

  /** Replaces every key found (longest first, left to right) by its value. */
  convert(s: string): string {
    if (!this.mayMatch(s)) return s;
    const n = s.length;
    let out = '';
    let orig = -1;
    for (let i = 0; i < n; ) {
      const end = this.matchEnd(s, i);
      if (end >= 0) {
        if (orig >= 0) {
          out += s.slice(orig, i);
          orig = -1;
        }
        out += this.matched;
        i = end;
      } else {
        if (orig < 0) orig = i;
        i += unmatchedLength(s, i);
      }
    }
    return orig >= 0 ? (orig === 0 ? s : out + s.slice(orig, n)) : out;
  }
}

/** The first two units at `i` folded into a small integer (below 2³⁰, so V8 keeps it unboxed). */
const headOf = (s: string, i: number) => ((s.charCodeAt(i) & 0x3fff) << 16) | s.charCodeAt(i + 1);

const codePointLength = (s: string, i: number) => (s.codePointAt(i)! > 0xffff ? 2 : 1);

/** Operands of an ideographic description character (⿰ … ⿿), 0 for any other character. */
function idsArity(cp: number): number {
  if (cp >= 0x2ff0 && cp <= 0x2ff1) return 2;
  if (cp >= 0x2ff2 && cp <= 0x2ff3) return 3;
  if (cp >= 0x2ff4 && cp <= 0x2fff) return 2;
  return 0;
}

/** End of the ideographic description sequence at `i`, or 0 (opencc-js keeps such a sequence whole). */
function idsEnd(s: string, i: number): number {
  const arity = idsArity(s.codePointAt(i)!);
  if (arity === 0) return 0;
  let end = i + codePointLength(s, i);
  for (let k = 0; k < arity; k++) {
    if (end >= s.length) return 0;
    const child = idsEnd(s, end);
    end = child || end + codePointLength(s, end);
  }
  return end;
}

/** How far an unmatched position advances: one code point, or a whole ideographic description sequence. */
function unmatchedLength(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 0x2ff0) return 1; // neither a description character nor a surrogate: the common case
  const end = idsEnd(s, i);
  return end > i ? end - i : codePointLength(s, i);
}
