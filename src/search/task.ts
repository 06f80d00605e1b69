/**
 * The search-token task: the full-text index's per-document work
 * (`makeDocTokens`: folding and cutting every indexed text), in worker
 * threads, once the character map and the boilerplate are known. The main
 * thread sends the documents' texts and merges the results into the index
 * (`searchIndexFiles`), exactly as if it had tokenized them itself.
 * Results are compact across threads: one string of tokens, one byte per code.
 */
import type { Task } from '../core/task.js';
import { searchNormalizer } from './search-data.js';
import { keeper, makeDocTokens, packTokens, type PackedTokens, type SearchDoc } from './search-index.js';

export interface TokenSetup {
  /** The site's character map (search-data.ts). */
  map: string;
  /** The boilerplate block hashes. */
  boilerplate: number[];
}

/** A document as the task reads it: its variants' texts and its block hashes. */
export type TokenItem = Pick<SearchDoc, 'variants' | 'hashes'>;

/** A document's tokens, packed. */
export type TokenResult = PackedTokens;

let prepared: { setup: TokenSetup; fold: (text: string) => string; boilerplate: ReadonlySet<number> } | undefined;

export const task: Task<TokenSetup, TokenItem, TokenResult> = {
  url: import.meta.url,
  // Large batches: every batch goes out at once while the main thread builds the pages.
  batchSize: 1000,
  run: (setup, items) => {
    if (!prepared || prepared.setup.map !== setup.map || prepared.setup.boilerplate.join() !== setup.boilerplate.join()) {
      prepared = { setup, fold: searchNormalizer(setup.map), boilerplate: new Set(setup.boilerplate) };
    }
    const { fold, boilerplate } = prepared;
    return items.map((doc) => packTokens(makeDocTokens(doc, fold, keeper(doc, boilerplate))));
  },
};

/** The item of a document: its texts without URLs or source. */
export function tokenItem(doc: SearchDoc): TokenItem {
  const variants: TokenItem['variants'] = {};
  for (const [v, dv] of Object.entries(doc.variants) as Array<[keyof TokenItem['variants'], NonNullable<TokenItem['variants'][keyof TokenItem['variants']]>]>) {
    variants[v] = { title: dv.title, url: '', summary: dv.summary, keywords: dv.keywords, meta: dv.meta, blocks: dv.blocks };
  }
  return { variants, hashes: doc.hashes };
}
