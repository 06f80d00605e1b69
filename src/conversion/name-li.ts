/**
 * 里 at the end of a transliterated name (杜里 Dili, 阿里亚里 ariary, 麦夸里 Macquarie, 哈里 Harry): OpenCC
 * writes a lone 里 as 裏 (“inside”), and the correction rule of corrections.ts settles 里 only between two
 * transliteration characters (哈里斯), since a dictionary cannot see where a name ends. This pass can: 里 after a
 * transliteration character (corrections.ts BEFORE: Xinhua's transliteration table less the nouns 里 “inside”
 * follows, 海里 林里 门里 卡里 …) and before the end of the text, punctuation or a space is kept as written. Left
 * out as well: 格 巴 皮 西 (表格里, 嘴巴里, 肚皮里, 东西里 at the end of a sentence are “inside”).
 *
 * Found on development text: CLDR 48.2 currency and time-zone names in zh-Hant and zh-Hant-HK (bench/corpora/
 * cldr-zh-more.json, studied whole by helper conv): 杜里, 馬達加斯加阿里亞里, 麥夸里 → 裡/裏.
 */
import { BEFORE } from './corrections.js';

/** Noncharacter that stands for a name's last 里 while the text is converted (texts holding it are left as they are). */
const MARK = '\uFDD1';

const NOT_NAME = new Set([...'格巴皮西']);

let pattern: RegExp | undefined;

function namePattern(): RegExp {
  pattern ??= new RegExp(`([${BEFORE.filter((c) => !NOT_NAME.has(c)).join('')}])里(?=$|[\\s\\p{P}])`, 'gu');
  return pattern;
}

/** The text with the 里 ending each transliterated name (Simplified text) replaced by a mark, and the function that puts 里 back. */
export function markNameLi(text: string): { text: string; restore: (converted: string) => string } {
  const none = { text, restore: (s: string) => s };
  if (!text.includes('里') || text.includes(MARK)) return none;
  const out = text.replace(namePattern(), `$1${MARK}`);
  return out === text ? none : { text: out, restore: (s) => s.split(MARK).join('里') };
}
