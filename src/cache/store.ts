/**
 * The persistent build cache: a folder (default `<site>/.tongwen-cache/`,
 * git-ignored) of values stored v8-serialized under their key, one file per
 * key (`<kind>/<2 hex>/<key>`), each written to a temporary name and renamed,
 * so a reader sees a whole entry or none and concurrent builds never read a
 * half-written one. A damaged entry reads as a miss. Keys say everything a
 * value depends on (cache/keys.ts); nothing is ever invalidated in place —
 * a changed input makes a new key. `prune` drops entries no build used.
 */
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { writeWhole } from '../core/fs.js';

/** The cache's layout version: a change of format makes a fresh cache. */
const FORMAT = 'v1';

export class CacheStore {
  readonly dir: string;
  private readonly made = new Set<string>();

  constructor(dir: string) {
    this.dir = join(dir, FORMAT);
  }

  private pathOf(kind: string, key: string): string {
    return join(this.dir, kind, key.slice(0, 2), key);
  }

  /** The file of the entry `key` of `kind`: a thread that made the value writes it there (v8-serialized, whole, as `set` does). */
  fileOf(kind: string, key: string): string {
    return this.pathOf(kind, key);
  }

  /** The value stored under `key`, or undefined (missing or unreadable). */
  get<T>(kind: string, key: string): T | undefined {
    try {
      return deserialize(readFileSync(this.pathOf(kind, key))) as T;
    } catch {
      return undefined;
    }
  }

  /** Stores a value (plain data, as structured clone allows); failures are ignored (a cache is optional). */
  set(kind: string, key: string, value: unknown): void {
    this.writeFile(this.pathOf(kind, key), serialize(value));
  }

  /** Where the JSON document `name` is (`name.json` at the cache's top). */
  jsonPath(name: string): string {
    return join(this.dir, `${name}.json`);
  }

  /** A JSON document of the cache (`name.json` at its top), or undefined. */
  readJson<T>(name: string): T | undefined {
    try {
      return JSON.parse(readFileSync(this.jsonPath(name), 'utf8')) as T;
    } catch {
      return undefined;
    }
  }

  /** Where the file `name` is, at the cache's top. */
  topPath(name: string): string {
    return join(this.dir, name);
  }

  /** Writes the file `name` at the cache's top, whole (renamed into place); failures are ignored. */
  writeTop(name: string, bytes: Uint8Array): void {
    this.writeFile(this.topPath(name), bytes);
  }

  writeJson(name: string, value: unknown): void {
    this.writeFile(join(this.dir, `${name}.json`), Buffer.from(JSON.stringify(value)));
  }

  private writeFile(path: string, bytes: Uint8Array): void {
    try {
      writeWhole(path, bytes, this.made);
    } catch {
      // A read-only or full disk costs speed, not correctness.
    }
  }

  /** Removes the entries of `kind` whose keys are not in `keep`. */
  prune(kind: string, keep: ReadonlySet<string>): void {
    const root = join(this.dir, kind);
    let buckets: string[];
    try {
      buckets = readdirSync(root);
    } catch {
      return;
    }
    for (const b of buckets) {
      for (const name of readdirSync(join(root, b))) if (!keep.has(name)) rmSync(join(root, b, name), { force: true });
    }
  }
}
