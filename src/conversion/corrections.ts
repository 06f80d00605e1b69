/**
 * The correction layer: phrase data tongwen keeps on top of OpenCC, fixing
 * the errors OpenCC makes on real text. Each entry is a phrase in the
 * source script and its correct form in OpenCC standard Traditional (for
 * `s2t`, Simplified → Traditional) or in Simplified (`t2s`); the entries join
 * OpenCC's phrase dictionaries (and its segmentation), so they apply to
 * every variant in that direction, and the variant's forms and vocabulary
 * are applied afterwards (只能, 天後, 分鐘 on every Traditional page).
 *
 * Traditional → Simplified entries apply with the common forms only (with
 * `forms: opencc` OpenCC's output is kept: its test cases expect 甚么).
 *
 * `source` says where each kind of fix came from; `example` is the test case
 * (test/corrections.test.ts converts it for every variant and checks the
 * corrected phrase, and that plain OpenCC gets it wrong).
 */

export interface Correction {
  /** The phrase as written in the source script. */
  from: string;
  /** The correct conversion, in OpenCC standard forms. */
  to: string;
  /** `s2t`: Simplified source; `t2s`: Traditional source. */
  direction: 's2t' | 't2s';
  /** A sentence holding the phrase, for the test. */
  example: string;
  /** Where the fix came from. */
  source: string;
}

const WEEKLY = 'issue 9: a 400-issue weekly newsletter, zh-Hant pages (OpenCC errors counted there)';
const GREEDY = 'OpenCC greedy phrase match across a word boundary, found by tongwen on the same weekly';
const DIGIT = 'OpenCC has 三天後 but no entry after Arabic digits; issue 9 (60天后 ×27)';

const digitDays: Correction[] = '0123456789'.split('').map((d) => ({
  from: `${d}天后`,
  to: `${d}天後`,
  direction: 's2t',
  example: `${d === '0' ? '3' : ''}${d}天后再说`,
  source: DIGIT,
}));

