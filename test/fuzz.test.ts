/**
 * Fuzzing the build (fast-check, seeded, bounded in time): generated sites
 * of one to three articles — Markdown and front matter mixing both scripts,
 * Latin, emoji, Markdown and HTML markup, `-{…}-` markup, hostile HTML and
 * broken YAML — are built, and every build either succeeds with HTML that
 * parses without error and runs nothing, or fails with formatted errors
 * (SiteErrors with a file and stage; a content file's with line and column)
 * — never another exception — and nothing is written outside the output
 * folder.
 *
 * Budget: TONGWEN_FUZZ_MIN_RUNS sites (default 60), then more until
 * TONGWEN_FUZZ_SECONDS have passed (default 0: `npm test` tries the same 60
 * sites on any machine, about 3 CPU s; `npm run fuzz` gives it minutes);
 * seed: TONGWEN_FUZZ_SEED (default fixed, so `npm test` is repeatable; a
 * failure prints the seed and path to replay it).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parse } from 'parse5';
import { build } from '../src/build.js';
import { BuildError, SiteError, formatError } from '../src/core/errors.js';
import { readTree, tempDir, writeSite } from './helpers.js';

const SECONDS = Number(process.env.TONGWEN_FUZZ_SECONDS ?? 0);
const SEED = Number(process.env.TONGWEN_FUZZ_SEED ?? 20261202);
/** Sites built whatever the time it takes (a fixed number, not a time box: the same sites on a loaded machine as on an idle one). */
const MIN_RUNS = Number(process.env.TONGWEN_FUZZ_MIN_RUNS ?? 60);

/** Pieces text is made of: both scripts, shared characters, Latin, emoji, and every kind of markup. */
const PIECES = [
  '英偉達', '英伟达', '數據中心', '数据中心', '軟體', '软件', '後', '后', '發', '发', '台', '臺', '中文', '的', '。', '，', '「', '」', '《', '》', '：',
  'GPU', 'AI', 'Rust', 'x', ' ', '  ', '\t', '\n', '\n\n', '😀', '👩‍💻', '\u200b', '\u00ad', 'é', 'ｇｐｕ',
  '*', '**', '_', '~~', '`', '```', '[', ']', '(', ')', '](https://example.org/a)', '![alt](a.png)', '<https://example.org>', '# ', '## ', '> ', '- ', '1. ', '| a | b |\n|---|---|\n', '---', '[^1]', '[^1]: 註', '\\',
  '-{', '}-', '-{zh-Hans:计算机;zh-Hant:電腦;}-', 'zh-Hant:', ';', '-{微軟}-',
  '<div>', '</div>', '<b>', '</b>', '<sup>1</sup>', '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '<a href="javascript:alert(1)">j</a>', '<svg onload=alert(1)>', '<iframe src="//evil">', '<style>p{}</style>', '<!--', '-->', '&amp;', '&#x4e2d;', '&#0;', '&#xD800;', '<',
  ':', ': ', '"', "'", '{', '}', '&a', '*a', '!!str', '%', '@', '|', '>-',
];

const text = (max: number) => fc.array(fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...PIECES) }, { weight: 1, arbitrary: fc.string({ maxLength: 4 }) }), { maxLength: max }).map((a) => a.join(''));

/** A YAML scalar: plain, quoted, or whatever the text makes of it. */
const scalar = fc.oneof(
  { weight: 4, arbitrary: text(8).map((t) => JSON.stringify(`標題${t}`)) },
  { weight: 1, arbitrary: text(8).map((t) => `標題${t}`) },
  { weight: 1, arbitrary: text(8).map((t) => `'${t.replace(/'/g, "''")}'`) },
);

