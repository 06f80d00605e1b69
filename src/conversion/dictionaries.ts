/**
 * Dictionary data that tongwen maintains on top of opencc-js.
 *
 * Origin and licence: every entry below is taken from the Open Chinese Convert
 * project's dictionaries (https://github.com/BYVoid/OpenCC, `data/dictionary/`,
 * Apache License 2.0), as noted per table; tongwen only selects and groups
 * them. Keep this file small: anything large belongs upstream in OpenCC.
 */

/**
 * Traditional → Simplified character entries of upstream OpenCC's
 * `TSCharacters.txt` that opencc-js 1.4.2 lacks (its dictionary predates
 * them). They make the three rare-character `t2s` conformance cases pass
 * (OpenCC PR 464, 1228, 1229). Added to every conversion into Simplified.
 */
export const TS_CHARACTER_ADDITIONS: ReadonlyArray<readonly [string, string]> = [
  ['殢', '𣨼'],
  ['圞', '𪢮'],
  ['樠', '𣗊'],
];

/**
 * Simplified characters with several Traditional counterparts, from the
 * multi-valued entries of upstream OpenCC's `STCharacters.txt` (common
 * characters only; rare alternatives left out). Each line: the Simplified
 * character, then its Traditional forms (OpenCC's default first); forms
 * written together are variant spellings of one word (裏裡, 臺台: the TW and
 * HK standards write the second), which repair never swaps. A leading `~`
 * marks characters whose forms are all acceptable in Traditional usage
 * (才/纔, 周/週): source repair leaves those as written, but titles still
 * get the ambiguity check.
 *
 * Used by `tongwen check` (one-to-many characters in titles) and by source
 * repair (which characters a round trip may change).
 */
const ONE_TO_MANY_TABLE = `
后 後 后
发 發 髮
干 幹 乾 干
台 臺台 檯 颱
里 裏裡 里
面 面 麪麵
只 只 隻 祇
余 餘 余
系 系 係 繫
历 歷 曆
复 復 複 覆
准 準 准
冲 衝 沖
钟 鍾 鐘
松 松 鬆
范 範 范
斗 鬥 斗
志 志 誌
制 制 製
征 徵 征
卷 卷 捲
尽 盡 儘
汇 匯 彙
获 獲 穫
坛 壇 罈
团 團 糰
须 須 鬚
脏 髒 臟
谷 谷 穀
郁 鬱 郁
丑 醜 丑
表 表 錶
胡 胡 鬍 衚
采 採 采
云 雲 云
朴 樸 朴
游 遊 游
咸 鹹 咸
划 劃 划
几 幾 几
凶 兇 凶
伙 夥 伙
借 借 藉
蒙 蒙 矇 濛 懞
苏 蘇 甦 囌
药 藥 葯
荡 蕩 盪
签 籤 簽
扎 扎 紮
~折 折 摺
据 據 据
症 症 癥
愿 願 愿
出 出 齣
回 回 迴
困 困 睏
叶 葉 叶
于 於 于
并 並 併
万 萬 万
御 御 禦
念 念 唸
恶 惡 噁
托 託 托
挂 掛 挂
极 極 极
柜 櫃 柜
弥 彌 瀰
当 當 噹
~周 周 週
致 致 緻
舍 舍 捨
确 確 确
种 種 种
胜 勝 胜
适 適 适
辟 闢 辟
霉 黴 霉
~了 了 瞭
党 黨 党
价 價 价
仆 僕 仆
厂 廠 厂
广 廣 广
涂 塗 涂
涌 湧 涌
淀 澱 淀
筑 築 筑
腊 臘 腊
虫 蟲 虫
蜡 蠟 蜡
~才 才 纔
~布 布 佈
~占 佔 占
~杰 傑 杰
~岩 巖 岩
~恒 恆 恒
~升 升 昇
~注 注 註
~家 家 傢
~梁 梁 樑
`;

export interface OneToMany {
  /** The Traditional forms, OpenCC's default first. */
  forms: string[];
  /** The forms grouped into words: forms in one group are variant spellings of each other. */
  words: string[][];
  /** Whether source repair may choose between the forms (false for acceptable variant pairs such as 才/纔). */
  repair: boolean;
}

/** Simplified character → its Traditional forms. */
export const ONE_TO_MANY: ReadonlyMap<string, OneToMany> = new Map(
  ONE_TO_MANY_TABLE.trim().split('\n').map((line) => {
    const repair = !line.startsWith('~');
    const [key, ...words] = line.replace(/^~/, '').split(' ') as [string, ...string[]];
    return [key, { forms: words.flatMap((w) => [...w]), words: words.map((w) => [...w]), repair }] as const;
  }),
);

/**
 * Simplified characters that are also correct Traditional characters although
 * OpenCC converts them by default (e.g. 后 in 皇后, 于 as a surname, 台 in
 * 台灣): upstream `STCharacters.txt` lists the character itself among its
 * Traditional values. Such a character in Traditional text is not, by
 * itself, a sign of mixed script.
 */
export const ALSO_TRADITIONAL: ReadonlySet<string> = new Set(
  '万丑丰于云仆价伙余佣党准几凶划占厂厘台叶吁后咨咸唇夸尸岩岳帘干广征恒愿托挂据斗朴杠杰极柜涂涌淀游痴皂确种筑胜腊腌膻苹范荐虫虱蚝蜡蝎辟适郁采里霉',
);

/**
 * Traditional characters that are also correct Simplified characters although
 * OpenCC converts them by default (乾 in 乾隆, 於 as a surname): upstream
 * `TSCharacters.txt` lists the character itself among its Simplified values.
 */
export const ALSO_SIMPLIFIED: ReadonlySet<string> = new Set('乾於徵薹蘋麽');
