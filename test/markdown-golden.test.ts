/**
 * Golden Markdown → HTML fixtures, one HTML file per output variant, produced
 * through the real per-article pipeline (`processArticle`).
 *
 *   test/fixtures/markdown/<case>/input.md        the article (front matter + body)
 *   test/fixtures/markdown/<case>/context.json    optional: { basePath, variants, html }
 *   test/fixtures/markdown/<case>/<variant>.html  expected body HTML per variant
 *
 * Regenerate with `UPDATE_GOLDEN=1 node --test lib/test/markdown-golden.test.js`
 * and review every changed file by eye before keeping it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { processArticle, type ArticleContext } from '../src/article.js';
import type { VariantId } from '../src/script/variants.js';
import { FIXTURES } from './helpers.js';

const DIR = join(FIXTURES, 'markdown');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

const DEFAULTS: ArticleContext = {
  variants: ['zh-Hant', 'zh-Hans'],
  timeZone: 'Asia/Shanghai',
  defaultLang: 'zh-Hant',
  basePath: '/',
  html: {},
  drafts: false,
};

const cases = readdirSync(DIR, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();

test('there are golden Markdown cases', () => {
  assert.ok(cases.length >= 10, `found only ${cases.length} cases in ${DIR}`);
});

for (const name of cases) {
  test(`golden Markdown → HTML: ${name}`, () => {
    const dir = join(DIR, name);
    const contextFile = join(dir, 'context.json');
    const overrides = existsSync(contextFile) ? (JSON.parse(readFileSync(contextFile, 'utf8')) as Partial<ArticleContext>) : {};
    const ctx: ArticleContext = { ...DEFAULTS, ...overrides };
    const result = processArticle(`test/fixtures/markdown/${name}/input.md`, readFileSync(join(dir, 'input.md')), ctx);
    if (!result.ok) assert.fail(`the article failed: ${JSON.stringify(result.errors)}`);

    const expectedFiles = new Set(ctx.variants.map((v) => `${v}.html`));
    for (const variant of ctx.variants as VariantId[]) {
      const html: string | undefined = result.article.variants[variant]?.html;
      assert.equal(typeof html, 'string', `no ${variant} output`);
      const file = join(dir, `${variant}.html`);
      if (UPDATE) writeFileSync(file, html!);
      assert.ok(existsSync(file), `missing golden file ${file} (run with UPDATE_GOLDEN=1, then review it)`);
      assert.equal(html, readFileSync(file, 'utf8'), `${name}/${variant}.html differs from the pipeline's output`);
    }
    // No stale golden files for variants the case no longer produces.
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.html'))) {
      if (expectedFiles.has(f)) continue;
      if (UPDATE) rmSync(join(dir, f));
      else assert.fail(`stale golden file ${name}/${f}`);
    }
  });
}
