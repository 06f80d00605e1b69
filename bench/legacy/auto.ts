/**
 * Automatic keywords: for an article without keywords, up to five of its
 * candidate terms ranked by TF-IDF over the whole site. Terms are compared by
 * their unification key, so 英偉達 in one article and 英伟达 in another count
 * as one term; stop words, one-off terms and terms seen in a single article
 * are left out. Preferred: a term that is the whole text of a link in the
 * article (anchor text names the topic it links to), and a term that is
 * already a keyword elsewhere on the site (it links the article to an existing
 * keyword page). Terms scoring under half the best one are dropped, so an
 * article gets fewer than five keywords rather than weak ones.
 */
import { compare } from '../../src/core/errors.js';
import type { VariantId } from '../../src/conversion/variants.js';
import { STOP_WORDS } from './stop-words.js';
import type { ArticleTerms } from './terms.js';

export interface AutoKeywordOptions {
  /** Most keywords per article (default 5). */
  max?: number;
  /** Score factor for a term that is a written keyword elsewhere on the site (default 3). */
  vocabularyBoost?: number;
  /** A keyword's score must be at least this share of the article's best (default 0.5). */
  minShare?: number;
  /** Score factor for a term that is the whole text of a link in the article (default 10). */
  anchorBoost?: number;
}

/** One article's candidates, as the workers counted them. */
export interface TermDocument {
  /** Article id. */
  id: string;
  lang: VariantId;
  terms: ArticleTerms;
  /** Whether this article needs automatic keywords (it has none written). */
  wanted: boolean;
}

/** A chosen automatic keyword: its key, and the form it was written in (in the article's script). */
export interface AutoKeyword {
  key: string;
  surface: string;
  score: number;
}

const MIN_KEY_LENGTH = 2;

function usable(key: string): boolean {
  if (key === '' || STOP_WORDS.has(key)) return false;
  const chars = [...key];
  if (chars.length < MIN_KEY_LENGTH || /^[\p{N}.,%+-]+$/u.test(key)) return false;
  // A merged run that starts or ends with a stop word (已经发布, 发布了) is not a term.
  for (let n = 2; n <= 4 && n < chars.length; n++) {
    if (STOP_WORDS.has(chars.slice(0, n).join('')) || STOP_WORDS.has(chars.slice(-n).join(''))) return false;
  }
  return true;
}

/**
 * Picks automatic keywords for the `wanted` documents. `keyOf` gives the
 * unification key of a term written in a language; `vocabulary` holds the keys
 * of the site's written keywords. Deterministic: ties go to the smaller key.
 */
export function pickAutoKeywords(
  docs: readonly TermDocument[],
  keyOf: (text: string, lang: VariantId) => string,
  vocabulary: ReadonlySet<string>,
  opts: AutoKeywordOptions = {},
): Map<string, AutoKeyword[]> {
  const max = opts.max ?? 5;
  const boost = opts.vocabularyBoost ?? 3;
  const minShare = opts.minShare ?? 0.5;
  const anchorBoost = opts.anchorBoost ?? 10;
  const out = new Map<string, AutoKeyword[]>();
  if (!docs.some((d) => d.wanted)) return out;

  // Per document: key → [count, best surface, its count]; document frequency per key.
  const df = new Map<string, number>();
  const keyed = docs.map((doc) => {
    const m = new Map<string, { count: number; anchors: number; surface: string; surfaceCount: number }>();
    for (const [term, count, anchors] of doc.terms) {
      const key = keyOf(term, doc.lang);
      if (!usable(key)) continue;
      const e = m.get(key);
      if (!e) m.set(key, { count, anchors, surface: term, surfaceCount: count });
      else {
        e.count += count;
        e.anchors += anchors;
        if (count > e.surfaceCount || (count === e.surfaceCount && term < e.surface)) {
          e.surface = term;
          e.surfaceCount = count;
        }
      }
    }
    for (const key of m.keys()) df.set(key, (df.get(key) ?? 0) + 1);
    return m;
  });

  const n = docs.length;
  const minDf = n >= 3 ? 2 : 1;
  docs.forEach((doc, i) => {
    if (!doc.wanted) return;
    const scored: AutoKeyword[] = [];
    for (const [key, e] of keyed[i]!) {
      const d = df.get(key)!;
      if (d < minDf || (e.count < 2 && e.anchors === 0)) continue;
      const idf = Math.log(n / d);
      if (idf <= 0) continue;
      const score = (1 + Math.log(e.count)) * idf * (e.anchors > 0 ? anchorBoost : 1) * (vocabulary.has(key) ? boost : 1);
      scored.push({ key, surface: e.surface, score });
    }
    // Highest score first; on a tie the longer term (台积电 before 台积 and 积电).
    scored.sort((a, b) => b.score - a.score || b.key.length - a.key.length || compare(a.key, b.key));
    const chosen: AutoKeyword[] = [];
    const floor = (scored[0]?.score ?? 0) * minShare;
    for (const c of scored) {
      if (chosen.length >= max || c.score < floor) break;
      // Skip a term overlapping one already chosen (斯克 after 马斯克, 模型 after 大模型).
      if (chosen.some((k) => k.key.includes(c.key) || c.key.includes(k.key))) continue;
      chosen.push({ ...c, score: Math.round(c.score * 1000) / 1000 });
    }
    out.set(doc.id, chosen);
  });
  return out;
}
