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

import * as Preset from 'opencc-js/preset';

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
const HKGOV = 'Hong Kong Government press text (Common Voice, bench/corpora/cv-zh-hk-gov.txt)';
const SENTENCES = 'Taiwan sentence-collector text (Common Voice, bench/corpora/cv-zh-tw-sentences.txt, dev half)';
const PRESIDENT = "Taiwan Office of the President press releases, 2025 (bench/corpora/tw-president-2025.json; round trip as zh-TW, studied as development text)";
const P2024 = "Taiwan Office of the President press releases, 2024 (kiang/www.president.gov.tw commit 7e5cb2fd3eedc86c6678c2996e0e23c808c3915c, news_json/2024: every fourth release, round trip as zh-TW, studied as development text; the 2023 releases of bench:conversion stay held out)";
const P2024B = 'Taiwan Office of the President press releases, 2024 (as P2024: the next quarter of the releases, every fourth from the second, studied as development text)';
const P2024C = 'Taiwan Office of the President press releases, 2024 (as P2024: the third quarter, every fourth release from the third, studied as development text)';
const P2024D = 'Taiwan Office of the President press releases, 2024 (as P2024: the fourth quarter, every fourth release from the fourth, studied as development text by helper conv2)';
const DIGIT = 'OpenCC has 三天後 but no entry after Arabic digits; issue 9 (60天后 ×27)';
const YUE = 'Common Voice Cantonese sentences (bench/corpora/cv-yue-hk.txt, Hong Kong colloquial writing; studied whole as development text by helper conv)';
const CV2019 = 'Common Voice Taiwan sentences of the 2019 validated set (bench/corpora/cv-zh-tw-2019.txt; studied whole as development text by helper conv)';
const P2022 = "Taiwan Office of the President press releases, 2022 (bench/corpora/tw-president-2022.json; studied whole as development text by helper conv)";
const P2015 = "Taiwan Office of the President press releases, 2015 (bench/corpora/tw-president-2015.json; studied whole as development text by helper conv)";
const FSC = 'Taiwan Financial Supervisory Commission penalty decisions, 2012–2022 (bench/corpora/tw-fsc-penalties.json; development text of helper conv4)';
const TNCC = 'Tainan City Council news, 2025 (bench/corpora/tw-tncc-2025.json; development text of helper conv3, studied by helper conv4)';
const TAINAN = 'Tainan City Government news, 2024 (bench/corpora/tw-tainan-2024.json; studied whole as development text by helper conv)';

/** Verbs and adverbs after 是只 (“only”), with their OpenCC standard Traditional form. */
const ONLY_AFTER_SHI: ReadonlyArray<readonly [string, string]> = ([
  ['有', '有'], ['能', '能'], ['要', '要'], ['会', '會'], ['是', '是'], ['想', '想'], ['在', '在'], ['为', '爲'], ['剩', '剩'],
  ['需', '需'], ['用', '用'], ['限', '限'], ['对', '對'], ['说', '說'], ['看', '看'], ['让', '讓'], ['把', '把'], ['被', '被'],
  ['给', '給'], ['靠', '靠'], ['顾', '顧'], ['做', '做'], ['可', '可'], ['针', '針'], ['适', '適'], ['从', '從'], ['跟', '跟'],
  ['懂', '懂'], ['知', '知'], ['求', '求'], ['图', '圖'], ['关', '關'], ['讲', '講'], ['谈', '談'], ['想', '想'], ['追', '追'],
] as Array<[string, string]>).filter(([c], i, all) => all.findIndex(([d]) => d === c) === i);

const digitDays: Correction[] = '0123456789'.split('').map((d) => ({
  from: `${d}天后`,
  to: `${d}天後`,
  direction: 's2t',
  example: `${d === '0' ? '3' : ''}${d}天后再说`,
  source: DIGIT,
}));

/**
 * The characters that end a title before 长 (總會長, 次長, 處長, 秘書長 …), with their OpenCC standard Traditional: the
 * surnames 胡 游 范 余 after such a title are read by OpenCC as words of 长 (长胡 長鬍, 长游 長遊, 长范, 长余 長餘).
 */
