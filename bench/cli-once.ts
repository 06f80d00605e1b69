/**
 * Child process of the benchmark: `tongwen build` as `node bin/tongwen.js`
 * runs it (the CLI's main(), with its cache and its lazy loading), then one
 * JSON line with the process's peak memory (max RSS: worker threads
 * included, they are this process's) and CPU. The build's own lines go to
 * standard output before it.
 *
 *   node lib/bench/cli-once.js build --root SITE --out OUT [--quiet] [--workers N]
 */
import { main } from '../src/cli/main.js';

const started = performance.now();
const code = await main(process.argv.slice(2));
const wallMs = performance.now() - started;
const usage = process.resourceUsage();
console.log(JSON.stringify({ code, wallMs, maxRssMb: usage.maxRSS / 1024, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000 }));
process.exitCode = code;
