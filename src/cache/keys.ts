/**
 * Cache keys: short hex hashes of bytes and of plain data. A key names
 * everything a stored result depends on, so a stored result is valid exactly
 * when its key is found again.
 */
import { createHash } from 'node:crypto';

/** Hex SHA-256 of bytes or text, or of several parts (each length-prefixed, so parts never run together). */
export function hashOf(...parts: Array<string | Uint8Array>): string {
  const h = createHash('sha256');
  for (const p of parts) {
    const bytes = typeof p === 'string' ? Buffer.from(p, 'utf8') : p;
    h.update(`${bytes.byteLength}:`);
    h.update(bytes);
  }
  return h.digest('hex');
}

/**
 * JSON of plain data for a key: like JSON.stringify, but Maps, Sets and Dates
 * keep their content (JSON.stringify would write `{}` for a Map, and two
 * different contexts would share a key).
 */
export function keyJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => {
    if (v instanceof Map) return { '\u0000map': [...v] };
    if (v instanceof Set) return { '\u0000set': [...v] };
    return v;
  });
}

/**
 * The JSON of a page's context, for its render key. Page contexts are plain
 * data (objects, arrays, strings, numbers, booleans, null: site/ builds no
 * Map, Set, Date or function into one), so their JSON is what a template can
 * show, and equal data has equal JSON however it is held in memory (which
 * v8.serialize does not give: it writes a holey array unlike a packed one).
 * (A Map or Set would key as `{}`: keyJson keeps them, at three times the cost.)
 */
export function contextJson(context: unknown): string {
  return JSON.stringify(context);
}
