/**
 * Search outputs: each variant's `/{variant}/search.json` (keywords and where
 * the index is), the full-text index shared by the variants under
 * `/search/` (`search/search-index.ts`), and, when `search.documents` is on,
 * `/search/documents.jsonl` for a search server.
 */
import { VARIANTS, type VariantId } from '../conversion/variants.js';
import { searchData, searchNormalizer, siteCharMap } from '../search/search-data.js';
import { searchIndexFiles, type SearchDoc, type SearchDocVariant } from '../search/search-index.js';
import { documentsJsonl } from '../search/documents.js';
import { boilerplateSet } from '../taxonomy/blocks.js';
import type { SiteModel } from './model.js';
import { outputFile, type DataOutput } from './output-types.js';
import { homePath, searchDataPath } from './urls.js';

const pad = (n: number) => String(n).padStart(2, '0');

/** The articles as the index reads them: every variant's texts, keyword names and URL. */
export function searchDocs(model: SiteModel): SearchDoc[] {
  const { config, keywords } = model;
  return model.articles.map((a) => {
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
    return { id: a.id, epoch: date.epoch, day: `${date.year}-${pad(date.month)}-${pad(date.day)}`, variants, hashes: a.article.text?.hashes ?? [] };
  });
}

/** Every text the index holds, with its variant (for the character map). */
function* docTexts(docs: readonly SearchDoc[]): Generator<[string, VariantId]> {
  for (const d of docs) {
    for (const [v, dv] of Object.entries(d.variants) as Array<[VariantId, SearchDocVariant]>) {
      yield [dv.title, v];
      yield [dv.summary, v];
      for (const m of dv.meta) yield [m, v];
      for (const [, text] of dv.blocks) yield [text, v];
    }
  }
}

/** The variant's folder under the site: `zh-hant`. */
const dirOf = (v: VariantId) => VARIANTS[v].path.replace(/^\/+|\/+$/g, '');

/** One search.json per variant (config order), then the shared index files; one character map for all. */
export function searchDataOutputs(model: SiteModel): DataOutput[] {
  const { config, keywords } = model;
  const docs = searchDocs(model);
  const map = siteCharMap(keywords, docTexts(docs), config.variants, config.conversion);
  const indexPath = `${config.basePath}search/`;
  const dirs: Partial<Record<VariantId, string>> = {};
  for (const v of config.variants) dirs[v] = dirOf(v);
  const outputs: DataOutput[] = config.variants.map((v) => ({
    kind: 'search-data',
    variant: v,
    file: outputFile(searchDataPath(config.basePath, VARIANTS[v]), config.basePath),
    text: searchData(keywords, v, homePath(config.basePath, VARIANTS[v]), indexPath, dirs[v]!, map),
  }));
  const boilerplate = boilerplateSet(docs.map((d) => d.hashes));
  const fold = searchNormalizer(map);
  for (const f of searchIndexFiles(docs, fold, map, dirs, boilerplate)) outputs.push({ kind: 'search-index', variant: undefined, file: f.file, text: f.text });
  if (config.search?.documents) outputs.push({ kind: 'search-documents', variant: undefined, file: 'search/documents.jsonl', text: documentsJsonl(docs, fold, boilerplate, config.baseUrl) });
  return outputs;
}