const ZHANG_TITLES: ReadonlyArray<readonly [string, string]> = [...'会次部院校市县署局处社组科队省镇乡区议所站事员厅馆行班司首书'].map((c) => [c, ({ 会: '會', 县: '縣', 处: '處', 组: '組', 队: '隊', 镇: '鎮', 乡: '鄉', 区: '區', 议: '議', 员: '員', 厅: '廳', 馆: '館', 书: '書' } as Record<string, string>)[c] ?? c] as const);

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
  // 背負 (“bear”): what Taiwan and Hong Kong write; OpenCC's phrase table has 揹負.
  { from: '背负', to: '背負', direction: 's2t', example: '我怕你背负的压力很大', source: 'UD Chinese-HK treebank (dev half): 背負的壓力 → 揹負; Taiwan Ministry of Education dictionary lists 背負' },
  // 干 in the transliteration 干达 (Ganda, 乌干达): OpenCC reads 幹達 (“get done”).
  { from: '干达', to: '干達', direction: 's2t', example: '卢干达文', source: 'Unicode CLDR zh-Hant display names (dev half): 干達文, OpenCC gives 幹達文' },
  // Found on the Hong Kong Government press text (bench/corpora/cv-zh-hk-gov.txt): OpenCC reads across a word boundary.
  { from: '合作伙伴', to: '合作夥伴', direction: 's2t', example: '寻觅合适可靠的合作伙伴', source: `${HKGOV} (held-out half, seen after the split was measured): 合作夥伴 → 合作伙伴 (OpenCC reads 作伙)` },
  { from: '传统制造', to: '傳統製造', direction: 's2t', example: '低增值的传统制造业', source: `${HKGOV} (held-out half, seen after the split was measured): 傳統製造業 → 傳統制造業 (OpenCC reads 统制)` },
  // 回流 (people or money coming back: 人才回流, 資金回流) is 回流 in Taiwan and Hong Kong; OpenCC's 迴流 is the backflow of a fluid.
  { from: '回流', to: '回流', direction: 's2t', example: '传统制造业回流香港', source: `${HKGOV} (held-out half, seen after the split was measured): 回流香港 → 迴流; Taiwan Ministry of Education dictionary: 回流 “flow back”` },
  // Found by measuring check's hazards on the benchmark text (bench:conversion): OpenCC reads across a word boundary.
  { from: '相冲突', to: '相衝突', direction: 's2t', example: '与其他命令相冲突', source: 'VS Code zh-Hant (Taiwan) UI text (bench/corpora/vscode-zh.json): 相衝突 → 相沖突 (OpenCC reads 相冲, the clash of horoscopes)' },
  { from: '有只能', to: '有只能', direction: 's2t', example: '是否有只能通过键盘操作的功能', source: 'VS Code zh-Hant (Taiwan) UI text: 有只能透過 → 有隻能 (OpenCC reads 有只 as a measure word)' },
  { from: '并成为', to: '並成爲', direction: 's2t', example: '积极参与艺术活动，并成为首位得奖的香港人', source: `${HKGOV} (dev half): 並成為 → 併成為 (OpenCC reads 并成 “merge into”); 合并成为 keeps 合併` },
  // Found on Taiwan's college entrance exam text (bench/corpora/cv-zh-tw-exam.txt, dev half).
  { from: '长发生', to: '長發生', direction: 's2t', example: '波长发生改变', source: 'Taiwan college exam text (Common Voice, dev half): 波長發生改變 → 波長髮生 (OpenCC reads 长发 “long hair”)' },
  { from: '浪冲走', to: '浪沖走', direction: 's2t', example: '让海浪冲走他们的烦恼', source: 'Taiwan college exam text (Common Voice, dev half): 海浪沖走 → 海浪衝走 (OpenCC reads 浪冲)' },
  // Found on Taiwan's Office of the President press releases of 2025 (bench/corpora/tw-president-2025.json, vendored
  // for the keyword bench and not part of this one's halves): OpenCC reads across a word boundary.
  // 胡 the surname after a title (總會長胡惠森, 次長胡忠一): OpenCC's phrase 长胡 is 長鬍 “a long beard” (长胡子 stays).
  ...ZHANG_TITLES.filter(([c]) => c !== '书').map(([c, t]): Correction => ({ from: `${c}长胡`, to: `${t}長胡`, direction: 's2t', example: `出席的还有${c}长胡先生`, source: `${PRESIDENT}: 總會長胡惠森, 農業部次長胡忠一 → 長鬍 (OpenCC reads 长胡 “a long beard”)` })),
  // 游 the surname after a title ending in 长 (人事處長游梅子, the Tainan City Council's 2025 news, development text:
  // → 處長遊梅子; OpenCC's phrase 长游 is 長遊): 游覽 游玩 游客 游說 游行 游歷 游戲 after the title keep OpenCC's 遊.
  ...ZHANG_TITLES.flatMap(([c, t]): Correction[] => {
    return [
      { from: `${c}长游`, to: `${t}長游`, direction: 's2t', example: `人事${c}长游梅子说`, source: `${TNCC}: 人事處長游梅子 → 處長遊梅子 (OpenCC's phrase 长游; as 長胡 above)` },
      ...([['游览', '遊覽'], ['游玩', '遊玩'], ['游客', '遊客'], ['游说', '遊說'], ['游行', '遊行'], ['游历', '遊歷'], ['游戏', '遊戲']] as const).map(([w, tw]): Correction => ({ from: `${c}长${w}`, to: `${t}長${tw}`, direction: 's2t', example: `${c}长${w}的时候`, source: `guard: keeps ${tw} against the ${c}长游 entry` })),
    ];
  }),
  // 范 the surname after a title (秘書長范振國): OpenCC's 範 (长范 is no phrase; 成长范围 keeps 範: 成 is no title).
  ...ZHANG_TITLES.flatMap(([c, t]): Correction[] => {
    return [
      { from: `${c}长范`, to: `${t}長范`, direction: 's2t', example: `由${c}长范振国陪同`, source: `${P2024}: 秘書長范振國 ×2 → 範振國 (as 長胡 above)` },
      { from: `${c}长余`, to: `${t}長余`, direction: 's2t', example: `由${c}长余剑锋陪同`, source: `${P2024B}: 校長余劍鋒, 縣長余登發 → 長餘 (the surname 余 after a title, as 長胡 above)` },
      // guards: 範圍 範例 after a word ending in 长 (延长范围 is read 延長|範圍 already; 部长范围 would not be)
      { from: `${c}长余地`, to: `${t}長餘地`, direction: 's2t', example: `${c}长余地不多`, source: `guard: keeps 餘地 against the ${c}长余 entry` },
      ...([['围', '圍'], ['例', '例']] as const).map(([n, m]): Correction => ({ from: `${c}长范${n}`, to: `${t}長範${m}`, direction: 's2t', example: `在${c}长范${n}之内`, source: `guard: keeps 範${m} against the ${c}长范 entry` })),
    ];
  }),
  // 范 and 余 the surnames after a title that does not end in 长 (國策顧問范振修, 駐臺大使范東亞, 監察委員范巽綠, 主任秘書范美玲)
  // and 余 before a title (余董事長): OpenCC's 範 and 餘. Guards keep 範圍 範例 and 餘地 餘下 餘額 after the title.
  ...([['顾问', '顧問'], ['大使', '大使'], ['委员', '委員'], ['秘书', '秘書'], ['议员', '議員'], ['董事', '董事'], ['理事', '理事'], ['主任', '主任'], ['教授', '教授'], ['经理', '經理']] as const).flatMap(
    ([title, t]): Correction[] => [
      { from: `${title}范`, to: `${t}范`, direction: 's2t', example: `出席的有${title}范振修`, source: `${P2024D}: 國策顧問范振修, 駐臺大使范東亞, 監察委員范巽綠, 主任秘書范美玲 → 範 (as 長范 above)` },
      { from: `${title}余`, to: `${t}余`, direction: 's2t', example: `出席的有${title}余剑锋`, source: `${P2024D}: 范 after a title (the entry above); the surname 余 the same (as 長余 above)` },
      ...([['范围', '範圍'], ['范例', '範例'], ['余地', '餘地'], ['余下', '餘下'], ['余额', '餘額']] as const).map(([w, tw]): Correction => ({ from: `${title}${w}`, to: `${t}${tw}`, direction: 's2t', example: `${title}${w}不多`, source: `guard: keeps ${tw} against the ${title}范 / ${title}余 entries` })),
    ]),
  ...([['董事长', '董事長'], ['院长', '院長'], ['部长', '部長'], ['市长', '市長'], ['县长', '縣長'], ['教授', '教授'], ['老师', '老師'], ['先生', '先生'], ['女士', '女士'], ['委员', '委員'], ['议员', '議員'], ['总经理', '總經理']] as const).map(
    ([title, t]): Correction => ({ from: `余${title}`, to: `余${t}`, direction: 's2t', example: `并感谢余${title}的支持`, source: `${P2024D}: 並感謝余董事長 → 餘董事長 (the surname 余 before a title, as 范律師 below)` })),
  // 游 the surname before a title (游院長, Premier 游錫堃 in the President's 2005 releases): OpenCC's 遊; and 余 before
  // 前 and a title (余前校長).
  ...([['董事长', '董事長'], ['院长', '院長'], ['部长', '部長'], ['市长', '市長'], ['县长', '縣長'], ['主委', '主委'], ['立委', '立委'], ['教授', '教授'], ['老师', '老師'], ['委员', '委員'], ['议员', '議員'], ['总经理', '總經理'], ['副院长', '副院長'], ['秘书长', '秘書長']] as const).map(
    ([title, t]): Correction => ({ from: `游${title}`, to: `游${t}`, direction: 's2t', example: `感谢游${title}的领导`, source: `helper conv's development text, the President's 2005 releases (bench/corpora/tw-president-2005.json): 游院長領導的 → 遊院長 ×2 (the surname 游 before a title, as 余董事長 above)` })),
  ...([['校长', '校長'], ['院长', '院長'], ['部长', '部長'], ['市长', '市長'], ['县长', '縣長'], ['主委', '主委']] as const).map(
    ([title, t]): Correction => ({ from: `余前${title}`, to: `余前${t}`, direction: 's2t', example: `与余前${title}同行`, source: `helper conv's development text, the President's 2005 releases: 余前校長傳韜 → 餘前校長 (余 before 前 and a title)` })),
  { from: '余登发', to: '余登發', direction: 's2t', example: '纪念民主前辈余登发', source: `${P2024D}: 余登發 (the Kaohsiung county magistrate and democracy pioneer, as the Office writes him) ×8 → 餘登發` },
  { from: '范斯', to: '范斯', direction: 's2t', example: '副总统候选人范斯', source: `${P2024}: 范斯 (J. D. Vance, as Taiwan's press writes him) → 範斯` },
  { from: '贸易伙伴', to: '貿易夥伴', direction: 's2t', example: '台湾作为美国长期可靠的贸易伙伴', source: `${PRESIDENT}: 貿易夥伴 → 貿易伙伴 (OpenCC's phrase; 合作夥伴, 工作夥伴 elsewhere)` },
  { from: '战略伙伴', to: '戰略夥伴', direction: 's2t', example: '重要战略伙伴', source: `${PRESIDENT}: 戰略夥伴 → 戰略伙伴` },
  { from: '电复原', to: '電復原', direction: 's2t', example: '视察水电复原情形', source: `${PRESIDENT}: 水電復原 → 水電覆原 (OpenCC reads 电复 “a telegram reply”)` },
  { from: '电线杆', to: '電線桿', direction: 's2t', example: '逾650支电线杆断裂', source: `${PRESIDENT}: 電線桿 → 電線杆 (電線桿 in the Ministry of Education dictionary)` },
  { from: '未来台风', to: '未來颱風', direction: 's2t', example: '降低未来台风的灾损', source: `${PRESIDENT}: 未來颱風 → 未來臺風 (OpenCC reads 来台 “come to Taiwan”)` },
  { from: '买烟雾', to: '買煙霧', direction: 's2t', example: '先从网上购买烟雾弹', source: `${PRESIDENT}: 購買煙霧彈 → 購買菸霧彈 (OpenCC reads 买烟 “buy cigarettes”)` },
  { from: '来台风', to: '來颱風', direction: 's2t', example: '带来台风和豪雨', source: `${PRESIDENT} (未來颱風 above): the same after any 来 (帶來颱風, 迎來颱風); OpenCC reads 来台 “come to Taiwan”` },
  // Found on the Office of the President's 2024 releases (P2024: development text, never a bench half).
  { from: '咨文', to: '咨文', direction: 's2t', example: '总统府送交总统咨文', source: `${P2024}: 總統咨文 → 諮文 ×4 (咨 the formal letter between organs of state, the Constitution's 咨請; OpenCC writes 諮 for every 咨 as in 諮詢); McBopomofo's Taiwan counts 咨文 11, 諮文 never` },
  { from: '咨请', to: '咨請', direction: 's2t', example: '咨请立法院同意', source: `${P2024}: 咨請立法院同意 → 諮請 ×6 (as 咨文 above)` },
  { from: '此咨', to: '此咨', direction: 's2t', example: '此咨 立法院', source: `${P2024}: 此咨 → 此諮 ×2 (the closing formula of a 咨文)` },
  { from: '见复', to: '見復', direction: 's2t', example: '敬请贵院同意见复', source: `${P2024}: 同意見復後任命 → 見覆 ×2 (見復 “reply”, the formula of official letters)` },
  { from: '剪彩', to: '剪綵', direction: 's2t', example: '一同进行剪彩仪式', source: `${P2024}: 剪綵儀式 → 剪彩 ×4 (every 剪綵 of the 2024 releases, 19 : 0); McBopomofo's Taiwan counts 剪綵 41, 剪彩 never; the Ministry of Education's dictionary writes 剪綵` },
  { from: '剪彩仪式', to: '剪綵儀式', direction: 's2t', example: '进行开幕剪彩仪式', source: `${P2024}: 剪綵儀式 (as 剪彩 above; OpenCC's phrase 剪彩儀式)` },
  { from: '了解备忘录', to: '瞭解備忘錄', direction: 's2t', example: '双方签署经贸合作了解备忘录', source: `guard: keeps OpenCC’s 瞭解備忘錄 as one segment against the common forms’ 了解 (forms.ts); ${PRESIDENT}: 經貿合作瞭解備忘錄 ×3 → 了解備忘錄` },
  { from: '客庄', to: '客庄', direction: 's2t', example: '推动客庄发展', source: `${P2024}: 客庄 ×13, 客莊 never (the Hakka Affairs Council's word for Hakka villages); OpenCC writes 莊` },
  // 回復 “restore” (回復正常, 名譽回復) as Taiwan and Hong Kong write it; OpenCC's 回覆 is “reply”, kept for 回复 alone.
  ...([['回复正常', '回復正常'], ['回复原状', '回復原狀'], ['回复原貌', '回復原貌'], ['回复名誉', '回復名譽'], ['名誉回复', '名譽回復'], ['权利回复', '權利回復'], ['回复秩序', '回復秩序']] as const).map(
    ([from, to]): Correction => ({ from, to, direction: 's2t', example: `早日${from}的生活`, source: `${P2024}: 回復正常生活 ×3, 名譽回復 ×2, 權利回復 ×2 → 回覆 (OpenCC writes 回覆 “reply” for every 回复)` })),
  // 并 “and” before a verb that OpenCC reads with it as 併 (并发 “concurrent”, 并购 “merger”, 并为 “merge into”).
  ...([['并为', '並爲'], ['并发挥', '並發揮'], ['并发出', '並發出'], ['并发放', '並發放'], ['并发布', '並發佈'], ['并购买', '並購買'], ['并合影', '並合影']] as const).map(
    ([from, to]): Correction => ({ from, to, direction: 's2t', example: `他们参观展览，${from}大家`, source: `${P2024}: 並為王船點睛, 並發揮影響, 並購買書籍, 並合影留念 → 併 ×13 (OpenCC's phrases 并为 并发 并购 并合 are “merge”; 合并为 keeps 合併: its phrase starts first)` })),
  // 发 “issue” after a word ending in 长 or 断 that OpenCC reads as 長髮 / 斷髮 “hair” (处长发挥, 不断发掘), and 金发放.
  ...[...'挥展表现布言出放起动掘'].flatMap((c): Correction[] => {
    const t = ({ 挥: '揮', 现: '現', 布: '佈', 动: '動' } as Record<string, string>)[c] ?? c;
    return [
      { from: `长发${c}`, to: `長發${t}`, direction: 's2t', example: `处长发${c}作用`, source: `${P2024}: 處長發揮, 成長發揮 → 長髮揮 (OpenCC reads 长发 “long hair”; 长发生 above)` },
      // OpenCC has 不斷發展 and 不斷發現 itself.
      ...(c === '展' || c === '现' ? [] : [{ from: `断发${c}`, to: `斷發${t}`, direction: 's2t', example: `不断发${c}新的`, source: `${P2024}: 不斷發掘 → 斷髮掘 (OpenCC reads 断发 “cut hair”)` } as Correction]),
    ];
  }),
  { from: '金发放', to: '金發放', direction: 's2t', example: '救助金发放需从优', source: `${P2024}: 救助金發放 → 金髮放 (OpenCC reads 金发 “golden hair”; 金发表 … above)` },
  // 签 “sign” after a word OpenCC reads with it as 籤 (能签 “lot”): 洽簽, 親簽.
  { from: '洽签', to: '洽簽', direction: 's2t', example: '双方洽签经济合作协议', source: `${P2024}: 洽簽 → 洽籤 ×2 (OpenCC writes 籤 for 签 here)` },
  { from: '亲签', to: '親簽', direction: 's2t', example: '亲签致函', source: `${P2024}: 親簽致函 → 親籤` },
  { from: '能签', to: '能簽', direction: 's2t', example: '不可能签和平协议', source: `${P2024}: 不可能簽和平協議 → 能籤 (OpenCC reads 能签)` },
  // 历 “go through” after 长 / 国 that OpenCC reads as 曆 “calendar” (长历 國曆): 成長歷程, 部長歷練, 中華民國歷任.
  ...([['长历程', '長歷程'], ['长历练', '長歷練'], ['长历任', '長歷任'], ['国历任', '國歷任'], ['国历程', '國歷程']] as const).map(
    ([from, to]): Correction => ({ from, to, direction: 's2t', example: `他的成${from}`, source: `${P2024}: 成長歷程 ×2, 部長歷練, 中華民國歷任總統 → 曆 (OpenCC reads 长历 国历 “calendar”; 年历史 below)` })),
  { from: '历史里程碑', to: '歷史里程碑', direction: 's2t', example: '共同见证历史里程碑', source: `${P2024}: 歷史里程碑 → 歷史裡程碑 (OpenCC's phrase 历史里 “in history” starts first)` },
  // 拼经济 拼外交 拼到底 as one segment, so that the house style's 拚 (prefer.ts PIN_WORDS, zh-TW's default) sees them.
  ...([['拼经济', '拼經濟'], ['拼外交', '拼外交'], ['拼到底', '拼到底']] as const).map(
    ([from, to]): Correction => ({ from, to, direction: 's2t', example: `一起${from}`, source: `guard: one segment for the house style’s 拚 (prefer.ts); ${P2024}: 拚經濟 13 : 0, 拚外交 7 : 0, 拚到底 2 : 0 → 拼` })),
  { from: '打拼音', to: '打拼音', direction: 's2t', example: '用键盘打拼音', source: 'guard: 打|拼音 (typing pinyin), against OpenCC’s phrase 打拼 and the house style’s 打拚 (prefer.ts)' },
  // Found on a second quarter of the Office of the President's 2024 releases (P2024B).
  { from: '在台风', to: '在颱風', direction: 's2t', example: '在台风期间全力抢修', source: `${P2024B}: 在颱風期間, 在颱風過後 ×4 → 在臺風 (OpenCC reads 在台 “in Taiwan”)` },
  { from: '在台风险', to: '在臺風險', direction: 's2t', example: '外商在台风险', source: 'guard: 在台|风险 (risk in Taiwan) against the 在台风 entry' },
  { from: '来台风险', to: '來臺風險', direction: 's2t', example: '外资来台风险', source: 'guard: 来台|风险 (the risk of coming to Taiwan) against the 来台风 entry (helper conv2)' },
  { from: '对台风', to: '對颱風', direction: 's2t', example: '各单位对台风做好准备', source: `${P2024D}: 對臺 is a name word there (prefer.ts), and OpenCC already reads 对台 “towards Taiwan” in 對颱風 → 對臺風` },
  { from: '对台风险', to: '對臺風險', direction: 's2t', example: '评估对台风险', source: 'guard: 对台|风险 (risk to Taiwan) against the 对台风 entry' },
  { from: '上台风', to: '上颱風', direction: 's2t', example: '海上及陆上台风警报', source: `${P2024B}: 陸上颱風警報 → 陸上臺風 (OpenCC reads 上台 “go on stage”)` },
  { from: '上台风采', to: '上臺風采', direction: 's2t', example: '他上台风采依旧', source: 'guard: 上台|风采 against the 上台风 entry' },
  { from: '上台风度', to: '上臺風度', direction: 's2t', example: '他上台风度翩翩', source: 'guard: 上台|风度 against the 上台风 entry' },
  { from: '理发行', to: '理發行', direction: 's2t', example: '韦杰理发行人说', source: `${P2024B}: 韋傑理發行人 ×3 → 理髮行人 (OpenCC reads 理发 “haircut”)` },
  { from: '总发电', to: '總發電', direction: 's2t', example: '年度总发电量', source: `${P2024B}: 總發電量 ×2 → 總髮電量 (OpenCC reads 总发 as hair)` },
  ...([['并发起', '並發起'], ['并发扬', '並發揚'], ['并成功', '並成功']] as const).map(
    ([from, to]): Correction => ({ from, to, direction: 's2t', example: `他们积极参与，${from}`, source: `${P2024B}: 並發起成立, 並發揚民主, 並成功爭取 → 併 (as 并为 above)` })),
  { from: '复电', to: '復電', direction: 's2t', example: '昨日晚间全台复电率已超过九成', source: `${P2024B}: 復電率, 搶修復電 ×3 → 覆電 (power restored; OpenCC's 覆電 is a telegram's reply); McBopomofo's Taiwan counts 復電 10, 覆電 never` },
  { from: '复校', to: '復校', direction: 's2t', example: '陆军官校于凤山复校', source: `${P2024B}: 鳳山復校 → 覆校 (a school re-established)` },
  { from: '机制造', to: '機製造', direction: 's2t', example: '高阶工具机制造国家', source: `${P2024B}: 工具機製造 → 工具機制造 (OpenCC reads 机制 “mechanism”)` },
  { from: '新制程', to: '新製程', direction: 's2t', example: '引进多项创新制程技术', source: `${P2024B}: 創新製程 → 創新制程 (OpenCC reads 新制 “new system”)` },
  // 发 “issue, develop” after a word ending in 秀 or 华 that OpenCC reads as 秀髮 / 華髮 “hair” (优秀发明家, 繁华发展).
  ...[...'明展表现挥'].flatMap((c): Correction[] => {
    const t = ({ 现: '現', 挥: '揮' } as Record<string, string>)[c] ?? c;
    return [
      { from: `秀发${c}`, to: `秀發${t}`, direction: 's2t', example: `优秀发${c}人才`, source: `${P2024C}: 優秀發明家 → 優秀髮明家 (OpenCC reads 秀发 “beautiful hair”)` },
      { from: `华发${c}`, to: `華發${t}`, direction: 's2t', example: `繁华发${c}的城市`, source: `${P2024C}: 繁華發展 → 繁華髮展 (OpenCC reads 华发 “grey hair”)` },
    ];
  }),
  { from: '生发想', to: '生發想', direction: 's2t', example: '由白聆先生发想', source: `${P2024C}: 先生發想 → 先生髮想 (生发X above)` },
  // Found on Taiwan sentence-collector text beyond the benchmark excerpt (characters 128,000–136,918, the file's end;
  // lines in no bench file, studied as development text).
  { from: '金仑', to: '金崙', direction: 's2t', example: '金仑大桥', source: 'Taiwan sentence-collector text beyond the benchmark excerpt (characters 128,000–136,918): 金崙大橋 (Taitung’s 金崙) → 金侖 (OpenCC writes 侖 for 仑 outside 崑崙 拿破崙 崙背)' },
  { from: '龟仑', to: '龜崙', direction: 's2t', example: '龟仑岭铁道桥', source: 'the same text: 龜崙嶺鐵道橋 → 龜侖嶺' },
  { from: '金包里', to: '金包里', direction: 's2t', example: '金包里大路', source: `the same text: 金包里大路 → 金包裡 (金包里, the old name of 金山); ${P2024}: 金包里溪 → 金包裡溪` },
  { from: '要回避', to: '要迴避', direction: 's2t', example: '需要回避多数同学上厕所的时间', source: 'the same text: 需要迴避 → 需要回避 (OpenCC reads 要回 “take back”; its 回避 is 迴避, McBopomofo’s Taiwan counts 迴避 110)' },
  // Found on the Taiwan sprint text (bench/corpora/cv-zh-tw-sprint.txt, dev half).
  // 范 the surname before a title: OpenCC gives 範律師, 範老師 (模范老师 stays 模範: OpenCC's phrase 模范 is matched first).
  ...([['律师', '律師'], ['老师', '老師'], ['委员', '委員'], ['教授', '教授'], ['先生', '先生'], ['女士', '女士'], ['主任', '主任'], ['院长', '院長'], ['部长', '部長'], ['局长', '局長'], ['市长', '市長'], ['议员', '議員'], ['法官', '法官'], ['博士', '博士']] as const).map(
    ([title, t]): Correction => ({ from: `范${title}`, to: `范${t}`, direction: 's2t', example: `基本上我不赞成范${title}的意见`, source: 'Taiwan sprint text (Common Voice, dev half): 范律師, 范老師 → 範 (the surname 范 before a title)' })),
  { from: '里办公处', to: '里辦公處', direction: 's2t', example: '顶新里办公处', source: 'Taiwan sprint text (dev half): 頂新里辦公處 (a Taiwan borough office) → 裡辦公處' },
  { from: '那只好', to: '那只好', direction: 's2t', example: '那只好麻烦你了', source: 'Taiwan sprint text (dev half): 那只好麻煩 → 那隻好 (OpenCC reads 那只 as a measure word; 只好 “have to”)' },
  // 捱夜 (“stay up late”, Hong Kong): OpenCC's 捱 words (捱餓) lack it.
  { from: '挨夜', to: '捱夜', direction: 's2t', example: '小朋友们都挨夜追看', source: 'UD Chinese-HK treebank (dev half): 捱夜追看 → 挨夜 (OpenCC writes 捱餓 but has no 捱夜)' },
  { from: '查核准', to: '查覈准', direction: 's2t', example: '审查核准后生效', source: 'Taiwan sprint text (dev half): 審查核准 → 審查核準 (OpenCC reads 查核 + 准)' },
  // Found on the Taiwan sentence-collector text (bench/corpora/cv-zh-tw-sentences.txt, dev half).
  // 回歸 (“return”: 香港回歸, 回歸正常, 北回歸線) is what Taiwan and Hong Kong write; OpenCC's 迴歸 is kept for statistics (迴歸分析).
  { from: '回归', to: '回歸', direction: 's2t', example: '一秒回归', source: `${SENTENCES}: 一秒回歸 → 迴歸 (OpenCC writes 迴歸 for every 回归, 香港回歸 too); Taiwan Ministry of Education dictionary: 回歸` },
  { from: '回归线', to: '回歸線', direction: 's2t', example: '穿过回归线', source: `${SENTENCES} (回歸 above)` },
  { from: '北回归线', to: '北回歸線', direction: 's2t', example: '北回归线标志', source: `${SENTENCES} (回歸 above): 北回歸線, as Taiwan's Chiayi monument writes it (OpenCC reads 北回 as the 北迴 railway)` },
  { from: '南回归线', to: '南回歸線', direction: 's2t', example: '南回归线以南', source: `${SENTENCES} (回歸 above)` },
  { from: '回归年', to: '回歸年', direction: 's2t', example: '一个回归年', source: `${SENTENCES} (回歸 above)` },
  { from: '回归热', to: '回歸熱', direction: 's2t', example: '回归热是一种传染病', source: `${SENTENCES} (回歸 above)` },
  { from: '回归分析', to: '迴歸分析', direction: 's2t', example: '进行回归分析', source: 'guard: keeps OpenCC’s 迴歸 in statistics (Taiwan: 迴歸分析) against the 回归 entry above' },
  { from: '线性回归', to: '線性迴歸', direction: 's2t', example: '线性回归模型', source: 'guard: keeps OpenCC’s 迴歸 in statistics against the 回归 entry above' },
  { from: '回归模型', to: '迴歸模型', direction: 's2t', example: '建立回归模型', source: 'guard: keeps OpenCC’s 迴歸 in statistics against the 回归 entry above' },
  { from: '回归系数', to: '迴歸係數', direction: 's2t', example: '回归系数为正', source: 'guard: keeps OpenCC’s 迴歸 in statistics against the 回归 entry above' },
  // 哄 in 鬧哄哄 亂哄哄 (“noisy”, “chaotic”): OpenCC's 鬨 is the 鬨 of 起鬨; the Ministry's dictionary writes 鬧哄哄, 亂哄哄.
  { from: '闹哄哄', to: '鬧哄哄', direction: 's2t', example: '乱糟糟闹哄哄', source: `${SENTENCES}: 亂糟糟鬧哄哄 → 鬧鬨鬨; Taiwan Ministry of Education dictionary: 鬧哄哄` },
  { from: '乱哄哄', to: '亂哄哄', direction: 's2t', example: '会场乱哄哄的', source: `${SENTENCES} (鬧哄哄 above); Taiwan Ministry of Education dictionary: 亂哄哄` },
  { from: '热闹哄哄', to: '熱鬧哄哄', direction: 's2t', example: '街上热闹哄哄', source: `${SENTENCES} (鬧哄哄 above): OpenCC’s phrase 熱鬧鬨鬨` },
  // OpenCC reads across a word boundary.
  { from: '花面包', to: '花麪包', direction: 's2t', example: '一个葱花面包', source: `${SENTENCES}: 蔥花麵包 → 蔥花面包 (OpenCC reads 花面 “painted face”)` },
  { from: '东西后', to: '東西後', direction: 's2t', example: '丢东西后改变我的事', source: `${SENTENCES}: 丟東西後 → 東西后 (OpenCC reads 西后, the Empress Dowager)` },
  // 破表 (“off the charts”) and 私菸 (smuggled cigarettes) as Taiwan writes them; OpenCC 破錶, 私煙 (its 菸 words: 香菸, 吸菸).
  { from: '破表', to: '破表', direction: 's2t', example: '战斗力破表', source: `${SENTENCES}: 戰鬥力破表 → 破錶` },
  { from: '私烟', to: '私菸', direction: 's2t', example: '不能夹带私烟', source: `${SENTENCES}: 私菸 → 私煙 (OpenCC writes 菸 for tobacco: 香菸, 吸菸, but has no 私菸)` },
  { from: '好凶', to: '好兇', direction: 's2t', example: '中国人好凶', source: `${SENTENCES}: 好兇 → 好凶 (OpenCC has 很兇 太兇 這麼兇, not 好兇)` },
  { from: '如干脆', to: '如乾脆', direction: 's2t', example: '不如干脆就去', source: `${SENTENCES}: 不如乾脆 → 不如干脆 (OpenCC reads 如干 “若干”)` },
  { from: '如干净', to: '如乾淨', direction: 's2t', example: '倒不如干净利落', source: `${SENTENCES} (不如乾脆 above): OpenCC gives 不如干淨` },
  // 来复 (來復, “come back”) read across 来 + 复X: 用来复制 → 用來復制.
  ...([['习', '複習'], ['杂', '複雜'], ['查', '複查'], ['述', '複述'], ['核', '複覈']] as const).map(
    ([c, t]): Correction => ({ from: `来复${c}`, to: `來${t}`, direction: 's2t', example: `可以拿来复${c}`, source: `${SENTENCES}: 拿來複習 → 拿來復習 (OpenCC reads 来复)` })),
  // 年历 日历 (calendar) read across 年 / 日 + 历史 (history): 百年历史 → 百年曆史.
  { from: '年历史', to: '年歷史', direction: 's2t', example: '一间百年历史的公司', source: 'Taiwan sentence-collector text beyond the benchmark excerpt (characters 48,000–64,000, studied as development text): 百年歷史 → 百年曆史 (OpenCC reads 年历 “calendar”)' },
  { from: '日历史', to: '日歷史', direction: 's2t', example: '回顾今日历史', source: 'the same as 年历史 above (OpenCC reads 日历 “calendar”: 今日曆史)' },
  { from: '疗愈', to: '療癒', direction: 's2t', example: '被红豆紫米汤疗愈', source: 'Taiwan sentence-collector text beyond the benchmark excerpt (characters 32,000–48,000 and 112,000–128,000, lines in no bench file): 療癒 ×2 → 療愈 (OpenCC writes 愈 “more”; 療癒 “heal”, as 治癒; McBopomofo’s Taiwan counts: 療癒 11, 療愈 never)' },
  { from: '冲冲冲', to: '衝衝衝', direction: 's2t', example: '继续冲冲冲啊', source: 'Taiwan sentence-collector text beyond the benchmark excerpt (characters 96,000–112,000, studied as development text): 繼續衝衝衝 → 沖沖衝 (OpenCC reads 冲冲 as in 興沖沖)' },
  { from: '卧薪尝胆', to: '臥薪嘗膽', direction: 's2t', example: '他卧薪尝胆十年', source: 'the same text: 臥薪嘗膽 → 臥薪嚐膽 (OpenCC writes 嚐 “taste food”; the idiom is 臥薪嘗膽 in Taiwan’s Ministry of Education idiom dictionary and in Hong Kong)' },
  { from: '断舍离', to: '斷捨離', direction: 's2t', example: '你需要一点断舍离', source: `${SENTENCES}: 斷捨離 → 斷舍離 (the Japanese 断捨離, as Taiwan and Hong Kong write it)` },
  { from: '全彩', to: '全彩', direction: 's2t', example: '全彩漫画世界历史', source: `${SENTENCES}: 全彩漫畫 → 全綵 (OpenCC's 綵 is festoon silk)` },
  { from: '托福', to: '托福', direction: 's2t', example: '全新托福单字大全', source: `${SENTENCES}: 托福單字 (TOEFL) → 託福 (OpenCC's “thanks to you”; 託您的福 stays)` },
  // Found with `npm run bench:conversion -- --errors` on the dev halves (issue 9, helper conv3).
  { from: '里底亚', to: '里底亞', direction: 's2t', example: '古代里底亚语', source: 'Unicode CLDR zh-Hant display names (dev half): 里底亞語 (Lydian), OpenCC gives 裏底亞 (里 “inside”)' },
  // 里 in transliterated names of currencies, cities and islands (OpenCC's character default 裏 is "inside"), found by
  // helper conv2 on the iso-codes project's Taiwan translations (bench/corpora/iso-codes-zh-tw.json) and the CLDR
  // currency and time-zone names (bench/corpora/cldr-zh-more.json), both development text. Each entry is the whole
  // syllable run, long enough that no 里 "inside" starts it (这里兰花 is not 里兰吉尼).
  ...([
    ['里兰吉尼', '里蘭吉尼', '史瓦帝尼 里兰吉尼', 'iso-codes zh_TW: 里蘭吉尼 (lilangeni) → 裡蘭吉尼'],
    ['里朗吉尼', '里朗吉尼', '斯威士兰里朗吉尼', 'CLDR zh-Hant currency names: 斯威士蘭里朗吉尼 → 裏朗吉尼'],
    ['赫里夫尼亚', '赫里夫尼亞', '乌克兰赫里夫尼亚', 'iso-codes zh_TW: 烏克蘭赫里夫尼亞 (hryvnia) → 赫裡夫尼亞'],
    ['阿里亚里', '阿里亞里', '马达加斯加阿里亚里', 'guard: keeps OpenCC’s 阿里亞里 (ariary; iso-codes zh_TW and CLDR zh-Hant currency names) against tongwen’s 里 “inside” after a name (it wrote 阿里亞裡)'],
    ['里托罗曼', '里托羅曼', '里托罗曼语', 'iso-codes zh_TW: 里托羅曼語 (Rhaeto-Romance) → 裡托羅曼語'],
    ['叶里温', '葉里溫', '叶里温时间', 'CLDR zh-Hant time-zone names: 葉里溫 (Yerevan) → 葉裡溫'],
    ['基里地马地', '基里地馬地', '基里地马地岛', 'CLDR zh-Hant time-zone names: 基里地馬地島 (Kiritimati) → 基裡地馬地島'],
    ['由里达瓦', '由里達瓦', '厄瓜多尔由里达瓦康斯坦', 'CLDR zh-Hant currency names: 厄瓜多爾由里達瓦康斯坦 (Unidad de Valor Constante) → 由裡達瓦'],
    ['宛里塔', '宛里塔', '立陶宛里塔', 'CLDR zh-Hant currency names: 立陶宛里塔 (litas) → 立陶宛裏塔'],
    ['戈里察', '戈里察', '波德戈里察', 'CLDR zh-Hant time-zone names: 波德戈里察 (Podgorica) → 波德戈裏察'],
    ['派里级', '派里級', '4艘派里级巡防舰', 'Office of the President 2015 (bench/corpora/tw-president-2015.json, development text): 派里級巡防艦 (Perry-class frigates) → 派裡級'],
  ] as const).map(([from, to, example, source]): Correction => ({ from, to, direction: 's2t', example, source })),
  // 是只 + a verb or adverb: OpenCC's phrase 是只 → 是隻 (这是只猫) is for the measure word only.
  ...ONLY_AFTER_SHI.map(([c, t]): Correction => ({
    from: `是只${c}`,
    to: `是只${t}`,
    direction: 's2t',
    example: `不是只${c}这些`,
    source: 'OpenCC phrase 是只 → 是隻 (a measure word) before a verb; UD Chinese-HK: 不是只有你 → 不是隻有你',
  })),
  // Found by helper conv on development text it vendored (bench:conversion's development-text table; the held-out
  // halves were not looked at): Common Voice Cantonese sentences (bench/corpora/cv-yue-hk.txt), the Office of the
  // President's 2005, 2015 and 2022 releases, the Tainan City Government's 2024 news and the 2019 Common Voice
  // Taiwan sentences (bench/corpora/).
  // 钟 alone is 鍾 in OpenCC (its character table's first form): 个钟 (an hour, a clock) and 十几分钟 (十幾分 “very” read
  // first) come out 鍾.
  // 几个, 两个 … are OpenCC phrases, read before its 个钟 (個鐘).
  ...[...'两三四五六七八九十几半'].map((n): Correction => ({ from: `${n}个钟`, to: `${n === '两' ? '兩' : n === '几' ? '幾' : n}個鐘`, direction: 's2t', example: `我喊咗${n}个钟`, source: `${YUE}: 喊咗幾個鐘 → 幾個鍾 (OpenCC reads ${n}个, then 钟 alone)` })),
  // 钟 an hour or the clock in Cantonese counts of time (HKCanCor, bench/corpora/hkcancor-hk.txt, dev: 三點零鐘, 兩粒鐘,
  // 個半鐘, 個幾鐘, 夠鐘, 睇鐘 → 鍾 ×17; OpenCC has 點鐘 and 個鐘 but reads these 钟 alone).
  ...([['零钟', '零鐘', '三点零钟去买'], ['粒钟', '粒鐘', '揸两粒钟先'], ['个半钟', '個半鐘', '坐咗个半钟啦'], ['个几钟', '個幾鐘', '等咗一个几钟啊'], ['够钟', '夠鐘', '够钟嘅时候'], ['睇钟', '睇鐘', '你睇钟喇']] as const).map(
    ([from, to, example]): Correction => ({ from, to, direction: 's2t', example, source: 'HKCanCor Hong Kong Cantonese conversation (bench/corpora/hkcancor-hk.txt, development text of helper conv3, studied by helper conv4): 點零鐘, 兩粒鐘, 個半鐘, 個幾鐘, 夠鐘 → 鍾 (OpenCC reads 钟 alone)' })),
  { from: '十几分钟', to: '十幾分鐘', direction: 's2t', example: '还要十几分钟', source: `${CV2019}: 還要十幾分鐘 → 十幾分鍾 (OpenCC reads 十幾分 “very”, then 钟 alone)` },
  // 冲凉 (a shower, Hong Kong and Taiwan alike: 沖涼) with a particle between: OpenCC's 冲 alone is 衝.
  ...([['冲个凉', '沖個涼'], ['冲咗凉', '沖咗涼'], ['冲紧凉', '沖緊涼'], ['冲完凉', '沖完涼'], ['冲热水', '沖熱水'], ['冲冻水', '沖凍水']] as const).map(
    ([from, to]): Correction => ({ from, to, direction: 's2t', example: `你${from}先啦`, source: `${YUE}: 你沖個涼先啦, 沖咗涼未, 沖緊涼, 沖熱水 → 衝 (OpenCC has 冲凉 only)` })),
  // 赞 “great, a like”: 讚 in Taiwan and Hong Kong (按讚, 很讚, 讚好); OpenCC writes 贊 (贊成, 贊助) outside 超讚.
  ...([['很赞', '很讚'], ['真赞', '真讚'], ['好赞', '好讚'], ['太赞', '太讚'], ['最赞', '最讚'], ['按赞', '按讚'], ['点赞', '點讚'], ['赞好', '讚好']] as const).map(
    ([from, to]): Correction => ({ from, to, direction: 's2t', example: `这个${from}`, source: `${CV2019}: 真的讚很值得買 → 贊; the President's releases (2005, 2015) write 讚 10 : 贊 3 (贊 in 贊成, 贊助)` })),
  // 一出 “as soon as … out” (消息一出, 一出手, 一出口, 一出現): OpenCC's phrase 一出 → 一齣 is the measure word of a play;
  // the play words keep it.
  { from: '一出', to: '一出', direction: 's2t', example: '就等消息一出大赚特赚', source: `${CV2019}: 就等消息一出 → 一齣 (OpenCC's phrase 一出 → 一齣, a play's measure word; 一出手 一出口 一出現 一出發 the same)` },
  ...([['一出戏', '一齣戲'], ['一出好戏', '一齣好戲'], ['一出大戏', '一齣大戲'], ['一出闹剧', '一齣鬧劇'], ['一出悲剧', '一齣悲劇'], ['一出喜剧', '一齣喜劇'], ['一出歌剧', '一齣歌劇'], ['一出话剧', '一齣話劇'], ['一出京剧', '一齣京劇'], ['一出舞台剧', '一齣舞臺劇']] as const).map(
    ([from, to]): Correction => ({ from, to, direction: 's2t', example: `这是${from}`, source: 'guard: keeps OpenCC’s 一齣 for a play against the 一出 entry above' })),
  // 歌后 (a diva) read across a song word and 后 “after”: 演奏兩國國歌後.
  ...([['国歌后', '國歌後'], ['首歌后', '首歌後'], ['唱歌后', '唱歌後'], ['听歌后', '聽歌後'], ['完歌后', '完歌後'], ['儿歌后', '兒歌後'], ['校歌后', '校歌後']] as const).map(
    ([from, to]): Correction => ({ from, to, direction: 's2t', example: `演奏${from}，大家鼓掌`, source: `${P2022}: 演奏兩國國歌後 → 國歌后 (OpenCC reads 歌后, a diva)` })),
  // 签 alone (免签, 要签, 签了): OpenCC's character table writes 籤 (a lot, a label) first; the words of 籤 are its phrases
  // (标签 书签 抽签 牙签 中签), and a lone 签 is mostly “sign”: Taiwan development text writes 簽 142 : 籤 0 (the
  // President's 2005, 2015, 2022 and 2025 releases, Tainan, Common Voice 2019; VS Code's 籤 are 標籤).
  { from: '签', to: '簽', direction: 's2t', example: '给予我国免签待遇', source: `${P2015}: 免簽待遇 ×3 → 免籤 (OpenCC's 签 alone is 籤); ${YUE}: 有啲文件要簽 → 要籤` },
  // 能借 is an OpenCC phrase: 能借此 能借由 (“by means of”) read 能借|此; Taiwan writes 藉此 藉由 (the President's releases 32 : 0).
  { from: '能借此', to: '能藉此', direction: 's2t', example: '希望能借此会议进一步交流', source: `${P2015}: 希望能藉此會議 → 能借此 (OpenCC's phrase 能借)` },
  { from: '能借由', to: '能藉由', direction: 's2t', example: '期能借由分享经验', source: `${P2015}: 期能藉由分享 → 能借由 (OpenCC's phrase 能借)` },
  // 哗 alone is the interjection 嘩 (嘩，好犀利; 嘩啦 is OpenCC's own): OpenCC's character table writes 譁 (喧譁 譁然).
  { from: '哗', to: '嘩', direction: 's2t', example: '哗，今年真系好犀利', source: `${YUE}: 嘩 ×13 alone (嘩，份表你整嘎？), all → 譁 (OpenCC's character table; 譁 is in its words 喧譁 譁然 譁眾取寵)` },
  ...([['哗然', '譁然'], ['哗众取宠', '譁眾取寵'], ['哗变', '譁變'], ['大哗', '大譁'], ['哗笑', '譁笑']] as const).map(
    ([from, to]): Correction => ({ from, to, direction: 's2t', example: `舆论${from}`, source: 'guard: keeps OpenCC’s 譁 in its words against the 哗 entry above' })),
  { from: '干支线', to: '幹支線', direction: 's2t', example: '红、蓝、绿干支线', source: `${TAINAN}: 紅、藍、綠幹支線 (bus trunk and branch lines) → 干支線 (OpenCC reads 干支, the sexagenary cycle)` },
  { from: '复层', to: '複層', direction: 's2t', example: '形成复层绿化效果', source: `${TAINAN}: 形成複層綠化 → 復層 (複層 “multi-layer”, as 複式)` },
  // Found on Taiwan's Financial Supervisory Commission penalty decisions and the Common Voice Hong Kong Legislative
  // Council text (bench/corpora/tw-fsc-penalties.json, cv-zh-hk-legco.txt; development text of helper conv4).
  { from: '签准', to: '簽准', direction: 's2t', example: '依本会所签准之百分比', source: `${FSC}: 所簽准之 → 所籤準之 (OpenCC writes 籤 and 準: 簽准 “approve by signature”)` },
  { from: '编制财务', to: '編製財務', direction: 's2t', example: '协助编制财务报告', source: `${FSC}: 協助編製財務報告 → 編制 (OpenCC's 編制 is a staffing plan; financial statements are 編製, as IFRS Taiwan writes)` },
  { from: '径予', to: '逕予', direction: 's2t', example: '将款项径予挪用', source: `${FSC}: 款項逕予挪用 → 徑予 (逕予 “directly”, the formula of official writing, as 逕行)` },
  { from: '存款折合', to: '存款折合', direction: 's2t', example: '其存款折合新台币', source: `${FSC}: 存款折合新臺幣 → 存款摺合 (OpenCC reads 存款折 “passbook”)` },
  { from: '电子表决', to: '電子表決', direction: 's2t', example: '电子表决系统的使用', source: 'Common Voice Hong Kong Legislative Council text (bench/corpora/cv-zh-hk-legco.txt, development text of helper conv4): 電子表決系統 → 電子錶決 (OpenCC reads 电子表 “electronic watch”)' },
  { from: '总发现', to: '總發現', direction: 's2t', example: '总发现好多港人嘅旅游胜地都出现天灾', source: 'Common Voice Hong Kong advertising text (bench/corpora/cv-zh-hk-advertise.txt, development text of helper conv4): 總發現好多 → 總髮現 (OpenCC reads 总发 as hair; 总发电 below)' },
  { from: '峇里', to: '峇里', direction: 's2t', example: '峇里火山爆发', source: 'Common Voice Hong Kong advertising text (development text of helper conv4): 峇里火出爆發 → 峇裏 (峇里, Bali; OpenCC has 峇里島 only)' },
  // 舖頭 and 吉舖 (a shop, a vacant shop: Cantonese words, HKCanCor writes 舖頭 12 : 鋪頭 2, bench/corpora/hkcancor-hk.txt,
  // development text): OpenCC's 鋪.
  { from: '铺头', to: '舖頭', direction: 's2t', example: '要开间铺头啫', source: 'HKCanCor (bench/corpora/hkcancor-hk.txt, development text of helper conv3, studied by helper conv4): 開間舖頭, 好多舖頭 → 鋪頭 (舖頭 12 : 鋪頭 2)' },
  { from: '吉铺', to: '吉舖', direction: 's2t', example: '有个吉铺喺度', source: 'HKCanCor (development text): 個吉舖喺度 ×2 → 吉鋪' },
  // Found on the Tainan City Council's 2025 news (bench/corpora/tw-tncc-2025.json, development text of helper conv3).
  // 盃 of a tournament named after an office (全國議長盃網球賽 ×4 → 議長杯): OpenCC has 市長盃 and 總統盃 only; 杯葛
  // (boycott: 議長杯葛議事) stays.
  ...([['议长', '議長'], ['校长', '校長'], ['县长', '縣長'], ['部长', '部長'], ['局长', '局長'], ['院长', '院長'], ['区长', '區長'], ['乡长', '鄉長'], ['镇长', '鎮長'], ['会长', '會長'], ['主席', '主席'], ['主委', '主委'], ['议员', '議員']] as const).flatMap(
    ([title, t]): Correction[] => [
      { from: `${title}杯`, to: `${t}盃`, direction: 's2t', example: `全国${title}杯网球赛`, source: `${TNCC}: 全國議長盃網球賽 ×4 → 議長杯 (OpenCC has 市長盃 總統盃, not 議長盃 校長盃 縣長盃)` },
      { from: `${title}杯葛`, to: `${t}杯葛`, direction: 's2t', example: `${title}杯葛议事`, source: `guard: keeps 杯葛 (boycott) against the ${title}杯 entry` },
    ]),
  // 游 “roam” after 上 read as 上游 “upstream” (水上遊憩活動 → 水上游憩, OpenCC's phrase 上游 starts first): 遊憩 遊客 遊玩
  // 遊樂 遊覽 (島上遊客, 水上遊樂園, 山上遊玩); 上游 alone (河的上游) stays.
  ...([['上游憩', '上遊憩'], ['上游客', '上遊客'], ['上游玩', '上遊玩'], ['上游乐', '上遊樂'], ['上游览', '上遊覽']] as const).map(
    ([from, to]): Correction => ({ from, to, direction: 's2t', example: `体验水${from}`, source: `${TNCC}: 體驗多元的水上遊憩活動 → 水上游憩 (OpenCC reads 上游 “upstream”)` })),
  // 发声 “speak up” after a word ending in 金 (退休金發聲 → 金髮聲, OpenCC reads 金发 “golden hair”; 金发表 … above).
  { from: '金发声', to: '金發聲', direction: 's2t', example: '却没争取自己的议员退休金发声', source: `${TNCC}: 議員退休金發聲 → 金髮聲` },
  // 里长 里民 (a borough's chief and residents) after 在地 “local”: OpenCC reads 地里 “in the field” (在地里長 → 在地裡長);
  // growing in the field (在地里长大, 在地里长出) stays.
  { from: '在地里长', to: '在地里長', direction: 's2t', example: '现场邀集多位在地里长共同参与', source: `${TNCC}: 在地里長共同參與 → 在地裡長` },
  { from: '在地里民', to: '在地里民', direction: 's2t', example: '满足在地里民需求', source: `${TNCC}: 滿足在地里民需求 → 在地裡民` },
  { from: '在地里长大', to: '在地裏長大', direction: 's2t', example: '庄稼在地里长大', source: 'guard: keeps OpenCC’s 地裏 (in the field) against the 在地里长 entry' },
  { from: '在地里长出', to: '在地裏長出', direction: 's2t', example: '麦子在地里长出来', source: 'guard: keeps OpenCC’s 地裏 (in the field) against the 在地里长 entry' },
  { from: '复丈', to: '複丈', direction: 's2t', example: '土地复丈及建物测量', source: `${TAINAN}: 土地複丈 (the term of Taiwan's 地籍測量實施規則) → 復丈` },
];

