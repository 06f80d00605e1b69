/** The site's sources: the Markdown files under content/. */
import { existsSync } from 'node:fs';
import { join, sep } from 'node:path';
import { SiteError } from '../core/errors.js';
import { listFiles } from '../core/fs.js';

export interface SourceFile {
  /** Path used in messages, relative to the site root, `/`-separated. */
  file: string;
  /** Absolute path to read. */
  path: string;
}

/**
 * The Markdown files under `<root>/content/`, sorted; a missing content/ folder is an error (pushed to `errors`).
 * `others` receives every other file under content/ (images, bundles' files), relative to it: one walk for both.
 */
export function findSources(root: string, errors: SiteError[], others?: string[]): SourceFile[] {
  const contentDir = join(root, 'content');
  if (!existsSync(contentDir)) {
    errors.push(new SiteError({ stage: 'read', file: 'content', message: 'the site has no content/ folder', hint: `create ${contentDir} and put Markdown articles in it` }));
  }
  let files: string[];
  try {
    const isSource = (n: string) => /\.(md|markdown)$/i.test(n);
    if (others) {
      files = [];
      for (const f of listFiles(contentDir)) (isSource(f) ? files : others).push(f);
    } else files = listFiles(contentDir, isSource);
  } catch (error) {
    if (!(error instanceof SiteError)) throw error;
    errors.push(new SiteError({ stage: 'read', file: 'content', message: 'content is a file; the site needs a content/ folder of Markdown articles', hint: `rename or remove the file ${contentDir}, and create the folder` }));
    return [];
  }
  // `f` is normalized (listFiles skips dot entries, so no `.` or `..` part): the names are concatenated, not joined
  // (path.join and path.relative for 4000 files cost more than the walk itself, and a warm build pays them).
  const under = sep === '/' ? (f: string) => `${contentDir}/${f}` : (f: string) => join(contentDir, f);
  return files.map((f) => ({ file: `content/${f}`, path: under(f) }));
}
