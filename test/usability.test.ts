/**
 * Mistakes that shipped silently (issue 12): a `lang:` that disagrees with
 * the text warns in the build; `convert` without `--from` detects the
 * input's script; a mistyped option or command is named with a suggestion;
 * `tongwen init` gives a site to start from.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../src/cli/main.js';
import { didYouMean } from '../src/cli/suggest.js';
import { STARTER } from '../src/commands/init.js';
import { article, runCli, tempDir, writeSite } from './helpers.js';

test('the build warns when lang: disagrees with the text, with the share in the other script; it still builds', async () => {
  const root = writeSite(tempDir(), {
    'content/wrong.md': article({ title: '英伟达发布新一代数据中心芯片', date: '2024-06-01', lang: 'zh-Hant', keywords: '[芯片]' }, '这是简体中文的正文，讲述数据中心的发展。\n'),
    'content/right.md': article({ title: '英偉達發布新晶片', date: '2024-06-02', lang: 'zh-Hant', keywords: '[晶片]' }, '這是繁體中文的正文。\n'),
    'content/default.md': article({ title: '软件开发', date: '2024-06-03', keywords: '[软件]' }, '简体正文没有写 lang。\n'),
  });
  const r = await runCli(['build', '--root', root, '--quiet', '--workers', '0']);
  assert.equal(r.code, 0, r.err.join('\n'));
  const text = r.err.join('\n');
  assert.match(text, /^content\/wrong\.md:4:7: warning: metadata: lang is zh-Hant but 100% of the script-specific characters are Simplified \(\d+ of \d+\): its zh-Hant pages show them unconverted$/m);
  assert.match(text, /^content\/default\.md:1:1: warning: metadata: lang is zh-Hant \(the site's defaultLang\) but \d+% of the script-specific characters are Simplified/m);
  assert.doesNotMatch(text, /right\.md/);
  assert.match(text, /hint: write `lang: zh-Hans`/);
  // A mostly Traditional text with a few Simplified characters is check's business (mixed script), not this warning.
  writeFileSync(join(root, 'content', 'wrong.md'), article({ title: '英偉達发布新晶片', date: '2024-06-01', lang: 'zh-Hant', keywords: '[晶片]' }, '這是繁體中文的正文，講述數據中心的發展。\n'));
  const again = await runCli(['build', '--root', root, '--quiet', '--workers', '0']);
  assert.doesNotMatch(again.err.join('\n'), /wrong\.md/);
});

async function convert(args: string[], input: string): Promise<{ code: number; out: string }> {
  const out: string[] = [];
  const code = await main(['convert', '--root', tempDir(), ...args], (l) => out.push(l), () => {}, async () => input);
  return { code, out: out.join('\n') };
}

test('convert --to zh-Hant without --from detects Simplified input (and the other way round)', async () => {
  assert.deepEqual(await convert(['--to', 'zh-Hant'], '这是简体中文的软件和数据。\n'), { code: 0, out: '這是簡體中文的軟件和數據。' });
  assert.deepEqual(await convert(['--to', 'zh-Hans'], '這是繁體中文的軟體和資料。\n'), { code: 0, out: '这是繁体中文的软体和资料。' });
  assert.deepEqual(await convert(['--to', 'zh-TW'], '这是简体中文的软件。\n'), { code: 0, out: '這是簡體中文的軟體。' });
  // A declared lang and --from still decide.
  assert.equal((await convert(['--to', 'zh-Hant'], '---\nlang: zh-Hant\n---\n这是\n')).out, '---\nlang: zh-Hant\n---\n这是');
  assert.equal((await convert(['--to', 'zh-Hant', '--from', 'zh-Hant'], '这是\n')).out, '这是');
});

test('a mistyped option names the option, suggests the right one and lists the valid ones', async () => {
  const r = await runCli(['build', '--outt', 'x']);
  assert.equal(r.code, 2);
  assert.equal(r.err[0], 'tongwen: unknown option --outt; did you mean --out?');
  assert.match(r.err[1]!, /^valid options: --root, --out, --base-url, --drafts, .*--manifest, (?:.*, )?--help, --version$/);
  assert.doesNotMatch(r.err.join('\n'), /To specify a positional argument|ERR_PARSE_ARGS/);
  assert.equal((await runCli(['build', '--qiuet'])).err[0], 'tongwen: unknown option --qiuet; did you mean --quiet?');
  assert.equal((await runCli(['check', '--strct'])).err[0], 'tongwen: unknown option --strct; did you mean --strict?');
  assert.equal((await runCli(['build', '--xyzzy'])).err[0], 'tongwen: unknown option --xyzzy');
  assert.equal((await runCli(['build', '--out'])).err[0], 'tongwen: --out needs a value, e.g. --out DIR');
  assert.equal((await runCli(['build', '--drafts=yes'])).err[0], 'tongwen: --drafts takes no value');
  assert.equal((await runCli(['biuld'])).err[0], 'tongwen: unknown command "biuld"; did you mean build?');
  assert.equal((await runCli(['frobnicate'])).err[0], 'tongwen: unknown command "frobnicate" (commands: build, serve, convert, check, verify, init, new)');
  assert.equal(didYouMean('bas-url', ['base-url', 'drafts']), 'base-url');
  assert.equal(didYouMean('wokers', ['workers', 'port']), 'workers');
  assert.equal(didYouMean('wor', ['workers', 'port']), 'workers');
});

test('tongwen init creates a starter site that builds and checks clean; it never overwrites', async () => {
  const dir = join(tempDir(), 'my-site');
  const r = await runCli(['init', dir]);
  assert.equal(r.code, 0, r.err.join('\n'));
  for (const f of Object.keys(STARTER)) assert.ok(existsSync(join(dir, f)), f);
  assert.match(r.out.join('\n'), /Next: cd .*my-site && npx tongwen serve/);
  const built = await runCli(['build', '--root', dir, '--quiet', '--workers', '0']);
  assert.equal(built.code, 0, built.err.join('\n'));
  assert.deepEqual(built.err, [], 'no warnings');
  assert.ok(existsSync(join(dir, 'dist', 'zh-hans', '2024', '06', 'welcome', 'index.html')));
  assert.match(readFileSync(join(dir, 'dist', 'zh-hant', '2024', '06', 'simplified', 'index.html'), 'utf8'), /英偉達/);
  const check = await runCli(['check', '--root', dir, '--strict']);
  assert.equal(check.code, 0, check.out.join('\n'));

  const config = readFileSync(join(dir, 'tongwen.config.yaml'));
  const again = await runCli(['init', dir]);
  assert.equal(again.code, 2);
  assert.match(again.err.join('\n'), /already has content\/, tongwen\.config\.yaml.*never overwrites/);
  assert.ok(readFileSync(join(dir, 'tongwen.config.yaml')).equals(config));
});

test('convert reads a file as strict UTF-8 too: a GBK file is named, not converted into U+FFFD', async () => {
  const file = join(tempDir(), 'gbk.md');
  writeFileSync(file, Buffer.from([0xd6, 0xd0, 0xce, 0xc4, 0xb5, 0xc4, 0xd0, 0xc2, 0xce, 0xc5, 0x0a]));
  const r = await runCli(['convert', '--root', tempDir(), '--to', 'zh-Hans', file]);
  assert.equal(r.code, 1);
  assert.match(r.err.join('\n'), /gbk\.md:1:1: read: file is not valid UTF-8; it looks like GBK/);
  assert.deepEqual(r.out, []);
});
