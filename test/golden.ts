/**
 * Golden fixtures through the real per-article pipeline (`processArticle`):
 * one folder per case under test/fixtures/<group>/, holding `input.md`, an
 * optional `context.json` (ArticleContext fields) and one `<variant>.html`
 * per output variant. `UPDATE_GOLDEN=1` rewrites the expected files (review
 * every change by eye before keeping it); stale files fail the test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { processArticle, type ArticleContext, type ArticleVariant } from '../src/article/process.js';
import type { VariantId } from '../src/conversion/variants.js';
import { ARTICLE_CONTEXT, FIXTURES } from './helpers.js';

const UPDATE = process.env.UPDATE_GOLDEN === '1';

export interface GoldenOptions {
  /** Test name prefix, e.g. `golden Markdown → HTML`. */
  label: string;
  /** Fewest cases the folder must hold. */
  minCases: number;
  /** The text compared with `<variant>.html`. */
  output(v: ArticleVariant): string;
  /** Further assertions on each output. */
  check?(output: string, where: string): void;
}

/** Registers one test per case folder of test/fixtures/<group>/. */
export function goldenSuite(group: string, opts: GoldenOptions): void {
  const dir = join(FIXTURES, group);
  const cases = readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();

  test(`there are ${opts.label} cases`, () => {
    assert.ok(cases.length >= opts.minCases, `found only ${cases.length} cases in ${dir}`);
  });

  for (const name of cases) {
    test(`${opts.label}: ${name}`, () => {
      const caseDir = join(dir, name);
      const contextFile = join(caseDir, 'context.json');
      const overrides = existsSync(contextFile) ? (JSON.parse(readFileSync(contextFile, 'utf8')) as Partial<ArticleContext>) : {};
      const ctx: ArticleContext = { ...ARTICLE_CONTEXT, ...overrides };
      const result = processArticle(`test/fixtures/${group}/${name}/input.md`, readFileSync(join(caseDir, 'input.md')), ctx);
      if (!result.ok) assert.fail(`the article failed: ${JSON.stringify(result.errors)}`);

      const expectedFiles = new Set(ctx.variants.map((v) => `${v}.html`));
      for (const variant of ctx.variants as VariantId[]) {
        const v = result.article.variants[variant];
        assert.ok(v, `no ${variant} output`);
        const got = opts.output(v);
        opts.check?.(got, `${name}/${variant}`);
        const file = join(caseDir, `${variant}.html`);
        if (UPDATE) writeFileSync(file, got);
        assert.ok(existsSync(file), `missing golden file ${file} (run with UPDATE_GOLDEN=1, then review it)`);
        assert.equal(got, readFileSync(file, 'utf8'), `${name}/${variant}.html differs from the pipeline's output`);
      }
      // No stale golden files for variants the case no longer produces.
      for (const f of readdirSync(caseDir).filter((f) => f.endsWith('.html'))) {
        if (expectedFiles.has(f)) continue;
        if (UPDATE) rmSync(join(caseDir, f));
        else assert.fail(`stale golden file ${name}/${f}`);
      }
    });
  }
}