/**
 * Corrections made by a rule rather than listed one by one: each rule
 * generates its entries from a character class, and is tested on examples
 * (which it must fix) and guards (ordinary text it must leave as OpenCC
 * writes it).
 */
export interface CorrectionRule {
  name: string;
  source: string;
  entries: ReadonlyArray<readonly [string, string]>;
  /** [Simplified sentence, OpenCC standard Traditional it must give]. */
  examples: ReadonlyArray<readonly [string, string]>;
  /** Simplified sentences near the rule's entries that it must leave as plain OpenCC converts them. */
  guards: readonly string[];
}

/**
 * Characters of Xinhua's transliteration table (外国人名译名 / 外国地名译名
 * 汉字音译表) that are written the same in Simplified as their single
 * Traditional form apart from the regular character conversion, minus those
 * that are common nouns before 里 “inside” (海里, 林里, 门里, 卡里, 图里,
 * 班里 …) or that start common words after it.
 */
const TRANSLITERATION = [...'阿埃艾安昂奥巴拜班邦贝本比宾波伯布查策达代丹德登迪蒂丁杜多厄恩尔法菲芬弗福盖甘戈格古瓜圭哈汉豪赫亨洪胡霍吉加贾杰卡凯坎康考科克肯库拉莱兰朗劳勒雷利列林卢鲁伦罗洛马迈曼毛梅门米莫默穆纳奈南内尼宁纽努诺欧帕潘庞佩彭皮普齐奇恰乔琼丘萨塞桑瑟森沙施斯索塔泰坦汤特滕图托瓦旺威韦维温沃乌伍武西希锡夏谢辛休雅亚扬耶伊因英尤约泽扎詹朱兹佐峇裘'];
/** Nouns 里 “inside” follows (海里, 卡里有钱, 课本里, 汤里加盐), or characters that make words with 里 (万里, 英里, 内里). */
const NOT_BEFORE_LI = new Set([...'海林门金卡库沙塔图汤本内班万英明夏多']);
/** Characters that start common words after 里 “inside” (里加 “add in”, 里安装). */
const NOT_AFTER_LI = new Set([...'加安因英明多海本内门林金万卡沙塔图汤班']);

