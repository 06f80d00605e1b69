/**
 * The seventh sealed set of `npm run bench:keywords` ("real ServiceMesher sealed"): real, human-written SIMPLIFIED
 * Chinese articles tagged by their own site, not by the tongwen team; a third site after the APISIX and SOFAStack blogs
 * (bench/keyword-articles-sealed5.ts, bench/keyword-articles-sealed6.ts), built the same way, and scored and shown only
 * with `--sealed`.
 *
 * The site: the blog of ServiceMesher (a Chinese community on service mesh and cloud native: Istio, Envoy, Linkerd,
 * Knative, Kubernetes…), as published on https://www.servicemesher.com/blog/ — articles written in Chinese and
 * articles translated into Chinese by the community's translators (each names its translator and reviewer), meetup
 * write-ups, source-code readings. Hugo front matter: `tags:` (the human tags), `categories:` and `keywords:`.
 *
 * The human tags: each post's own `tags:` front matter (written by the site's authors and editors). Mechanically:
 * - tags given to more than a quarter of the site's 299 posts (case-folded) are the site's own labels, not a topic of
 *   any one post: istio (137 posts), service mesh (103); they are `ok` (acceptable), not tags;
 * - the other tags, in the writer's order, are the tags (the first is the lead topic); a repeated tag counts once;
 * - the post's `categories:` and `keywords:` (also the site's own words for the post) are `ok` too.
 * Since the kw4 session `ok` also holds team-written acceptable terms (bench/keyword-acceptable-blogs2.ts, written
 * before that session's rules and without reading the extractor's output for this set).
 *
 * Chosen mechanically, not by topic or by any run: of the 299 files content/blog/<name>/index.md, the 115 that are not
 * drafts, whose title has a Han character, that keep at least two tags after the rule above and whose Markdown body
 * has at least 1,500 characters (none of them has the title of a post of the APISIX or SOFAStack sets); of those, the
 * 40 whose path has the smallest SHA-256 (hex, as a string), in path order.
 *
 * Source: bench/corpora/servicemesher-blog-zh.json, the front matter's title, date, tags, categories and keywords and
 * the whole Markdown body after the front matter, verbatim (gray-matter; duplicated front-matter keys read the last
 * value, as js-yaml's json mode does), from servicemesher/website at commit 1ef972c62bb93d073fc43ed07333a237e970df10
 * (2021-02-26). License: Apache License 2.0 (the repository's LICENSE, kept verbatim as
 * bench/corpora/LICENSE-servicemesher.txt); see bench/corpora/README.md.
 *
 * Built as a site of its own (without background), as the other real sets.
 *
 * Read once, on 2026-12-07 at about 15:55 UTC, with the rules of the kw session as they were final (commit 74c78e2,
 * whose rules are those of 7f900da; the set was added alone before those rules, commit 9c5c2d7, and checked only for
 * building; `npm run bench:keywords -- --sealed --all`): keywords per article 3.15 (old extractor 3.02), recall of the
 * tags 35.6% (13.9%), precision 28.6% (11.6%), good or acceptable 33.3% (12.4%: `ok` holds only the site's own
 * categories and keywords), lead topic 40.0% (15.0%), at least one tag 70.0% (35.0%). The rules before that session
 * (main 075a149, run right after the read): 3.17, 34.7%, 27.6%, 32.3%, 40.0%, 70.0%. No goal met. A development set
 * since ("ServiceMesher dev").
 *
 * Script: all Simplified (with many Latin product names).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO } from './corpus.js';
import { siteTags, type TaggedArticle } from './keyword-articles.js';
import { acceptableOf } from './keyword-acceptable-blogs2.js';

const SOURCE = 'bench/corpora/servicemesher-blog-zh.json';

interface Post { path: string; date: string; title: string; tags: string[]; categories: string[]; keywords: string[]; markdown: string }

/** Tags of more than a quarter of the site's 299 posts. */
export const SITE_WIDE = ['istio', 'service mesh'];

const POSTS = JSON.parse(readFileSync(join(REPO, SOURCE), 'utf8')) as Post[];

/** The post's tags (its `tags:` less the site-wide ones, first = lead topic) and acceptable terms. */
export const tagsOf = (post: Pick<Post, 'path' | 'tags' | 'categories' | 'keywords'>) => siteTags(post.tags, [...post.categories, ...post.keywords, ...acceptableOf(post.path)], SITE_WIDE);

/**
 * The Markdown as the benchmark's site can build it: the posts are Hugo page bundles whose images sit beside them
 * (`![](envoy-route.png)`, `](./x.png)`, `](<x.jpg>)`), and some links lead to the blog's own pages (`](/blog/…)`) or are written to
 * a bare host (`](github.com/…)`); none of these is a file or page of the benchmark's site, so they point at the
 * published site (https://www.servicemesher.com/blog/<name>/…) or at `https://` + the host. Only link targets change,
 * never the text.
 */
export function linkable(markdown: string, path: string): string {
  const bundle = `https://www.servicemesher.com/${path.replace(/^content\//, '').replace(/index\.md$/, '')}`;
  return markdown.replace(/\]\((<?)([^)\s<>]*)/g, (whole, open: string, target: string) => {
    if (target === '' || /^(?:[a-z][a-z0-9+.-]*:|#)/i.test(target)) return whole;
    if (target.startsWith('/')) return `](${open}https://www.servicemesher.com${target}`;
    if (/^(?:[a-z0-9-]+\.)+[a-z]{2,}\//i.test(target)) return `](${open}https://${target}`;
    return `](${open}${bundle}${target.replace(/^\.\//, '')}`;
  });
}

const slugOf = (p: Post) => `sm-${p.date.replaceAll('-', '')}-${p.path.replace(/\/index\.md$/, '').replace(/^.*\//, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').slice(0, 60).replace(/^-+|-+$/g, '')}`;

export const SEALED7_ARTICLES: TaggedArticle[] = POSTS.map((p) => {
  const { tags, ok } = tagsOf(p);
  const body = linkable(p.markdown, p.path).split(/\n{2,}/).filter((b) => b.trim() !== '');
  return { slug: slugOf(p), lang: 'zh-Hans', title: p.title, body, tags, ok };
});

/** Where each article's text comes from. */
export const SEALED7_SOURCES = POSTS.map((p) => ({ slug: slugOf(p), source: `${SOURCE}: servicemesher/website 1ef972c ${p.path}; Apache License 2.0` }));
