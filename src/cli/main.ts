/**
 * The command line: argv → build / serve / convert / check → report or errors → exit code.
 * Exit codes: 0 built, 1 content or template errors, 2 bad usage.
 */
import { parseArgs } from 'node:util';
import { readFileSync } from 'node:fs';
import { resolve, join } from 'node:path';
import type { BuildReport } from '../build.js';
import { loadConfig } from '../config/config.js';
import { BuildError, SiteError, asSiteErrors, formatError } from '../core/errors.js';
import { formatSystemProblem, systemProblem } from './system-error.js';
import { argumentMessage, didYouMean } from './suggest.js';
import { buildFailed, formatCheck, formatErrors, formatReport, sourceReader } from './report.js';
// Commands are imported when run (a command loads only what it needs).

const HELP = `tongwen — a static site generator for Chinese news sites, in both scripts

Usage:
  tongwen build [--root DIR] [--out DIR] [--base-url URL] [--drafts] [--future] [--quiet]
  tongwen serve [--root DIR] [--out DIR] [--port 4000] [--host 127.0.0.1]
  tongwen convert [--from VARIANT] --to VARIANT [--html] [--root DIR] [FILE]
  tongwen check [--root DIR] [--strict]
  tongwen verify DEPLOYED_DIR [--manifest FILE]
  tongwen init [DIR]
  tongwen new "標題" [--lang VARIANT] [--category NAME] [--slug SLUG] [--root DIR]
  tongwen --help | --version

Commands:
  build   Build the site in DIR (default: .) into --out (default: DIR/dist).
  serve   Build, then preview the output on http://localhost:4000/.
  convert Convert a Markdown document (FILE, or standard input) to another variant
          through the build's pipeline, with the site's glossary; prints the
          document with only its prose converted (--html: the body as HTML).
  check   Read the site without writing: errors a build would stop on, lang that
          disagrees with the text's script, mixed-script text, ambiguous
          characters in titles, unused glossary entries.
  init    Create a starter site in DIR (default: .): config, two articles, a
          glossary entry, .gitignore. Never overwrites.
  verify  Compare a deployed copy of the site with the build's manifest
          (.tongwen/manifest.json): list files added, changed or missing.
  new     Create content/yyyy/mm/<slug>.md dated now, with its front matter filled
          in (--lang: its script, default defaultLang; --category; --slug, default
          the title's pinyin); prints its path.

Options:
  --root DIR       site folder with content/, templates/, static/, tongwen.config.yaml
  --out DIR        output folder (replaced atomically when the build succeeds)
  --base-url URL   override the config's baseUrl
  --drafts         include articles marked draft: true
  --future         include articles dated after now (left out by default)
  --workers N      worker threads for articles (0 = none; default: one per core)
  --port N         serve: port (default 4000)
  --host HOST      serve: address to listen on (default 127.0.0.1)
  --quiet          build: print only errors
  --from VARIANT   convert: the document's variant (default: its lang, else defaultLang)
  --to VARIANT     convert: zh-Hant, zh-Hans, zh-TW, zh-HK or zh-CN
  --html           convert: print the body as HTML instead of Markdown
  --strict         check: treat warnings as errors
  --manifest FILE  verify: the manifest to compare with (default: DEPLOYED_DIR/.tongwen/manifest.json)

Exit codes: 0 built (converted, checked, verified), 1 content or template errors
(check: errors, or warnings with --strict; verify: any difference), 2 bad usage.
`;

type Out = (line: string) => void;