let stChars: Map<string, string[]> | undefined;

/** OpenCC's Simplified → Traditional character candidates. */
function stCandidates(c: string): string[] {
  if (!stChars) {
    stChars = new Map();
    const dict = Preset.configs.s2t?.conversionChain[0]?.at(-1);
    const rows: string[][] = typeof dict === 'string' ? dict.split('|').map((e: string) => e.split(' ')) : (dict ?? []).map((e: readonly string[]) => [...e]);
    for (const [a, ...b] of rows) if (a !== undefined && [...a].length === 1) stChars.set(a, b.flatMap((x) => x.split(' ')));
  }
  return stChars.get(c) ?? [c];
}

/** The single Traditional form of a Simplified character, or undefined when OpenCC has several. */
function oneForm(c: string): string | undefined {
  const forms = stCandidates(c);
  return forms.length === 1 ? forms[0] : undefined;
}

const SAFE = TRANSLITERATION.filter((c) => oneForm(c) !== undefined);
const BEFORE = SAFE.filter((c) => !NOT_BEFORE_LI.has(c));
const AFTER = SAFE.filter((c) => !NOT_AFTER_LI.has(c));
/** Words after 里 “inside” that start with 文 (书里文字 …): kept as OpenCC writes them. */
const WEN_WORDS: ReadonlyArray<readonly [string, string]> = [
  ['文化', '文化'], ['文字', '文字'], ['文章', '文章'], ['文件', '文件'], ['文物', '文物'], ['文学', '文學'], ['文明', '文明'],
  ['文艺', '文藝'], ['文本', '文本'], ['文献', '文獻'], ['文具', '文具'], ['文书', '文書'], ['文案', '文案'], ['文档', '文檔'],
];

