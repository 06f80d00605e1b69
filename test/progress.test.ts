/**
 * Build progress and the summary's stage times: the build reports articles
 * and pages done of total, stage by stage; on a terminal the CLI rewrites
 * one line in place and erases it; without one it prints one plain line per
 * stage; small sites print nothing; the summary lists every stage's time.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { build, type BuildProgress } from '../src/build.js';
import { progressPrinter } from '../src/cli/progress.js';
import { formatReport } from '../src/cli/report.js';
import { FIXTURES, tempDir } from './helpers.js';

test('a build reports its stages in order, with articles and pages done of total', async () => {
  const seen: BuildProgress[] = [];
  const report = await build({ root: join(FIXTURES, 'sites', 'basic'), out: join(tempDir(), 'out'), workers: 0, onProgress: (p) => seen.push({ ...p }) });
  const stages = seen.map((p) => p.stage).filter((s, i, all) => s !== all[i - 1]);
  assert.deepEqual(stages, ['articles', 'model', 'render', 'write']);
  const articles = seen.filter((p) => p.stage === 'articles');
  assert.equal(articles.at(-1)!.done, articles.at(-1)!.total);
  assert.equal(articles[0]!.total, report.articles + report.drafts);
  const render = seen.filter((p) => p.stage === 'render');
  const pages = Object.values(report.pages).reduce((n, row) => n + Object.values(row).reduce((a, b) => a + b, 0), 0);
  assert.equal(render.at(-1)!.done, pages);
  assert.equal(render.at(-1)!.total, pages);
  for (let i = 1; i < render.length; i++) assert.ok(render[i]!.done >= render[i - 1]!.done, 'never goes back');

  const summary = formatReport(report);
  for (const stage of Object.keys(report.stages)) assert.match(summary, new RegExp(`stages in ms: .*\\b${stage} \\d+`));
});

const events: BuildProgress[] = [
  { stage: 'articles', done: 0, total: 500 },
  { stage: 'articles', done: 32, total: 500 },
  { stage: 'articles', done: 64, total: 500 },
  { stage: 'articles', done: 500, total: 500 },
  { stage: 'model', done: 0, total: 0 },
  { stage: 'render', done: 0, total: 1200 },
  { stage: 'render', done: 1200, total: 1200 },
  { stage: 'write', done: 0, total: 0 },
];

test('on a terminal: one line rewritten in place, throttled, erased at the end', () => {
  let text = '';
  let clock = 0;
  const p = progressPrinter({ tty: true, write: (t) => (text += t), now: () => clock });
  for (const e of events) {
    p.update(e);
    clock += 10; // faster than the 100 ms throttle: only new stages and finished counts show
  }
  p.end();
  assert.ok(!text.includes('\n'), 'no new lines on a terminal');
  const shown = text.split('\r').map((s) => s.trim()).filter(Boolean);
  assert.deepEqual(shown, ['tongwen: articles 0/500', 'tongwen: articles 500/500', 'tongwen: model', 'tongwen: render 0/1200', 'tongwen: render 1200/1200', 'tongwen: write']);
  assert.ok(text.endsWith('\r'), 'the line is erased');
});

test('without a terminal: one plain line per stage; a small site prints nothing', () => {
  let text = '';
  const p = progressPrinter({ tty: false, write: (t) => (text += t) });
  for (const e of events) p.update(e);
  p.end();
  assert.deepEqual(text.split('\n').filter(Boolean), ['articles (500)…', 'model…', 'render (1200)…', 'write…']);

  let small = '';
  const q = progressPrinter({ tty: true, write: (t) => (small += t) });
  for (const e of events) q.update({ ...e, total: e.stage === 'articles' ? 12 : e.total });
  q.end();
  assert.equal(small, '');
});
