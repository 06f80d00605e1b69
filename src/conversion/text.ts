/**
 * Text conversion for one article and one output variant: `-{…}-` markup
 * first, then the glossary, then (with `repair`) source repair, then OpenCC.
 * Without markup, glossary or repair this is exactly the OpenCC converter.
 */
import { variantConverter, type Convert } from './converters.js';
import { applyGlossary, type Glossary } from './glossary.js';
import { renderSegments, scanMarkup, type Segment } from './markup.js';
import { repairer } from './repair.js';
import type { VariantId } from './variants.js';
import type { ConversionOptions } from './options.js';

export interface VariantTextOptions {
  /** The script the text is written in. */
  from: VariantId;
  /** The output variant. */
  to: VariantId;
  glossary?: Glossary | undefined;
  /** Repair naively converted source text first. */
  repair?: boolean | undefined;
  /** The site's conversion options (forms, vocabulary, quotes). */
  conversion?: Partial<ConversionOptions> | undefined;
}

/** The conversions of one source script into one variant. */
export interface VariantText {
  readonly to: VariantId;
  /** Prose without markup: glossary, repair, OpenCC. */
  prose: Convert;
  /** Text split by `scanMarkup`: markup resolved, the rest as prose. */
  markup: (segments: readonly Segment[]) => string;
  /** A whole string that may hold markup (a title, a summary, an image's alt text). */
  text: Convert;
}

function proseConverter(from: VariantId, to: VariantId, glossary: Glossary | undefined, repair: boolean, options: Partial<ConversionOptions> | undefined): Convert {
  const opencc = variantConverter(from, to, options);
  let base = opencc;
  if (repair) {
    const fix = repairer(from, options);
    base = (text) => opencc(fix(text));
  }
  if (!glossary || glossary.byText.size === 0) return base;
  return (text) => applyGlossary(glossary, text, to, base);
}

/** Builds the conversions from `from` to `to` (cheap: the OpenCC converters behind them are cached). */
export function variantText(opts: VariantTextOptions): VariantText {
  const { from, to, glossary } = opts;
  const options = opts.conversion;
  const prose = proseConverter(from, to, glossary, opts.repair === true, options);
  // A form given in markup is converted from its variant as a last resort, glossary included, never
  // repaired: the editor wrote it on purpose.
  const plain = opts.repair === true ? proseConverter(from, to, glossary, false, options) : prose;
  const convertFrom = (text: string, formVariant: VariantId) =>
    formVariant === from ? plain(text) : proseConverter(formVariant, to, glossary, false, options)(text);
  const markup = (segments: readonly Segment[]) => renderSegments(segments, to, prose, convertFrom);
  const text: Convert = (value) => (value.includes('-{') ? markup(scanMarkup(value).segments) : prose(value));
  return { to, prose, markup, text };
}