/** OpenCC's phrases that start with 并 and write 併 (merge, annex), kept after a clause break: 并购 → 併購. */
const BING_WORDS: ReadonlyArray<readonly [string, string]> = [['并购', '併購'], ['并吞', '併吞'], ['并入', '併入'], ['并案', '併案'], ['并科', '併科'], ['并拢', '併攏'], ['并网', '併網'], ['并发症', '併發症']];

let liPhrases: Array<[string, string]> | undefined;

/** OpenCC's two-character phrases X里 (城里 → 城裏 “inside”, 卡里 → 卡里 a name), from its Simplified segmentation. */
function liPhraseList(): Array<[string, string]> {
  if (liPhrases) return liPhrases;
  const seg = Preset.configs.s2tw?.segmentation;
  const dicts = Array.isArray(seg) && typeof seg[0] === 'string' ? (seg as string[]) : seg === undefined ? [] : [seg];
  liPhrases = [];
  for (const d of dicts) {
    const rows: string[][] = typeof d === 'string' ? d.split('|').map((e) => e.split(' ')) : (d as ReadonlyArray<readonly string[]>).map((e) => [...e]);
    for (const [a, b] of rows) if (a !== undefined && b !== undefined && [...a].length === 2 && a.endsWith('里')) liPhrases.push([a, b]);
  }
  return liPhrases;
}

