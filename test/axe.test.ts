/**
 * Accessibility (issue 8): axe-core in Chromium finds no serious or
 * critical violation on any page kind of the sample site, in the light and
 * the dark colour scheme. Skips without Chromium (fails in CI, like the
 * other browser tests).
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser } from 'playwright-core';
import { sampleBuild } from './helpers.js';
import { chromiumAvailable, chromiumSkip, sharedChromium, serveFolder } from './chromium.js';

const skip = chromiumSkip('the axe-core test');
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** One page of every kind (both variants appear). */
const PAGES = [
  '/',
  '/404.html',
  '/zh-hant/',
  '/zh-hant/2025/05/cleanroom-visit/',
  '/zh-hant/sections/',
  '/zh-hant/sections/xin-pian/',
  '/zh-hans/authors/',
  '/zh-hant/authors/he-ying/',
  '/zh-hant/keywords/',
  '/zh-hans/keywords/xin-pian/',
  '/zh-hant/2025/',
  '/zh-hans/2025/05/',
  '/zh-hant/search/',
];

let site: { origin: string; close(): Promise<void> } | undefined;
let browser: Browser | undefined;
let origin = '';

before(async () => {
  if (!chromiumAvailable) return;
  site = await serveFolder((await sampleBuild()).out);
  origin = site.origin;
  browser = await sharedChromium.acquire();
});

after(async () => {
  if (browser) await sharedChromium.release();
  await site?.close();
});

type Violation = { id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[] }> };

test('axe-core: no serious or critical violation on any page kind, light and dark', { skip }, async () => {
  const started = performance.now();
  const context = await browser!.newContext({ bypassCSP: true }); // axe is injected as an inline script, which the pages' CSP (tested in csp.test.ts) refuses
  // Nothing leaves the machine (the sample's video embed points at bilibili).
  await context.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => route.abort());
  const page = await context.newPage();
  const found: string[] = [];
  let minor = 0;
  for (const path of PAGES) {
    const res = await page.goto(origin + path, { waitUntil: 'load' });
    assert.ok(res && (res.status() === 200 || path.endsWith('404.html')), `${path} loads`);
    await page.addScriptTag({ content: AXE });
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      // Every rule in the light scheme; in the dark one, the rules colours can break.
      const violations = await page.evaluate(async (dark) => {
        const g = globalThis as unknown as { document: unknown; axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: Violation[] }> } };
        const opts = { resultTypes: ['violations'], iframes: false, ...(dark ? { runOnly: { type: 'rule', values: ['color-contrast', 'link-in-text-block'] } } : {}) };
        return (await g.axe.run(g.document, opts)).violations;
      }, colorScheme === 'dark');
      minor += violations.filter((x) => x.impact !== 'serious' && x.impact !== 'critical').length;
      for (const v of violations.filter((x) => x.impact === 'serious' || x.impact === 'critical')) {
        found.push(`${path} (${colorScheme}): ${v.id} [${v.impact}] ${v.help} — ${v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)).join(', ')}`);
      }
    }
  }
  await context.close();
  console.log(`axe: ${PAGES.length} pages × 2 schemes in ${((performance.now() - started) / 1000).toFixed(1)} s; ${minor} minor or moderate violation(s)`);
  assert.deepEqual(found, []);
});
