/**
 * The dev server's body edits against a cold build, on any site (the
 * 4000-article corpus: `.bench/site-4000`, copied first — this edits it):
 * `devServer` with a cache, a sentence appended to the articles numbered
 * EDITS (comma-separated, in file order), then a cold build of the same
 * content with the same base URL, and every file compared. Prints each
 * rebuild's cache summary (`bodyEdit: true` when it took the body-edit
 * path) and the differing files; exits 1 on any difference.
 *
 *   node lib/bench/dev-edit-compare.js SITE_COPY OUT CACHE COLD_OUT [EDITS]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { devServer } from '../src/commands/dev-server.js';
import { build, type BuildReport } from '../src/build.js';
import { listFiles } from '../src/core/fs.js';

const [root, out, cache, coldOut, editsArg] = process.argv.slice(2);
if (!root || !out || !cache || !coldOut) throw new Error('usage: dev-edit-compare.js SITE_COPY OUT CACHE COLD_OUT [EDITS]');
const reports: Array<BuildReport['cache']> = [];
const server = await devServer({
  build: { root, out, cache },
  basePath: '/',
  port: 0,
  host: '127.0.0.1',
  onBuild: (r) => reports.push(r.cache),
  onError: (e) => console.error(e.map((x) => x.message).join('\n')),
  format: (e) => e.map((x) => x.message),
});
await server.ready;
const files = listFiles(join(root, 'content'), (n) => n.endsWith('.md'));
for (const k of (editsArg ?? '0').split(',').map(Number)) {
  const file = join(root, 'content', files[k % files.length]!);
  const next = server.nextBuild();
  writeFileSync(file, `${readFileSync(file, 'utf8')}\n記者表示，市場的變化仍在繼續。\n`);
  await next;
  console.log(files[k % files.length], JSON.stringify(reports.at(-1)));
}
await server.close();
await build({ root, out: coldOut, baseUrl: `http://localhost:${server.port}/` });
const tree = (dir: string) => new Map(listFiles(dir).map((f) => [f, readFileSync(join(dir, f))]));
const warm = tree(out);
const cold = tree(coldOut);
const differ = [...new Set([...warm.keys(), ...cold.keys()])].filter((f) => !warm.has(f) || !cold.has(f) || !warm.get(f)!.equals(cold.get(f)!));
for (const rel of ['.tongwen/manifest.json', '.tongwen/README.txt']) if (!readFileSync(join(out, rel)).equals(readFileSync(join(coldOut, rel)))) differ.push(rel);
for (const f of differ.slice(0, 20)) console.log(`differs: ${f}`);
console.log(`${warm.size} files against ${cold.size}: ${differ.length} differ`);
process.exit(differ.length ? 1 : 0);
