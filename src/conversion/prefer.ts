/**
 * House style: the variant spellings Traditional writers genuinely differ on
 * (臺灣/台灣 in names, 臺/台 elsewhere, 裡/裏, 甚麼/什麼, 計畫/計劃, 週/周,
 * 儘量/盡量, 瞭解/了解, 蒐集/搜集, 沉/沈, 占/佔, 拚/拼 in 打拚, 佈/布 in 分佈 宣佈 …). Real text mixes them (the Taipei City Government writes 臺
 * 18 times and 台 10; the UD Chinese-HK treebank 裡 18 and 裏 2, 什麼 38 and
 * 甚麼 12), so no default matches every newsroom; a newsroom knows which it
 * writes. `conversion: { prefer: [臺, 甚麼] }` (site-wide, or per variant:
 * `zh-HK: { prefer: [裡] }`) names the preferred form of each choice; the
 * choice is implied by the form.
 *
 * How a preference applies: each form is a set of entries keyed by OpenCC
 * standard Traditional (what the Simplified → Traditional step writes), put
 * in front of the variant's forms and vocabulary (the first dictionary wins
 * where two have a key), so it acts where the variant's own rule for that
 * word would (same segmentation: 天台 and 台州 keep their 台 under 臺, since
 * OpenCC's phrase for them is longer than the one-character entry). Text
 * written in a variant with a preference is read back through the reverse
 * entries (計畫 → 計劃) before conversion to Simplified or another variant.
 *
 * `learnPreferences` reads the preferred forms off a site's own Traditional
 * text (articles written in Traditional need no conversion into it, and
 * their counts say which form the site writes).
 */
/**
 * The 佈 words the common forms write with 布 (OpenCC standard → common: 宣布 公布 發布 分布, the Ministry's standard
 * and what newspapers print; 佈景 佈置 stay): part of the common forms (forms.ts), and the choice 佈/布 below.
 */
export const COMMON_BU_WORDS: ReadonlyArray<readonly [string, string]> = [
  ...['發', '宣', '公', '分', '頒', '散', '遍', '密', '擺'].map((c): [string, string] => [`${c}佈`, `${c}布`]),
  ['佈告', '布告'],
  ['佈滿', '布滿'],
  ['佈局', '布局'],
];

export interface PreferenceChoice {
  /** The choice, as `form/form` (the first form is Taiwan's standard). */
  id: string;
  forms: readonly string[];
  /** Entries (OpenCC standard Traditional → preferred form) of each form. */
  target: Readonly<Record<string, ReadonlyArray<readonly [string, string]>>>;
  /** Entries reading a form back into OpenCC standard Traditional, where OpenCC's reverse tables do not. */
  source?: Readonly<Record<string, ReadonlyArray<readonly [string, string]>>>;
  /** What to count in a site's text for each form (learning): characters or words. */
  count: Readonly<Record<string, readonly string[]>>;
  /** Words counted for another choice, not for this one (臺 of 臺灣 counts for 臺灣/台灣, not for 臺/台). */
  exclude?: readonly string[];
  /**
   * The words are cut as one segment wherever they occur in Simplified text
   * (在|台湾, not 在台|湾), so the entries see them whole; only for words no
   * other word ends or starts inside (not 了解: 为了|解决).
   */
  segment?: true;
  /**
   * Words (OpenCC standard Traditional) cut as one segment before the `segment` words, so that those are not cut out
   * of them: 平臺|中, not 平|臺中; 一臺|電腦, not 一|臺電|腦 (the measure word 臺 before a noun that starts with a
   * name's second character).
   */
  guards?: readonly string[];
}

const JIN = ['量', '快', '速', '早', '可能'];
/** Words with 沉 that older Taiwan text writes with 沈 (not 沉着: its 着 is a form of its own). */
const CHEN_WORDS = ['沉積', '沉澱', '沉默', '沉沒', '沉重', '沉思', '沉迷', '沉睡', '沉醉', '沉浸', '沉淪', '沉悶', '沉穩', '沉寂', '沉痛', '沉船', '沉降', '沉溺', '沉靜', '下沉', '深沉', '消沉', '低沉', '浮沉', '擊沉'];
/**
 * Names with 臺 (Taiwan's official form since the Ministry of Education's
 * standard; the Taipei City Government writes 臺灣 臺北 臺大 but 平台 台上):
 * a choice of their own, since writers who write 臺 in names often write 台
 * in other words. (臺灣 apart from 臺北 臺中 … was tried: the sentence-collector
 * dev half writes 臺灣 6 : 台灣 3 but 臺北 … 1 : 台北 … 8, yet learned so its
 * held-out half got worse than the default, 34.1 vs 33.1; one choice it stays.)
 */
