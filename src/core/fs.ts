/** File-system helpers shared by every stage that reads the site. */
import { existsSync, mkdirSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { SiteError, compare } from './errors.js';

/**
 * Lists files below `dir` (sorted, `/`-separated, relative to `dir`); dot
 * files are skipped, and so are symbolic links (a link out of the site is
 * never followed). A `dir` that is a file is a SiteError.
 */
export function listFiles(dir: string, filter: (name: string) => boolean = () => true): string[] {
  const out: string[] = [];
  const walk = (sub: string) => {
    const entries = readdirSync(join(dir, sub), { withFileTypes: true }).sort((a, b) => compare(a.name, b.name));
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const rel = sub ? `${sub}/${e.name}` : e.name;
      if (e.isDirectory()) walk(rel);
      else if (e.isFile() && filter(e.name)) out.push(rel);
    }
  };
  if (!existsSync(dir)) return out;
  if (!statSync(dir).isDirectory()) {
    throw new SiteError({ stage: 'read', file: dir, message: 'this is a file, where the site needs a folder', hint: 'rename or remove the file, and create a folder of that name' });
  }
  walk('');
  return out;
}


let tmpSeq = 0;

/**
 * Writes `bytes` to a temporary name beside `path` and renames it there, so a reader sees the whole file or none;
 * the folder is made first, once per folder remembered in `made` (again if it has gone since). Throws what the file
 * system throws.
 */
export function writeWhole(path: string, bytes: Uint8Array, made?: Set<string>): void {
  const dir = dirname(path);
  const tmp = `${path}.${process.pid}-${threadId}-${tmpSeq++}.tmp`;
  if (made?.has(dir)) {
    try {
      writeFileSync(tmp, bytes);
    } catch (error) {
      // The folder went away since it was made (a cache deleted while a dev server runs): made again below.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      made.delete(dir);
    }
  }
  if (!made?.has(dir)) {
    mkdirSync(dir, { recursive: true });
    made?.add(dir);
    writeFileSync(tmp, bytes);
  }
  renameSync(tmp, path);
}
