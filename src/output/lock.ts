/**
 * One build at a time per output folder: a lock file beside it
 * (`dist.lock` for `dist/`), created exclusively, holding the builder's pid.
 * A second build while the first runs refuses with a message naming the
 * holder; a lock left by a build that died (its pid is gone) is taken over.
 */
import { closeSync, existsSync, linkSync, mkdirSync, openSync, readFileSync, readdirSync, rmSync, statSync, unlinkSync, writeFileSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { SiteError } from '../core/errors.js';

export interface LockInfo {
  pid: number;
  host: string;
  /** ISO time the lock was taken. */
  since: string;
}

/** The lock file of an output folder: `<out>.lock` beside it. */
export function lockPath(outDir: string): string {
  const out = resolve(outDir);
  return join(dirname(out), `${basename(out)}.lock`);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Whether the file at `path` was last written more than `ms` ago (true when it is gone). */
function olderThan(path: string, ms: number): boolean {
  try {
    return Date.now() - statSync(path).mtimeMs > ms;
  } catch {
    return true;
  }
}

function readLock(path: string): LockInfo | undefined {
  try {
    const info = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockInfo>;
    return typeof info.pid === 'number' ? { pid: info.pid, host: String(info.host ?? ''), since: String(info.since ?? '') } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Creates the lock file exclusively, whole: written beside it first and
 * hard-linked into place, so a build that finds it always reads its holder
 * (an exclusive create followed by a write would let another build read it
 * empty). False when it exists. Where hard links are not supported, an
 * exclusive create and a write.
 */
function create(path: string, info: LockInfo): boolean {
  const text = `${JSON.stringify(info)}\n`;
  const staged = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}`;
  try {
    writeFileSync(staged, text, { flag: 'wx' });
    try {
      linkSync(staged, path);
      return true;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') return false;
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw error;
    } finally {
      rmSync(staged, { force: true });
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  let fd: number;
  try {
    fd = openSync(path, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(fd, text);
  } finally {
    closeSync(fd);
  }
  return true;
}

/** Lock files this process holds. */
const heldHere = new Set<string>();

/**
 * Removes the lock of `outDir` when its build is gone (same host, process
 * dead, or an unreadable lock more than five seconds old); the recovery at
 * the next start calls it, so a killed build leaves nothing behind.
 */
export function removeStaleLock(outDir: string): void {
  const path = lockPath(outDir);
  // A lock staged by a build that died before linking it (`dist.lock.PID.x`).
  const prefix = `${basename(path)}.`;
  try {
    for (const name of readdirSync(dirname(path))) {
      if (!name.startsWith(prefix)) continue;
      const pid = Number(name.slice(prefix.length).split('.')[0]);
      if (Number.isInteger(pid) && pid !== process.pid && !alive(pid)) rmSync(join(dirname(path), name), { force: true });
    }
  } catch {
    // The folder is unreadable: the build reports it.
  }
  if (heldHere.has(path) || !existsSync(path)) return;
  const held = readLock(path);
  const stale = held ? held.host === hostname() && (held.pid === process.pid || !alive(held.pid)) : olderThan(path, 5000);
  if (!stale) return;
  try {
    unlinkSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

export interface OutputLock {
  readonly path: string;
  /** Removes the lock (when it is still this process's). */
  release(): void;
}

/**
 * Takes the lock of `outDir` for this process, or throws a SiteError naming
 * the build that holds it. A lock whose process is gone (same host) is stale
 * and taken over; so is an unreadable one more than five seconds old (a
 * crash between creating and writing it).
 */
export function acquireOutputLock(outDir: string): OutputLock {
  const path = lockPath(outDir);
  mkdirSync(dirname(path), { recursive: true });
  const mine: LockInfo = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
  for (let attempt = 0; ; attempt++) {
    if (create(path, mine)) break;
    const held = readLock(path);
    if (heldHere.has(path)) {
      throw new SiteError({ stage: 'output', file: path, message: `a build in this process is already writing ${resolve(outDir)}`, hint: 'wait for the running build to finish' });
    }
    // A lock with this process's pid that this process does not hold was left by an earlier process given the same pid.
    const stale = held ? held.host === mine.host && (held.pid === process.pid || !alive(held.pid)) : olderThan(path, 5000);
    if (!stale || attempt > 2) {
      throw new SiteError({
        stage: 'output',
        file: path,
        message: held
          ? `another build (pid ${held.pid}${held.host !== mine.host ? ` on ${held.host}` : ''}, since ${held.since}) is writing ${resolve(outDir)}`
          : `the output folder ${resolve(outDir)} is locked`,
        hint: held && held.host !== mine.host
          ? `wait for it to finish; if no build is running on ${held.host}, delete ${path}`
          : `wait for it to finish, or stop it (kill ${held?.pid ?? 'PID'}); a lock of a build that died is taken over by the next build`,
      });
    }
    // The holder died: its lock is stale. Remove it and try again (another build may win the race: then it holds the lock).
    try {
      unlinkSync(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  heldHere.add(path);
  let released = false;
  return {
    path,
    release() {
      if (released) return;
      released = true;
      heldHere.delete(path);
      const held = readLock(path);
      if (held?.pid === mine.pid && held.since === mine.since) {
        try {
          unlinkSync(path);
        } catch {
          // Already gone.
        }
      }
    },
  };
}