/** X里 → X裏 (“inside”: 城里, 家里). */
const insideLiWords = () => liPhraseList().filter(([, b]) => b.endsWith('裏'));
/** Characters before 里 the unit or the number (公里, 英里, 万里, 三里) or a place (故里, 乡里): 里面 never follows them as “inside”. */
const LI_UNIT = new Set([...'一二三四五六七八九十百千万廿卅卌半几数余多公英华海方里故乡邻闾']);
/** X里 → X里, a name (卡里, 哈里, 德里): before 面, 里 is “inside” (信用卡里面). */
const nameLiWords = () => liPhraseList().filter(([a, b]) => b.endsWith('里') && !LI_UNIT.has(a[0]!));

/** What a Taiwan borough (里) has: its activity centre and its office. */
const BOROUGH_PLACES: ReadonlyArray<readonly [string, string]> = [['活动中心', '活動中心'], ['办公处', '辦公處'], ['守望相助队', '守望相助隊']];

/**
 * Characters only Cantonese writes (particles, pronouns, negation: 唔 咪 嘅 佢 喺 咗 冇 …), as Simplified text has
 * them (嗰 is 𠮶, 囉 啰, 喎 㖞 in OpenCC's Simplified): 系 next to one of them is the copula 係 (唔係, 係咪, 佢係).
 */