const TAI_NAMES = [
  // Not 臺電: the company's own name is 台灣電力 (台電: TAI_FIXED below).
  ...['灣', '北', '中', '南', '東', '大', '鐵', '語'].map((c) => `臺${c}`),
  // 臺 for Taiwan in bilateral and travel words, written as the name is: the President's releases 臺美 ×4, 臺英 ×5,
  // 臺海 ×5, 訪臺 ×2, 駐臺 ×3, 台 in none of them (no other development text writes them); 臺日 as 臺美.
  // 來臺 and 臺商 the same kind (the President's 2025 releases: 來臺 ×14, 來台 never; its 2024 releases, read as
  // development text, kiang/www.president.gov.tw news_json/2024: 來臺 244 : 來台 4, 臺商 71 : 台商 30).
  ...['臺美', '臺英', '臺日', '臺海', '訪臺', '駐臺', '來臺', '臺商'],
  // 回臺 返臺 抵臺 對臺 臺澎 the same kind (helper conv2, the President's 2024 releases, all of them read as development
  // text: 回臺 14 : 回台 0, 返臺 6 : 0, 抵臺 7 : 0, 對臺 112 : 5, 臺澎 17 : 0, counted where no 灣 北 南 中 東 大 語 電 鐵
  // follows; the Common Voice dev halves write none of them with either form). 全臺 (2024 19 : 2, Common Voice dev 0 : 2),
  // 在臺 (59 : 83), 美臺 (15 : 25) and 友臺 (16 : 21) are not: their writers differ.
  ...['回臺', '返臺', '抵臺', '對臺', '臺澎'],
  // 臺幣 (新臺幣, Taiwan's currency) follows its writer's 臺/台 as the names do (helper conv2, development text: the
  // President's 2015 releases 新臺幣 7 : 0 and 2025 1 : 0 with 臺灣; 2005 0 : 2 and the CLDR currency names 0 : 2
  // with 台灣; the iso-codes Taiwan translations 1 : 0 with 臺灣). OpenCC writes 新臺幣; tongwen wrote 新台幣.
  '臺幣',
];
/**
 * Names written with 台 whatever the house style, since their owners write them so: 台電 (Taipower, 台灣電力股份有限公司;
 * the President's 2025 releases 3 : 0 and 2024 releases 24 : 1, McBopomofo's Taiwan counts 544 : 0, the
 * sentence-collector dev half 1 : 0), 台積電 (TSMC, 台灣積體電路製造; 2024 releases 49 : 0), 健康台灣 (the programme of
 * the Office of the President's 健康台灣推動委員會: 2025 releases 12 : 0, 2024 92 : 35), 日本台灣交流協會 (Japan's office
 * in Taiwan, as its Chinese name is written: 2024 releases 37 : 3) and 美國在台協會台北辦事處 (AIT's Taipei office: 2024
 * 18 : 4; 在台協會 69 : 2). Cut as one segment in Simplified, in front of the names above.
 */
const TAI_FIXED = ['台電', '台積電', '健康台灣', '日本台灣交流協會', '在台協會台北辦事處'];
/** 台 words that start with a name word above (來臺 in 來台上, 來台風): cut first, written as OpenCC's phrases give them. */
const TAI_NOT_NAMES: ReadonlyArray<readonly [string, string]> = [
  ['來颱風', '來颱風'], ['來臺上', '來台上'], ['來臺下', '來台下'], ['來臺前', '來台前'],
  // 對台戲 (a rival show), 面對台下 (the audience), 走回台上 (the stage): 台 a stage, not Taiwan
  ['對臺戲', '對台戲'], ['對臺下', '對台下'], ['對臺上', '對台上'], ['回臺上', '回台上'], ['回臺下', '回台下'], ['返臺上', '返台上'],
];
const taiFixed = (): Array<[string, string]> => [...TAI_FIXED.map((w): [string, string] => [w.replace(/台/g, '臺'), w]), ...TAI_NOT_NAMES.map(([a, b]): [string, string] => [a, b])];
/**
 * Words ending in 臺 that a name's second character can follow (平臺中, 舞臺中央, 櫃臺北邊, 電視臺電話), and the
 * measure word 臺 after a numeral or demonstrative (一臺電腦, 這臺大螢幕, 3臺電扇): cut first, so that 臺中 臺電 臺大 …
 * are not read in them. Left out where the word before a name is common (之後臺灣, 今天臺北, 提高臺灣, 許多臺灣, 因此臺灣,
 * 看臺灣, 五月臺北, 服務臺灣, 日本臺灣), and 講臺 (講臺語 is mostly 講台語, speaking Taiwanese); words ending in 一 are
 * cut before 一臺 (統一臺灣, 唯一臺灣).
 */
