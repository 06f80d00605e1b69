/**
 * Traditional character forms by variant.
 *
 * OpenCC converts Simplified text into its own standard Traditional (`t`,
 * close to the Kangxi forms: 爲 裏 着 纔 喫 牀 羣 衆 臺), which readers in
 * Taiwan and Hong Kong do not write. With `forms: common` (the default):
 *
 * - zh-Hant gets the forms Taiwan's Ministry of Education lists as standard
 *   (OpenCC's `TWVariants`: 為 裡 著 才 吃 床 群 眾 峰 啟 偽 …), the common
 *   ground of Taiwan and Hong Kong writing: Hong Kong writers also type 為 眾
 *   群 床 吃 才 (Big5 input gives these forms). Two Taiwan-only forms are
 *   left at the form both places write: 污 (Taiwan 汙) and 么/幺 untouched.
 *   Word-dependent choices: 裏/裡 → 裡 (Taiwan's standard; Hong Kong writes
 *   both), 著/着 → 著 (Taiwan writes 著 for both readings; the reverse
 *   direction is settled by OpenCC's TWVariantsRevPhrases: 看著 → 看着,
 *   著名 → 著名), 纔 → 才 (one word). Names that keep an old form (喫茶小舖,
 *   張棟樑) come from OpenCC's exception list.
 * - On top of those, for every Traditional variant: 溼 → 濕 (濕地, 潮濕:
 *   what Taiwan and Hong Kong write), 臺 → 台 (平台 舞台: what every
 *   writer prints; OpenCC's own Hong Kong table does the same; on zh-TW and
 *   zh-Hant the default house style keeps 臺 in Taiwan's names, 臺灣 臺北 …:
 *   prefer.ts DEFAULT_PREFER), 佈 → 布 in 宣布 公布 發布 分布 布局 … (the Ministry's standard, and
 *   what both places' newspapers print; 佈景 佈置 stay), 瞭解 → 了解 and
 *   盡量 盡快 盡早 盡速 盡可能 (OpenCC 儘量 …; 儘管 stays).
 * - zh-TW gets Taiwan's standard forms (the same table with 幺; 污, not the
 *   Ministry's 汙, as Taiwan writers write it), 儘量 儘速 as Taiwan
 *   text writes them (盡快 盡早 盡可能 stay), and 計畫 (vocabulary.ts).
 * - zh-HK keeps OpenCC's Hong Kong forms (裏 着 衞 …) except those Hong
 *   Kong writers do not type: 説 悦 税 脱 閲 鋭 蜕 兑 敍 温 户 伙 (forms of the
 *   government glyph standard; Big5 text, and the Government's own press
 *   releases, have 說 悅 稅 … 敘 溫 戶 夥), 匯報 (OpenCC 彙報), and gets
 *   群 床 峰 啟 偽 麵 where OpenCC leaves 羣 牀 峯 啓 僞 麪, 周 where
 *   OpenCC's phrase table writes 週 (周末, 一周), 洩 (發洩, as Big5 text
 *   writes it) and 恒 (Hong Kong's form: 恒生, and the names of the UD
 *   Chinese-HK treebank).
 *
 * With `forms: opencc` every variant gets exactly OpenCC's forms.
 */
import type { DictGroup, DictLike } from 'opencc-js/core';
import * as Preset from 'opencc-js/preset';
import type { FormsOption } from './options.js';
import { COMMON_BU_WORDS } from './prefer.js';

export type FormsId = 't' | 'tw' | 'hk' | 'tc' | 'twc' | 'hkc';

function dictEntries(dict: DictLike): Array<[string, string]> {
  if (typeof dict !== 'string') return dict.map(([a, b]) => [a, b]);
  return dict.split('|').map((e) => e.split(' ') as [string, string]);
}

function group(locale: 'tw' | 'hk', side: 'to' | 'from'): DictGroup {
  const g = Preset[side][locale]?.[0];
  if (!g) throw new Error(`opencc-js preset has no ${side}.${locale}`);
  return g;
}

