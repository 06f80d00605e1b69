/**
 * Taiwan vocabulary for zh-TW pages.
 *
 * OpenCC's Taiwan phrase table (`TWPhrases`, used by s2twp) is written for
 * computing texts: 发布 → 釋出, 程序 → 程式, 文件 → 檔案, 支持 → 支援,
 * 项目 → 專案, 信息 → 資訊. On a news page most of these are wrong (a 法律程序
 * is no 程式, 民眾支持 no 支援, a 新闻发布会 a 記者會). `vocabulary: news`
 * (the default) replaces that table with one fit for general news:
 *
 * - OpenCC's entries, minus those whose Taiwan form depends on the sense
 *   (NEWS_DROPPED: each either a computing sense of a general word, or a
 *   word with a general sense OpenCC's target does not have: 聲明 → 宣告,
 *   窗口 → 視窗, 刷新 → 重新整理, 萬象 → 永珍). Those stay in their standard
 *   form unless a longer phrase settles the sense;
 * - phrases that settle the sense (NEWS_ADDED): 新聞發佈會 → 記者會,
 *   電腦程序 → 電腦程式, 技術支持 → 技術支援, 網絡安全 → 網路安全,
 *   產品質量 → 產品品質, 短視頻 → 短影音, 項目經理 → 專案經理 …
 *
 * The reverse table (zh-TW source → Simplified) likewise drops OpenCC's
 * reverse entries whose Simplified form is one sense only (行程 → 进程,
 * 影片 → 视频, 檔案 → 文件, 支援 → 支持, 程序 → 进程, 訊息 → 消息 …).
 *
 * Keys are OpenCC standard Traditional (the phrase step runs between
 * OpenCC's s2t and the Taiwan forms). `vocabulary: computing` uses OpenCC's
 * table unchanged.
 *
 * Source of the kept entries: OpenCC `data/dictionary/TWPhrases*.txt`
 * (Apache-2.0) as shipped in opencc-js 1.4.2; added entries: tongwen, from
 * Taiwan news usage (Central News Agency style: 記者會, 電腦程式, 品質, 網路).
 */
import type { DictLike } from 'opencc-js/core';
import * as Preset from 'opencc-js/preset';
import { TW_LEXICON } from './tw-lexicon.js';

/** OpenCC TWPhrases keys left out of news vocabulary (sense-dependent or general words). */
export const NEWS_DROPPED: readonly string[] = [
  // sense-dependent terms of the issue
  '信息', '支持', '數據', '文件', '文檔', '發佈', '程序', '視頻', '項目', '運行', '進程', '菜單', '消息',
  // general words OpenCC gives a computing sense
  '保存', '創建', '對象', '實例', '局部', '全局', '打開', '查看', '連接', '聲明', '社區', '用戶', '設備', '設置',
  '添加', '調用', '調度', '導入', '導出', '映射', '循環', '擴展', '參數', '函數', '批量', '拋出', '重載', '類型',
  '遠程', '持久性', '審覈', '呼出', '刷新', '剪切', '分區', '代碼', '優化', '集羣', '窗口', '溢出', '禁用', '萬象',
  '綁定', '指針', '回調', '註銷', '登錄', '鏡像', '表達式', '截取', '仿真', '交互', '屏蔽', '集成', '像素',
  // 腳本 is a film's or a play's script too (劇本, 腳本); OpenCC's 指令碼 is a computer script only
  '腳本',
  // computing terms of general words: 權限 (許可權), 枚舉 (列舉: 不勝枚舉), 組件 (元件: 零組件 is what Taiwan writes)
  '權限', '枚舉', '組件',
  // words with a sense of their own that Taiwan text writes often itself (McBopomofo's Taiwan phrase counts, the
  // source of src/conversion/tw-lexicon.ts: 圖像 204 / OpenCC's 影像 1385, 聯繫 411 / 聯絡 478, 通信 479 / 通訊 778,
  // 性能 269 / 效能 209, 字體 178 / 字型 116, 自行車 142 / 腳踏車 238 (自行車道),
  // 算法 117 / 演算法 65, 信號 103 / 訊號 260, 奔馳 55 / 賓士 52, 觸摸 48 / 觸控 55, 重裝 25 / 重灌 30): a Taiwan
  // text's 圖像 should not come back as 影像. (發送 99 / 傳送 307 and 搜索 193 / 搜尋 614 stay, mostly
  // online in Simplified news: 搜索結果 → 搜尋結果; 搜索票, a warrant, is guarded below.)
  '圖像', '聯繫', '通信', '性能', '字體', '自行車', '算法', '信號', '奔馳', '觸摸', '重裝',
  // OpenCC Taiwan words the Taiwan counts never see, where they see the standard word: 掛斷 5 / 結束通話 0 (a phone
  // interface's label), 字庫 7 / 字型檔 0
  '掛斷', '字庫',
  // 布爾 → 布林 is Boolean; in news 布爾 is a transliteration (布爾戰爭, 伊斯坦布爾 → 伊斯坦布林)
  '布爾',
  // two-character fragments of one name each, which cut into other names (瓦拉莫文 → 瓦拉摩文, CLDR)
  '拉洛', '拉莫', '凱奇', '福雷', '薩蒂', '賴希',
  // sense-dependent: 高級中學, 高級住宅 stay (高階 is a rank)
  '高級', '低級',
  // 發送 “hand out, send” (發送物資, 發送簡訊, 向全世界發送訊號) is what Taiwan news and government text writes; 傳送 is a
  // transfer of data (helper conv's development text, bench/corpora/: the Office of the President's 2022 releases and
  // the Tainan City Government's 2024 news 發送 6 : 傳送 1; VS Code's computing strings 0 : 7, which
  // `vocabulary: computing` keeps). 隊列 is a formation (警察儀隊列隊致敬, the President's 2022 releases → 儀佇列隊);
  // 佇列 is a computing queue only.
  '發送', '隊列',
  // 採樣 → 取樣 is the computing term (sampling a signal); the news and council text of Taiwan writes 採樣 for taking
  // samples of water, soil or air (the Tainan City Council's 2025 news, development text of helper conv3: 前來採樣的環保局
  // 稽查人員 → 取樣; 採樣 1 : 取樣 0 in every Taiwan development text).
  '採樣',
];

