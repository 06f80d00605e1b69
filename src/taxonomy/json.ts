/**
 * `keywords.json`: the keyword index as data for apps and other sites —
 * every keyword and every article, sorted, one entry per line, so two builds
 * of the same content give the same bytes. The format is described in the
 * README ("keywords.json").
 */
import { compare } from '../core/errors.js';
import type { VariantId } from '../conversion/variants.js';
import type { KeywordIndex } from './keyword-index.js';

/** An article as keywords.json lists it. */
export interface JsonArticle {
  id: string;
  /** Publication date and time, ISO 8601 with offset. */
  date: string;
  lang: VariantId;
  /** Title and absolute URL in each variant. */
  variants: Partial<Record<VariantId, { title: string; url: string }>>;
}

/** Version of the format; raised when a field changes meaning or disappears. */
export const KEYWORDS_JSON_VERSION = 1;

/**
 * Serializes the index. `keywordUrl(slug, variant)` gives a keyword page's
 * absolute URL. Keywords are sorted by id, articles by id.
 */
export function keywordsJson(
  index: KeywordIndex,
  articles: readonly JsonArticle[],
  keywordUrl: (slug: string, variant: VariantId) => string,
): string {
  const variantsOf = <T>(make: (v: VariantId) => T) => Object.fromEntries(index.variants.map((v) => [v, make(v)])) as Record<VariantId, T>;
  const keywordLines = index.keywords.map((k) => JSON.stringify({
    id: k.id,
    slug: k.slug,
    names: variantsOf((v) => k.names[v]),
    urls: variantsOf((v) => keywordUrl(k.slug, v)),
    count: k.articles.length,
    auto: k.auto,
    articles: k.articles,
  }));
  const articleLines = [...articles]
    .sort((a, b) => compare(a.id, b.id))
    .map((a) => {
      const kw = index.ofArticle.get(a.id) ?? { ids: [], auto: false };
      const variants: Partial<Record<VariantId, { title: string; url: string }>> = {};
      for (const v of index.variants) if (a.variants[v]) variants[v] = a.variants[v];
      return JSON.stringify({ id: a.id, date: a.date, lang: a.lang, keywords: kw.ids, auto: kw.auto, variants });
    });
  const list = (lines: string[]) => (lines.length ? `[\n${lines.join(',\n')}\n]` : '[]');
  return `{"version":${KEYWORDS_JSON_VERSION},"variants":${JSON.stringify(index.variants)},\n"keywords":${list(keywordLines)},\n"articles":${list(articleLines)}}\n`;
}