/** Character changes on top of OpenCC's tables, for every common-forms Traditional variant. */
const COMMON_EXTRA: ReadonlyArray<[string, string]> = [
  ['臺', '台'],
  // 溼 → 濕: OpenCC's standard form (and the Ministry's) is 溼, but Taiwan writes 濕 as Hong Kong does: the Wetland
  // Conservation Act (濕地保育法), the weather service's 相對濕度, and Taiwan sentence-collector text (濕地公園 ×3 in the
  // vendored and read pages; 溼 once, 涼溼 in the 1990s exam text).
  ['溼', '濕'],
  // 孃 → 娘: OpenCC writes 孃 in its phrases for “mother” (爹孃, 孃家, 老孃, 乾孃, 丈母孃: 45 entries of STPhrases), a form
  // neither place writes: McBopomofo's Taiwan counts 娘家 78 : 孃家 0, 爹娘 11 : 0, 老娘 13 : 0, 丈母娘 7 : 0 (its 孃 is in
  // 舞孃, a word OpenCC writes 舞娘 and so never makes); Taiwan sentence-collector text beyond the benchmark excerpt (characters 96,000–104,000, read as
  // development text by helper conv2): 磨刀霍霍向爹娘 → 爹孃. (zh-HK keeps OpenCC's Hong Kong table: no Hong Kong count was taken.)
  ['孃', '娘'],
];

/**
 * Words whose common form differs from OpenCC's (佈 → 布 in 宣布 公布 發布
 * 分布: the Ministry's standard and what newspapers print; 佈景 佈置 stay, as
 * Taiwan writers keep them; 瞭解 → 了解).
 */
const COMMON_WORDS: ReadonlyArray<[string, string]> = [
  ...COMMON_BU_WORDS.map(([a, b]): [string, string] => [a, b]),
  ['瞭解', '了解'],
  // 瞭解備忘錄 (a memorandum of understanding) as Taiwan's government writes it (the Office of the President's 2025
  // releases 3 of 3; OpenCC's phrase): not 了解.
  ['瞭解備忘錄', '瞭解備忘錄'],
  // 盡 in 盡量 盡快 盡早 盡速 盡可能 (OpenCC 儘量 …): what Hong Kong writes (Government press text: 盡 11 of 11)
  // and half of Taiwan's text (盡 3, 儘 4 in the Taipei, VS Code, exam and sprint text; bench/corpora/); 儘管 stays.
  ['儘量', '盡量'],
  ['儘快', '盡快'],
  ['儘早', '盡早'],
  ['儘速', '盡速'],
  ['儘可能', '盡可能'],
];

/**
 * 儘 words zh-TW keeps in OpenCC's (and Taiwan's) form: Taiwan text writes 儘量 (dev halves of the college exam, sprint
 * and sentence-collector text: 3 of 3) and 儘速 (sprint 1, the Office of the President 1 of 2), where Hong Kong writes
 * 盡 (Government press text 11 of 11); 盡快, 盡早 and 盡可能 are what Taiwan text writes (盡快: the Office of the
 * President's 2025 releases 4 of 4, no development text writes 儘快; Taipei City Government 盡早, VS Code 盡可能 ×2).
 */
const TW_KEEPS_JIN = new Set(['盡量', '盡速']);

/** Hong Kong words whose form differs from OpenCC's (Hong Kong Government press text: 匯報, 系數). */
const HK_WORDS: ReadonlyArray<[string, string]> = [
  ['彙報', '匯報'],
  // 系數 (防曬系數, the Census and Statistics Department's 堅尼系數): OpenCC 係數.
  ['係數', '系數'],
];

/** Taiwan-only forms zh-Hant leaves at the form both places write. */
const TW_ONLY = new Set(['污', '幺']);
/**
 * Taiwan standard forms Taiwan writers do not write: 汙 (the Ministry's form;
 * real Taiwan text writes 污: Taipei City Government 1, college exam text 4,
 * 汙 never, bench/corpora/), so zh-TW writes 污 too.
 */
const TW_NOT_WRITTEN = new Set(['污']);

/**
 * 巖 → 岩 on zh-TW: OpenCC writes 巖 for a lone 岩 and in a few words (奇巖, 巖洞, 巖壁, 七星巖) where Taiwan writes
 * 岩 (McBopomofo's Taiwan counts: 岩 710 : 巖 80, 奇岩 13 : 0, 岩洞 10 : 0, 岩壁 12 : 0; the Ministry of Education's
 * standard form; Taiwan sentence-collector dev half: 北投奇岩 → 奇巖). The names Taiwan writes with 巖 stay (堀井巖, the
 * Japanese senator of the President's 2024 releases).
 */
const TW_EXTRA: ReadonlyArray<[string, string]> = [['巖', '岩']];
const TW_YAN_WORDS: ReadonlyArray<[string, string]> = ['清水巖', '巉巖', '龍巖', '巖穴', '千巖競秀', '堀井巖'].map((w) => [w, w]);