/** Phrases that settle the sense (OpenCC standard Traditional → Taiwan). */
export const NEWS_ADDED: ReadonlyArray<readonly [string, string]> = [
  // 自制 “self-restraint” (理性自制, 保持自制, 自制力) against the Taiwan lexicon's 自制 → 自製 (made by oneself,
  // McBopomofo 162 : 48): the President's 2022 releases 要求中國理性自制, the 2019 Common Voice Taiwan sentences
  // 警察極力自制 (helper conv's development text).
  ['自制力', '自制力'],
  ['理性自制', '理性自制'],
  ['保持自制', '保持自制'],
  ['極力自制', '極力自制'],
  ['新聞發佈會', '記者會'],
  ['新聞發佈', '新聞發布'],
  ['發佈會', '發表會'],
  ['電腦程序', '電腦程式'],
  ['計算機程序', '電腦程式'],
  ['應用程序', '應用程式'],
  ['小程序', '小程式'],
  ['程序設計', '程式設計'],
  ['程序代碼', '程式碼'],
  ['惡意程序', '惡意程式'],
  ['計算機', '電腦'],
  ['技術支持', '技術支援'],
  ['項目經理', '專案經理'],
  ['開源項目', '開源專案'],
  ['個人信息', '個人資料'],
  // 網絡 → 網路 (OpenCC's entry, kept): Taiwan writes 網路 for networks in general; these stay.
  ['關係網絡', '關係網絡'],
  ['人際網絡', '人際網絡'],
  ['社會網絡', '社會網絡'],
  // A network of sensors or stations (Taiwan's Office of the President, 2025: 國土監測網絡, 對地觀測網絡).
  ['監測網絡', '監測網絡'],
  ['觀測網絡', '觀測網絡'],
  // Networks of partners, banks or hospitals (the Office of the President's 2024 releases, read as development text:
  // 金融網絡 6 : 金融網路 2, 合作網絡, 夥伴網絡, 醫療網絡, none written 網路).
  // 圖標 → 圖示 (icon) read across a name ending in 圖 and 標準 (阿拉木圖標準時間, Unicode CLDR zh-Hant time zone names,
  // cldr-dates-full 48.2.0, read as development text): 圖標準 is no icon.
  ['圖標準', '圖標準'],
  // 字符 → 字元 read across 點字 and 符號 (the iso-codes project's Taiwan translations, development text of helper conv2:
  // 盲人點字符號, Braille patterns → 點字元號): 字符號 is no 字元.
  ['字符號', '字符號'],
  // 界面 → 介面 and 變量 → 變數 read across words (the Office of the President's 2024 releases: 世界面臨 → 世介面臨,
  // 應變量能 → 應變數能).
  ['世界面', '世界面'],
  ['應變量', '應變量'],
  // 網關 → 閘道器 (gateway) and 免提 → 擴音 (hands-free) read across words (the Tainan City Council's 2025 news, read as
  // development text by helper conv3: 愛的連網關懷協會 → 連閘道器懷, 罷免提議書 → 罷擴音議書): 網|關懷, 網|關心, 罷免|提議,
  // and 免 “exempt” before a verb of 提 (免提出申請, 免提供證明) are no gateway and no hands-free phone (免提電話 stays 擴音電話).
  // 元整並予以 (罰鍰…元整並予以糾正: the FSC's penalty decisions, development text of helper conv4): the Taiwan lexicon's
  // 整並 → 整併 (consolidate) would read 元整|並予以 as 整併.
  ['整並予以', '整並予以'],
  ['網關懷', '網關懷'],
  ['網關心', '網關心'],
  ['罷免提', '罷免提'],
  ...[...'出供交議報案名撥列領醒示前早高升'].map((c): [string, string] => [`免提${c}`, `免提${c}`]),
  // 加蓬 → 加彭 (Gabon, Taiwan's name) read across 更加 and 蓬勃 (the President's 2024 releases, fourth quarter, read as
  // development text by helper conv2: 更加蓬勃發展 ×3 → 更加彭勃): 蓬勃 is no Gabon.
  ['加蓬勃', '加蓬勃'],
  ['服務網絡', '服務網絡'],
  ['合作網絡', '合作網絡'],
  ['夥伴網絡', '夥伴網絡'],
  ['金融網絡', '金融網絡'],
  ['醫療網絡', '醫療網絡'],
  ['網絡安全', '網路安全'],
  ['網絡攻擊', '網路攻擊'],
  ['網絡詐騙', '網路詐騙'],
  ['網絡直播', '網路直播'],
  ['網絡遊戲', '網路遊戲'],
  ['社交網絡', '社群網路'],
  ['產品質量', '產品品質'],
  ['空氣質量', '空氣品質'],
  ['服務質量', '服務品質'],
  ['教育質量', '教育品質'],
  ['質量問題', '品質問題'],
  ['高質量', '高品質'],
  ['短視頻', '短影音'],
  ['視頻網站', '影音網站'],
  ['軟件發佈', '軟體發布'],
  ['源代碼', '原始碼'],
  ['數據中心', '資料中心'],
  ['報道', '報導'],
  // 計畫: Taiwan's standard form and what its government and news print (Taipei City text: 計畫 17, 計劃 1).
  ['計劃', '計畫'],
  // 水表: what Taiwan writes (Taiwan Water Corporation; Taiwan sprint text, dev half); OpenCC 水錶 (Hong Kong's form).
  ['水錶', '水表'],
  // 黑客松 (hackathon): Taiwan's word (the Presidential Hackathon, 總統盃黑客松; Taiwan sentence-collector text, dev half),
  // where OpenCC's 黑客 → 駭客 would write 駭客松.
  ['黑客松', '黑客松'],
  // 寫程式 (“write code”): 寫程序 is never a procedure (法律程序 stays).
  // 搜索票 (a search warrant) stays 搜索 beside OpenCC's 搜索 → 搜尋.
  ['搜索票', '搜索票'],
  // 任內核定 (“approved during his term”): 任內|核定, not OpenCC's 內核 → 核心 (the same releases: 任內核定 → 任核心定).
  ['任內核', '任內核'],
  ['寫程序', '寫程式'],
  ['編寫程序', '編寫程式'],
  // 程序 beside a word of computing (Taiwan sentence-collector text, dev half: 缺少程式能力, 跑的程式, 人工智慧程式,
  // 前端程式改寫): 程式 there, where the sense is a program; 法律程序, 選舉程序 stay.
  ['程序能力', '程式能力'],
  ['程序語言', '程式語言'],
  ['程序碼', '程式碼'],
  ['程序寫', '程式寫'],
  ['跑程序', '跑程式'],
  ['跑的程序', '跑的程式'],
  ['運行的程序', '運行的程式'],
  ['運行程序', '運行程式'],
  ['前端程序', '前端程式'],
  ['後端程序', '後端程式'],
  ['智能程序', '智慧程式'],
  ['人工智能程序', '人工智慧程式'],
  ['安裝程序', '安裝程式'],
  ['子程序', '子程式'],
];


