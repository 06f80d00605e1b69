/**
 * Search outputs: each variant's `/{variant}/search.json` (keywords and where
 * the index is), the full-text index shared by the variants under
 * `/search/` (`search/search-index.ts`), and, when `search.documents` is on,
 * `/search/documents.jsonl` for a search server.
 */
import { VARIANTS, type VariantId } from '../conversion/variants.js';
import { searchData, searchNormalizer, siteCharMap } from '../search/search-data.js';
import { docsToTokenize, searchIndexFiles, type IndexState, type PackedTokens, type SearchDoc, type SearchDocVariant } from '../search/search-index.js';
import { documentsJsonl } from '../search/documents.js';
import { boilerplateSet } from '../taxonomy/blocks.js';
import type { SiteModel } from './model.js';
import { outputFile, type DataOutput } from './output-types.js';
import { homePath, searchDataPath } from './urls.js';

const pad = (n: number) => String(n).padStart(2, '0');

/** The articles as the index reads them: every variant's texts, keyword names and URL. */
export function searchDocs(model: SiteModel): SearchDoc[] {
  return model.articles.map((a) => searchDoc(model, a));
}

/** One article as the index reads it. */
export function searchDoc(model: Pick<SiteModel, 'config' | 'keywords'>, a: SiteModel['articles'][number]): SearchDoc {
  const { config, keywords } = model;
  {
    const { date } = a.article.meta;
    const ids = keywords.ofArticle.get(a.id)?.ids ?? [];
    const variants: SearchDoc['variants'] = {};
    for (const v of config.variants) {
      const av = a.article.variants[v];
      const url = a.paths[v];
      if (!av || url === undefined) continue;
      const doc: SearchDocVariant = {
        title: av.title,
        url,
        summary: av.summary,
        keywords: ids.map((id) => keywords.byId.get(id)?.names[v] ?? id),
        meta: [av.category, av.author, av.source].filter((x): x is string => x !== undefined),
        blocks: a.article.text?.blocks[v] ?? [],
      };
      variants[v] = doc;
    }
    return { id: a.id, epoch: date.epoch, day: `${date.year}-${pad(date.month)}-${pad(date.day)}`, variants, hashes: a.article.text?.hashes ?? [], source: a.article.meta };
  }
}

/** The texts of a document's variant that the character map reads. */
function* variantTexts(dv: SearchDocVariant): Generator<string> {
  yield dv.title;
  yield dv.summary;
  yield* dv.meta;
  for (const [, text] of dv.blocks) yield text;
}

/**
 * A document's Han characters per variant (as `charMap` folds them: NFKC,
 * lower case), each once, in order of first occurrence: `charMap` of these,
 * document after document, is `charMap` of all the texts (the same
 * characters, first seen in the same order). Kept by the document's source
 * (its processed article's metadata, never changed) with the summaries and
 * metadata it was made from, so a dev server's rebuild reads again only the
 * articles that changed.
 */
const charsOf = new WeakMap<object, { sig: string; chars: Array<[string, VariantId]> }>();

export function docChars(d: SearchDoc, remember = true): Array<[string, VariantId]> {
  if (!remember) return hanChars(d);
  const sig = d.source ? JSON.stringify(Object.entries(d.variants).map(([v, dv]) => [v, dv.title, dv.summary, dv.meta, dv.blocks.length])) : '';
  const known = d.source ? charsOf.get(d.source) : undefined;
  if (known && known.sig === sig) return known.chars;
  const chars = hanChars(d);
  if (d.source) charsOf.set(d.source, { sig, chars });
  return chars;
}

/** `docChars` made afresh. */
function hanChars(d: SearchDoc): Array<[string, VariantId]> {
  return (Object.entries(d.variants) as Array<[VariantId, SearchDocVariant]>).map(([v, dv]): [string, VariantId] => {
    const seen = new Set<string>();
    for (const text of variantTexts(dv)) addHanChars(text, seen);
    return [[...seen].join(''), v];
  });
}

