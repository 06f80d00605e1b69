/**
 * Child process of the benchmark: one cold build of a site, printed as JSON
 * with the process's peak memory (worker threads included: same process).
 *
 *   node lib/bench/build-once.js SITE OUT [WORKERS]
 *
 * TONGWEN_LIQUID_ONLY=1 renders every page through LiquidJS's own renderer
 * (the yardstick of the compiled renderer, render/compile.ts).
 */
import { build } from '../src/build.js';

const [root, out, workers] = process.argv.slice(2);
if (!root || !out) throw new Error('usage: build-once.js SITE OUT [WORKERS]');
const started = performance.now();
const report = await build({ root, out, liquidOnly: process.env.TONGWEN_LIQUID_ONLY === '1', ...(workers !== undefined && workers !== '' ? { workers: Number(workers) } : {}) });
const wallMs = performance.now() - started;
const { config: _config, sink: _sink, ...rest } = report;
const usage = process.resourceUsage();
console.log(JSON.stringify({ ...rest, wallMs, maxRssMb: usage.maxRSS / 1024, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000 }));
