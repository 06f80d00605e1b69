/**
 * Conversion options (`conversion:` in the site config): which Traditional
 * character forms, which Taiwan vocabulary and which quotation marks the
 * variants get. Every key may also be given per variant:
 *
 *     conversion:
 *       forms: common          # common | opencc
 *       vocabulary: news       # news | computing (zh-TW)
 *       quotes: true           # 「」『』 on Traditional pages, “”‘’ on Simplified ones
 *       prefer: [臺, 甚麼]      # house style: the variant spellings the site writes (prefer.ts)
 *       zh-HK: { quotes: false, prefer: [裡] }
 *
 * `prefer: learn` (or `learn` among the forms: `prefer: [learn, 臺]`, the
 * forms named winning) learns the house style from the site's own
 * Traditional articles (site-wide: all of them; per variant: those written
 * in that variant) when the build starts (article/house-style.ts): the
 * options the articles and pages see are resolved, concrete lists
 * (`resolveLearned`), never `learn`.
 */
import type { VariantId } from './variants.js';
import { PREFERENCE_CHOICES, choiceOf, normalizePreferences } from './prefer.js';

/** `common`: the forms Traditional readers write (為 裡 著 才 吃 床 群 眾 台); `opencc`: OpenCC's standard forms (爲 裏 着 纔 喫 牀 羣 衆 臺). */
export type FormsOption = 'common' | 'opencc';
/** `news`: Taiwan vocabulary for general news (sense-dependent terms left standard); `computing`: OpenCC's Taiwan phrase table (軟體 程式 檔案 支援 釋出 …). */
export type VocabularyOption = 'news' | 'computing';

export interface VariantConversion {
  forms: FormsOption;
  vocabulary: VocabularyOption;
  /** Convert quotation marks to the target script's (“” ↔ 「」, ‘’ ↔ 『』). */
  quotes: boolean;
  /** House style: the preferred form of each variant-spelling choice (臺, 裏, 甚麼 …; prefer.ts), canonical order. */
  prefer?: readonly string[];
  /** `prefer: learn`: the house style is learned from the site's Traditional articles (resolved before any conversion). */
  learn?: true;
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
  const merged: VariantConversion = own ? { ...base, ...Object.fromEntries(Object.entries(own).filter(([k, v]) => v !== undefined && k !== 'prefer' && k !== 'learn')) } : base;
  // Preferences merge by choice: the variant's own choice wins over the site-wide one.
  const prefer = normalizePreferences([...(options?.prefer ?? []), ...(own?.prefer ?? [])]);
  if (prefer.length) merged.prefer = prefer;
  delete merged.learn;
  return merged;
}

/** Whether any part of the options asks to learn the house style (`prefer: learn`). */
export function learnsPreferences(options: Partial<ConversionOptions> | undefined): boolean {
  return Boolean(options?.learn || Object.values(options?.variants ?? {}).some((v) => v?.learn));
}

/** The house style learned for the site (`site`: from all its Traditional articles) and per variant (from that variant's). */
export interface LearnedPreferences {
  site: readonly string[];
  variants: Partial<Record<VariantId, readonly string[]>>;
}

/**
 * The options with every `learn` replaced by what was learned: the learned
 * forms first, the forms the config names after them (they win by choice).
 */
export function resolveLearned(options: ConversionOptions, learned: LearnedPreferences): ConversionOptions {
  const resolve = (o: Partial<VariantConversion>, forms: readonly string[] | undefined): Partial<VariantConversion> => {
    if (!o.learn) return o;
    const { learn: _learn, prefer: named, ...rest } = o;
    const prefer = normalizePreferences([...(forms ?? []), ...(named ?? [])]);
    return prefer.length ? { ...rest, prefer } : rest;
  };
  const { variants, ...site } = options;
  const out = resolve(site, learned.site) as ConversionOptions;
  if (variants) out.variants = Object.fromEntries(Object.entries(variants).map(([id, v]) => [id, resolve(v ?? {}, learned.variants[id as VariantId])]));
  return out;
}

