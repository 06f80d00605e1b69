/**
 * The identity of an article context: a hash of what processing an article
 * depends on, so that a cache (keyed by this hash and the article's bytes)
 * knows when a stored result is still valid. Positions of glossary entries
 * (file, line, column) are left out: they are for messages and change no
 * output, so moving an entry inside glossary.yaml invalidates nothing.
 */
import { createHash } from 'node:crypto';
import { canonicalJson } from '../core/data.js';
import type { GlossaryEntry } from '../conversion/glossary.js';
import type { ArticleContext } from './process.js';

/** A glossary entry without where it was written. */
function semanticEntry({ file: _file, line: _line, column: _column, ...entry }: GlossaryEntry): Omit<GlossaryEntry, 'file' | 'line' | 'column'> {
  return entry;
}

/** Hex SHA-256 of the context's semantic content (canonical JSON; glossary entries without their positions). */
export function contextHash(ctx: ArticleContext): string {
  const semantic = { ...ctx, glossary: ctx.glossary?.map(semanticEntry) };
  return createHash('sha256').update(canonicalJson(semantic)).digest('hex');
}
