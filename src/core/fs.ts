/** File-system helpers shared by every stage that reads the site. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
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