const TAI_GUARDS = [
  ...['統一', '唯一', '第一', '同一', '之一', '萬一', '逐一'],
  ...['平', '舞', '電', '電視', '控制', '工作', '操作', '收銀', '櫃', '陽', '吧', '擂', '戲', '窗', '燭', '燈', '炮', '砲', '灶', '觀禮', '氣象', '天文'].map((w) => `${w}臺`),
  ...[...'一二兩三四五六七八九十百幾這那哪每各整單0123456789'].map((c) => `${c}臺`),
];
/** What follows 占/佔 “occupy” (counted for learning; not 占卜, 占星). */
const ZHAN_AFTER = [...'有據領比用總地滿去了到上優'];
/** Words with 拼 that Taiwan's standard writes with 拚 (OpenCC standard Traditional keeps 拼). */
// 拚經濟 拚外交 拚到底: the Office of the President's 2024 releases (read as development text) 13 : 0, 7 : 0, 2 : 0
// (cut as one segment by their guard corrections, corrections.ts).
const PIN_WORDS = ['打拼', '拼勁', '拼搏', '拼經濟', '拼外交', '拼到底'];
const same = (w: string): [string, string] => [w, w];

export const PREFERENCE_CHOICES: readonly PreferenceChoice[] = [
  {
    id: '臺灣/台灣',
    forms: ['臺灣', '台灣'],
    target: { 臺灣: [...taiFixed(), ...TAI_NAMES.map(same)], 台灣: [...taiFixed(), ...TAI_NAMES.map((w): [string, string] => [w, w.replace('臺', '台')])] },
    count: { 臺灣: TAI_NAMES, 台灣: TAI_NAMES.map((w) => w.replace('臺', '台')) },
    exclude: TAI_FIXED.flatMap((w) => [w, w.replace(/台/g, '臺')]),
    segment: true,
    guards: TAI_GUARDS,
  },
  { id: '臺/台', forms: ['臺', '台'], target: { 臺: [same('臺')], 台: [['臺', '台']] }, count: { 臺: ['臺'], 台: ['台'] }, exclude: [...TAI_FIXED.flatMap((w) => [w, w.replace(/台/g, '臺')]), ...TAI_NAMES, ...TAI_NAMES.map((w) => w.replace('臺', '台'))] },
  { id: '裡/裏', forms: ['裡', '裏'], target: { 裡: [['裏', '裡']], 裏: [same('裏')] }, count: { 裡: ['裡'], 裏: ['裏'] } },
  {
    id: '甚麼/什麼',
    forms: ['甚麼', '什麼'],
    target: { 甚麼: [['什麼', '甚麼'], ['什麽', '甚麼']], 什麼: [['甚麼', '什麼']] },
    source: { 甚麼: [['甚麼', '什麼'], ['甚麽', '什麼']] },
    count: { 甚麼: ['甚麼', '甚麽'], 什麼: ['什麼', '什麽'] },
  },
  { id: '計畫/計劃', forms: ['計畫', '計劃'], target: { 計畫: [['計劃', '計畫']], 計劃: [same('計劃')] }, source: { 計畫: [['計畫', '計劃']] }, count: { 計畫: ['計畫'], 計劃: ['計劃'] } },
  { id: '週/周', forms: ['週', '周'], target: { 週: [same('週')], 周: [['週', '周']] }, count: { 週: ['週末', '一週', '週年', '週刊', '週報', '每週', '本週', '上週', '下週', '週一', '週二', '週三', '週四', '週五', '週六', '週日'], 周: ['周末', '一周', '周年', '周刊', '周報', '每周', '本周', '上周', '下周', '周一', '周二', '周三', '周四', '周五', '周六', '周日'] } },
  {
    id: '儘量/盡量',
    forms: ['儘量', '盡量'],
    target: { 儘量: JIN.map((c) => same(`儘${c}`)), 盡量: JIN.map((c): [string, string] => [`儘${c}`, `盡${c}`]) },
    count: { 儘量: JIN.map((c) => `儘${c}`), 盡量: JIN.map((c) => `盡${c}`) },
  },
  { id: '瞭解/了解', forms: ['瞭解', '了解'], target: { 瞭解: [same('瞭解')], 了解: [['瞭解', '了解']] }, count: { 瞭解: ['瞭解'], 了解: ['了解'] } },
  // 蒐集/搜集: OpenCC writes 蒐集 for every 搜集. Taiwan text writes both (the Taipei and sentence-collector dev halves
  // 搜集, the sprint dev half 蒐集; the Ministry of Education dictionary lists both): a default of 搜集, tried, made
  // the sprint and Taipei figures worse (bench:conversion), so OpenCC's 蒐集 stays and a site that writes 搜集 says so.
  { id: '蒐集/搜集', forms: ['蒐集', '搜集'], target: { 蒐集: [same('蒐集')], 搜集: [['蒐集', '搜集']] }, count: { 蒐集: ['蒐集'], 搜集: ['搜集'] } },
  // 沈 for 沉 (沈積, 沈默): the older Taiwan form, which Taiwan's 1990s college exam text writes (沈積 ×4 in its dev
  // half); the Ministry's standard is 沉. Words only: 沈 is also a surname (沈從文), and stays.
  {
    id: '沉/沈',
    forms: ['沉', '沈'],
    target: { 沉: CHEN_WORDS.map(same), 沈: CHEN_WORDS.map((w): [string, string] => [w, w.replace('沉', '沈')]) },
    source: { 沈: CHEN_WORDS.map((w): [string, string] => [w.replace('沉', '沈'), w]) },
    count: { 沉: CHEN_WORDS, 沈: CHEN_WORDS.map((w) => w.replace('沉', '沈')) },
  },
  // 占 for 佔 “occupy” (占有一席之地, 占總人口): the Ministry of Education's form, which Taiwan's Office of the President
  // (2025 press releases: 占 ×4, 佔 never) and Taiwan's college exam text (dev half: 占有) write; OpenCC, Hong Kong and
  // other Taiwan text (VS Code: 佔用) write 佔, the default. 占卜 and 占星 are 占 in every form.
  {
    id: '占/佔',
    forms: ['占', '佔'],
    target: { 占: [['佔', '占']], 佔: [same('佔')] },
    count: { 占: ZHAN_AFTER.map((c) => `占${c}`), 佔: ZHAN_AFTER.map((c) => `佔${c}`) },
  },
  // 拚 in 打拚 拚勁 拚搏: the Ministry of Education's form and what Taiwan's Office of the President writes (its 2025
  // press releases, bench/corpora/tw-president-2025.json: 打拚 ×12, 拚勁 ×2, 拚搏 ×1, never 打拼); other Taiwan text
  // writes 打拼 (the sprint dev half: 與桃園市民一起打拼), as Hong Kong does: OpenCC's 拼 stays the default.
  {
    id: '拚/拼',
    forms: ['拚', '拼'],
    // 打拼音 (typing pinyin) is no 打拚: kept whole (its guard correction cuts it as one segment).
    target: { 拚: [same('打拼音'), ...PIN_WORDS.map((w): [string, string] => [w, w.replace('拼', '拚')])], 拼: PIN_WORDS.map(same) },
    source: { 拚: PIN_WORDS.map((w): [string, string] => [w.replace('拼', '拚'), w]) },
    count: { 拚: PIN_WORDS.map((w) => w.replace('拼', '拚')), 拼: PIN_WORDS },
  },
  {
    id: '佈/布',
    forms: ['佈', '布'],
    target: { 佈: COMMON_BU_WORDS.map(([std]) => same(std)), 布: COMMON_BU_WORDS.map(([std, common]): [string, string] => [std, common]) },
    count: { 佈: COMMON_BU_WORDS.map(([std]) => std), 布: COMMON_BU_WORDS.map(([, common]) => common) },
  },
  // 晒 for the Cantonese particle “all” (訂晒, 冇晒, 唔該晒) in Cantonese sentences; 曬 “to sun” stays (cantonese.ts, which
  // marks the particle: no dictionary entry can tell it from 曬太陽). Cantonese writers differ: HKCanCor (bench/corpora,
  // dev) writes 晒 232 : 曬 8 (those 8 the sun), the Common Voice Cantonese sentences (dev) 0 : 11 (唔該曬, 齊曬), and
  // Mandarin writes 曬 only; OpenCC's 曬 stays the default. Counted as characters: 晒 is written for nothing else in
  // Traditional text.
  { id: '曬/晒', forms: ['曬', '晒'], target: { 曬: [], 晒: [] }, count: { 曬: ['曬'], 晒: ['晒'] } },
];