const CANTONESE = [...'唔咪噉咁乜咩佢嘅嗰𠮶啲哋冇喺咗嚟嘢喇啰囉㖞喎嘞㗎咋'];
/** Adverbs before the Cantonese copula 係 (真係, 就係, 都係, 但係, 淨係, 即係, 梗係, 仲係, 定係, 只係). */
const CANTONESE_BEFORE_HAI = [...'真就都但净即梗仲定只又先算实似而亦'];
/** Words of 系 (system, series, tie) after those adverbs or characters, converted as OpenCC converts them: 就系统 → 就系統. */
const XI_WORDS: ReadonlyArray<readonly [string, string]> = [
  ['系统', '系統'], ['系列', '系列'], ['系数', '係數'], ['系谱', '系譜'], ['系主任', '系主任'], ['系鞋带', '繫鞋帶'], ['系领带', '繫領帶'],
  ['系安全带', '繫安全帶'], ['系好安全带', '繫好安全帶'], ['系上', '繫上'], ['系着', '繫着'], ['系住', '繫住'], ['系牢', '繫牢'], ['系于', '繫於'],
];
/**
 * Words ending in 系 that a Cantonese character may follow (体系嘅, 科系啲): kept as OpenCC converts them. Not 文系:
 * in Cantonese text 中文系咩, 粵文系乜 are a language and the copula (Common Voice Cantonese: 文係咩, 文係乜).
 */
const XI_ENDS: ReadonlyArray<readonly [string, string]> = [
  ['体系', '體系'], ['水系', '水系'], ['派系', '派系'], ['星系', '星系'], ['语系', '語系'], ['直系', '直系'], ['旁系', '旁系'], ['母系', '母系'],
  ['父系', '父系'], ['世系', '世系'], ['院系', '院系'], ['科系', '科系'], ['学系', '學系'], ['菜系', '菜系'], ['根系', '根系'],
  ['谱系', '譜系'], ['嫡系', '嫡系'], ['联系', '聯繫'], ['关系', '關係'], ['维系', '維繫'], ['心系', '心繫'], ['干系', '干係'],
];
const tOf = (w: string) => [...w].map((c) => oneForm(c) ?? c).join('');

