/**
 * Interface texts of the built-in templates (`{{ t.home }}` …), written once
 * in Traditional script and converted for each variant like article text.
 */
import { variantConverter } from './converters.js';
import type { ConversionOptions } from './options.js';
import type { VariantId } from './variants.js';

export const UI_TEXTS = {
  home: '首頁',
  latest: '最新文章',
  page: '第 {n} 頁',
  previous: '上一頁',
  next: '下一頁',
  published: '發布',
  updated: '更新',
  source: '來源',
  author: '作者',
  category: '分類',
  keywords: '關鍵詞',
  readMore: '閱讀全文',
  switchVariant: '切換字體',
  chooseVariant: '請選擇閱讀版本',
  notFound: '找不到這個頁面',
  notFoundHint: '頁面可能已經移除，或者網址有誤。',
  backHome: '返回首頁',
  previousArticle: '上一篇',
  nextArticle: '下一篇',
  noArticles: '暫無文章',
  footnotes: '註釋',
  footnoteBack: '返回正文第 {n} 處',
  headingAnchor: '本節連結',
  tableOfContents: '目錄',
  keywordIndex: '關鍵詞索引',
  keywordHeading: '關鍵詞：{name}',
  keywordDescription: '關鍵詞「{name}」的 {n} 篇文章',
  keywordsByCount: '按文章數',
  keywordsByInitial: '按拼音首字母',
  articleCount: '{n} 篇',
  autoKeywords: '自動提取',
  search: '搜索',
  searchPlaceholder: '搜索標題、正文或關鍵詞',
  searchResults: '找到 {n} 篇文章',
  noResults: '沒有找到相關文章',
  searchLoading: '正在載入索引…',
  searchFailed: '無法載入搜索索引',
  searchMore: '顯示更多結果',
  searchNeedsScript: '搜索需要啟用 JavaScript；也可以瀏覽關鍵詞索引。',
  skipToContent: '跳到正文',
  siteNavigation: '網站導航',
  breadcrumb: '當前位置',
  pagination: '分頁',
  articleNavigation: '上下篇文章',
  sectionIndex: '欄目',
  sectionHeading: '{name}',
  sectionDescription: '「{name}」欄目的 {n} 篇文章',
  sectionLatest: '{name}：最新',
  moreInSection: '更多{name}報道',
  authorIndex: '作者',
  authorHeading: '作者：{name}',
  authorDescription: '{name}撰寫的 {n} 篇文章',
  archive: '文章歸檔',
  yearHeading: '{year}年',
  monthHeading: '{year}年{month}月',
  archiveDescription: '{period}發布的 {n} 篇文章',
  months: '月份',
  readingTime: '約 {n} 分鐘讀完',
  relatedArticles: '相關文章',
  feed: '訂閱',
  feedTitle: '{title}：{name}',
  pageNumber: '第 {n} 頁',
} as const;

export type UiTexts = Record<keyof typeof UI_TEXTS, string>;

/**
 * The interface texts in one variant's script, converted like article text
 * written in zh-Hant (so zh-TW pages say 發布, never 釋出).
 */
export function uiTexts(variant: VariantId, options?: Partial<ConversionOptions>): UiTexts {
  const convert = variantConverter('zh-Hant', variant, options);
  const out = {} as UiTexts;
  for (const [key, text] of Object.entries(UI_TEXTS)) out[key as keyof UiTexts] = convert(text);
  return out;
}

/**
 * Fills the `{name}` placeholders of an interface text in one pass: values are
 * inserted literally (a keyword named `R$&D` or `A{n}B` stays as written).
 */
export function fillText(text: string, values: Readonly<Record<string, string | number>>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : whole));
}

/** `2024年6月26日`: the display form of a date, the same in both scripts. */
export function displayDate(year: number, month: number, day: number): string {
  return `${year}年${month}月${day}日`;
}
