/**
 * opencc-js converters, built once per process and per locale pair
 * (building one costs up to ~200 ms of dictionary loading).
 *
 * The converters come from opencc-js's own locale preset (the same
 * dictionaries and configurations as `OpenCC.Converter`), with the entries
 * tongwen maintains on top of it (`dictionaries.ts`) added to every
 * conversion into Simplified.
 */
import { ConverterBuilder, type DictGroup, type DictLike, type LocalePreset } from 'opencc-js/core';
import * as Preset from 'opencc-js/preset';
import { TS_CHARACTER_ADDITIONS } from './dictionaries.js';
import { VARIANTS, variantLocales, type OpenccLocale, type VariantId } from './variants.js';
import { formsOf } from './forms.js';
import { PhraseTable } from './phrase-table.js';
import { chainConverter, type Side } from './preset.js';
import { variantConversion, type ConversionOptions, type VariantConversion } from './options.js';
import { convertQuotes } from './quotes.js';
import { DEFAULT_PREFER, normalizePreferences } from './prefer.js';

export type Convert = (text: string) => string;

const identity: Convert = (text) => text;
const cache = new Map<string, Convert>();

/** opencc-js's `TSCharacters` dictionary (Traditional → Simplified characters), found through the t2s configuration. */
function tsCharacters(): DictLike {
  const dict = Preset.configs.t2s?.conversionChain[0]?.[1];
  if (dict === undefined) throw new Error('opencc-js preset has no t2s configuration');
  return dict;
}

function withAdditions(group: DictGroup, target: DictLike, additions: DictLike): DictGroup {
  return group.includes(target) ? [additions, ...group] : group;
}

let preset: LocalePreset | undefined;

/** opencc-js's preset with tongwen's additions in every group that holds `TSCharacters`. */
export function patchedPreset(): LocalePreset {
  if (preset) return preset;
  const ts = tsCharacters();
  const additions: DictLike = TS_CHARACTER_ADDITIONS.map(([a, b]) => [a, b] as [string, string]);
  const patchGroups = (groups: readonly DictGroup[]) => groups.map((g) => withAdditions(g, ts, additions));
  const to: Record<string, readonly DictGroup[]> = {};
  for (const [name, groups] of Object.entries(Preset.to)) to[name] = patchGroups(groups);
  const configs: NonNullable<LocalePreset['configs']> = {};
  for (const [name, config] of Object.entries(Preset.configs)) {
    configs[name] = { ...config, conversionChain: patchGroups(config.conversionChain) };
  }
  preset = { from: Preset.from, to, configs };
  return preset;
}

let build: ((options: { from: string; to: string }) => Convert) | undefined;

