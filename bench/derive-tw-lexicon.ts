/**
 * Derives src/conversion/tw-lexicon.ts, the words zh-TW pages write as
 * Taiwan writes them, from McBopomofo's phrase frequencies (Taiwan text):
 *
 *   node lib/bench/derive-tw-lexicon.js PATH/TO/McBopomofo/Source/Data/phrase.occ > src/conversion/tw-lexicon.ts
 *
 * (phrase.occ of openvanilla/McBopomofo, MIT; the generated file names the
 * commit given as COMMIT=… in the environment). The rule, the same for every word:
 *
 * 1. Every word of 2–6 Han characters is converted to Simplified as zh-TW
 *    text (tongwen's zh-TW → zh-Hans); words meeting in one Simplified form
 *    compete (回歸 342 and 迴歸 21 both give 回归).
 * 2. The most frequent Taiwan form wins if it is seen at least MIN_COUNT
 *    times and at least RATIO times as often as all its competitors together,
 *    tongwen's current zh-TW output counted as a competitor too.
 * 3. Where tongwen's zh-TW page of that Simplified form differs from the
 *    winner, the winner becomes an entry: its Simplified form, the OpenCC
 *    standard Traditional that tongwen's Simplified → Traditional step
 *    writes for it (the key the zh-TW vocabulary step sees), and the winner.
 * 4. Words whose difference lies in a form tongwen decides by policy
 *    (台/臺, 盡/儘, 污/汙, 溼/濕, 畫/劃, 岩/巖: src/conversion/forms.ts and vocabulary.ts;
 *    占/佔 and 拚/拼: the zh-TW house style, src/conversion/prefer.ts,
 *    each decided on measured Taiwan text) are left to that policy, and so
 *    are 干/乾/幹 and 里/裡, which depend on the words around them more than
 *    on the word (干了 幹了 乾了; 海里 the nautical mile, 海裡 “in the sea”):
 *    OpenCC's phrases and the corrections settle those.
 * 5. Where OpenCC's Taiwan phrases wrote tongwen's current output (调制 →
 *    調變, modulation) and the lexicon does not know that output, the
 *    phrase stays: the lexicon's silence is no count (its computing-only
 *    phrases are dropped by name in vocabulary.ts instead).
 *
 * Entries already in the lexicon stay while the counts still make them win
 * (so the derivation gives the same file when run with the lexicon in place).
 */
import { readFileSync } from 'node:fs';
import { variantConverter } from '../src/conversion/converters.js';
import { chainConverter } from '../src/conversion/preset.js';
import { TW_LEXICON } from '../src/conversion/tw-lexicon.js';

export const MIN_COUNT = 20;
export const RATIO = 3;
/** Pairs of forms decided by policy, not by these counts (台/臺, but 櫃台/櫃檯 by the counts). */
const POLICY = new Set(['台臺', '盡儘', '污汙', '溼濕', '畫劃', '占佔', '拼拚', '岩巖', '干乾', '干幹', '乾幹', '里裡', '里裏', '裡裏'].flatMap((p) => [p, [...p].reverse().join('')]));

export interface LexiconEntry {
  simplified: string;
  standard: string;
  taiwan: string;
  count: number;
  competitors: number;
}

/** Word → count from phrase.occ text (`word count` lines). */
export function readOccurrences(text: string): Map<string, number> {
  const occ = new Map<string, number>();
  for (const line of text.split('\n')) {
    const [w, n] = line.split(' ');
    if (!w || n === undefined || !/^\p{Script=Han}{2,6}$/u.test(w)) continue;
    occ.set(w, Math.max(occ.get(w) ?? 0, Number(n)));
  }
  return occ;
}

export function deriveLexicon(occ: ReadonlyMap<string, number>): LexiconEntry[] {
  const opts = { quotes: false };
  const toSimplified = variantConverter('zh-TW', 'zh-Hans', opts);
  const toTaiwan = variantConverter('zh-Hans', 'zh-TW', opts);
  const toStandard = chainConverter({ script: 'Hans' }, { script: 'Hant', forms: 't' });
  const withoutVocabulary = chainConverter({ script: 'Hans' }, { script: 'Hant', forms: 'twc' });
  const current = new Set(TW_LEXICON.map(([s]) => s));
  const bySimplified = new Map<string, Array<[string, number]>>();
  for (const [w, n] of occ) {
    const s = toSimplified(w);
    const list = bySimplified.get(s) ?? [];
    list.push([w, n]);
    bySimplified.set(s, list);
  }
  const out: LexiconEntry[] = [];
  for (const [s, words] of bySimplified) {
    words.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const [taiwan, count] = words[0]!;
    const got = toTaiwan(s);
    if (count < MIN_COUNT) continue;
    if (got === taiwan && !current.has(s)) continue;
    if (!occ.has(got) && got !== withoutVocabulary(s)) continue;
    const competitors = words.slice(1).reduce((t, [, n]) => t + n, 0) + (words.some(([w]) => w === got) ? 0 : (occ.get(got) ?? 0));
    if (count < RATIO * competitors) continue;
    const x = [...taiwan];
    const y = [...got];
    if (x.length === y.length && x.some((c, i) => POLICY.has(c + y[i]!))) continue;
    out.push({ simplified: s, standard: toStandard(s), taiwan, count, competitors });
  }
  // One entry per standard key (two Simplified words that OpenCC writes alike: neither).
  const keys = new Map<string, number>();
  for (const e of out) keys.set(e.standard, (keys.get(e.standard) ?? 0) + 1);
  return out.filter((e) => keys.get(e.standard) === 1).sort((a, b) => (a.simplified < b.simplified ? -1 : a.simplified > b.simplified ? 1 : 0));
}

function main() {
  const path = process.argv[2];
  if (!path) {
    console.error('usage: node lib/bench/derive-tw-lexicon.js PATH/TO/phrase.occ > src/conversion/tw-lexicon.ts');
    process.exit(2);
  }
  const entries = deriveLexicon(readOccurrences(readFileSync(path, 'utf8')));
  const commit = process.env['COMMIT'] ?? 'unknown';
  const lines = entries.map((e) => `  [${JSON.stringify(e.simplified)}, ${JSON.stringify(e.standard)}, ${JSON.stringify(e.taiwan)}, ${e.count}, ${e.competitors}],`);
  process.stdout.write(`/**
 * Words zh-TW pages write as Taiwan writes them (news vocabulary), where
 * tongwen's conversion from Simplified wrote another form: [Simplified,
 * OpenCC standard Traditional (the key the zh-TW vocabulary step sees),
 * Taiwan form, times Taiwan text writes it, times it writes its competitors].
 *
 * GENERATED by bench/derive-tw-lexicon.ts (the rule is described there: a
 * Taiwan form wins at ${MIN_COUNT}+ occurrences and ${RATIO}× its competitors) from
 * the phrase frequencies of McBopomofo, counted on Taiwan text:
 * openvanilla/McBopomofo, Source/Data/phrase.occ, commit ${commit}.
 * McBopomofo is MIT licensed (Copyright (c) 2011-2026 Mengjuei Hsieh et al.);
 * its license is in src/conversion/LICENSE-McBopomofo.txt.
 */
export const TW_LEXICON: ReadonlyArray<readonly [string, string, string, number, number]> = [
${lines.join('\n')}
];
`);
}

if (process.argv[1]?.endsWith('derive-tw-lexicon.js')) main();