/** Every option of every command. */
const OPTIONS = {
  root: { type: 'string' },
  out: { type: 'string' },
  'base-url': { type: 'string' },
  drafts: { type: 'boolean' },
  future: { type: 'boolean' },
  workers: { type: 'string' },
  port: { type: 'string' },
  host: { type: 'string' },
  quiet: { type: 'boolean' },
  from: { type: 'string' },
  to: { type: 'string' },
  html: { type: 'boolean' },
  strict: { type: 'boolean' },
  manifest: { type: 'string' },
  lang: { type: 'string' },
  category: { type: 'string' },
  slug: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const satisfies Record<string, { type: 'string' | 'boolean'; short?: string }>;

const COMMANDS = ['build', 'serve', 'convert', 'check', 'verify', 'init', 'new'];

/** `; did you mean build?` for a mistyped command. */
function commandGuess(command: string): string {
  const guess = didYouMean(command, COMMANDS);
  return guess ? `; did you mean ${guess}?` : ` (commands: ${COMMANDS.join(', ')})`;
}

function usageError(message: string, err: Out): number {
  err(`tongwen: ${message}`);
  err('run `tongwen --help` for usage');
  return 2;
}

/** All of standard input, as UTF-8 text (for `convert` without a file). */
async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Prints a text through a line printer, so that the printed bytes are the text (printers add a newline). */
function print(out: Out, text: string): void {
  out(text.endsWith('\n') ? text.slice(0, -1) : text);
}

/** Whether a thrown value is a user-facing error (printed, exit 1 or 2) rather than a bug (rethrown). */
function isSiteProblem(error: unknown): error is BuildError | SiteError {
  return error instanceof BuildError || error instanceof SiteError;
}

/** How the CLI runs besides its arguments: `signal` stops a running `serve` (main then returns 0), for tests and embedders. */
export interface MainOptions {
  signal?: AbortSignal;
}

/**
 * Runs the CLI; returns the exit code. Output goes through `out`/`err`
 * (console by default). A system error (full disk, read-only folder…) is
 * printed as a message with its path and a fix, exit 1.
 */
export async function main(argv: string[], out: Out = console.log, err: Out = console.error, stdin: () => Promise<string> = readStdin, opts: MainOptions = {}): Promise<number> {
  try {
    return await run(argv, out, err, stdin, opts);
  } catch (error) {
    const problem = systemProblem(error);
    if (!problem) throw error;
    for (const line of formatSystemProblem(problem)) err(line);
    return 1;
  }
}

async function run(argv: string[], out: Out, err: Out, stdin: () => Promise<string>, opts: MainOptions): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: OPTIONS });
  } catch (error) {
    return usageError(argumentMessage(error as Error & { code?: string }, OPTIONS), err);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    out(HELP);
    return 0;
  }
  if (values.version) {
    const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string };
    out(pkg.version);
    return 0;
  }
  const command = positionals[0];
  if (command === 'init') {
    if (positionals.length > 2) return usageError(`unexpected argument "${positionals[2]}"`, err);
    const dir = positionals[1] ?? '.';
    let files: string[];
    try {
      const { initSite } = await import('../commands/init.js');
      files = initSite(dir);
    } catch (error) {
      if (!(error instanceof SiteError)) throw error;
      err(formatError(error));
      return 2;
    }
    out(`Created a site in ${resolve(dir)}:`);
    for (const f of files) out(`  ${f}`);
    const cd = dir === '.' ? '' : `cd ${dir} && `;
    out(`Next: ${cd}npx tongwen serve   (preview on http://localhost:4000/), then npx tongwen build`);
    return 0;
  }
  if (command === 'verify') {
    const deployed = positionals[1];
    if (deployed === undefined) return usageError('verify needs the deployed folder: tongwen verify DEPLOYED_DIR [--manifest FILE]', err);
    if (positionals.length > 2) return usageError(`unexpected argument "${positionals[2]}"`, err);
    const { formatVerify, verifyDeployment } = await import('../commands/verify.js');
    let report;
    try {
      report = verifyDeployment(deployed, values.manifest);
    } catch (error) {
      if (!(error instanceof SiteError)) throw error;
      err(formatError(error));
      return 2;
    }
    const lines = formatVerify(report, deployed);
    const clean = report.added.length + report.changed.length + report.missing.length === 0;
    for (const line of lines) (clean ? out : err)(line);
    return clean ? 0 : 1;
  }
  if (command === 'convert') {
    if (positionals.length > 2) return usageError(`unexpected argument "${positionals[2]}"`, err);
    try {
      const { convertCommand } = await import('../commands/convert.js');
      const converted = await convertCommand({ root: resolve(values.root ?? '.'), from: values.from, to: values.to, html: values.html, file: positionals[1] }, stdin);
      // Byte for byte on the real standard output (no final newline added); line-wise for an injected printer.
      if (out === console.log) process.stdout.write(converted);
      else print(out, converted);
      return 0;
    } catch (error) {
      if (!isSiteProblem(error)) throw error;
      const errors = asSiteErrors(error);
      const usage = errors.find((e) => e.stage === 'usage');
      if (usage) return usageError(usage.message, err);
      for (const e of errors) err(formatError(e));
      return 1;
    }
  }
  if (command === 'new') {
    if (positionals.length > 2) return usageError(`unexpected argument "${positionals[2]}" (quote a title with spaces)`, err);
    const { newArticle } = await import('../commands/new.js');
    try {
      out(newArticle({ root: resolve(values.root ?? '.'), title: positionals[1], lang: values.lang, category: values.category, slug: values.slug }));
      return 0;
    } catch (error) {
      if (!isSiteProblem(error)) throw error;
      const errors = asSiteErrors(error);
      const usage = errors.find((e) => e.stage === 'usage');
      if (usage) return usageError(usage.hint ? `${usage.message}\nhint: ${usage.hint}` : usage.message, err);
      for (const e of errors) err(formatError(e));
      return 1;
    }
  }
  if (command === 'check') {
    if (positionals.length > 1) return usageError(`unexpected argument "${positionals[1]}"`, err);
    const root = resolve(values.root ?? '.');
    const { checkSite, isSiteFolder } = await import('../commands/check.js');
    if (!isSiteFolder(root)) return usageError(`${root} is not a site folder (no content/ and no tongwen.config.yaml)`, err);
    const report = await checkSite(root);
    for (const line of formatCheck(report, root, values.strict === true)) out(line);
    return report.errors > 0 || (values.strict && report.warnings > 0) ? 1 : 0;
  }
  if (positionals.length > 1) return usageError(`unexpected argument "${positionals[1]}"`, err);
  if (command !== 'build' && command !== 'serve') {
    return command === undefined ? usageError('missing command (build, serve, convert, check, verify or init)', err) : usageError(`unknown command "${command}"${commandGuess(command)}`, err);
  }
  const root = resolve(values.root ?? '.');
  let workers: number | undefined;
  if (values.workers !== undefined) {
    workers = Number(values.workers);
    if (!Number.isInteger(workers) || workers < 0) return usageError('--workers takes a whole number ≥ 0', err);
  }
  let port = 4000;
  if (values.port !== undefined) {
    port = Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535) return usageError('--port takes a port number', err);
  }
  const host = values.host ?? '127.0.0.1';

  // serve previews on localhost but keeps the base URL's path (/news/), so links work as they will when deployed (commands/dev-server.ts).
  const baseUrl = values['base-url'];

  // The build cache: <root>/.tongwen-cache unless TONGWEN_CACHE_DIR names another folder or is `off`.
  const cacheEnv = process.env.TONGWEN_CACHE_DIR;
  const cache = cacheEnv === 'off' ? undefined : resolve(cacheEnv || join(root, '.tongwen-cache'));

  if (command === 'serve') return serveCommand({ root, cache, port, host, quiet: values.quiet === true, baseUrl, out: values.out, drafts: values.drafts, future: values.future, workers }, out, err, opts.signal);

  // The check of the output against the cache's record (a stat of every output file, in a thread of its own)
  // starts now, before the build's modules load: the build takes it (cache/output-state.ts).
  if (cache !== undefined) {
    const [{ prestartOutputCheck }, { CacheStore }] = await Promise.all([import('../cache/output-state.js'), import('../cache/store.js')]);
    prestartOutputCheck(new CacheStore(cache), resolve(values.out ?? join(root, 'dist')));
  }
  const { build } = await import('../build.js');
  const { progressPrinter } = await import('./progress.js');
  // Progress on standard error: a terminal line updated in place, else a few plain lines (large sites only).
  const progress = values.quiet ? undefined : progressPrinter({ tty: process.stderr.isTTY === true, write: (t) => process.stderr.write(t) });
  let report: BuildReport;
  try {
    report = await build({
      root,
      ...(progress ? { onProgress: (p) => progress.update(p) } : {}),
      ...(cache !== undefined ? { cache } : {}),
      ...(values.out !== undefined ? { out: resolve(values.out) } : {}),
      ...(baseUrl !== undefined ? { baseUrl } : {}),
      ...(values.drafts ? { drafts: true } : {}),
      ...(values.future ? { future: true } : {}),
      ...(workers !== undefined ? { workers } : {}),
    });
  } catch (error) {
    progress?.end();
    if (isSiteProblem(error)) {
      const errors = asSiteErrors(error);
      for (const line of formatErrors(errors, sourceReader(root))) err(line);
      err(buildFailed(errors.length));
      return errors.some((e) => e.stage === 'usage') ? 2 : 1;
    }
    const problem = systemProblem(error, resolve(values.out ?? join(root, 'dist')));
    if (!problem) throw error;
    for (const line of formatSystemProblem(problem)) err(line);
    err(buildFailed(1));
    return 1;
  }
  progress?.end();
  // Warnings (raw HTML the sanitizer dropped) do not stop the build; they print like errors.
  if (report.warnings.length) for (const line of formatErrors(report.warnings, sourceReader(root))) err(line);
  if (!values.quiet) out(formatReport(report));
  return 0;
}

