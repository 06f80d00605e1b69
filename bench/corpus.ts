/**
 * The benchmark corpus as a tongwen site: generated once with
 * bench/make-corpus.mjs (deterministic; TONGWEN_CORPUS_SCRIPT overrides it)
 * and cached in .bench/.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (this file runs from lib/bench/). */
export const REPO = resolve(fileURLToPath(new URL('../../', import.meta.url)));

/** Generates the corpus as a tongwen site: articles → content/, images → static/images/. */
export function corpusSite(n: number): string {
  const corpusScript = process.env.TONGWEN_CORPUS_SCRIPT ?? join(REPO, 'bench', 'make-corpus.mjs');
  const site = join(REPO, '.bench', `site-${n}`);
  if (existsSync(join(site, 'content'))) return site;
  if (!existsSync(corpusScript)) throw new Error(`corpus generator not found at ${corpusScript} (set TONGWEN_CORPUS_SCRIPT)`);
  const gen = join(REPO, '.bench', `gen-${n}`);
  rmSync(gen, { recursive: true, force: true });
  rmSync(site, { recursive: true, force: true });
  execFileSync(process.execPath, [corpusScript, '--out', gen, '--count', String(n)], { stdio: 'inherit' });
  mkdirSync(join(site, 'static'), { recursive: true });
  renameSync(join(gen, 'articles'), join(site, 'content'));
  renameSync(join(gen, 'images'), join(site, 'static', 'images'));
  rmSync(gen, { recursive: true, force: true });
  return site;
}
