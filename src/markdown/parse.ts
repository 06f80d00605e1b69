/**
 * Markdown → mdast, once per article: CommonMark + GFM (tables, footnotes,
 * strikethrough, autolinks) + CJK-friendly emphasis and strikethrough
 * (`**「重點」**之後`, `~~「舊說法」~~已經`).
 */
// Installs micromark's linear edit-map `consume` before anything parses (see edit-map.ts).
import './edit-map.js';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkCjkFriendlyGfmStrikethrough from 'remark-cjk-friendly-gfm-strikethrough';
import type { Root } from 'mdast';

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkCjkFriendly).use(remarkCjkFriendlyGfmStrikethrough).freeze();

/** Parses Markdown into an mdast tree (positions relative to `markdown`). */
export function parseMarkdown(markdown: string): Root {
  return processor.parse(markdown);
}
