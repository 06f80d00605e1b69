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
