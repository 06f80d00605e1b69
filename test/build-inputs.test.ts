/**
 * Build inputs and outputs as values: a context hash that ignores where
 * glossary entries were written, a frozen config, a Builder that builds
 * again with the same result, and a memory sink that receives exactly the
 * files the disk sink writes, with a manifest of them.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { Builder, articleContext, build, buildVersions } from '../src/build.js';
import { contextHash } from '../src/article/context.js';
import { MemorySink } from '../src/output/memory.js';
import { MARKER } from '../src/output/disk.js';
import { parseConfig } from '../src/config/config.js';
import type { GlossaryEntry } from '../src/conversion/glossary.js';
import { ARTICLE_CONTEXT, article, readTree, tempDir, writeSite } from './helpers.js';

const ENTRY: GlossaryEntry = { term: '英伟达', forms: { 'zh-Hans': '英伟达', 'zh-TW': '輝達' } };

test('contextHash: glossaries that differ only in positions hash the same; a different form hashes differently', () => {
  const a = contextHash({ ...ARTICLE_CONTEXT, glossary: [{ ...ENTRY, file: 'glossary.yaml', line: 1, column: 1 }] });
  const b = contextHash({ ...ARTICLE_CONTEXT, glossary: [{ ...ENTRY, file: 'tongwen.config.yaml', line: 9, column: 3 }] });
  const c = contextHash({ ...ARTICLE_CONTEXT, glossary: [{ ...ENTRY, forms: { ...ENTRY.forms, 'zh-TW': '英偉達' } }] });
  assert.match(a, /^[0-9a-f]{64}$/);
  assert.equal(a, b);
  assert.notEqual(a, c);
  assert.notEqual(a, contextHash(ARTICLE_CONTEXT), 'the glossary is part of the context');
  assert.notEqual(contextHash(ARTICLE_CONTEXT), contextHash({ ...ARTICLE_CONTEXT, basePath: '/news/' }));
  // Key order does not matter.
  const { variants, ...rest } = ARTICLE_CONTEXT;
  assert.equal(contextHash({ ...rest, variants }), contextHash(ARTICLE_CONTEXT));
});

test('articleContext is pure: it reads the inputs and changes nothing', () => {
  const config = parseConfig('variants: [zh-Hant, zh-Hans]\nrepair: true\n', 'tongwen.config.yaml');
  const before = JSON.stringify(config);
  const ctx = articleContext({ config, glossary: [ENTRY] }, { drafts: false, articles: 10 });
  assert.deepEqual(ctx.glossary, [ENTRY]);
  assert.equal(ctx.repair, true);
  assert.equal(JSON.stringify(config), before);
  assert.deepEqual(articleContext({ config, glossary: [ENTRY] }, { drafts: false, articles: 10 }), ctx);
  assert.equal(buildVersions().dependencies['opencc-js'], '1.4.2');
  assert.equal(buildVersions().dependencies.sirv, undefined, 'the preview server does not shape the output');
});

function smallSite(): string {
  return writeSite(tempDir(), {
    'tongwen.config.yaml': 'title: 測試\nbaseUrl: https://example.org/\n',
    'glossary.yaml': '英伟达: { zh-Hans: 英伟达, zh-Hant: 輝達 }\n',
    'content/a.md': article({ title: '英伟达发布新芯片', date: '2024-06-26', lang: 'zh-Hans', keywords: '英伟达 芯片' }, '英伟达的软件。\n'),
    'content/b.md': article({ title: '軟體的歷史', date: '2024-06-27', lang: 'zh-Hant' }, '正文[^1]。\n\n[^1]: 註。\n'),
    'static/robots.txt': 'User-agent: *\n',
  });
}

test('a memory sink receives exactly the files the disk sink writes; both manifests list them with size and SHA-256', async () => {
  const root = smallSite();
  const out = join(tempDir(), 'out');
  const disk = await build({ root, out, workers: 0 });
  const memory = await build({ root, out: join(tempDir(), 'never'), workers: 0, sink: 'memory' });
  assert.ok(memory.sink instanceof MemorySink);
  const onDisk = readTree(out);
  onDisk.delete(MARKER);
  const inMemory = memory.sink.files;
  const byPath = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  assert.deepEqual([...inMemory.keys()], [...onDisk.keys()].sort(byPath), 'the same files, in path order');
  for (const [file, bytes] of onDisk) assert.ok(bytes.equals(inMemory.get(file)!), file);
  const expected = [...onDisk].sort(([a], [b]) => byPath(a, b)).map(([path, bytes]) => ({ path, size: bytes.byteLength, sha256: createHash('sha256').update(bytes).digest('hex') }));
  assert.deepEqual(disk.sink.manifest(), expected);
  assert.deepEqual(memory.sink.manifest(), expected);
  assert.deepEqual([memory.files, memory.bytes], [disk.files, disk.bytes]);
  assert.ok(expected.some((e) => e.path === 'robots.txt') && expected.some((e) => e.path === 'sitemap.xml'));
});

test('a Builder builds again with the same output; the config it reports is frozen', async () => {
  const root = smallSite();
  const builder = new Builder({ root, workers: 0, sink: 'memory' });
  try {
    const first = await builder.build();
    const second = await builder.build();
    assert.deepEqual(second.sink.manifest(), first.sink.manifest());
    assert.ok(Object.isFrozen(first.config) && Object.isFrozen(first.config.keywords) && Object.isFrozen(first.config.variants));
    assert.equal(first.config.glossary, undefined, 'the merged glossary is not written into the config');
  } finally {
    await builder.close();
  }
});
