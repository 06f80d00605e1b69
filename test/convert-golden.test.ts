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
import assert from 'node:assert/strict';
import { goldenSuite } from './golden.js';

goldenSuite('conversion', {
  label: 'golden conversion',
  minCases: 6,
  output: (v) => `<!-- title: ${v.title} | summary: ${v.summary} -->\n${v.html}`,
  check(got, where) {
    // The markup itself never appears in output, except inside code where it is left as written.
    const outsideCode = got.replace(/<code>[\s\S]*?<\/code>/g, '');
    assert.doesNotMatch(outsideCode, /-\{|\}-/, `${where}: markup left in the output`);
  },
});