/** Prints a listen error as a usage problem (exit 2); rethrows anything else. */
function listenError(error: unknown, host: string, port: number, err: Out): number {
  const code = (error as NodeJS.ErrnoException).code;
  if (code !== 'EADDRINUSE' && code !== 'EACCES' && code !== 'EADDRNOTAVAIL') throw error;
  err(`tongwen: cannot listen on ${host}:${port}: ${code === 'EADDRINUSE' ? 'the port is already in use' : code === 'EACCES' ? 'permission denied' : 'no such address'}`);
  err(`hint: choose another port with --port (e.g. --port ${port === 4000 ? 4001 : 4000})${code === 'EADDRNOTAVAIL' ? ' or another --host' : ''}`);
  return 2;
}

/** `tongwen serve`: the dev server (commands/dev-server.ts) until Ctrl+C or `signal`. */
async function serveCommand(
  o: { root: string; cache: string | undefined; port: number; host: string; quiet: boolean; baseUrl: string | undefined; out: string | undefined; drafts: boolean | undefined; future: boolean | undefined; workers: number | undefined },
  out: Out,
  err: Out,
  signal: AbortSignal | undefined,
): Promise<number> {
  const { devServer } = await import('../commands/dev-server.js');
  let basePath = '/';
  try {
    basePath = loadConfig(o.root).basePath;
  } catch {
    // The build reports the config's errors (and the overlay shows them).
  }
  let first = true;
  let server;
  try {
    server = await devServer({
      build: {
        root: o.root,
        ...(o.out !== undefined ? { out: resolve(o.out) } : {}),
        ...(o.baseUrl !== undefined ? { baseUrl: o.baseUrl } : {}),
        ...(o.drafts ? { drafts: true } : {}),
        ...(o.future ? { future: true } : {}),
        ...(o.workers !== undefined ? { workers: o.workers } : {}),
        ...(o.cache !== undefined ? { cache: o.cache } : {}),
      },
      basePath,
      port: o.port,
      host: o.host,
      format: (errors) => formatErrors(errors, sourceReader(o.root)),
      onBuild: (report, ms) => {
        if (report.warnings.length) for (const line of formatErrors(report.warnings, sourceReader(o.root))) err(line);
        if (first) {
          if (!o.quiet) out(formatReport(report));
        } else if (!o.quiet) {
          const c = report.cache;
          out(`Rebuilt in ${Math.round(ms)} ms${c ? ` (${c.unchanged ? 'nothing changed' : `${c.written} written, ${c.deleted} deleted, ${c.keptFiles} unchanged`})` : ''}`);
        }
        first = false;
      },
      onError: (errors) => {
        for (const line of formatErrors(errors, sourceReader(o.root))) err(line);
        err(`Build failed with ${errors.length} error${errors.length === 1 ? '' : 's'}; serving the last good build, waiting for a fix.`);
        first = false;
      },
    });
  } catch (error) {
    return listenError(error, o.host, o.port, err);
  }
  await server.ready;
  out(`Serving ${join(resolve(o.out ?? join(o.root, 'dist')))} at http://localhost:${server.port}${basePath} (Ctrl+C to stop; rebuilding on changes)`);
  await new Promise<void>((stop) => {
    if (signal?.aborted) stop();
    signal?.addEventListener('abort', () => stop(), { once: true });
    if (!signal) process.once('SIGINT', () => stop());
  });
  await server.close();
  return 0;
}