const dateValue = fc.oneof(
  { weight: 1, arbitrary: fc.constantFrom('2024-06-01', '2024-02-29T09:30:00+08:00', '0099-06-15', '1850-06-15', '2024-13-45', '2024-06-01 25:00', 'yesterday', '') },
  { weight: 4, arbitrary: fc.date({ min: new Date('1900-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)) },
);

/** Front matter: mostly well-formed with fuzzed values; sometimes broken YAML or unclosed. */
const frontMatter = fc.oneof(
  { weight: 10, arbitrary: fc.record({
    title: scalar,
    date: dateValue,
    lang: fc.option(fc.constantFrom('zh-Hant', 'zh-Hans', 'zh-TW', 'zh-HK', 'zh-CN', 'zh-Hant', 'zh-Hans', 'en'), { nil: undefined }),
    keywords: fc.option(fc.oneof(fc.array(scalar, { maxLength: 4 }).map((k) => `[${k.join(', ')}]`), text(6).map((t) => `詞 ${t}`)), { nil: undefined }),
    category: fc.option(scalar, { nil: undefined }),
    summary: fc.option(scalar, { nil: undefined }),
    extra: fc.option(fc.oneof(scalar, text(10)), { nil: undefined }),
  }).map((f) => `---\n${Object.entries(f).filter(([, v]) => v !== undefined).map(([k, v]) => `${k}: ${String(v).replace(/\n/g, ' ')}`).join('\n')}\n---\n`) },
  { weight: 1, arbitrary: text(20).map((t) => `---\ntitle: 標題\ndate: 2024-06-01\n${t}\n---\n`) },
  { weight: 1, arbitrary: text(10).map((t) => `---\ntitle: ${t}\ndate: 2024-06-01\n`) },
);

const articleFile = fc.tuple(frontMatter, text(60)).map(([fm, body]) => `${fm}${body}\n`);
const site = fc.array(fc.tuple(fc.constantFrom('a', 'b', 'c', '新聞', 'con', '..x'), articleFile), { minLength: 1, maxLength: 3 });

/** Parse errors of an HTML page (parse5 reports each one), and anything in it that would run. */
function pageProblems(html: string): string[] {
  const problems: string[] = [];
  const doc = parse(html, { onParseError: (e) => problems.push(`parse error ${e.code} at ${e.startLine}:${e.startCol}`) });
  const walk = (node: unknown) => {
    const el = node as { tagName?: string; attrs?: Array<{ name: string; value: string }>; childNodes?: unknown[]; content?: unknown };
    if (el.tagName) {
      const attrs = el.attrs ?? [];
      if (el.tagName === 'script' && !attrs.some((a) => a.name === 'src') && !attrs.some((a) => a.name === 'type' && a.value === 'application/ld+json')) problems.push('inline script');
      for (const a of attrs) {
        if (/^on/i.test(a.name)) problems.push(`${el.tagName} ${a.name}`);
        if (/^(href|src)$/.test(a.name) && /^\s*(javascript|data|vbscript):/i.test(a.value)) problems.push(`${el.tagName} ${a.name}=${a.value}`);
      }
    }
    for (const c of el.childNodes ?? []) walk(c);
    if (el.content) walk(el.content);
  };
  walk(doc);
  return problems;
}

test(`fuzz: every generated site builds to valid, inert HTML or fails with formatted errors (seed ${SEED}, ${MIN_RUNS} sites${SECONDS > 0 ? `, then ${SECONDS} s` : ''})`, { timeout: (SECONDS + 120) * 1000 }, async () => {
  let runs = 0;
  let built = 0;
  const property = fc.asyncProperty(site, async (articles) => {
      runs++;
      const parent = tempDir('tongwen-fuzz-');
      const root = join(parent, 'site');
      const out = join(parent, 'out');
      const files: Record<string, string> = {};
      articles.forEach(([name, data], i) => {
        files[`content/${name}-${i}.md`] = data;
      });
      writeSite(root, files);
      try {
        await build({ root, out, workers: 0, now: new Date('2024-06-02T00:00:00Z') });
        built++;
        for (const [file, bytes] of readTree(out)) {
          if (!file.endsWith('.html')) continue;
          const problems = pageProblems(bytes.toString('utf8'));
          assert.deepEqual(problems, [], `${file}`);
        }
      } catch (error) {
        if (error instanceof assert.AssertionError) throw error;
        assert.ok(error instanceof BuildError || error instanceof SiteError, `not a formatted error: ${(error as Error)?.stack ?? String(error)}`);
        const errors = error instanceof BuildError ? error.errors : [error];
        if (process.env.TONGWEN_FUZZ_VERBOSE) for (const e of errors) console.log(`  ${e.stage}: ${e.message.slice(0, 100)}`);
        assert.ok(errors.length > 0);
        for (const e of errors) {
          assert.ok(e.message.length > 0 && e.stage.length > 0);
          if (e.file?.startsWith('content/')) assert.ok(e.line !== undefined && e.column !== undefined, `no position: ${formatError(e)}`);
          assert.doesNotMatch(formatError(e), /\n\s+at \S+ \(/);
        }
      }
      // Nothing outside the output folder: the parent holds exactly the site and (after a build) the output.
      assert.deepEqual(readdirSync(parent).filter((n) => n !== 'out' && n !== 'site'), []);
      rmSync(parent, { recursive: true, force: true });
    });
  // At least MIN_RUNS sites whatever the machine's load (a cold first build may use up the budget), then as many more as the budget allows.
  const started = Date.now();
  let result = await fc.check(property, { seed: SEED, numRuns: MIN_RUNS, endOnFailure: true });
  const left = SECONDS * 1000 - (Date.now() - started);
  if (!result.failed && left > 0) {
    result = await fc.check(property, { seed: SEED + 1, numRuns: 1_000_000, interruptAfterTimeLimit: left, markInterruptAsFailure: false, endOnFailure: true });
  }
  // A time limit reached before any property failed (a loaded machine) is not a failure: only a counterexample is.
  if (result.failed && !(result.interrupted && result.counterexample === null)) {
    assert.fail(`fuzz failed after ${result.numRuns} runs (replay: TONGWEN_FUZZ_SEED=${result.seed}, path ${result.counterexamplePath}):\n${JSON.stringify(result.counterexample)}\n${String(result.errorInstance)}`);
  }
  assert.ok(runs >= MIN_RUNS, `only ${runs} sites were tried`);
  console.log(`fuzz: ${runs} sites (${built} built, ${runs - built} refused with errors) in ${((Date.now() - started) / 1000).toFixed(1)} s, seed ${SEED}`);
});
