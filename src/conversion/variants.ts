/**
 * The Chinese script variants tongwen publishes, and the OpenCC locale behind each.
 */

/** A variant id, as written in config and front matter (BCP 47 tags). */
export type VariantId = 'zh-Hant' | 'zh-Hans' | 'zh-TW' | 'zh-HK' | 'zh-CN';

/** opencc-js locale names: `cn` Simplified, `t` OpenCC Traditional, `tw`/`twp` Taiwan (with phrases), `hk`/`hkp` Hong Kong (with phrases), `jp` Japanese Shinjitai. */
export type OpenccLocale = 'cn' | 't' | 'tw' | 'twp' | 'hk' | 'hkp' | 'jp';

export interface Variant {
  id: VariantId;
  /** URL prefix segment: lower case, so URLs are safe on case-insensitive file systems. */
  path: string;
  /** The OpenCC locale of text in this variant. */
  locale: OpenccLocale;
  /** Traditional or Simplified: which script family this variant writes. */
  script: 'Hant' | 'Hans';
  /** Name of the variant in its own script, for switchers. */
  label: string;
  /** Short name for compact switchers. */
  short: string;
}

export const VARIANTS: Readonly<Record<VariantId, Variant>> = {
  'zh-Hant': { id: 'zh-Hant', path: 'zh-hant', locale: 't', script: 'Hant', label: '繁體中文', short: '繁' },
  'zh-Hans': { id: 'zh-Hans', path: 'zh-hans', locale: 'cn', script: 'Hans', label: '简体中文', short: '简' },
  'zh-TW': { id: 'zh-TW', path: 'zh-tw', locale: 'twp', script: 'Hant', label: '臺灣正體', short: '臺' },
  'zh-HK': { id: 'zh-HK', path: 'zh-hk', locale: 'hk', script: 'Hant', label: '香港繁體', short: '港' },
  'zh-CN': { id: 'zh-CN', path: 'zh-cn', locale: 'cn', script: 'Hans', label: '大陆简体', short: '陆' },
};

export const VARIANT_IDS = Object.keys(VARIANTS) as VariantId[];

/** Finds a variant by id, ignoring case (`zh-hant` = `zh-Hant`); undefined when unknown. */
export function findVariant(id: string): Variant | undefined {
  const lower = id.trim().toLowerCase();
  return VARIANT_IDS.map((v) => VARIANTS[v]).find((v) => v.id.toLowerCase() === lower);
}

/**
 * The OpenCC locale pair that converts text written in one variant into
 * another — OpenCC's own configurations: Simplified ↔ Traditional with
 * phrases where a phrase variant is involved (s2twp, tw2sp), and between two
 * Traditional variants characters only (tw2t, t2hk…), so a zh-TW source keeps
 * its Taiwan vocabulary on zh-Hant and zh-HK pages; only the zh-TW variant
 * itself brings Taiwan phrases in (t2twp).
 */
export function variantLocales(from: VariantId, to: VariantId): [OpenccLocale, OpenccLocale] {
  const source = VARIANTS[from];
  const target = VARIANTS[to];
  if (from === to) return [source.locale, source.locale];
  return [source.locale === 'twp' && target.script === 'Hant' ? 'tw' : source.locale, target.locale];
}
