/**
 * The stored form of an output state (cache/output-state.ts), and the check
 * of it against the disk. This module imports nothing but node:fs and
 * node:path: it is all that the check's thread (cache/output-check.ts) loads.
 *
 * One file, written whole (renamed into place): a magic line, a JSON head
 * line — build key, report, file count and the byte length of each section —
 * then three sections:
 *
 * - `paths`: every file's path (`/`-separated, relative to the output), in
 *   order, joined by NUL (a path holds no NUL);
 * - `stamps`: JSON `{"size":[…],"mtimeMs":[…]}` in the same order;
 * - `columns`: JSON `{"sha256":[…],"renderKey":[…]}` (`''` for a file that is
 *   not a page).
 *
 * The disk check reads the head, the paths and the stamps only: on the
 * 4000-article corpus 2 of the 4.7 MB the whole record held as one JSON
 * document, and without the 54,000 hashes it never needs. The build parses
 * the columns only when it writes (a build that finds nothing changed does not).
 */
import { closeSync, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';

const MAGIC = 'tongwen-output-state 2\n';

/** The head line of a stored state. */
export interface StoredHead<R = unknown> {
  buildKey: string;
  report: R;
  count: number;
  /** Byte lengths of the sections, in order. */
  sections: { paths: number; stamps: number; columns: number };
}

/** Every recorded file's path, size and modification time. */
export interface Stamps {
  paths: string[];
  size: number[];
  mtimeMs: number[];
}

/** The columns the disk check does not need. */
export interface Columns {
  sha256: string[];
  renderKey: string[];
}

/** A stored state's bytes, split: the head parsed, the sections as byte ranges of `bytes`. */
export interface StoredParts<R = unknown> {
  head: StoredHead<R>;
  bytes: Uint8Array;
  /** Byte offsets of the sections in `bytes`. */
  at: { paths: number; stamps: number; columns: number; end: number };
}

/** The bytes of a state to store. */
export function encodeState(head: { buildKey: string; report: unknown }, stamps: Stamps, columns: Columns): Buffer {
  const paths = Buffer.from(stamps.paths.join('\u0000'), 'utf8');
  const st = Buffer.from(JSON.stringify({ size: stamps.size, mtimeMs: stamps.mtimeMs }), 'utf8');
  const cols = Buffer.from(JSON.stringify(columns), 'utf8');
  const line = JSON.stringify({ buildKey: head.buildKey, report: head.report, count: stamps.paths.length, sections: { paths: paths.length, stamps: st.length, columns: cols.length } } satisfies StoredHead);
  return Buffer.concat([Buffer.from(`${MAGIC}${line}\n`, 'utf8'), paths, st, cols]);
}

/** The head and section ranges of stored bytes; undefined when they are not a well-formed stored state. */
export function splitState<R>(bytes: Uint8Array): StoredParts<R> | undefined {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.length < MAGIC.length || buf.toString('latin1', 0, MAGIC.length) !== MAGIC) return undefined;
  const nl = buf.indexOf(10, MAGIC.length);
  if (nl < 0) return undefined;
  let head: StoredHead<R>;
  try {
    head = JSON.parse(buf.toString('utf8', MAGIC.length, nl)) as StoredHead<R>;
  } catch {
    return undefined;
  }
  const s = head?.sections;
  if (typeof head.buildKey !== 'string' || !Number.isInteger(head.count) || !s || ![s.paths, s.stamps, s.columns].every((n) => Number.isInteger(n) && n >= 0)) return undefined;
  const paths = nl + 1;
  const stamps = paths + s.paths;
  const columns = stamps + s.stamps;
  const end = columns + s.columns;
  if (end !== buf.length) return undefined;
  return { head, bytes, at: { paths, stamps, columns, end } };
}

const text = (p: StoredParts, from: number, to: number) => Buffer.from(p.bytes.buffer, p.bytes.byteOffset, p.bytes.byteLength).toString('utf8', from, to);

/** The paths and stamps of stored parts; undefined when malformed. */
export function stampsOf(p: StoredParts): Stamps | undefined {
  try {
    const paths = p.head.count === 0 ? [] : text(p, p.at.paths, p.at.stamps).split('\u0000');
    const st = JSON.parse(text(p, p.at.stamps, p.at.columns)) as { size: number[]; mtimeMs: number[] };
    if (paths.length !== p.head.count || !Array.isArray(st.size) || !Array.isArray(st.mtimeMs) || st.size.length !== paths.length || st.mtimeMs.length !== paths.length) return undefined;
    return { paths, size: st.size, mtimeMs: st.mtimeMs };
  } catch {
    return undefined;
  }
}

