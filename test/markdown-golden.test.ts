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
import { goldenSuite } from './golden.js';

goldenSuite('markdown', { label: 'golden Markdown → HTML', minCases: 10, output: (v) => v.html });
