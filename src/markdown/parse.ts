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
import { restore, skeletonOf, skeletonStats } from './skeleton.js';

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkCjkFriendly).use(remarkCjkFriendlyGfmStrikethrough).freeze();

/** remark-parse's tree of `markdown`, parsed whole (the reference the skeleton parse is checked against). */
export function parseMarkdownFull(markdown: string): Root {
  return processor.parse(markdown);
}

/**
 * Parses Markdown into an mdast tree (positions relative to `markdown`):
 * remark-parse's tree, through the skeleton of the document when it has
 * plain lines (skeleton.ts), else (or when the skeleton's tree cannot be
 * mapped back) the whole document.
 */
export function parseMarkdown(markdown: string): Root {
  skeletonStats.charsIn += markdown.length;
  const sk = skeletonOf(markdown);
  if (sk) {
    const tree = processor.parse(sk.text);
    if (restore(tree, sk)) {
      skeletonStats.skeleton++;
      skeletonStats.charsParsed += sk.text.length;
      return tree;
    }
    skeletonStats.fallback++;
  } else skeletonStats.noPlainLine++;
  skeletonStats.charsParsed += markdown.length;
  return processor.parse(markdown);
}
