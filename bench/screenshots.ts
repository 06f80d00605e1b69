/**
 * `npm run screenshots`: builds the sample site (this repository's content/)
 * for real, serves it, and photographs it in headless Chromium — the home
 * page and an article, at desktop and phone width, in the light and the
 * dark colour scheme — as small palette PNGs in docs/screenshots/ (shown in
 * the README). External requests (the sample's video embed) are blocked.
 *
 * Needs a CJK font on the machine (Debian: fonts-wqy-microhei or fonts-noto-cjk),
 * or the Chinese text shows as boxes.
 *
 *   npm run screenshots [-- --chromium /usr/bin/chromium]
 */
import { mkdirSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import sharp from 'sharp';
import { build } from '../src/build.js';
import { serve } from '../src/commands/serve.js';
import { REPO } from './corpus.js';

const { values } = parseArgs({ options: { chromium: { type: 'string', default: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' } } });

const SHOTS = [
  { name: 'home', path: '/zh-hant/' },
  { name: 'article', path: '/zh-hant/2025/05/cleanroom-visit/' },
] as const;
const SIZES = [
  { name: 'desktop', width: 1280, height: 860, scale: 1 },
  { name: 'phone', width: 390, height: 844, scale: 1 },
] as const;
const SCHEMES = ['light', 'dark'] as const;

const out = join(REPO, '.bench', 'screenshots-site');
rmSync(out, { recursive: true, force: true });
await build({ root: REPO, out, workers: 0 });
const server = await serve({ dir: out, basePath: '/', port: 0, host: '127.0.0.1' });
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const browser = await chromium.launch({ executablePath: values.chromium, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--font-render-hinting=none'] });
const dir = join(REPO, 'docs', 'screenshots');
mkdirSync(dir, { recursive: true });
try {
  for (const size of SIZES) {
    for (const scheme of SCHEMES) {
      const context = await browser.newContext({ viewport: { width: size.width, height: size.height }, deviceScaleFactor: size.scale, colorScheme: scheme, isMobile: size.name === 'phone', hasTouch: size.name === 'phone' });
      await context.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => route.abort());
      const page = await context.newPage();
      for (const shot of SHOTS) {
        await page.goto(origin + shot.path, { waitUntil: 'load' });
        const png = await page.screenshot({ fullPage: false });
        const file = join(dir, `${shot.name}-${size.name}-${scheme}.png`);
        const info = await sharp(png).png({ palette: true, colours: 64, compressionLevel: 9, effort: 10 }).toFile(file);
        console.log(`${file.slice(REPO.length + 1)}  ${info.width}×${info.height}  ${(info.size / 1024).toFixed(0)} KB`);
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  server.close();
  rmSync(out, { recursive: true, force: true });
}
