// Child process of `npm run bench`: one Eleventy 3 build of the corpus (see README.md), printed as JSON with peak memory.
import Eleventy from '@11ty/eleventy';
import { fileURLToPath } from 'node:url';

const [corpus, out] = process.argv.slice(2);
if (!corpus || !out) throw new Error('usage: run.mjs CORPUS_SITE OUT');
process.env.BENCH_CORPUS = corpus;
const input = fileURLToPath(new URL('./site/', import.meta.url));
const started = performance.now();
const elev = new Eleventy(input, out, { quietMode: true, configPath: fileURLToPath(new URL('./eleventy.config.mjs', import.meta.url)) });
await elev.write();
const wallMs = performance.now() - started;
const usage = process.resourceUsage();
console.log(JSON.stringify({ wallMs, maxRssMb: usage.maxRSS / 1024, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000 }));