/**
 * The default house style of zh-TW and zh-Hant under the common forms (a site's `prefer` overrides it choice by
 * choice; `forms: opencc` has none), decided by counting what the writers of every development text write
 * (bench/corpora/; the held-out halves were not looked at):
 *
 * - 臺灣 (臺 in 臺灣 臺北 臺中 臺南 臺東 臺大 臺鐵 臺語; 臺電 until helper conv made 台電 a fixed name) for zh-TW and zh-Hant, 臺 : 台 in these names: Office of the
 *   President 2025 391 : 37, Taipei City Government (dev half) 9 : 1, sentence-collector 6 : 10, sprint 4 : 7, exam
 *   0 : 8, CLDR zh-Hant 0 : 1. Government text writes 臺 and newspapers and schools mostly 台; OpenCC writes 臺, so 台
 *   was worse than plain OpenCC on the President's text (1.24 of its error rate) and 臺 is worse than OpenCC on none:
 *   on the dev halves the ratio to OpenCC goes Taipei 0.63 → 0.21, President 1.24 → 0.32, exam 0.26 → 0.50, sprint
 *   0.18 → 0.26, sentence-collector 0.23 → 0.28, CLDR 0.31 → 0.34 (highest ratio 1.24 → 0.50, sum of errors over
 *   the pairs 553 → 207). 台 in other words (平台 舞台 電台 月台 陽台 控制台: every writer, the President's office too,
 *   writes 台 there) stays the default of 臺/台.
 *   The name words include 臺 for Taiwan in 臺美 臺英 臺日 臺海 訪臺 駐臺 (the President's 19 : 0; no other text
 *   writes them): President 0.32 → 0.27.
 * - 占 and 拚 for zh-TW (the Ministry of Education's forms; OpenCC writes 佔 and 拼): 占 “occupy” : 佔 — President
 *   4 : 0, exam 1 : 0, sprint 0 : 1, VS Code 0 : 2; 打拚 拚勁 拚搏 : 打拼 … — President 15 : 0, sprint 0 : 1. Highest
 *   dev ratio 0.50 → 0.47, errors over the Taiwan pairs 168 → 149 (sprint 0.26 → 0.31, the one that got worse).
 * zh-HK keeps OpenCC's Hong Kong forms (裏, 台): the register argument of forms.ts (Hong Kong Government press text
 * and Legislative Council transcripts write 裏; film subtitles 裡) was not reopened here.
 */
