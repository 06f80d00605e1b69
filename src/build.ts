/**
 * The build: the stages in order — config, sources and templates, articles
 * (in worker threads), site model, keywords, rendering (in worker threads),
 * writing — with every error collected and a timed report. Nothing reaches
 * the output unless every stage succeeded.
 *
 * A `Builder` keeps what outlives one build (the worker pool, the parsed
 * templates) for a dev server that rebuilds; `build()` is one build with a
 * fresh builder. Everything a build depends on is an explicit `BuildInputs`
 * value: the frozen config, the site glossary, the templates, `now` and the
 * versions of what shapes the output — nothing mutates the config.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadConfig, normalizeBaseUrl, type SiteConfig } from './config/config.js';
import { BuildError, SiteError, asSiteErrors, sortErrors } from './core/errors.js';
import { deepFreeze } from './core/data.js';
import { reviveErrors, type ArticleContext, type ProcessedArticle, type StageTimes } from './article/process.js';
import { WorkerPool, defaultWorkers, runTask } from './workers/pool.js';
import { findSources, type SourceFile } from './content/sources.js';
import { task as articleTask } from './article/task.js';
import { task as renderTask } from './render/task.js';
import { placeSite } from './site/place.js';
import { isPage, siteModel, siteOutputs, type Output } from './site/outputs.js';
import type { RenderResult } from './render/render-job.js';
import { loadTemplates, templateAssets, type Templates } from './render/templates.js';
import { assetFile } from './site/urls.js';
import { DiskSink, checkOutputDir } from './output/disk.js';
import { MemorySink } from './output/memory.js';
import { outputPlaceProblem } from './output/place.js';
import { acquireOutputLock } from './output/lock.js';
import { MANIFEST_FILE, MANIFEST_VERSION, README_FILE, README_TEXT, inputDigest, manifestJson } from './output/manifest-document.js';
import { BUILTIN_TEMPLATES } from './render/templates.js';
import type { OutputSink } from './output/sink.js';
import { keywordStage, termSampleFor } from './site/keywords.js';
import { inTermSample } from './taxonomy/terms.js';
import { loadSiteGlossary } from './config/glossary-file.js';
import type { GlossaryEntry } from './conversion/glossary.js';
import { listFiles } from './core/fs.js';

export interface BuildOptions {
  /** The site folder (holding content/, templates/, static/, tongwen.config.yaml). */
  root: string;
  /** The output folder; default `<root>/dist`. */
  out?: string;
  /** Overrides the config's baseUrl (used by `serve`). */
  baseUrl?: string;
  /** Include articles marked `draft: true`. */
  drafts?: boolean;
  /** Worker threads for articles and rendering; default by article count (decided at a builder's first build). */
  workers?: number;
  /** The build's "now" (default: the time `build()` is called); an explicit input so time-dependent output is testable. */
  now?: Date;
  /**
   * Where the output goes: `disk` (default; the atomic swap of `out`),
   * `memory` (a MemorySink: nothing touches the disk), or a function making
   * a sink for the output folder.
   */
  sink?: 'disk' | 'memory' | ((outDir: string) => OutputSink);
}

/** Versions of what shapes the output: tongwen and the dependencies that turn sources into pages. */
export interface BuildVersions {
  tongwen: string;
  dependencies: Record<string, string>;
}

/**
 * Everything a build's output depends on besides the sources, as explicit
 * values (hashable, for a cache): nothing here changes during a build.
 */
export interface BuildInputs {
  /** The validated config, deep-frozen (with the `--base-url` override applied). */
  config: Readonly<SiteConfig>;
  /** The site glossary: the config's `glossary:` merged with glossary.yaml. */
  glossary: readonly GlossaryEntry[];
  templates: Templates;
  now: Date;
  versions: BuildVersions;
}

export interface BuildReport {
  /** Pages written, per kind and variant (`-` for pages outside variants). */
  pages: Record<string, Record<string, number>>;
  articles: number;
  drafts: number;
  staticFiles: number;
  files: number;
  bytes: number;
  /** Wall time of each stage, in ms. */
  stages: Record<string, number>;
  /** Time spent inside the article stage (summed over threads), in ms. */
  articleStages: StageTimes;
  totalMs: number;
  config: Readonly<SiteConfig>;
  outDir: string;
  /** The committed output (its `manifest()`; a MemorySink's `files`). */
  sink: OutputSink;
  /** Problems reported that did not stop the build (a `lang:` that disagrees with the text), sorted. */
  warnings: SiteError[];
}