/**
 * Names of countries, places and people as Taiwan news prints them, where
 * OpenCC's Taiwan table has none (it already has 紐西蘭, 義大利, 沙烏地阿拉伯,
 * 辛巴威, 肯亞, 奈及利亞, 瓜地馬拉, 歐巴馬 …). Source: the names used by
 * Taiwan's Central News Agency and Ministry of Foreign Affairs. `oneWay`:
 * the Taiwan form is also a word or name in Simplified text (雪梨 “snow
 * pear”, 舊金山, 孟加拉, 印尼), so it is not read back.
 */
export const TAIWAN_NAMES: ReadonlyArray<{ std: string; tw: string; oneWay?: true }> = [
  { std: '沙特', tw: '沙烏地' },
  // French Guiana keeps 圭亞那 in Taiwan (Guyana is 蓋亞那, OpenCC's entry); Tunis (the city) is 突尼斯 (the country 突尼西亞).
  { std: '法屬圭亞那', tw: '法屬圭亞那' },
  { std: '突尼斯市', tw: '突尼斯市' },
  // Names that hold another country's name (Unicode CLDR zh-Hant time zone names, cldr-dates-full 48.2.0, read as
  // development text: 拉羅湯加 Rarotonga → 拉羅東加, 加納利 Canary → 迦納利): the whole name stays.
  { std: '拉羅湯加', tw: '拉羅湯加' },
  { std: '加納利', tw: '加納利' },
  { std: '湯加', tw: '東加' },
  { std: '吉布提', tw: '吉布地' },
  { std: '吉爾吉斯斯坦', tw: '吉爾吉斯', oneWay: true },
  { std: '波斯尼亞', tw: '波士尼亞' },
  { std: '孟加拉國', tw: '孟加拉', oneWay: true },
  { std: '印度尼西亞', tw: '印尼', oneWay: true },
  { std: '三藩市', tw: '舊金山', oneWay: true },
  { std: '悉尼', tw: '雪梨', oneWay: true },
  { std: '休斯敦', tw: '休士頓' },
  { std: '佛羅倫薩', tw: '佛羅倫斯' },
  { std: '那不勒斯', tw: '拿坡里' },
  { std: '巴塞羅那', tw: '巴塞隆納' },
  { std: '伊斯坦布爾', tw: '伊斯坦堡' },
  { std: '迪拜', tw: '杜拜' },
  { std: '阿布扎比', tw: '阿布達比' },
  { std: '內羅畢', tw: '奈洛比' },
  { std: '約翰內斯堡', tw: '約翰尼斯堡' },
  { std: '堪培拉', tw: '坎培拉' },
  { std: '惠靈頓', tw: '威靈頓' },
  { std: '蒙特利爾', tw: '蒙特婁' },
  { std: '聖地亞哥', tw: '聖地牙哥' },
  { std: '普京', tw: '普丁' },
  { std: '特朗普', tw: '川普' },
  { std: '默克爾', tw: '梅克爾' },
  { std: '馬克龍', tw: '馬克宏' },
  { std: '內塔尼亞胡', tw: '納坦雅胡' },
  { std: '澤連斯基', tw: '澤倫斯基' },
  { std: '埃爾多安', tw: '艾爾多安' },
  { std: '希拉里', tw: '希拉蕊' },
  { std: '克林頓', tw: '柯林頓' },
  { std: '布什', tw: '布希' },
  { std: '里根', tw: '雷根' },
  { std: '肯尼迪', tw: '甘迺迪' },
  { std: '撒切爾', tw: '柴契爾' },
  { std: '丘吉爾', tw: '邱吉爾' },
  { std: '斯大林', tw: '史達林' },
  { std: '蓋茨', tw: '蓋茲' },
  { std: '喬布斯', tw: '賈伯斯' },
  { std: '扎克伯格', tw: '祖克柏' },
  { std: '貝索斯', tw: '貝佐斯' },
];

