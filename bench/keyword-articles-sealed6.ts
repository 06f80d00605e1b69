/**
 * The sixth sealed set of `npm run bench:keywords` ("real SOFAStack sealed", read once, a development set since): real, human-written SIMPLIFIED
 * Chinese articles tagged by their own site, not by the tongwen team; a second site after the APISIX blog
 * (bench/keyword-articles-sealed5.ts), built the same way.
 *
 * The site: the Chinese blog of SOFAStack (Ant Group's open-source middleware: SOFARPC, SOFAJRaft, SOFARegistry,
 * MOSN, Seata…), as published on https://www.sofastack.tech/blog/ — source-code analyses, talks written up,
 * practice reports. Hugo front matter: `tags:` (the human tags) and `categories:`.
 *
 * The human tags: each post's own `tags:` front matter (written by the site's authors and editors). Mechanically:
 * - tags given to more than a quarter of the site's 508 Chinese posts are the site's own labels, not a topic of
 *   any one post: SOFAStack (148 posts), SOFA Weekly (189); they are `ok` (acceptable), not tags;
 * - the other tags, in the writer's order, are the tags (the first is the lead topic); a repeated tag counts once;
 * - the post's `categories:` are `ok` too.
 * So `ok` holds no team-written acceptable terms: "good or acceptable" is little more than precision, a lower bound.
 *
 * Chosen mechanically, not by topic or by any run: of the 508 Markdown files under content/zh/blog/ (sorted by
 * path), the 307 whose path does not contain weekly, release or cve, that keep at least two tags after the rule
 * above and whose Markdown body has at least 1,500 characters (104); of those, the post at index
 * floor(i * 104 / 40) for i = 0..39.
 *
 * Source: bench/corpora/sofastack-blog-zh.json, the front matter's title, date, tags and categories and the whole
 * Markdown body after the front matter, verbatim (gray-matter), from sofastack/sofastack.tech at commit
 * 38c28a43d187f60a3b279ce8e7c140fa6afb4e42 (2026-07-13). License: Apache License 2.0 (the repository's LICENSE,
 * kept as bench/corpora/LICENSE-sofastack.txt); see bench/corpora/README.md.
 *
 * Built as a site of its own (without background), as the other real sets.
 *
 * Read once, on 2026-12-06 at 23:11 UTC, with the rules of the kw2 session as they were final (commit 5bc739b; the
 * set was added alone before those rules, commit 5386461, and neither its text nor its extraction was looked at
 * until the read; `npm run bench:keywords -- --sealed`): keywords per article 3.40 (old extractor 4.25), recall of
 * the tags 38.2% (4.9%), precision 28.7% (2.9%), good or acceptable 29.4% (2.9%: `ok` holds only the site-wide tags
 * and the categories), lead topic 80.0% (7.5%), at least one tag 87.5% (12.5%). The honest held-out reading of
 * that session's rules on Simplified text tagged by its own site: lead topic (≥ 60%) and at least one tag (≥ 75%)
 * meet the goals, precision (≥ 30%) falls just short. The rules before that session's (commit 5386461, run on it
 * right after the read): precision 27.9%, good or acceptable 28.7%, lead topic 77.5%, at least one tag 85.0%. It is a
 * development set since ("SOFAStack dev").
 *
 * Script: all Simplified (with many Latin product names).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO } from './corpus.js';
import { siteTags, type TaggedArticle } from './keyword-articles.js';
import { acceptableOf } from './keyword-acceptable-blogs.js';

const SOURCE = 'bench/corpora/sofastack-blog-zh.json';

interface Post { path: string; date: string; title: string; tags: string[]; categories: string[]; markdown: string }

/** Tags of more than a quarter of the site's 508 Chinese posts. */
export const SITE_WIDE = ['SOFAStack', 'SOFA Weekly'];

const POSTS = JSON.parse(readFileSync(join(REPO, SOURCE), 'utf8')) as Post[];

/**
 * The post's tags (its `tags:` less the site-wide ones, first = lead topic) and acceptable terms (the site-wide tags,
 * the categories and, since the kw session of 2026-12-07, the team's acceptable terms of
 * bench/keyword-acceptable-blogs.ts, judged from the post's text).
 */
export const tagsOf = (post: Pick<Post, 'path' | 'tags' | 'categories'>) => siteTags(post.tags, [...post.categories, ...acceptableOf(post.path)], SITE_WIDE);

/**
 * The Markdown as the benchmark's site can build it: links to the blog's own pages (`](/blog/…)`) lead to no page
 * of the benchmark's site, so they point at the published site (https://www.sofastack.tech/…); an empty link target
 * `]()` becomes `](#)`. Only link targets change, never the text.
 */
export const linkable = (markdown: string) => markdown.replace(/\]\(\//g, '](https://www.sofastack.tech/').replace(/\]\(\)/g, '](#)');

const slugOf = (p: Post) => `sf-${p.date.replaceAll('-', '')}-${p.path.replace(/\/index\.md$/, '').replace(/\.md$/, '').replace(/^.*\//, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60)}`;

export const SEALED6_ARTICLES: TaggedArticle[] = POSTS.map((p) => {
  const { tags, ok } = tagsOf(p);
  const body = linkable(p.markdown).split(/\n{2,}/).filter((b) => b.trim() !== '');
  return { slug: slugOf(p), lang: 'zh-Hans', title: p.title, body, tags, ok };
});

/** Where each article's text comes from. */
export const SEALED6_SOURCES = POSTS.map((p) => ({ slug: slugOf(p), source: `${SOURCE}: sofastack/sofastack.tech 38c28a4 ${p.path}; Apache License 2.0` }));
