// The corpus read as data: every article's front matter and body, once per variant.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import matter from 'gray-matter';

function walk(dir) {
  const out = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory()) out.push(...walk(join(dir, e.name)));
    else if (e.name.endsWith('.md')) out.push(join(dir, e.name));
  }
  return out.sort();
}

export default function () {
  const content = join(process.env.BENCH_CORPUS, 'content');
  const articles = walk(content).map((path) => {
    const { data, content: body } = matter(readFileSync(path, 'utf8'));
    return { slug: relative(content, path).replace(/\.md$/, ''), data, body };
  });
  return ['zh-hant', 'zh-hans'].flatMap((variant) => articles.map((a) => ({ variant, ...a })));
}
