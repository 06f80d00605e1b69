#!/usr/bin/env node
// Entry point for `npx tongwen`: runs the compiled CLI (npm run compile builds lib/).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cli = new URL('../lib/src/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(cli))) {
  console.error('tongwen: the compiled CLI (lib/src/cli/main.js) is missing.\nhint: run `npm run compile` (or `npm ci`, which compiles through the prepare script) first.');
  process.exit(2);
}
const { main } = await import(cli.href);
process.exitCode = await main(process.argv.slice(2));
