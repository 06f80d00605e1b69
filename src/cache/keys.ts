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
    // A string is hashed as its UTF-8 bytes, without a copy of them.
    if (typeof p === 'string') {
      h.update(`${Buffer.byteLength(p, 'utf8')}:`);
      h.update(p, 'utf8');
    } else {
      h.update(`${p.byteLength}:`);
      h.update(p);
    }
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
export function contextJson(context: unknown): string | undefined {
  return JSON.stringify(context);
}

/** Top-level fields of a page context that hold the per-variant globals (site/context.ts `VariantGlobals`), one object per variant shared by its pages. */
const SHARED_FIELDS = ['site', 't', 'variant'] as const;

/**
 * The render key of a page: `global` (code, templates), its template and the
 * JSON of its context (`contextJson`). The per-variant globals every page of a
 * variant shares (the same objects) are turned into JSON once per build
 * (`shared`, by object), not once per page.
 */
export function renderKey(global: string, template: string, context: Record<string, unknown>, shared: Map<unknown, string>): string {
  const parts: string[] = [global, template];
  let rest: Record<string, unknown> = context;
  if (SHARED_FIELDS.some((f) => f in context)) {
    rest = {};
    for (const k of Object.keys(context)) if (!(SHARED_FIELDS as readonly string[]).includes(k)) rest[k] = context[k];
    for (const f of SHARED_FIELDS) {
      const value = context[f];
      let json = typeof value === 'object' && value !== null ? shared.get(value) : undefined;
      if (json === undefined) {
        json = `${f}=${contextJson(value) ?? ''}`;
        if (typeof value === 'object' && value !== null) shared.set(value, json);
      }
      parts.push(json);
    }
  }
  parts.push(contextJson(rest) ?? '');
  return hashOf(...parts);
}

/**
 * Whether two values of plain data (as contextJson reads them) are equal: the
 * same keys in the same order and equal values. Values that are the same
 * object or string answer at once, so comparing a page's context with the
 * one of the previous build in the same process, which shares the unchanged
 * articles' strings, costs little next to making its JSON.
 */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameData(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (let i = 0; i < ka.length; i++) {
    const k = ka[i]!;
    if (k !== kb[i] || !sameData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false;
  }
  return true;
}
