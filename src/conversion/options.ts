/**
 * Conversion options (`conversion:` in the site config): which Traditional
 * character forms, which Taiwan vocabulary and which quotation marks the
 * variants get. Every key may also be given per variant:
 *
 *     conversion:
 *       forms: common          # common | opencc
 *       vocabulary: news       # news | computing (zh-TW)
 *       quotes: true           # 「」『』 on Traditional pages, “”‘’ on Simplified ones
 *       zh-HK: { quotes: false }
 */
import type { VariantId } from './variants.js';

/** `common`: the forms Traditional readers write (為 裡 著 才 吃 床 群 眾 台); `opencc`: OpenCC's standard forms (爲 裏 着 纔 喫 牀 羣 衆 臺). */
export type FormsOption = 'common' | 'opencc';
/** `news`: Taiwan vocabulary for general news (sense-dependent terms left standard); `computing`: OpenCC's Taiwan phrase table (軟體 程式 檔案 支援 釋出 …). */
export type VocabularyOption = 'news' | 'computing';

export interface VariantConversion {
  forms: FormsOption;
  vocabulary: VocabularyOption;
  /** Convert quotation marks to the target script's (“” ↔ 「」, ‘’ ↔ 『』). */
  quotes: boolean;
}

export interface ConversionOptions extends VariantConversion {
  /** Per-variant overrides. */
  variants?: Partial<Record<VariantId, Partial<VariantConversion>>>;
}

export const DEFAULT_CONVERSION: Readonly<VariantConversion> = Object.freeze({ forms: 'common', vocabulary: 'news', quotes: true });

/** OpenCC's own behaviour: standard forms, computing vocabulary, quotes as written. */
export const OPENCC_CONVERSION: Readonly<VariantConversion> = Object.freeze({ forms: 'opencc', vocabulary: 'computing', quotes: false });

/** The settings that apply to one variant. */
export function variantConversion(options: Partial<ConversionOptions> | undefined, variant: VariantId): VariantConversion {
  const base: VariantConversion = {
    forms: options?.forms ?? DEFAULT_CONVERSION.forms,
    vocabulary: options?.vocabulary ?? DEFAULT_CONVERSION.vocabulary,
    quotes: options?.quotes ?? DEFAULT_CONVERSION.quotes,
  };
  const own = options?.variants?.[variant];
  return own ? { ...base, ...Object.fromEntries(Object.entries(own).filter(([, v]) => v !== undefined)) } : base;
}

/** A stable key of the options (for caches). */
export function conversionKey(options: Partial<ConversionOptions> | undefined): string {
  if (!options) return '';
  const v = options.variants ? Object.entries(options.variants).sort(([a], [b]) => (a < b ? -1 : 1)) : [];
  return JSON.stringify([options.forms, options.vocabulary, options.quotes, v]);
}

export const FORMS_VALUES: readonly FormsOption[] = ['common', 'opencc'];
export const VOCABULARY_VALUES: readonly VocabularyOption[] = ['news', 'computing'];

/** A problem in a `conversion:` value, with the key path it is at (for its line). */
export interface OptionProblem {
  path: string[];
  message: string;
  hint: string;
  /** The problem is the key itself (an unknown key), not its value. */
  key?: boolean;
}

const VARIANT_KEYS = ['zh-Hant', 'zh-Hans', 'zh-TW', 'zh-HK', 'zh-CN'] as const;
const HINT = 'write e.g. conversion: { forms: common, vocabulary: news, quotes: true, zh-HK: { quotes: false } }';

function readSettings(data: Record<string, unknown>, path: string[], problems: OptionProblem[], allowVariants: boolean): Partial<ConversionOptions> {
  const out: Partial<ConversionOptions> = {};
  for (const [key, value] of Object.entries(data)) {
    const at = [...path, key];
    if (key === 'forms') {
      if (FORMS_VALUES.includes(value as FormsOption)) out.forms = value as FormsOption;
      else problems.push({ path: at, message: `conversion forms must be one of ${FORMS_VALUES.join(', ')}`, hint: 'common: the forms readers write (為 裡 著); opencc: OpenCC standard forms (爲 裏 着)' });
    } else if (key === 'vocabulary') {
      if (VOCABULARY_VALUES.includes(value as VocabularyOption)) out.vocabulary = value as VocabularyOption;
      else problems.push({ path: at, message: `conversion vocabulary must be one of ${VOCABULARY_VALUES.join(', ')}`, hint: 'news: Taiwan vocabulary for general news; computing: OpenCC’s Taiwan phrases (軟體, 程式, 檔案)' });
    } else if (key === 'quotes') {
      if (typeof value === 'boolean') out.quotes = value;
      else problems.push({ path: at, message: 'conversion quotes must be true or false', hint: 'true: 「」『』 on Traditional pages, “”‘’ on Simplified ones' });
    } else if (allowVariants && (VARIANT_KEYS as readonly string[]).some((v) => v.toLowerCase() === key.toLowerCase())) {
      const id = VARIANT_KEYS.find((v) => v.toLowerCase() === key.toLowerCase())!;
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        problems.push({ path: at, message: `conversion ${id} must be a mapping`, hint: HINT });
        continue;
      }
      const own = readSettings(value as Record<string, unknown>, at, problems, false);
      out.variants = { ...out.variants, [id]: own };
    } else {
      problems.push({ path: at, key: true, message: `unknown conversion key "${key}"`, hint: `known keys: forms, vocabulary, quotes${allowVariants ? ', and a variant id (zh-TW: { … })' : ''}` });
    }
  }
  return out;
}

/** Reads the config's `conversion:` value. */
export function readConversionOptions(value: unknown): { options: ConversionOptions; problems: OptionProblem[] } {
  const problems: OptionProblem[] = [];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    problems.push({ path: [], message: 'conversion must be a mapping', hint: HINT });
    return { options: { ...DEFAULT_CONVERSION }, problems };
  }
  const read = readSettings(value as Record<string, unknown>, [], problems, true);
  return { options: { ...DEFAULT_CONVERSION, ...read }, problems };
}