/**
 * Adds to `seen`, in order of first occurrence, the Han characters of `text` as `charMap` folds it (NFKC, lower
 * case, then every `\p{Script=Han}` character): the same characters in the same order as
 * `text.normalize('NFKC').toLowerCase().matchAll(/\p{Script=Han}+/gu)` gives, without normalizing the whole text.
 * No code point below U+2E80 folds to a Han character, nor does folding change one of the CJK Unified Ideographs
 * (U+4E00–U+9FFF), and a Han character takes part in no composition: those are taken as they are, every other code
 * point at or after U+2E80 is folded alone (test/search-chars.test.ts checks the equivalence).
 */
export function addHanChars(text: string, seen: Set<string>): void {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x2e80) continue;
    if (c >= 0x4e00 && c <= 0x9fff) {
      seen.add(text[i]!);
      continue;
    }
    const cp = text.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    if (cp > 0xffff) i++;
    for (const m of ch.normalize('NFKC').toLowerCase().matchAll(/\p{Script=Han}+/gu)) for (const h of m[0]) seen.add(h);
  }
}

/** Every document's characters, with their variant (for the character map). */
function* docTexts(docs: readonly SearchDoc[], remember: boolean): Generator<[string, VariantId]> {
  for (const d of docs) yield* docChars(d, remember);
}

/** The variant's folder under the site: `zh-hant`. */
export const dirOf = (v: VariantId) => VARIANTS[v].path.replace(/^\/+|\/+$/g, '');

/** What the search outputs are made from: the documents, the character map, the boilerplate and the documents whose tokens are to be made. */
export interface SearchPlan {
  docs: SearchDoc[];
  map: string;
  boilerplate: Set<number>;
  /** The documents no earlier build of this process tokenized with this map and boilerplate (`docsToTokenize`). */
  pending: SearchDoc[];
  /** Whether the documents' characters and tokens are kept for a next build of this process (default true). */
  remember: boolean;
}

/**
 * The first half of the search outputs: documents, character map, boilerplate. `remember: false`, for a build that
 * is the last of its process (a one-off build): nothing is kept by document for a next build (every document is
 * pending), so the documents' characters and tokens are not held while the pages render.
 */
export function searchPlan(model: SiteModel, opts: { remember?: boolean } = {}): SearchPlan {
  const { config, keywords } = model;
  const remember = opts.remember ?? true;
  const docs = searchDocs(model);
  const map = siteCharMap(keywords, docTexts(docs, remember), config.variants, config.conversion);
  const boilerplate = boilerplateSet(docs.map((d) => d.hashes));
  return { docs, map, boilerplate, pending: docsToTokenize(docs, map, boilerplate, remember), remember };
}

/**
 * One search.json per variant (config order), then the shared index files;
 * one character map for all. `plan` from `searchPlan(model)`, `made` the
 * tokens of its pending documents when made elsewhere (the search-token task).
 */
export function searchDataOutputs(model: SiteModel, plan: SearchPlan = searchPlan(model), made?: ReadonlyMap<SearchDoc, PackedTokens>, keepState?: (state: IndexState) => void): DataOutput[] {
  const { config, keywords } = model;
  const { docs, map, boilerplate } = plan;
  const indexPath = `${config.basePath}search/`;
  const dirs: Partial<Record<VariantId, string>> = {};
  for (const v of config.variants) dirs[v] = dirOf(v);
  const outputs: DataOutput[] = config.variants.map((v) => ({
    kind: 'search-data',
    variant: v,
    file: outputFile(searchDataPath(config.basePath, VARIANTS[v]), config.basePath),
    text: searchData(keywords, v, homePath(config.basePath, VARIANTS[v]), indexPath, dirs[v]!, map),
  }));
  const fold = searchNormalizer(map);
  for (const f of searchIndexFiles(docs, fold, map, dirs, boilerplate, made, keepState, plan.remember)) outputs.push({ kind: 'search-index', variant: undefined, file: f.file, text: f.text });
  if (config.search?.documents) outputs.push({ kind: 'search-documents', variant: undefined, file: 'search/documents.jsonl', text: documentsJsonl(docs, fold, boilerplate, config.baseUrl) });
  return outputs;
}