/** The converter from one OpenCC locale to another; identity when they are the same. */
export function converter(from: OpenccLocale, to: OpenccLocale): Convert {
  if (from === to) return identity;
  const key = `${from}>${to}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const made: Convert = configConverter(from, to) ?? (build ??= ConverterBuilder(patchedPreset()))({ from, to });
  cache.set(key, made);
  return made;
}

/** A group of serialized dictionaries (as opencc-js's `isDictGroup` of strings). */
const isStrings = (g: unknown): g is DictGroup => Array.isArray(g) && g.every((d) => typeof d === 'string' && (d === '' || d.includes(' ')));

/**
 * opencc-js's converter for a configured locale pair (its `ConverterBuilder`:
 * normalization, segmentation, then one trie per group) on PhraseTables,
 * which load faster and convert and segment as its tries do
 * (test/phrase-table.test.ts); undefined where the configuration has a shape
 * this does not mirror (opencc-js builds those).
 */
function configConverter(from: OpenccLocale, to: OpenccLocale): Convert | undefined {
  const config = patchedPreset().configs?.[configName(from, to)];
  if (!config) return undefined;
  const norm = (config as { normalizationChain?: readonly DictGroup[] }).normalizationChain;
  if (norm && !norm.every(isStrings)) return undefined;
  const table = (load: (t: PhraseTable) => void) => {
    const t = new PhraseTable();
    load(t);
    return t;
  };
  const seg = config.segmentation;
  const segmentation = seg ? table((t) => (isStrings(seg) ? t.loadDictGroup(seg) : t.loadDict(seg as DictLike))) : undefined;
  const chain = config.conversionChain.map((g) => table((t) => t.loadDictGroup(g)));
  const normalize = (norm ?? []).map((g) => table((t) => t.loadDictGroup(g)));
  return (text) => {
    const s = normalize.reduce((r, t) => t.convert(r), text);
    const pieces = segmentation ? segmentation.segment(s) : [s];
    return chain.reduce((ps, t) => ps.map((p) => t.convert(p)), pieces).join('');
  };
}

/** opencc-js's configuration name for a locale pair (as its `ConverterBuilder` names them). */
function configName(from: OpenccLocale, to: OpenccLocale): string {
  if (from === 'cn') return `s2${to}`;
  if (to === 'cn') return from === 'hkp' ? 'hk2sp' : from === 'twp' ? 'tw2sp' : `${from}2s`;
  return `${from}2${to}`;
}

const singleKeys = new WeakMap<DictGroup, Map<string, string>>();

/**
 * The entries of a dictionary group whose key is one code point, the first
 * dictionary winning (as in a trie loaded from the group), read without
 * building the group's phrase table: a scan of the dictionary text.
 */
function singleKeyTable(group: DictGroup): Map<string, string> {
  let table = singleKeys.get(group);
  if (table) return table;
  table = new Map();
  for (let k = group.length - 1; k >= 0; k--) {
    const d = group[k]!;
    if (typeof d === 'string') {
      for (let start = 0; start < d.length; ) {
        let end = d.indexOf('|', start);
        if (end < 0) end = d.length;
        const space = d.indexOf(' ', start);
        // A key of one code point: one unit, or a surrogate pair.
        if (space > start && space < end && (space - start === 1 || (space - start === 2 && d.codePointAt(start)! > 0xffff))) {
          const next = d.indexOf(' ', space + 1);
          table.set(d.slice(start, space), d.slice(space + 1, next < 0 || next > end ? end : next));
        }
        start = end + 1;
      }
    } else {
      for (const [a, b] of d) if (typeof a === 'string' && typeof b === 'string' && [...a].length === 1) table.set(a, b);
    }
  }
  singleKeys.set(group, table);
  return table;
}

const charCache = new Map<string, Convert>();

/**
 * The same as `converter(from, to)` for text of one code point (other text
 * goes to `converter`), without loading OpenCC's phrase tables: a single
 * character is one segment, and each dictionary group of the chain can only
 * match it whole, so only the groups' one-character entries matter. Where a
 * group makes it several characters (or none), the full converter decides.
 * For the search character map, which converts the site's characters one by one.
 */
export function characterConverter(from: OpenccLocale, to: OpenccLocale): Convert {
  if (from === to) return identity;
  const key = `${from}>${to}`;
  const hit = charCache.get(key);
  if (hit) return hit;
  const config = patchedPreset().configs?.[configName(from, to)];
  let made: Convert;
  if (!config) made = converter(from, to);
  else {
    const groups = [...((config as { normalizationChain?: readonly DictGroup[] }).normalizationChain ?? []), ...config.conversionChain].map(singleKeyTable);
    made = (text) => {
      const cp = text.codePointAt(0);
      if (cp === undefined || text.length !== (cp > 0xffff ? 2 : 1)) return converter(from, to)(text);
      let s = text;
      for (const table of groups) {
        const v = table.get(s);
        if (v === undefined) continue;
        const c = v.codePointAt(0);
        if (c === undefined || v.length !== (c > 0xffff ? 2 : 1)) return converter(from, to)(text);
        s = v;
      }
      return s;
    };
  }
  charCache.set(key, made);
  return made;
}

/** The side of a conversion that text in `variant` is on, under its conversion settings. */
export function variantSide(variant: VariantId, settings: VariantConversion): Side {
  const v = VARIANTS[variant];
  if (v.script === 'Hans') return { script: 'Hans' };
  // The default house style of each variant under the common forms (DEFAULT_PREFER: 臺 in Taiwan's names for zh-TW and
  // zh-Hant, 占 拚 for zh-TW); a site's own choice of the same choice wins.
  const defaults = settings.forms === 'opencc' ? [] : (DEFAULT_PREFER[v.id] ?? []);
  const named = defaults.length ? normalizePreferences([...defaults, ...(settings.prefer ?? [])]) : (settings.prefer ?? []);
  const prefer = named.length ? { prefer: named } : {};
  if (v.id === 'zh-TW') return { script: 'Hant', forms: formsOf('tw', settings.forms), vocabulary: settings.vocabulary, ...prefer };
  if (v.id === 'zh-HK') return { script: 'Hant', forms: formsOf('hk', settings.forms), ...prefer };
  return { script: 'Hant', forms: formsOf('t', settings.forms), ...prefer };
}

const variantCache = new Map<string, Convert>();

/**
 * The converter for text written in variant `from` shown in variant `to`,
 * under the site's conversion options (default: common forms, news
 * vocabulary, quotation marks by script): OpenCC's dictionaries with
 * tongwen's corrections, forms and vocabulary (`preset.ts`). Text in the
 * target variant itself only gets its quotation marks.
 */
export function variantConverter(from: VariantId, to: VariantId, options?: Partial<ConversionOptions>): Convert {
  const key = `${from}>${to}>${options ? JSON.stringify(options) : ''}`;
  const hit = variantCache.get(key);
  if (hit) return hit;
  const target = variantConversion(options, to);
  const source = variantConversion(options, from);
  const base: Convert = from === to ? identity : chainConverter(variantSide(from, source), variantSide(to, target));
  const script = VARIANTS[to].script;
  const made: Convert = target.quotes ? (text) => convertQuotes(base(text), script) : base;
  variantCache.set(key, made);
  return made;
}

/** Same as `variantConverter` (the name used in the conversion docs). */
export const tongwenConverter = variantConverter;

/** OpenCC's plain locale pair behind two variants (no tongwen forms, vocabulary or corrections), e.g. for yardsticks. */
export function openccVariantConverter(from: VariantId, to: VariantId): Convert {
  return converter(...variantLocales(from, to));
}

/** OpenCC configuration names (as in OpenCC's own test cases) and the locale pair that implements each. */
export const OPENCC_CONFIGS: Readonly<Record<string, readonly [OpenccLocale, OpenccLocale]>> = {
  s2t: ['cn', 't'],
  s2tw: ['cn', 'tw'],
  s2twp: ['cn', 'twp'],
  s2hk: ['cn', 'hk'],
  s2hkp: ['cn', 'hkp'],
  t2s: ['t', 'cn'],
  tw2s: ['tw', 'cn'],
  tw2sp: ['twp', 'cn'],
  hk2s: ['hk', 'cn'],
  hk2sp: ['hkp', 'cn'],
  t2tw: ['t', 'tw'],
  t2hk: ['t', 'hk'],
  tw2t: ['tw', 't'],
  hk2t: ['hk', 't'],
  t2jp: ['t', 'jp'],
  jp2t: ['jp', 't'],
};

/** One-to-one character table of an opencc-js dictionary (first value of each entry). */
function charTable(dict: DictLike | undefined): Map<string, string> {
  const out = new Map<string, string>();
  if (dict === undefined) return out;
  const pairs = typeof dict === 'string' ? dict.split('|').map((e) => e.split(' ') as [string, string?]) : dict;
  for (const [from, to] of pairs) if (to !== undefined && [...from].length === 1) out.set(from, to);
  return out;
}

let tables: { st: Map<string, string>; ts: Map<string, string> } | undefined;

/** opencc-js's character tables: Simplified → Traditional (`st`) and Traditional → Simplified (`ts`, with tongwen's additions). */
export function characterTables(): { st: ReadonlyMap<string, string>; ts: ReadonlyMap<string, string> } {
  if (tables) return tables;
  const st = charTable(Preset.configs.s2t?.conversionChain[0]?.at(-1));
  const ts = charTable(tsCharacters());
  for (const [a, b] of TS_CHARACTER_ADDITIONS) ts.set(a, b);
  tables = { st, ts };
  return tables;
}

let phrases: PhraseTable | undefined;

/** A trie of OpenCC's Simplified → Traditional phrases (the segmentation of s2tw): which words the phrase dictionary settles. */
export function simplifiedPhraseTrie(): PhraseTable {
  if (phrases) return phrases;
  const seg = Preset.configs.s2tw?.segmentation;
  const trie = new PhraseTable();
  if (Array.isArray(seg) && seg.every((d) => typeof d === 'string')) trie.loadDictGroup(seg as DictGroup);
  else if (seg !== undefined) trie.loadDict(seg as DictLike);
  phrases = trie;
  return trie;
}

const OPENCC_SIDES: Readonly<Record<string, readonly [Side, Side]>> = {
  s2t: [{ script: 'Hans' }, { script: 'Hant', forms: 't' }],
  s2tw: [{ script: 'Hans' }, { script: 'Hant', forms: 'tw' }],
  s2twp: [{ script: 'Hans' }, { script: 'Hant', forms: 'tw', vocabulary: 'computing' }],
  s2hk: [{ script: 'Hans' }, { script: 'Hant', forms: 'hk' }],
  t2s: [{ script: 'Hant', forms: 't' }, { script: 'Hans' }],
  tw2s: [{ script: 'Hant', forms: 'tw' }, { script: 'Hans' }],
  tw2sp: [{ script: 'Hant', forms: 'tw', vocabulary: 'computing' }, { script: 'Hans' }],
  hk2s: [{ script: 'Hant', forms: 'hk' }, { script: 'Hans' }],
  t2tw: [{ script: 'Hant', forms: 't' }, { script: 'Hant', forms: 'tw' }],
  t2hk: [{ script: 'Hant', forms: 't' }, { script: 'Hant', forms: 'hk' }],
  tw2t: [{ script: 'Hant', forms: 'tw' }, { script: 'Hant', forms: 't' }],
  hk2t: [{ script: 'Hant', forms: 'hk' }, { script: 'Hant', forms: 't' }],
};

/**
 * tongwen's converter for an OpenCC configuration name under `forms: opencc,
 * vocabulary: computing` (the chains the variants use, corrections
 * included); configurations no variant uses (s2hkp, t2jp …) are OpenCC's own.
 */
export function openccConfigConverter(name: string): Convert {
  const sides = OPENCC_SIDES[name];
  if (sides) return chainConverter(sides[0], sides[1]);
  const pair = OPENCC_CONFIGS[name];
  if (!pair) throw new Error(`configuration ${name} is not supported`);
  return converter(pair[0], pair[1]);
}
