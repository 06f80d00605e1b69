/**
 * Golden conversion fixtures: markup forms and fallbacks, glossary precedence
 * and source repair, one file per output variant, through the real
 * per-article pipeline (`processArticle`).
 *
 *   test/fixtures/conversion/<case>/input.md        the article
 *   test/fixtures/conversion/<case>/context.json    { variants, glossary, repair, … } (ArticleContext fields)
 *   test/fixtures/conversion/<case>/<variant>.html  expected: a first line with the converted
 *                                                   title and summary, then the body HTML
 *
 * Regenerate with `UPDATE_GOLDEN=1 node --test lib/test/convert-golden.test.js`
 * and review every changed file by eye before keeping it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { processArticle, type ArticleContext, type ArticleVariant } from '../src/article.js';
import type { VariantId } from '../src/script/variants.js';
import { FIXTURES } from './helpers.js';

const DIR = join(FIXTURES, 'conversion');
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

test('there are golden conversion cases', () => {
  assert.ok(cases.length >= 6, `found only ${cases.length} cases in ${DIR}`);
});

for (const name of cases) {
  test(`golden conversion: ${name}`, () => {
    const dir = join(DIR, name);
    const ctx: ArticleContext = { ...DEFAULTS, ...(JSON.parse(readFileSync(join(dir, 'context.json'), 'utf8')) as Partial<ArticleContext>) };
    const result = processArticle(`test/fixtures/conversion/${name}/input.md`, readFileSync(join(dir, 'input.md')), ctx);
    if (!result.ok) assert.fail(`the article failed: ${JSON.stringify(result.errors)}`);
    const expected = new Set(ctx.variants.map((v) => `${v}.html`));
    for (const variant of ctx.variants as VariantId[]) {
      const v: ArticleVariant | undefined = result.article.variants[variant];
      assert.ok(v, `no ${variant} output`);
      const got: string = `<!-- title: ${v.title} | summary: ${v.summary} -->\n${v.html}`;
      // The markup itself never appears in output, except inside code where it is left as written.
      const outsideCode = got.replace(/<code>[\s\S]*?<\/code>/g, '');
      assert.doesNotMatch(outsideCode, /-\{|\}-/, `${name}/${variant}: markup left in the output`);
      const file = join(dir, `${variant}.html`);
      if (UPDATE) writeFileSync(file, got);
      assert.ok(existsSync(file), `missing golden file ${file} (run with UPDATE_GOLDEN=1, then review it)`);
      assert.equal(got, readFileSync(file, 'utf8'), `${name}/${variant}.html differs from the pipeline's output`);
    }
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.html'))) {
      if (expected.has(f)) continue;
      if (UPDATE) rmSync(join(dir, f));
      else assert.fail(`stale golden file ${name}/${f}`);
    }
  });
}