export const DEFAULT_PREFER: Readonly<Partial<Record<string, readonly string[]>>> = {
  'zh-TW': ['臺灣', '占', '拚'],
  'zh-Hant': ['臺灣'],
};

/** Every preferable form → its choice. */
const BY_FORM = new Map(PREFERENCE_CHOICES.flatMap((c) => c.forms.map((f) => [f, c] as const)));

export const PREFERABLE_FORMS: readonly string[] = [...BY_FORM.keys()];

/** The choice a form belongs to (undefined: not a preferable form). */
export function choiceOf(form: string): PreferenceChoice | undefined {
  return BY_FORM.get(form);
}

/** Preferred forms in a canonical order (the order of PREFERENCE_CHOICES), one per choice, the later winning. */
export function normalizePreferences(forms: readonly string[]): string[] {
  const chosen = new Map<string, string>();
  for (const f of forms) {
    const c = BY_FORM.get(f);
    if (c) chosen.set(c.id, f);
  }
  return PREFERENCE_CHOICES.filter((c) => chosen.has(c.id)).map((c) => chosen.get(c.id)!);
}

/** The dictionary (OpenCC standard Traditional → preferred forms) of preferences, for the front of a variant's forms. */
export function preferenceTarget(forms: readonly string[]): Array<[string, string]> {
  return forms.flatMap((f) => (BY_FORM.get(f)?.target[f] ?? []).map(([a, b]): [string, string] => [a, b]));
}

/** The words (OpenCC standard Traditional) of the preferred forms whose choice is cut as one segment. */
export function preferenceSegmentWords(forms: readonly string[]): string[] {
  return forms.flatMap((f) => {
    const c = BY_FORM.get(f);
    return c?.segment ? [...(c.guards ?? []), ...(c.target[f] ?? []).map(([a]) => a)] : [];
  });
}