/** The site's folders and validated configuration. */
interface Site {
  root: string;
  outDir: string;
  contentDir: string;
  staticDir: string;
  config: Readonly<SiteConfig>;
}

/** Wall time per stage. */
function stageTimer() {
  const started = performance.now();
  const stages: Record<string, number> = {};
  let mark = started;
  return {
    stages,
    lap(name: string) {
      const now = performance.now();
      stages[name] = (stages[name] ?? 0) + (now - mark);
      mark = now;
    },
    total: () => performance.now() - started,
  };
}

/** Reads the config (frozen) and, for the disk, checks the output folder (a problem here stops the build at once). */
function openSite(options: BuildOptions): Site {
  const root = resolve(options.root);
  if (!existsSync(root)) {
    throw new BuildError([new SiteError({ stage: 'usage', file: options.root, message: 'the site folder does not exist', hint: 'pass --root DIR with the folder that holds content/ (default: the current folder)' })]);
  }
  const outDir = resolve(options.out ?? join(root, 'dist'));
  let config = loadConfig(root);
  if (options.baseUrl !== undefined) {
    const r = normalizeBaseUrl(options.baseUrl);
    if (typeof r === 'string') throw new BuildError([new SiteError({ stage: 'usage', message: r, hint: 'pass an absolute URL such as http://localhost:4000/' })]);
    config = { ...config, ...r };
  }
  const contentDir = join(root, 'content');
  const staticDir = join(root, 'static');
  if ((options.sink ?? 'disk') === 'disk') {
    const outProblem = outputPlaceProblem(outDir) ?? checkOutputDir(outDir, root, [contentDir, join(root, 'templates'), staticDir]);
    if (outProblem) throw new BuildError([outProblem]);
  }
  return { root, outDir, contentDir, staticDir, config: deepFreeze(structuredClone(config)) };
}

/** Dependencies that do not shape the output (the preview server). */
const NOT_OUTPUT = new Set(['sirv']);

let versions: BuildVersions | undefined;

/** tongwen's version and its pinned dependencies' (package.json pins exact versions), read once. */
export function buildVersions(): BuildVersions {
  if (!versions) {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string; dependencies?: Record<string, string> };
    const dependencies = Object.fromEntries(Object.entries(pkg.dependencies ?? {}).filter(([name]) => !NOT_OUTPUT.has(name)));
    versions = deepFreeze({ tongwen: pkg.version, dependencies });
  }
  return versions;
}

/**
 * What every article's processing needs, from the build inputs: plain data
 * (it is sent to workers), and pure. `articles` is the number of sources
 * (it sets the sample of articles whose terms are counted).
 */
export function articleContext(inputs: Pick<BuildInputs, 'config' | 'glossary'>, opts: { drafts: boolean; articles: number }): ArticleContext {
  const { config, glossary } = inputs;
  return {
    variants: [...config.variants],
    timeZone: config.timeZone,
    defaultLang: config.defaultLang,
    basePath: config.basePath,
    html: config.html,
    drafts: opts.drafts,
    autoKeywords: config.keywords.auto,
    termSample: termSampleFor(opts.articles),
    ...(glossary.length ? { glossary: [...glossary] } : {}),
    ...(config.repair ? { repair: true } : {}),
  };
}

/** The sink a build writes to. */
function openSink(site: Site, options: BuildOptions): OutputSink {
  const sink = options.sink ?? 'disk';
  if (sink === 'disk') return new DiskSink(site.outDir);
  if (sink === 'memory') return new MemorySink();
  return sink(site.outDir);
}

/**
 * Processes every article (in the workers when there are any); drafts are
 * counted and left out. Automatic keywords need document frequencies over a
 * sample of the articles that have keywords as well: that sample's candidate
 * terms are counted in a second, parse-only pass, run only when some article
 * has no keywords — a site whose articles all have keywords never pays for it.
 */