/** OpenCC Hong Kong forms that Hong Kong writers do not type. */
// 戶 夥: the Hong Kong Government's own press text writes 戶 (16 of 16: 戶外, 商戶) and 夥伴, as Big5 text does.
const HK_NOT_WRITTEN = new Set('說悅稅脫閱銳蛻兌敘溫戶夥'.split(''));
/** OpenCC standard forms Hong Kong writers write in their common form. */
const HK_EXTRA: ReadonlyArray<[string, string]> = [
  ['羣', '群'],
  ['牀', '床'],
  ['峯', '峰'],
  ['啓', '啟'],
  ['僞', '偽'],
  ['麪', '麵'],
  ['週', '周'],
  // 泄 → 洩 (發洩, 洩漏): what Hong Kong writers type (the Big5 form), as zh-Hant and zh-TW write it.
  ['泄', '洩'],
  // 恆 → 恒: Hong Kong's standard form (恒生, and names: 梁頌恒 in the same treebank); OpenCC writes 恒 only in its listed names.
  ['恆', '恒'],
];

/**
 * Words where 著 reads zhù (著 in Simplified too) that OpenCC's Taiwan reverse
 * table lacks, so 著 would become 着: read as written (土著, 顯著, 名著 …).
 */
const ZHU: ReadonlyArray<[string, string]> = ['土著', '顯著', '著稱', '卓著', '昭著', '著書', '原著', '名著', '巨著', '專著', '論著', '編著', '遺著', '譯著', '合著', '著者', '著錄', '著述', '著作', '著名'].map((w) => [w, w]);

/**
 * The words the common forms write where OpenCC's phrase dictionary has
 * another form (布局, 盡量, 匯報 …): correct Traditional as written, which
 * repair must leave alone.
 */
export const FORM_WORDS: readonly string[] = [...COMMON_WORDS, ...HK_WORDS].map(([, w]) => w);

const cache = new Map<string, DictGroup>();

/** The dictionary group that turns OpenCC standard Traditional into `id`'s forms (empty for `t`). */
export function formsGroup(id: FormsId): DictGroup {
  const hit = cache.get(id);
  if (hit) return hit;
  let made: DictGroup;
  switch (id) {
    case 't':
      made = [];
      break;
    case 'tw':
    case 'hk':
      made = group(id, 'to');
      break;
    case 'tc':
    case 'twc': {
      const [exceptions, chars] = group('tw', 'to') as [DictLike, DictLike];
      const table = dictEntries(chars).filter(([a]) => (id === 'twc' ? !TW_NOT_WRITTEN.has(a) : !TW_ONLY.has(a)));
      made = id === 'twc'
        ? [exceptions, [...COMMON_WORDS.filter(([, w]) => !TW_KEEPS_JIN.has(w)), ...TW_YAN_WORDS], [...table, ...COMMON_EXTRA, ...TW_EXTRA]]
        : [exceptions, COMMON_WORDS, [...table, ...COMMON_EXTRA]];
      break;
    }
    case 'hkc': {
      const [exceptions, chars] = group('hk', 'to') as [DictLike, DictLike];
      const table = dictEntries(chars).filter(([a]) => !HK_NOT_WRITTEN.has(a));
      made = [exceptions, [...COMMON_WORDS, ...HK_WORDS], [...table, ...HK_EXTRA]];
      break;
    }
  }
  cache.set(id, made);
  return made;
}

/**
 * The dictionary group that reads `id`'s forms back into OpenCC standard
 * Traditional (before conversion to Simplified or to another variant).
 * Common forms are read with OpenCC's Taiwan (or Hong Kong) reverse tables,
 * which settle word-dependent forms (著 → 着 in 看著, 著 in 著名).
 */
export function formsReverseGroup(id: FormsId): DictGroup {
  switch (id) {
    case 't':
      return [];
    case 'tw':
      return group('tw', 'from');
    case 'tc':
    case 'twc':
      return [ZHU, ...group('tw', 'from')];
    case 'hk':
    case 'hkc':
      return group('hk', 'from');
  }
}

/** The forms of a Traditional variant under an option. */
export function formsOf(locale: 't' | 'tw' | 'hk', forms: FormsOption): FormsId {
  if (forms === 'opencc') return locale;
  return locale === 't' ? 'tc' : locale === 'tw' ? 'twc' : 'hkc';
}
