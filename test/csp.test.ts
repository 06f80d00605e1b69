/**
 * The Content-Security-Policy of generated pages: every page carries it
 * before anything it governs, and in Chromium the site still works under it
 * — the search page finds articles, the variant switcher and the root
 * chooser run — with no violation, while an inline script injected into a
 * deployed page does not run. Uses Debian's Chromium through playwright-core,
 * as test/browser.test.ts does (skipped when Chromium is missing, failed in CI).
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import type { Browser, Page } from 'playwright-core';
import { build } from '../src/build.js';
import { readTree, tempDir } from './helpers.js';
import { keywordSite } from './keywords-fixture.js';
import { chromiumAvailable, chromiumSkip, sharedChromium, serveFolder } from './chromium.js';

type Element = DefaultTreeAdapterMap['element'];

const skip = chromiumSkip('the CSP tests');

let out = '';
let site: { origin: string; close(): Promise<void> } | undefined;
let browser: Browser | undefined;
let origin = '';

before(async () => {
  out = join(tempDir(), 'out');
  await build({ root: keywordSite(), out, workers: 0 });
  if (!chromiumAvailable) return;
  site = await serveFolder(out);
  origin = site.origin;
  browser = await sharedChromium.acquire();
});

after(async () => {
  if (browser) await sharedChromium.release();
  await site?.close();
});

function children(el: Element): Element[] {
  return el.childNodes.filter((c): c is Element => 'tagName' in c);
}

test('every page has the policy in its head, before any script or stylesheet', () => {
  const pages = [...readTree(out)].filter(([f]) => f.endsWith('.html'));
  assert.ok(pages.length > 20);
  for (const [file, bytes] of pages) {
    const doc = parse(bytes.toString('utf8'));
    const html = children(doc as unknown as Element).find((e) => e.tagName === 'html')!;
    const head = children(html).find((e) => e.tagName === 'head')!;
    const items = children(head);
    const at = items.findIndex((e) => e.tagName === 'meta' && e.attrs.some((a) => a.name === 'http-equiv' && a.value === 'Content-Security-Policy'));
    assert.ok(at >= 0, `${file}: no CSP meta`);
    const policy = items[at]!.attrs.find((a) => a.name === 'content')!.value;
    assert.match(policy, /(^|; )script-src 'self'(;|$)/, file);
    assert.match(policy, /(^|; )style-src 'self'(;|$)/, file);
    assert.match(policy, /(^|; )object-src 'none'(;|$)/, file);
    assert.doesNotMatch(policy, /unsafe-inline|unsafe-eval|\*/, file);
    const first = items.findIndex((e) => e.tagName === 'script' || (e.tagName === 'link' && e.attrs.some((a) => a.name === 'rel' && a.value === 'stylesheet')));
    assert.ok(first < 0 || at < first, `${file}: the policy comes after a script or stylesheet`);
    // Inline scripts are data only.
    for (const s of items.filter((e) => e.tagName === 'script')) {
      const src = s.attrs.find((a) => a.name === 'src');
      const type = s.attrs.find((a) => a.name === 'type')?.value;
      assert.ok(src || type === 'application/ld+json', `${file}: an inline script`);
    }
  }
});

const violations = new WeakMap<Page, string[]>();

async function page(path: string): Promise<Page> {
  const p = await browser!.newPage();
  p.setDefaultTimeout(15_000);
  const found: string[] = [];
  violations.set(p, found);
  p.on('pageerror', (e) => found.push(`error: ${e.message}`));
  p.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) found.push(`console: ${m.text()}`);
  });
  await p.exposeFunction('__cspViolation', (v: string) => found.push(`violation: ${v}`));
  await p.addInitScript({ content: "document.addEventListener('securitypolicyviolation', (e) => window.__cspViolation(e.violatedDirective + ' ' + e.blockedURI));" });
  const res = await p.goto(origin + path);
  assert.equal(res?.status(), 200, `${path} loads`);
  return p;
}

test('under the policy the search page still finds articles, in either script', { skip }, async () => {
  const p = await page('/zh-hant/search/');
  await p.locator('#tongwen-search[data-ready="true"]').waitFor();
  await p.fill('#search-input', '英伟达');
  const result = p.locator('#search-results a', { hasText: '英偉達發布新一代數據中心GPU' });
  await result.waitFor();
  assert.equal(await result.getAttribute('href'), '/zh-hant/2024/06/nvidia-dc-gpu/');
  // The stylesheet applied (a style-src violation would leave the page unstyled).
  const font = await p.evaluate<string>('getComputedStyle(document.body).fontFamily');
  assert.notEqual(font, '', 'styled');
  await result.click();
  await p.waitForURL(`${origin}/zh-hant/2024/06/nvidia-dc-gpu/`);
  assert.deepEqual(violations.get(p), []);
  await p.close();
});

test('the switcher, the root chooser and the article pages run without a violation', { skip }, async () => {
  for (const path of ['/', '/zh-hans/', '/zh-hans/2024/06/nvidia-dc-gpu/', '/zh-hant/keywords/']) {
    const p = await page(path);
    await p.waitForLoadState('load');
    assert.deepEqual(violations.get(p), [], path);
    await p.close();
  }
});

test('an inline script injected into a deployed page is blocked by the policy', { skip }, async () => {
  const file = join(out, 'zh-hant', '2024', '06', 'nvidia-dc-gpu', 'index.html');
  const html = readFileSync(file, 'utf8');
  writeFileSync(file, html.replace('</body>', '<script>window.__injected = 1</script><img src="x" onerror="window.__handler = 1"></body>'));
  try {
    const p = await browser!.newPage();
    const blocked: string[] = [];
    p.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) blocked.push(m.text());
    });
    await p.goto(`${origin}/zh-hant/2024/06/nvidia-dc-gpu/`);
    await p.waitForLoadState('load');
    await p.waitForTimeout(200);
    assert.equal(await p.evaluate<string>('typeof window.__injected'), 'undefined', 'the inline script did not run');
    assert.equal(await p.evaluate<string>('typeof window.__handler'), 'undefined', 'the inline handler did not run');
    assert.ok(blocked.length >= 1, 'Chromium reports the blocked script');
    await p.close();
  } finally {
    writeFileSync(file, html);
  }
});
