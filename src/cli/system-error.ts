/**
 * Errors of the operating system (a full disk, a read-only place, a file
 * where a folder should be…) as a user reads them: what failed, on which
 * path, and how to fix it — never a stack trace. The build has already
 * dropped its temporary folder, so the previous output is intact.
 */

export interface SystemProblem {
  code: string;
  path: string | undefined;
  message: string;
  hint: string;
}

/** Error codes of Node's file-system calls that a user's setup causes, with what they mean and a fix. */
const KNOWN: Record<string, { what: string; hint: string }> = {
  ENOSPC: { what: 'no space left on the device', hint: 'free some disk space (the build needs room for a second copy of the output), or choose another --out' },
  EDQUOT: { what: 'disk quota exceeded', hint: 'free some space in your quota, or choose another --out' },
  ENOTDIR: { what: 'a part of this path is a file, where a folder is needed', hint: 'remove or rename that file, or choose another path (--out, --root)' },
  EISDIR: { what: 'this is a folder, where a file is needed', hint: 'remove or rename the folder' },
  ENAMETOOLONG: { what: 'a name in this path is too long for the file system', hint: 'choose a shorter --out, or shorter slugs and file names' },
  EACCES: { what: 'permission denied', hint: 'choose a folder you may write to (--out), or change its permissions' },
  EPERM: { what: 'operation not permitted', hint: 'choose a folder you may write to (--out), or change its permissions' },
  EROFS: { what: 'the file system is read-only', hint: 'choose an output folder on a writable disk (--out)' },
  ENOENT: { what: 'no such file or folder', hint: 'check the path; create the missing folder' },
  EEXIST: { what: 'something already exists at this path', hint: 'remove it, or choose another --out' },
  ENOTEMPTY: { what: 'the folder is not empty', hint: 'remove it, or choose another --out' },
  EMFILE: { what: 'too many open files', hint: 'raise the limit (ulimit -n), or build with fewer --workers' },
  ENFILE: { what: 'too many open files on the system', hint: 'close other programs, or raise the system limit' },
  EIO: { what: 'input/output error of the device', hint: 'check the disk; choose another --out' },
  EBUSY: { what: 'the file or folder is busy', hint: 'close programs using the output folder (a server, an editor) and build again' },
  ELOOP: { what: 'too many symbolic links in this path', hint: 'fix the symbolic links' },
  EXDEV: { what: 'cannot move across devices', hint: 'put the output folder on one disk' },
};

/**
 * The system problem in a thrown value (its own or its cause's), or
 * undefined for anything else (a bug: rethrown). `where` names the place
 * when the error has no path (an asynchronous write that ran out of space).
 */
export function systemProblem(error: unknown, where?: string): SystemProblem | undefined {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    const code = (e as NodeJS.ErrnoException).code;
    if (typeof code !== 'string' || !/^E[A-Z]+$/.test(code)) continue;
    const known = KNOWN[code];
    const path = (e as NodeJS.ErrnoException).path;
    const dest = (e as { dest?: string }).dest;
    const syscall = (e as NodeJS.ErrnoException).syscall;
    return {
      code,
      path: (dest !== undefined && (code === 'EEXIST' || code === 'ENOTEMPTY') ? dest : path) ?? where,
      message: `${syscall ? `${syscall} failed: ` : ''}${known?.what ?? e.message}`,
      hint: known?.hint ?? 'check the path and the disk, then build again',
    };
  }
  return undefined;
}

/** The lines to print for a system problem. */
export function formatSystemProblem(p: SystemProblem): string[] {
  return [`${p.path ? `${p.path}: ` : ''}system: ${p.message} (${p.code})`, `  hint: ${p.hint}`];
}