async function processArticles(pool: WorkerPool | undefined, sources: SourceFile[], ctx: ArticleContext, errors: SiteError[]) {
  const run = (files: SourceFile[], c: ArticleContext) => runTask(pool, articleTask, files, c);
  const times: StageTimes = { read: 0, frontMatter: 0, parse: 0, terms: 0, convert: 0, html: 0 };
  const addTimes = (t: StageTimes) => {
    for (const k of Object.keys(times) as Array<keyof StageTimes>) times[k] += t[k];
  };

  const articles: ProcessedArticle[] = [];
  const warnings: SiteError[] = [];
  let drafts = 0;
  for (const r of await run(sources, { ...ctx, termSample: 0 })) {
    addTimes(r.times);
    if (r.ok && r.article.warnings && !(r.article.meta.draft && !ctx.drafts)) warnings.push(...reviveErrors(r.article.warnings));
    if (!r.ok) errors.push(...reviveErrors(r.errors));
    else if (r.article.meta.draft && !ctx.drafts) drafts++;
    else articles.push(r.article);
  }

  if (ctx.autoKeywords && articles.some((a) => a.meta.keywords.length === 0)) {
    const sample = articles.filter((a) => a.meta.keywords.length > 0 && inTermSample(a.meta.file, ctx.termSample ?? 1));
    const byFile = new Map(sources.map((s) => [s.file, s]));
    const second = await run(sample.map((a) => byFile.get(a.meta.file)!), { ...ctx, termsOnly: true });
    second.forEach((r, i) => {
      addTimes(r.times);
      if (r.ok && r.article.terms) sample[i]!.terms = r.article.terms;
    });
  }
  return { articles, drafts, times, warnings: sortErrors(warnings) };
}

/**
 * Writes the site's outputs in list order: pages rendered (in the workers
 * when there are any) and written as results come back, data files as they
 * are; then template assets and static files. Returns pages per kind and
 * variant.
 */
async function writeSite(
  site: Site,
  outputs: readonly Output[],
  render: { pool: WorkerPool | undefined; templates: Templates },
  writer: OutputSink,
  errors: SiteError[],
): Promise<{ counts: Record<string, Record<string, number>>; staticFiles: number }> {
  const { config } = site;
  const counts: Record<string, Record<string, number>> = {};
  const pages = outputs.filter(isPage);
  const store = (start: number, rendered: RenderResult[]) => {
    rendered.forEach((result, k) => {
      const page = pages[start + k]!;
      if (!result.ok) {
        errors.push(...reviveErrors(result.errors));
        return;
      }
      try {
        writer.write(page.file, result.html, page.path);
        const row = (counts[page.kind] ??= {});
        row[page.variant ?? '-'] = (row[page.variant ?? '-'] ?? 0) + 1;
      } catch (error) {
        errors.push(...asSiteErrors(error));
      }
    });
  };
  const renderJobs = pages.map((page) => ({ template: page.template, context: page.context }));
  const setup = { root: site.root, timeZone: config.timeZone };
  await runTask(render.pool, renderTask, renderJobs, render.pool ? setup : { ...setup, templates: render.templates }, store);

  // Data files; a default the site overrides in static/ (robots.txt) is left to the copy below.
  const own = new Set(listFiles(site.staticDir));
  for (const o of outputs) if (!isPage(o) && !(o.overridable && own.has(o.file))) writer.write(o.file, o.text);
  // Template assets (the site's override the built-in ones file by file), then static/.
  let staticFiles = 0;
  const copies: Array<[string, string, string]> = [
    ...templateAssets(site.root).map(([rel, path]): [string, string, string] => [path, assetFile(rel), `templates/assets/${rel}`]),
    ...listFiles(site.staticDir).map((f): [string, string, string] => [join(site.staticDir, f), f, `static/${f}`]),
  ];
  for (const [from, to, what] of copies) {
    try {
      writer.copy(from, to, what);
      staticFiles++;
    } catch (error) {
      errors.push(...asSiteErrors(error));
    }
  }
  return { counts, staticFiles };
}

/**
 * The output's integrity record (output/manifest-document.ts): README.txt,
 * then manifest.json listing every file written, README.txt included.
 */
async function writeRecord(writer: OutputSink, site: Site, inputs: BuildInputs, sources: readonly SourceFile[], options: BuildOptions): Promise<void> {
  writer.write(README_FILE, README_TEXT);
  await writer.flush();
  const templateDirs = [...new Set([resolve(site.root, 'templates'), resolve(BUILTIN_TEMPLATES)])];
  const files: Array<[string, string]> = [
    ...sources.map((s): [string, string] => [s.file, s.path]),
    ...templateDirs.flatMap((dir, i) => listFiles(dir).map((f): [string, string] => [`${i === 0 ? 'templates' : 'builtin'}/${f}`, join(dir, f)])),
    ...listFiles(site.staticDir).map((f): [string, string] => [`static/${f}`, join(site.staticDir, f)]),
  ];
  const input = inputDigest({ versions: inputs.versions, config: inputs.config, glossary: inputs.glossary, drafts: options.drafts ?? false }, files);
  writer.write(MANIFEST_FILE, manifestJson({ version: MANIFEST_VERSION, generator: 'tongwen', tongwen: inputs.versions.tongwen, input, files: writer.manifest() }));
  await writer.flush();
}

