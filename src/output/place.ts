/**
 * Where the output may go, beyond what `checkOutputDir` (output/disk.ts)
 * already refuses (the site folder or a folder containing it, a source
 * folder, a folder tongwen did not make): never the file-system root, and
 * never a kernel's virtual file system (`/proc`, `/sys`, `/dev`), where
 * creating folders fails in odd ways — Node's recursive mkdir under /proc
 * loops forever.
 */
import { realpathSync } from 'node:fs';
import { dirname, parse, relative, resolve } from 'node:path';
import { SiteError } from '../core/errors.js';
import { isInside } from './disk.js';

/** Virtual file systems no site is written to. */
const VIRTUAL = ['/proc', '/sys', '/dev'];

/** The real path of `path`, or of its nearest existing ancestor with the rest appended (symbolic links resolved). */
function realish(path: string): string {
  const full = resolve(path);
  for (let p = full; ; ) {
    try {
      return resolve(realpathSync(p), relative(p, full));
    } catch {
      const up = dirname(p);
      if (up === p) return full;
      p = up;
    }
  }
}

/** A problem with the output folder's place, or undefined. */
export function outputPlaceProblem(outDir: string): SiteError | undefined {
  const out = resolve(outDir);
  const usage = (message: string, hint: string) => new SiteError({ stage: 'usage', file: outDir, message, hint });
  if (parse(out).root === out) return usage('the output folder is the root of the file system', 'choose an output folder such as dist/');
  const real = realish(out);
  if (process.platform !== 'win32') {
    for (const v of VIRTUAL) {
      if (isInside(v, out) || isInside(v, real)) return usage(`the output folder is inside ${v}, a virtual file system of the kernel`, 'choose an output folder on a disk, such as dist/');
    }
  }
  return undefined;
}