/** The dictionary reading preferred forms back into OpenCC standard Traditional. */
export function preferenceSource(forms: readonly string[]): Array<[string, string]> {
  return forms.flatMap((f) => (BY_FORM.get(f)?.source?.[f] ?? []).map(([a, b]): [string, string] => [a, b]));
}

export interface LearnedChoice {
  choice: string;
  /** Times the site's text writes each form. */
  counts: Record<string, number>;
  /** The form the site writes (undefined: no clear house style, the default stays). */
  preferred?: string;
}

/** Learning: a choice is learned from this many occurrences in the site's text. */
export const LEARN_MIN = 3;

function occurrences(text: string, word: string): number {
  let n = 0;
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length)) n++;
  return n;
}

/** Times one text writes each form of each choice (by choice id, then form): what `learnPreferences` adds up. */
export type PreferenceCounts = Record<string, Record<string, number>>;

/** The counts of one text (a site's article): summed over a site's articles by `learnFromCounts`. */
export function countPreferences(text: string): PreferenceCounts {
  const out: PreferenceCounts = {};
  for (const c of PREFERENCE_CHOICES) {
    const t = c.exclude ? c.exclude.reduce((r, w) => r.split(w).join('\u0000'), text) : text;
    const counts: Record<string, number> = {};
    for (const f of c.forms) counts[f] = c.count[f]!.reduce((m, w) => m + occurrences(t, w), 0);
    out[c.id] = counts;
  }
  return out;
}

/**
 * The house style of counts added up over a site's texts: for each choice
 * written at least LEARN_MIN times, the form written more often than the
 * others together (a majority: writing it everywhere makes fewer errors on
 * that site's text than any other single form); ties and rarer choices are
 * left to the default. Deterministic (sums of counts: any order of texts).
 */
export function learnFromCounts(all: Iterable<PreferenceCounts>): { prefer: string[]; choices: LearnedChoice[] } {
  const sums = new Map<string, Record<string, number>>(PREFERENCE_CHOICES.map((c) => [c.id, Object.fromEntries(c.forms.map((f) => [f, 0]))]));
  for (const counts of all) {
    for (const [id, row] of Object.entries(counts)) {
      const sum = sums.get(id);
      if (sum) for (const [f, n] of Object.entries(row)) if (f in sum) sum[f]! += n;
    }
  }
  const choices: LearnedChoice[] = PREFERENCE_CHOICES.map((c) => {
    const counts = sums.get(c.id)!;
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    const best = c.forms.reduce((a, b) => (counts[b]! > counts[a]! ? b : a));
    const ok = total >= LEARN_MIN && counts[best]! > total - counts[best]!;
    return ok ? { choice: c.id, counts, preferred: best } : { choice: c.id, counts };
  });
  return { prefer: choices.flatMap((c) => (c.preferred ? [c.preferred] : [])), choices };
}

/** The house style of a site's Traditional texts (`learnFromCounts` of each text's `countPreferences`). */
export function learnPreferences(texts: Iterable<string>): { prefer: string[]; choices: LearnedChoice[] } {
  return learnFromCounts([...texts].map(countPreferences));
}

/** What one learning scope (`site`, or a variant id) learned: the articles counted, the forms taken, each choice's counts. */
export interface LearnedStyle {
  scope: string;
  articles: number;
  prefer: string[];
  choices: LearnedChoice[];
}

/** One line per learning scope, for the build summary and `check`: `House style learned (site-wide, from 12 Traditional articles): 台 裏 什麼 (臺/台 1:9 → 台; …)`. */
export function formatHouseStyle(learned: readonly LearnedStyle[]): string[] {
  return learned.map((l) => {
    const of = `${l.articles} Traditional article${l.articles === 1 ? '' : 's'}${l.scope === 'site' ? '' : ` in ${l.scope}`}`;
    const counted = l.choices.filter((c) => Object.values(c.counts).some((n) => n > 0)).map((c) => `${c.choice} ${Object.values(c.counts).join(':')}${c.preferred ? ` → ${c.preferred}` : ''}`);
    return `House style learned (${l.scope === 'site' ? 'site-wide' : l.scope}, from ${of}): ${l.prefer.length ? l.prefer.join(' ') : 'nothing clear, the defaults stay'}${counted.length ? ` (${counted.join('; ')})` : ''}`;
  });
}
