/**
 * Front-matter field names: the canonical names, the Chinese names CMS
 * exports use for them, and which fields hold reader-facing text (converted
 * per variant by the build and by `tongwen convert`). One list, so the build
 * and `convert` cannot disagree on what a field is.
 */

/** Chinese field names that CMS exports use, and the field each stands for. */
export const FIELD_ALIASES: Readonly<Record<string, string>> = {
  標題: 'title', 标题: 'title',
  日期: 'date',
  更新: 'updated',
  關鍵詞: 'keywords', 关键词: 'keywords', 關鍵字: 'keywords', 关键字: 'keywords',
  分類: 'category', 分类: 'category', 欄目: 'category', 栏目: 'category',
  來源: 'source', 来源: 'source',
  作者: 'author',
  摘要: 'summary',
};

/** The fields tongwen reads; any other field reaches templates as `article.params`. */
export const KNOWN_FIELDS: ReadonlySet<string> = new Set(['title', 'date', 'updated', 'keywords', 'category', 'source', 'author', 'summary', 'slug', 'draft', 'lang', 'tags', 'categories']);

/** Fields whose values are prose, converted in every variant. */
export const TEXT_FIELDS: readonly string[] = ['title', 'summary', 'category', 'source', 'author', 'keywords'];

/** The canonical name of a field written as `name` (its Chinese alias resolved). */
export function canonicalField(name: string): string {
  return FIELD_ALIASES[name] ?? name;
}

/** Whether a field, by any of its names, holds prose. */
export function isTextField(name: string): boolean {
  return TEXT_FIELDS.includes(canonicalField(name));
}