let lexicon: Array<[string, string]> | undefined;

/**
 * Words as Taiwan writes them where tongwen's conversion wrote another form
 * (家具, not 傢俱; 權限, not 許可權; 銷毀, not 銷燬): the generated lexicon
 * (tw-lexicon.ts, from McBopomofo's Taiwan phrase frequencies), keyed by the
 * OpenCC standard Traditional the Simplified → Traditional step writes. It
 * comes first in the zh-TW news vocabulary step.
 */
export function twLexicon(): DictLike {
  lexicon ??= TW_LEXICON.map(([, std, tw]): [string, string] => [std, tw]);
  return lexicon;
}

/** OpenCC TWPhrasesRev keys left out of news vocabulary (zh-TW → Simplified). */
export const NEWS_REV_DROPPED: readonly string[] = [
  '行程', '影片', '檔案', '支援', '程序', '宣告', '裝置', '設定', '物件', '訊息', '連線', '釋出', '視窗',
];

/** Reverse entries kept although news vocabulary does not write them. */
export const NEWS_REV_KEPT: readonly string[] = ['程式碼', '程式'];

function entries(dict: DictLike | undefined): Array<[string, string]> {
  if (dict === undefined) return [];
  if (typeof dict !== 'string') return dict.map(([a, b]) => [a, b]);
  return dict.split('|').map((e) => e.split(' ') as [string, string]);
}

