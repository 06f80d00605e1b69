/**
 * `npm run fuzz -- [--seconds 300] [--seed N]`: the fuzz test
 * (test/fuzz.test.ts) with a long budget; `npm test` runs it on 60 sites
 * with a fixed seed. Without --seed, a new seed each run (printed,
 * so a failure can be replayed with --seed).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { REPO } from './corpus.js';

const { values } = parseArgs({ options: { seconds: { type: 'string', default: '300' }, seed: { type: 'string' } } });
const seed = values.seed ?? String(Date.now() % 2 ** 31);
console.log(`fuzz: ${values.seconds} s, seed ${seed}`);
const r = spawnSync(process.execPath, ['--test', '--test-reporter=spec', join(REPO, 'lib', 'test', 'fuzz.test.js')], {
  stdio: 'inherit',
  env: { ...process.env, TONGWEN_FUZZ_SECONDS: values.seconds, TONGWEN_FUZZ_SEED: seed },
});
process.exitCode = r.status ?? 1;