/**
 * Builds a site, once or again and again (a dev server): the worker pool
 * and the parsed templates are kept from one build to the next; `close()`
 * ends the workers.
 */
export class Builder {
  private pool: WorkerPool | undefined;
  private poolDecided = false;
  private templates: { key: string; loaded: { templates: Templates; errors: SiteError[] } } | undefined;

  constructor(private readonly options: BuildOptions) {}

  /** The templates of the site, parsed once per root and time zone. */
  private loadTemplates(root: string, timeZone: string): { templates: Templates; errors: SiteError[] } {
    const key = JSON.stringify([root, timeZone]);
    if (this.templates?.key !== key) this.templates = { key, loaded: loadTemplates(root, { timeZone }) };
    return this.templates.loaded;
  }

  /** The worker pool, sized at the first build by its article count (none for small sites). */
  private poolFor(articles: number): WorkerPool | undefined {
    if (!this.poolDecided) {
      this.poolDecided = true;
      const count = this.options.workers ?? defaultWorkers(articles);
      if (count > 0) this.pool = new WorkerPool(count);
    }
    return this.pool;
  }

  /** Builds the site; throws BuildError (all errors, sorted) when anything is wrong. One build at a time per output folder (output/lock.ts). */
  async build(): Promise<BuildReport> {
    const timer = stageTimer();
    const site = openSite(this.options);
    const lock = this.options.sink === 'memory' ? undefined : acquireOutputLock(site.outDir);
    try {
      return await this.buildSite(site, timer);
    } finally {
      lock?.release();
    }
  }

  private async buildSite(site: Site, timer: ReturnType<typeof stageTimer>): Promise<BuildReport> {
    const { options } = this;
    const { config } = site;
    timer.lap('config');

    const errors: SiteError[] = [];
    const sources = findSources(site.root, errors);
    const { templates, errors: templateErrors } = this.loadTemplates(site.root, config.timeZone);
    errors.push(...templateErrors);
    const glossary = loadSiteGlossary(site.root, config.glossary);
    errors.push(...glossary.errors);
    const inputs: BuildInputs = {
      config,
      glossary: deepFreeze(glossary.entries),
      templates,
      now: options.now ?? new Date(),
      versions: buildVersions(),
    };
    const ctx = articleContext(inputs, { drafts: options.drafts ?? false, articles: sources.length });
    timer.lap('templates');

    const pool = this.poolFor(sources.length);
    const { articles, drafts, times, warnings } = await processArticles(pool, sources, ctx, errors);
    timer.lap('articles');

    const { placed, errors: urlErrors } = placeSite(articles, config);
    errors.push(...urlErrors);
    timer.lap('model');
    const keywords = keywordStage(placed, config, { glossary: inputs.glossary });
    errors.push(...keywords.errors);
    timer.lap('keywords');
    const outputs = siteOutputs(siteModel(config, placed, keywords.index));
    timer.lap('model');
    if (errors.length) throw new BuildError(errors);

    const writer = openSink(site, options);
    try {
      const { counts, staticFiles } = await writeSite(site, outputs, { pool, templates }, writer, errors);
      timer.lap('render');
      await writer.flush();
      if (errors.length) throw new BuildError(errors);
      await writeRecord(writer, site, inputs, sources, options);
      const { files, bytes } = writer.stats;
      await writer.commit();
      timer.lap('write');
      return {
        pages: counts,
        articles: articles.length,
        drafts,
        staticFiles,
        files,
        bytes,
        stages: timer.stages,
        articleStages: times,
        totalMs: timer.total(),
        config,
        outDir: site.outDir,
        sink: writer,
        warnings,
      };
    } catch (error) {
      await writer.abort();
      throw error;
    }
  }

  /** Ends the worker threads. */
  async close(): Promise<void> {
    await this.pool?.close();
    this.pool = undefined;
    this.poolDecided = false;
  }
}

/** Builds the site once; throws BuildError (all errors, sorted) when anything is wrong. */
export async function build(options: BuildOptions): Promise<BuildReport> {
  const builder = new Builder(options);
  try {
    return await builder.build();
  } finally {
    await builder.close();
  }
}
