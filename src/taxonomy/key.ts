/**
 * Keyword unification: the key that makes 英偉達, 英伟达 (and 輝達 where a
 * Taiwan-phrase variant is configured), GPU, gpu and ＧＰＵ one keyword.
 *
 * key = optional term mapper ( no spaces next to Han ( lower case ( variant folding ( to Simplified ( trim ( NFKC (text) ) ) ) ) ) )
 */
import { converter, type Convert } from '../conversion/converters.js';
import { VARIANTS, type VariantId } from '../conversion/variants.js';
import { foldKeyword } from '../content/keyword-text.js';

export { cleanKeyword, foldKeyword, isIndexableKeyword } from '../content/keyword-text.js';

/**
 * Maps a keyword key (NFKC, trimmed, Simplified, lower case) to the key it
 * should be unified with — e.g. a glossary's preferred term. Identity when absent.
 */
export type TermMapper = (key: string) => string;

/**
 * The converter that brings keywords written in `lang` to the unification
 * script (Simplified). Traditional text goes through Taiwan phrases (`twp`,
 * so 輝達 = 英伟达, 資料中心 = 数据中心) when the article is zh-TW or the
 * site publishes a Taiwan-phrase variant; Hong Kong text through `hk`;
 * Simplified text through `t` too, in case it mixes in Traditional characters.
 */
export function simplifiedConverter(lang: VariantId, variants: readonly VariantId[]): Convert {
  const v = VARIANTS[lang];
  if (v.script === 'Hans') return converter('t', 'cn');
  if (v.locale === 'hk') return converter('hk', 'cn');
  const taiwan = v.locale === 'twp' || variants.some((id) => VARIANTS[id].locale === 'twp');
  return converter(taiwan ? 'twp' : 't', 'cn');
}

/**
 * Hong Kong and Taiwan variant characters that OpenCC's Traditional → Simplified conversion leaves as they
 * are although their standard form converts (衞生署 stays 衞生署, 衛生署 becomes 卫生署), each with the
 * Simplified character of its standard form. Found by converting every character of U+3400–U+9FFF through
 * OpenCC's Hong Kong and Taiwan variant tables (hk → t, tw → t) and then t → cn; left out: 么 and 著, which
 * are also Simplified characters (什么, 著作). Without this, Hong Kong text's 衞生署 was cut 衞|生|署 by the
 * segmenter (衞 is not in its dictionary) and 生署 became a keyword, and 衞生署 and 衛生署 were two keywords.
 */
const VARIANT_FOLD: Readonly<Record<string, string>> = { 衞: '卫', 敍: '叙', 枱: '台', 痺: '痹', 簷: '檐', 粧: '妆', 糭: '粽', 衹: '只', 睪: '睾' };
const VARIANT_CHARS = new RegExp(`[${Object.keys(VARIANT_FOLD).join('')}]`, 'gu');

/** Simplified text with the variant characters conversion leaves (`VARIANT_FOLD`: 衞 → 卫) folded. */
export function foldVariants(text: string): string {
  return text.replace(VARIANT_CHARS, (ch) => VARIANT_FOLD[ch]!);
}

/**
 * The unification key of a keyword: folded (`foldKeyword`: NFKC, edge marks
 * trimmed), converted to Simplified (variants folded: `foldVariants`), lower case (Latin case-folded), then
 * passed through `mapTerm` (and folded again). Display names keep the
 * writer's punctuation (`cleanKeyword`); only the key is folded.
 * Returns '' for a keyword without letters or digits.
 */
export function keywordKey(text: string, toSimplified: Convert, mapTerm?: TermMapper): string {
  const clean = foldKeyword(text);
  if (!/[\p{L}\p{N}]/u.test(clean)) return '';
  let key = foldHanSpaces(foldVariants(foldKeyword(toSimplified(clean))).toLowerCase());
  if (mapTerm) key = foldHanSpaces(foldKeyword(mapTerm(key)).toLowerCase());
  return /[\p{L}\p{N}]/u.test(key) ? key : '';
}

/** Drops spaces next to Chinese characters, which Chinese text does not need: `GPU 芯片` = `GPU芯片`. */
function foldHanSpaces(key: string): string {
  return key.replace(/(?<=\p{Script=Han})\s+|\s+(?=\p{Script=Han})/gu, '');
}

/** A memoizing key function for one site: `(text, lang) → key`. */
export function keyFunction(variants: readonly VariantId[], mapTerm?: TermMapper): (text: string, lang: VariantId) => string {
  const cache = new Map<string, string>();
  return (text, lang) => {
    const id = `${lang}\u0000${text}`;
    let key = cache.get(id);
    if (key === undefined) {
      key = keywordKey(text, simplifiedConverter(lang, variants), mapTerm);
      cache.set(id, key);
    }
    return key;
  };
}
