/**
 * The warm build's floor: a process that only finds, reads and hashes the
 * Markdown sources under content/ — what any build must do to know nothing changed.
 * Child of `npm run bench`; prints one JSON line.
 *
 *   node lib/bench/floor.js SITE
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from '../src/core/fs.js';

const [root] = process.argv.slice(2);
if (!root) throw new Error('usage: floor.js SITE');
const started = performance.now();
const content = join(root, 'content');
const h = createHash('sha256');
let files = 0;
for (const f of listFiles(content, (n) => n.endsWith('.md'))) {
  h.update(createHash('sha256').update(readFileSync(join(content, f))).digest('hex'));
  files++;
}
console.log(JSON.stringify({ files, hash: h.digest('hex').slice(0, 12), ms: performance.now() - started }));