let news: Array<[string, string]> | undefined;
let newsRev: Array<[string, string]> | undefined;

/** OpenCC's Taiwan phrases (Traditional → Taiwan). */
export function computingPhrases(): DictLike {
  const d = Preset.to.twp?.[0]?.[0];
  if (d === undefined) throw new Error('opencc-js preset has no TWPhrases');
  return d;
}

/** OpenCC's reverse Taiwan phrases (Taiwan → Traditional). */
export function computingPhrasesRev(): DictLike {
  const d = Preset.from.twp?.[0]?.[0];
  if (d === undefined) throw new Error('opencc-js preset has no TWPhrasesRev');
  return d;
}

/** News vocabulary (Traditional → Taiwan). */
export function newsPhrases(): DictLike {
  if (news) return news;
  const dropped = new Set(NEWS_DROPPED);
  news = [
    ...entries(computingPhrases()).filter(([a]) => !dropped.has(a)),
    ...NEWS_ADDED.map(([a, b]) => [a, b] as [string, string]),
    ...TAIWAN_NAMES.map(({ std, tw }): [string, string] => [std, tw]),
  ];
  return news;
}

/** News vocabulary read back (Taiwan → Traditional). */
export function newsPhrasesRev(): DictLike {
  if (newsRev) return newsRev;
  const dropped = new Set(NEWS_REV_DROPPED);
  // A Taiwan word is read back only where news vocabulary writes it (檢視 → 查看 only if 查看 → 檢視),
  // so text written in zh-TW survives a round trip through Simplified; 程式碼 → 代碼 is kept on purpose
  // (程式碼 and 程式 have one sense in Taiwan, so a Simplified reader gets 代码, 程序; the zh-TW page of
  // that Simplified text keeps 代碼, 程序, since their sense there is open: 國家代碼, 法律程序).
  const forward = new Map(entries(newsPhrases()));
  const keep = new Set(NEWS_REV_KEPT);
  newsRev = entries(computingPhrasesRev()).filter(([a, b]) => !dropped.has(a) && (forward.get(b) === a || keep.has(a)));
  // Guards: words OpenCC's greedy match would cut into (進行程式碼 → 進|行程|式碼).
  newsRev.push(['進行', '進行']);
  // The added phrases read back (電腦程式 → 電腦程序, 品質 in 空氣品質 → 質量), except 記者會, also a mainland word.
  for (const [t, tw] of NEWS_ADDED) if (tw !== '記者會' && tw !== t && !newsRev.some(([a]) => a === tw)) newsRev.push([tw, t]);
  // Names read back as the Simplified name (吉布地 → 吉布提; OpenCC's reverse table has 吉布堤).
  const names = new Map(TAIWAN_NAMES.filter((n) => !n.oneWay).map(({ std, tw }) => [tw, std]));
  newsRev = [...newsRev.filter(([a]) => !names.has(a)), ...names];
  return newsRev;
}
