/**
 * Debian's Chromium for the browser tests (driven by playwright-core), and a
 * built folder served on a free port. One place for where Chromium is, how a
 * missing one is reported (a failing test in CI, where `.ci/run` installs it;
 * a skip with a message elsewhere) and how it is launched.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser } from 'playwright-core';
import { serve } from '../src/commands/serve.js';
import { shared } from './helpers.js';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const chromiumAvailable = existsSync(CHROMIUM);

/** The `skip` option of a browser test; in CI a missing Chromium is a failing test named for `what`. */
export function chromiumSkip(what: string): false | string {
  if (!chromiumAvailable && process.env.CI) {
    test(`Chromium is installed for ${what}`, () => {
      assert.fail(`${CHROMIUM} is missing: .ci/run must install Debian's chromium package`);
    });
  }
  return chromiumAvailable ? false : `Chromium not found at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`;
}

/** Headless Chromium, quiet (no background networking, updates or first-run pages). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/**
 * The Chromium of the browser tests of this process, launched once (helpers.shared: a shard's browser
 * test files share it; its start costs about a CPU second); each page or context a test opens is its own.
 */
export const sharedChromium = shared(launchChromium, (browser) => browser.close());

/** Serves a built folder at the root of a free local port, as `serve` does. */
export async function serveFolder(dir: string): Promise<{ origin: string; close(): Promise<void> }> {
  const server = await serve({ dir, basePath: '/', port: 0, host: '127.0.0.1' });
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