/** The columns of stored parts; undefined when malformed. */
export function columnsOf(p: StoredParts): Columns | undefined {
  try {
    const c = JSON.parse(text(p, p.at.columns, p.at.end)) as Columns;
    if (!Array.isArray(c.sha256) || !Array.isArray(c.renderKey) || c.sha256.length !== p.head.count || c.renderKey.length !== p.head.count) return undefined;
    return c;
  } catch {
    return undefined;
  }
}

/** The full path of an output file (`rel` is `/`-separated): concatenated where `/` is the separator, the warm path's hot loop. */
const outPath = sep === '/' ? (dir: string, rel: string) => `${dir}/${rel}` : (dir: string, rel: string) => join(dir, ...rel.split('/'));

/** Whether every recorded file is on disk with its recorded size and modification time. */
export function filesMatch(s: Stamps, outDir: string): boolean {
  const dir = outDir.endsWith(sep) ? outDir.slice(0, -1) : outDir;
  for (let i = 0; i < s.paths.length; i++) {
    const st = statSync(outPath(dir, s.paths[i]!), { throwIfNoEntry: false });
    if (!st || st.size !== s.size[i] || st.mtimeMs !== s.mtimeMs[i]) return false;
  }
  return true;
}

/** Whether one recorded file (`rel`) is still as recorded: true when the record does not list it. */
export function fileMatches(s: { size: number; mtimeMs: number } | undefined, outDir: string, rel: string): boolean {
  if (!s) return true;
  const st = statSync(outPath(outDir.endsWith(sep) ? outDir.slice(0, -1) : outDir, rel), { throwIfNoEntry: false });
  return st !== undefined && st.size === s.size && st.mtimeMs === s.mtimeMs;
}

/** The identity of a file's version: a file renamed into place gets a new inode. */
export interface FileIdentity {
  ino: number;
  size: number;
  mtimeMs: number;
}

/** The bytes of a file with the identity of the version read (fstat of the descriptor read); undefined when it cannot be read. */
export function readWithIdentity(path: string): { bytes: Buffer; identity: FileIdentity } | undefined {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return undefined;
  }
  try {
    const st = fstatSync(fd);
    // Its own ArrayBuffer (never the shared pool): it can be transferred to another thread.
    const bytes = Buffer.from(new ArrayBuffer(st.size));
    let n = 0;
    while (n < bytes.length) {
      const got = readSync(fd, bytes, n, bytes.length - n, n);
      if (got === 0) break;
      n += got;
    }
    return n === st.size ? { bytes, identity: { ino: st.ino, size: st.size, mtimeMs: st.mtimeMs } } : undefined;
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

/** Whether the file at `path` is still the version of `identity`. */
export function sameVersion(path: string, identity: FileIdentity): boolean {
  const st = statSync(path, { throwIfNoEntry: false });
  return st !== undefined && st.ino === identity.ino && st.size === identity.size && st.mtimeMs === identity.mtimeMs;
}

/** What a check answers: whether the stored state matches the disk, its head, and the recorded stamp of `recheck` (the file a later build would rewrite). */
export interface CheckAnswer<R = unknown> {
  ok: boolean;
  head?: StoredHead<R>;
  identity?: FileIdentity;
  recheck?: { size: number; mtimeMs: number };
}

/** Reads the state at `path` and checks it against the disk under `outDir`. `recheck`: a file whose recorded stamp is returned. */
export function checkStateFile<R>(path: string, outDir: string, recheck: string): { answer: CheckAnswer<R>; parts?: StoredParts<R>; stamps?: Stamps } {
  const read = readWithIdentity(path);
  if (!read) return { answer: { ok: false } };
  const parts = splitState<R>(read.bytes);
  const stamps = parts && stampsOf(parts);
  if (!parts || !stamps) return { answer: { ok: false } };
  const at = stamps.paths.indexOf(recheck);
  const ok = filesMatch(stamps, outDir);
  return { answer: { ok, head: parts.head, identity: read.identity, ...(at >= 0 ? { recheck: { size: stamps.size[at]!, mtimeMs: stamps.mtimeMs[at]! } } : {}) }, parts, stamps };
}
