/**
 * The search documents as JSON lines (`/search/documents.jsonl`, with
 * `search: { documents: true }`), for a search server (Meilisearch,
 * Typesense, OpenSearch) once an archive outgrows a static index: one
 * document per article, the same texts the static index reads (boilerplate
 * left out), in every variant, plus `folded` — the text folded the way the
 * browser folds queries (NFKC, lower case, Traditional → Simplified) — so a
 * server without script folding still matches either script.
 */
import type { VariantId } from '../conversion/variants.js';
import type { SearchDoc, SearchDocVariant } from './search-index.js';

/** One line per article, newest first; `baseUrl` makes the URLs absolute. */
export function documentsJsonl(docs: readonly SearchDoc[], fold: (text: string) => string, boilerplate: ReadonlySet<number>, baseUrl: string): string {
  const origin = baseUrl.replace(/\/+$/, '').replace(/^(https?:\/\/[^/]+).*$/, '$1');
  const ordered = [...docs].sort((a, b) => b.epoch - a.epoch || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return ordered.map((d) => {
    const variants: Record<string, unknown> = {};
    let folded = '';
    for (const [v, dv] of Object.entries(d.variants) as Array<[VariantId, SearchDocVariant]>) {
      const body = dv.blocks.filter((_, i) => !boilerplate.has(d.hashes[i] ?? 0));
      variants[v] = {
        title: dv.title, url: encodeURI(`${origin}${dv.url}`), summary: dv.summary, keywords: dv.keywords, meta: dv.meta,
        headings: body.filter(([k]) => k === 'h').map(([, t]) => t),
        body: body.map(([, t]) => t).join('\n'),
      };
      if (folded === '') folded = fold([dv.title, dv.summary, ...dv.keywords, ...dv.meta, ...body.map(([, t]) => t)].join('\n'));
    }
    return `${JSON.stringify({ id: d.id.replace(/[^A-Za-z0-9_-]/g, '_'), path: d.id, date: d.day, timestamp: d.epoch, variants, folded })}\n`;
  }).join('');
}
