/**
 * Markdown → mdast, once per article: CommonMark + GFM (tables, footnotes,
 * strikethrough, autolinks) + CJK-friendly emphasis (`**「重點」**之後`).
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkCjkFriendly from 'remark-cjk-friendly';
import type { Root } from 'mdast';

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkCjkFriendly).freeze();

/** Parses Markdown into an mdast tree (positions relative to `markdown`). */
export function parseMarkdown(markdown: string): Root {
  return processor.parse(markdown);
}