export const CORRECTIONS: readonly Correction[] = [
  // 只 / 隻: the measure word 隻 only before a noun, never before 能.
  { from: '这只能', to: '這只能', direction: 's2t', example: '这只能说明问题', source: `${WEEKLY} (隻能 ×51)` },
  { from: '那只能', to: '那只能', direction: 's2t', example: '那只能等明天', source: `${WEEKLY} (隻能 ×51)` },
  // 后 after a number of days/weeks.
  ...digitDays,
  { from: '群后', to: '羣後', direction: 's2t', example: '加群后请改名', source: `${WEEKLY} (加羣后)` },
  // 里 in transliterated names (OpenCC's default 裏 is for "inside"): the syllable before a name-only character.
  ...([['里希', '里希', '弗里希兰'], ['里什', '里什', '塔里什人'], ['里菲', '里菲', '里菲亚诺'], ['里诺', '里诺', '都灵的里诺'],
    ['里娜', '里娜', '伊里娜说'], ['里耶', '里耶', '加布里耶尔'], ['里萨', '里萨', '伊纳里萨米'], ['里西', '里西', '弗里西亚']] as const).map(
    ([from, to, example]): Correction => ({ from, to: to.replace('诺', '諾').replace('萨', '薩'), direction: 's2t', example, source: 'Unicode CLDR zh-Hant display names (bench/corpora/cldr-zh.json): transliterations with 里' })),
  { from: '图里亚', to: '圖里亞', direction: 's2t', example: '阿斯图里亚文', source: 'Unicode CLDR zh-Hant display names: 阿斯圖里亞文 (OpenCC reads 图里 "in the picture")' },
  { from: '马里', to: '馬里', direction: 's2t', example: '马里的首都', source: 'Unicode CLDR zh-Hant display names: 馬里文 (Mali), OpenCC gives 馬裏' },
  { from: '马里面', to: '馬裏面', direction: 's2t', example: '马里面的人', source: 'guard: keeps OpenCC’s 馬裏面 against the 马里 entry above' },
  // 钟 / 鍾
  { from: '灯泡钟', to: '燈泡鐘', direction: 's2t', example: '一个灯泡钟', source: `${WEEKLY} (燈泡鍾)` },
  // 里面 after a word OpenCC reads as a place name (道里, 本里).
  { from: '道里面', to: '道裏面', direction: 's2t', example: '频道里面提到', source: `${WEEKLY} (報道里面)` },
  { from: '本里面', to: '本裏面', direction: 's2t', example: '脚本里面写着', source: `${WEEKLY} (腳本里面)` },
  { from: '道里的', to: '道裏的', direction: 's2t', example: '管道里的水', source: GREEDY },
  { from: '本里的', to: '本裏的', direction: 's2t', example: '课本里的故事', source: GREEDY },
  // 和面 (knead dough) read across 和 + 面X.
  ...['试', '部', '对', '临', '积', '子', '貌', '向', '料', '前'].map((c): Correction => ({
    from: `和面${c}`,
    to: `和面${{ 试: '試', 部: '部', 对: '對', 临: '臨', 积: '積', 子: '子', 貌: '貌', 向: '向', 料: '料', 前: '前' }[c]}`,
    direction: 's2t',
    example: `我和面${c}的人`,
    source: `${WEEKLY} (和麪試 / 和麪部)`,
  })),
  // 发 / 髮: 金发, 生发 (hair) read across a name or 学生 + 发X.
  ...['表', '现', '展', '布', '出', '言', '生', '起'].map((c): Correction => ({
    from: `生发${c}`,
    to: `生發${{ 表: '表', 现: '現', 展: '展', 布: '佈', 出: '出', 言: '言', 生: '生', 起: '起' }[c]}`,
    direction: 's2t',
    example: `毕业生发${c}了`,
    source: `${WEEKLY} (畢業生髮現)`,
  })),
  ...['表', '现', '布', '出', '言'].map((c): Correction => ({
    from: `金发${c}`,
    to: `金發${{ 表: '表', 现: '現', 布: '佈', 出: '出', 言: '言' }[c]}`,
    direction: 's2t',
    example: `霍金发${c}论文`,
    source: `${WEEKLY} (霍金髮表)`,
  })),
  { from: '假发票', to: '假發票', direction: 's2t', example: '开具假发票', source: `${WEEKLY} (假髮票)` },
  // 干 / 幹 / 乾
  { from: '一个人干的', to: '一個人幹的', direction: 's2t', example: '这是一个人干的', source: `${WEEKLY} (一個人乾的)` },
  { from: '简单干净', to: '簡單乾淨', direction: 's2t', example: '简单干净的房间', source: `${WEEKLY} (簡單幹淨)` },
  { from: '人干的', to: '人幹的', direction: 's2t', example: '是两个人干的', source: `${WEEKLY} (一個人乾的)` },
  // Traditional → Simplified: 甚麼 (what Hong Kong and many Taiwan writers write) is 什么 in Simplified, not 甚么.
  { from: '甚麼', to: '什么', direction: 't2s', example: '你在說甚麼', source: 'OpenCC TSPhrases lacks 甚麼 (t2s gives 甚么); Hong Kong news writes 甚麼; found by tongwen' },
  { from: '甚麽', to: '什么', direction: 't2s', example: '為甚麽不去', source: 'the same, with the variant 麽' },
  { from: '单干净', to: '單乾淨', direction: 's2t', example: '很单干净', source: `${WEEKLY} (簡單幹淨)` },
];

/** Entries of one direction as dictionary pairs. */
export function correctionPairs(direction: 's2t' | 't2s'): Array<[string, string]> {
  return CORRECTIONS.filter((c) => c.direction === direction && [...c.example].length > 0).map((c) => [c.from, c.to]);
}