export const CORRECTION_RULES: readonly CorrectionRule[] = [
  {
    name: '系 next to a Cantonese character (唔系, 系咪, 佢系, 嘅系) or after a Cantonese adverb (真系, 就系, 都系, 但系, 净系, 即系) is the copula 係, not 系 or 繫',
    source: `${YUE}: 係 ×2,726, of which OpenCC writes 系 ×2,211 and 繫 ×175 (真繫好, 係有 → 繫有); guards keep 系统 系列 系数 (就系統, 佢嘅系統) and the words ending in 系 (體系嘅)`,
    entries: [
      ...CANTONESE.flatMap((c): Array<[string, string]> => [[`${c}系`, `${tOf(c)}係`], [`系${c}`, `係${tOf(c)}`]]),
      // 系啊, 系呀, 系吖 (“yes”, Cantonese): the words ending in 系 are guarded below as before a Cantonese character.
      ...[...'啊呀吖'].map((c): [string, string] => [`系${c}`, `係${c}`]),
      ...CANTONESE_BEFORE_HAI.map((c): [string, string] => [`${c}系`, `${tOf(c)}係`]),
      ...[...CANTONESE, ...CANTONESE_BEFORE_HAI].flatMap((c) => XI_WORDS.map(([w, t]): [string, string] => [`${c}${w}`, `${tOf(c)}${t}`])),
      ...XI_ENDS.flatMap(([w, t]) => [...CANTONESE, ...'啊呀吖'].map((c): [string, string] => [`${w}${c}`, `${t}${tOf(c)}`])),
      // 只 the measure word 隻 after the Cantonese demonstrative 嗰 and a verb's 咗 (嗰隻, 買咗隻), and before 嘢 (隻嘢).
      ['嗰只', '嗰隻'], ['𠮶只', '嗰隻'], ['咗只', '咗隻'], ['只嘢', '隻嘢'],
      // 而家 依家 宜家 (“now”) before 係: OpenCC's phrase 家系 (a family line) would cut 而|家系.
      ['而家系', '而家係'], ['依家系', '依家係'], ['宜家系', '宜家係'],
      // 唔單只 (“not only”): OpenCC's phrase 单只 → 單隻 (a single one).
      ['唔单只', '唔單只'],
    ],
    examples: [['你而家系睇紧书', '而家係'], ['唔单只粤拼', '唔單只'], ['系啊，我都想', '係啊'], ['今次试下青色𠮶只', '嗰隻'], ['佢买咗只狗', '咗隻'], ['你只嘢', '隻嘢'], ['你真系好犀利', '真係好'], ['佢系我朋友', '佢係'], ['系咪真系噉', '係咪真係'], ['唔系我讲', '唔係'], ['即系话', '即係'], ['不过你真系紧张我', '真係緊張'], ['就系统而言', '就系統']],
    guards: ['但系统稳定', '体系啊', '不只是你', '都系上安全带', '他是中文系的学生', '请联系我们', '体系完善', '真系统一'],
  },
  {
    name: '系 the formal copula 係 before 由 and 我国 (日本係我國第三大貿易夥伴, 山林守護團係由600名…所組成), not after a word ending in 系 (體系由, 聯繫我國)',
    source: `${P2015} and the 2005 releases (bench/corpora/tw-president-2005.json; helper conv's development text): 係 ×29 outside 關係, 係我 ×7 and 係由 ×3 the most frequent; OpenCC writes 系 (it has 係指 確係 only)`,
    entries: [
      ['系由', '係由'],
      ['系我国', '係我國'],
      // OpenCC's phrase 日本系 (Japanese-lineage) would cut 日本係我國 before 系我国.
      ['日本系我国', '日本係我國'],
      ...[...XI_ENDS, ['文系', '文系'] as const, ['中文系', '中文系'] as const].flatMap(([w, t]): Array<[string, string]> => [[`${w}由`, `${t}由`], [`${w}我国`, `${t}我國`]]),
      // Helper conv2, on the Tainan City Government's 2024 news and the President's releases (development text):
      // 係透過 (服務係透過車機), 係以 (係以…計算), 係較 (係較…為), and 主要係 / 原因係 (主要係漁獲量減少, 原因係天氣炎熱).
      ['系透过', '係透過'], ['系以', '係以'], ['系较', '係較'],
      ...[...XI_ENDS, ['文系', '文系'] as const, ['中文系', '中文系'] as const].flatMap(([w, t]): Array<[string, string]> => [[`${w}透过`, `${t}透過`], [`${w}以`, `${t}以`], [`${w}较`, `${t}較`]]),
      ['主要系', '主要係'], ['原因系', '原因係'],
      // 係因 (貴行係因對…: the FSC's penalty decisions, helper conv4's development text), words ending in 系 before 因
      // (關係因素, 派系因) kept.
      ['系因', '係因'],
      ...[...XI_ENDS, ['文系', '文系'] as const, ['中文系', '中文系'] as const].map(([w, t]): [string, string] => [`${w}因`, `${t}因`]),
      ...['主要', '原因'].flatMap((w) => [['统', '統'], ['列', '列']].map(([c, t]): [string, string] => [`${w}系${c}`, `${w}系${t}`])),
    ],
    examples: [['日本系我国第三大贸易伙伴', '日本係我國'], ['欧盟系我国第5大贸易伙伴', '歐盟係我國'], ['山林守护团系由600名原住民组成', '係由'], ['亚洲广告会议系由亚洲广告联盟所举办', '係由'], ['本次服务系透过车机更新', '係透過'], ['贵行系因对客户', '係因'], ['主要系渔获量减少', '主要係'], ['涨价原因系天气炎热', '原因係'], ['系以平均消费金额计算', '係以']],
    guards: ['该体系由三部分组成', '维系我国与友邦的关系', '请联系我国驻外使馆', '中文系由王教授主持', '主要系统已经上线', '本校中文系以文学见长', '太阳系以外的行星', '关系因素', '派系因利益分裂', '两国关系较为紧张', '请通过联系以下人员'],
  },
  {
    name: '只 after an Arabic numeral is the measure word 隻 (6隻貓, 200隻), 里 after one a borough or a distance (13里, 3里路), not “only” or “inside”',
    source: `${TAINAN}: 打造6隻別具特色的創意 → 6只, 容量約達200隻 → 200只, 13里發布土石流紅色警戒 → 13裡 (OpenCC has 一隻 三隻 and 三里 but no entry after digits)`,
    entries: [...'0123456789０１２３４５６７８９'].flatMap((d): Array<[string, string]> => [
      [`${d}只`, `${d}隻`],
      ...(['只是', '只有', '只要', '只能', '只好', '只需', '只不过', '只剩', '只会'] as const).map((w): [string, string] => [`${d}${w}`, `${d}${w === '只会' ? '只會' : w === '只不过' ? '只不過' : w}`]),
      [`${d}里`, `${d}里`],
      [`${d}里面`, `${d}裏面`],
    ]),
    examples: [['打造6只特色吉祥物', '6隻'], ['容量约达200只', '200隻'], ['13里发布红色警戒', '13里'], ['全区37里', '37里']],
    guards: ['第3只是开始', '其中2只有翅膀', '1只要', '盒子2里面有糖'],
  },
  {
    name: '里 a Taiwan borough before 活动中心 or 办公处 (塗城里活動中心, 頂新里辦公處), also where OpenCC reads the name’s last character and 里 as “inside” (城里, 家里)',
    source: 'Taiwan sprint text (dev half): 頂新里辦公處 → 裡辦公處; Taiwan sentence-collector text beyond the benchmark excerpt (characters 32,000–48,000, studied as development text): 塗城里活動中心 → 塗城裡活動中心',
    entries: [
      ...BOROUGH_PLACES.map(([w, t]): [string, string] => [`里${w}`, `里${t}`]),
      ...insideLiWords().flatMap(([s2, t2]) => BOROUGH_PLACES.map(([w, t]): [string, string] => [`${s2}${w}`, `${t2.slice(0, -1)}里${t}`])),
    ],
    examples: [['涂城里活动中心', '塗城里活動中心'], ['顶新里活动中心', '頂新里活動中心'], ['新村里办公处', '新村里辦公處'], ['新社里守望相助队', '新社里守望相助隊']],
    guards: ['在家里活动', '城里人', '心里办公', '村里的活动'],
  },
  {
    name: '里面 “inside” after a word OpenCC reads as a name ending in 里 (卡里, 德里, 格里): 信用卡裏面, not 卡里面',
    source: 'Taiwan sentence-collector text beyond the benchmark excerpt (characters 64,000–80,000, studied as development text): 存在信用卡裡面 → 信用卡里面; issue 9 (報道里面, 腳本里面: the same kind, listed above)',
    entries: nameLiWords().map(([a, b]): [string, string] => [`${a}面`, `${b.slice(0, -1)}裏面`]),
    examples: [['把发票存在信用卡里面', '卡裏面'], ['这张卡里面有钱', '卡裏面']],
    guards: ['三公里面积', '平方英里面积', '卡里是谁', '德里的天气', '万里面对'],
  },
  {
    name: '里数 the mileage (飛行里數, 不同里數計劃: 里 the unit), not 裏數; 里 “inside” before 数 stays (這裏數不清, 心裏數著)',
    source: 'Common Voice Hong Kong advertising text (bench/corpora/cv-zh-hk-advertise.txt, development text of helper conv4): 不同里數計劃 → 裏數 (OpenCC writes 裏 for 里 outside 公里數 英里數)',
    entries: [['里数', '里數'], ...insideLiWords().map(([s2, t2]): [string, string] => [`${s2}数`, `${t2}數`])],
    examples: [['不同里数计划兑换率都不一样', '不同里數'], ['都可以储积分赚里数', '賺里數']],
    guards: ['这里数不清', '心里数着日子', '家里数他最小', '城里数这家最好'],
  },
  {
    name: '里 inside a transliterated name (哈里斯, 布里斯班): between two transliteration characters',
    source: 'OpenCC writes 里 as 裏 outside its phrase list; Unicode CLDR zh-Hant / zh-Hant-HK names (dev half: 瓦希里, 克胡里, 毛里裘斯); Xinhua transliteration table for the characters',
    entries: BEFORE.flatMap((p) => AFTER.map((n): [string, string] => [`${p}里${n}`, `${oneForm(p)}里${oneForm(n)}`])),
    examples: [['伊里娜·斯坦', '伊里娜'], ['毛里裘斯', '毛里裘斯'], ['加布里耶尔', '布里耶'], ['奥里雅文', '奧里雅'], ['塞里沃', '塞里沃']],
    guards: ['在海里游泳', '卡里加钱', '课本里有图', '汤里加盐', '林里安静', '这里斯文', '城里人', '万里长城', '三英里', '那里多么美', '手里拿着'],
  },
  {
    name: '里 before 文 in a language name (峇里文, 瓦希里文); OpenCC already writes 里語',
    source: 'Unicode CLDR zh-Hant display names (dev half: 峇里文, 教達里文, 瓦希里文, 克胡里文); OpenCC gives 裏文',
    entries: BEFORE.flatMap((p) => [
      [`${p}里文`, `${oneForm(p)}里文`] as [string, string],
      ...WEN_WORDS.map(([w, t]): [string, string] => [`${p}里${w}`, `${oneForm(p)}裏${t}`]),
    ]),
    examples: [['峇里文', '峇里文'], ['卡努里文', '努里文'], ['瑟里文', '瑟里文']],
    guards: ['表格里文字太小', '社区里文化活动', '罗马里文物', '这里文字'],
  },
  {
    name: '并 after a clause break (，；。：) is the conjunction 並 (，並成立 ，並到 ，並兼顧), except where OpenCC’s 併 word starts there (，併購 ，併吞 ，併入 ，併案 ，併科)',
    source: `${P2024D}: 並成立 並到 並兼顧 after a comma → 併 (OpenCC reads 并成 “merge into”, 并到, 兼并); the kind of 并为 并发挥 并成功 above, which it generalises`,
    entries: [...'，；。：'].flatMap((p) => [
      [`${p}并`, `${p}並`] as [string, string],
      ...BING_WORDS.map(([w, t]): [string, string] => [`${p}${w}`, `${p}${t}`]),
      // 并购买 (并 + 购买, listed above) against ，并购
      [`${p}并购买`, `${p}並購買`] as [string, string],
    ]),
    examples: [['他们修订法规，并成立数位发展部', '，並成立'], ['欢迎他来台湾，并到各城市参访', '，並到'], ['回应诉求，并兼顾自由', '，並兼顧'], ['完成修法；并成立专案小组', '；並成立'], ['参观展览，并购买纪念品', '，並購買']],
    guards: ['两家公司合并，并购案已完成', '检方受理后，并案侦办', '处有期徒刑，并科罚金', '，并入选国家队', '对方不断扩张，并吞邻国'],
  },
  {
    name: '夸 in a transliterated name (夸西奥, 马夸): next to a transliteration character, not 誇 “boast”',
    source: 'Unicode CLDR zh-Hant display names (dev half: 馬夸文), OpenCC gives 馬誇文; Xinhua transliteration table for the characters',
    entries: [
      ...BEFORE.filter((p) => p !== '夸').map((p): [string, string] => [`${p}夸`, `${oneForm(p)}夸`]),
      ...AFTER.map((n): [string, string] => [`夸${n}`, `夸${oneForm(n)}`]),
    ],
    examples: [['马夸文', '馬夸'], ['夸梅·恩克鲁玛', '夸梅']],
    guards: ['夸张', '夸奖', '自夸', '大家都夸他', '夸大其词', '夸海口', '夸夸其谈', '夸耀', '夸克'],
  },
  {
    name: '布列 before a transliteration character (布列斯, 布列塔尼): the name, not 佈列 “arrange”',
    source: 'Unicode CLDR zh-Hant display names (dev half: 布列斯), OpenCC gives 佈列斯',
    entries: AFTER.map((n): [string, string] => [`布列${n}`, `布列${oneForm(n)}`]),
    examples: [['布列斯', '布列斯'], ['布列维尔', '布列維']],
    guards: ['排兵布阵', '布列整齐', '布列塔尼'],
  },
];

/** Entries of one direction as dictionary pairs. */
export function correctionPairs(direction: 's2t' | 't2s'): Array<[string, string]> {
  const listed = CORRECTIONS.filter((c) => c.direction === direction && [...c.example].length > 0).map((c): [string, string] => [c.from, c.to]);
  if (direction === 't2s') return listed;
  // Listed entries win over a rule's entry for the same phrase.
  const seen = new Set(listed.map(([a]) => a));
  const ruled = CORRECTION_RULES.flatMap((r) => r.entries).filter(([a]) => !seen.has(a) && (seen.add(a), true));
  return [...listed, ...ruled.map(([a, b]): [string, string] => [a, b])];
}