/** A stable key of the options (for caches). */
export function conversionKey(options: Partial<ConversionOptions> | undefined): string {
  if (!options) return '';
  if (learnsPreferences(options)) return JSON.stringify(['learn', options]);
  const v = options.variants ? Object.entries(options.variants).sort(([a], [b]) => (a < b ? -1 : 1)) : [];
  return options.prefer?.length || v.some(([, o]) => o?.prefer?.length)
    ? JSON.stringify([options.forms, options.vocabulary, options.quotes, v, options.prefer ?? []])
    : JSON.stringify([options.forms, options.vocabulary, options.quotes, v]);
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
const HINT = 'write e.g. conversion: { forms: common, vocabulary: news, quotes: true, prefer: [臺], zh-HK: { quotes: false } }';
const PREFER_HINT = `write the forms the site writes, one per choice, e.g. prefer: [臺, 甚麼], or prefer: learn (learned from the site's Traditional articles); the choices: ${PREFERENCE_CHOICES.map((c) => c.id).join(', ')}`;

/** The word of `prefer: learn`. */
export const LEARN = 'learn';

function readPrefer(value: unknown, at: string[], problems: OptionProblem[]): { prefer: string[]; learn: boolean } | undefined {
  if (typeof value === 'string' && value.trim().toLowerCase() === LEARN) return { prefer: [], learn: true };
  if (!Array.isArray(value)) {
    problems.push({ path: at, message: 'conversion prefer must be a list of preferred forms', hint: typeof value === 'string' ? `write prefer: [${value}] (a list, in brackets), or prefer: learn` : PREFER_HINT });
    return undefined;
  }
  const out: string[] = [];
  const seen = new Map<string, string>();
  let learn = false;
  value.forEach((item, i) => {
    const place = [...at, String(i)];
    const form = typeof item === 'string' || typeof item === 'number' ? String(item).trim() : undefined;
    if (form?.toLowerCase() === LEARN) {
      learn = true;
      return;
    }
    const choice = form === undefined ? undefined : choiceOf(form);
    if (form === undefined || choice === undefined) {
      const near = form === undefined ? undefined : PREFERENCE_CHOICES.find((c) => c.forms.some((f) => f.includes(form) || form.includes(f)));
      problems.push({
        path: place,
        message: `conversion prefer: ${form === undefined ? 'each item must be a form such as 臺' : `"${form}" is not a form tongwen can prefer`}`,
        hint: near ? `did you mean one of ${near.forms.join(', ')} (the choice ${near.id})?` : PREFER_HINT,
      });
      return;
    }
    const earlier = seen.get(choice.id);
    if (earlier !== undefined) {
      problems.push({ path: place, message: `conversion prefer: "${form}" and "${earlier}" are two forms of one choice (${choice.id})`, hint: `keep the one the site writes: prefer: [${earlier}] or prefer: [${form}]` });
      return;
    }
    seen.set(choice.id, form);
    out.push(form);
  });
  return { prefer: normalizePreferences(out), learn };
}

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
    } else if (key === 'prefer') {
      const read = readPrefer(value, at, problems);
      if (read) {
        out.prefer = read.prefer;
        if (read.learn) out.learn = true;
      }
    } else if (allowVariants && (VARIANT_KEYS as readonly string[]).some((v) => v.toLowerCase() === key.toLowerCase())) {
      const id = VARIANT_KEYS.find((v) => v.toLowerCase() === key.toLowerCase())!;
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        problems.push({ path: at, message: `conversion ${id} must be a mapping`, hint: HINT });
        continue;
      }
      const own = readSettings(value as Record<string, unknown>, at, problems, false);
      out.variants = { ...out.variants, [id]: own };
    } else {
      problems.push({ path: at, key: true, message: `unknown conversion key "${key}"`, hint: `known keys: forms, vocabulary, quotes, prefer${allowVariants ? ', and a variant id (zh-TW: { … })' : ''}` });
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
