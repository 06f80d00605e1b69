/**
 * Quotation marks by script: Traditional pages use 「」 and 『』, Simplified
 * pages “” and ‘’ (`conversion.quotes`, on by default, per variant).
 *
 * Double marks map one to one. A single curly mark is also the English
 * apostrophe (don’t, the ’90s), so ‘ ’ become 『 』 only as a pair whose
 * content holds a Han character and no further single mark; in the reverse
 * direction 『』 always become ‘’. Only prose is converted: code, URLs and
 * attributes never reach this function.
 */
const HAN = /\p{Script=Han}/u;

/** Converts the quotation marks of `text` for a page in `script`. */
export function convertQuotes(text: string, script: 'Hant' | 'Hans'): string {
  if (script === 'Hant') {
    if (!/[“”‘’]/.test(text)) return text;
    let out = text.replace(/“/g, '「').replace(/”/g, '」');
    out = out.replace(/‘([^‘’]*)’/g, (whole, inner: string) => (HAN.test(inner) ? `『${inner}』` : whole));
    return out;
  }
  if (!/[「」『』]/.test(text)) return text;
  return text.replace(/「/g, '“').replace(/」/g, '”').replace(/『/g, '‘').replace(/』/g, '’');
}
