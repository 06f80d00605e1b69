/**
 * `build()`: the stages in order — config, sources and templates, articles
 * (in worker threads), site model, keywords, rendering (in worker threads),
 * writing — with every error collected and a timed report. Nothing reaches
 * the output folder unless every stage succeeded.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadConfig, normalizeBaseUrl, type SiteConfig } from './config/config.js';
import { BuildError, SiteError, asSiteErrors } from './core/errors.js';
import { processArticle, reviveErrors, type ArticleContext, type ProcessedArticle, type StageTimes } from './article/process.js';
import { WorkerPool, defaultWorkers, type SourceFile } from './workers/pool.js';
import { checkUrls, placeArticles } from './site/place.js';
import { isPage, siteModel, siteOutputs, type Output } from './site/outputs.js';
import { renderJob, type RenderResult } from './render/render-job.js';
import { loadTemplates, templateAssets, type Templates } from './render/templates.js';
import { assetFile } from './site/urls.js';
import { OutputWriter, checkOutputDir } from './output/writer.js';
import { keywordStage, termSampleFor } from './site/keywords.js';
import { inTermSample } from './taxonomy/terms.js';
import { loadSiteGlossary } from './config/glossary-file.js';
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
  /** Worker threads for articles and rendering; default by article count. */
  workers?: number;
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
  config: SiteConfig;
  outDir: string;
}

/** The site's folders and validated configuration. */
interface Site {
  root: string;
  outDir: string;
  contentDir: string;
  staticDir: string;
  config: SiteConfig;
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

/** Reads the config and checks the output folder (a problem here stops the build at once). */
function openSite(options: BuildOptions): Site {
  const root = resolve(options.root);
  if (!existsSync(root)) {
    throw new BuildError([new SiteError({ stage: 'usage', file: options.root, message: 'the site folder does not exist', hint: 'pass --root DIR with the folder that holds content/ (default: the current folder)' })]);
  }
  const outDir = resolve(options.out ?? join(root, 'dist'));
  const config = loadConfig(root);
  if (options.baseUrl !== undefined) {
    const r = normalizeBaseUrl(options.baseUrl);
    if (typeof r === 'string') throw new BuildError([new SiteError({ stage: 'usage', message: r, hint: 'pass an absolute URL such as http://localhost:4000/' })]);
    Object.assign(config, r);
  }
  const contentDir = join(root, 'content');
  const staticDir = join(root, 'static');
  const outProblem = checkOutputDir(outDir, root, [contentDir, join(root, 'templates'), staticDir]);
  if (outProblem) throw new BuildError([outProblem]);
  return { root, outDir, contentDir, staticDir, config };
}

/** The Markdown files under content/, sorted. */
function findSources(site: Site, errors: SiteError[]): SourceFile[] {
  if (!existsSync(site.contentDir)) {
    errors.push(new SiteError({ stage: 'read', file: 'content', message: 'the site has no content/ folder', hint: `create ${site.contentDir} and put Markdown articles in it` }));
  }
  return listFiles(site.contentDir, (n) => /\.(md|markdown)$/i.test(n)).map((f) => ({
    file: relative(site.root, join(site.contentDir, f)).split('\\').join('/'),
    path: join(site.contentDir, f),
  }));
}

/** What every article's processing needs; the site glossary (config + glossary.yaml) lands in `config.glossary`. */
function articleContext(site: Site, options: BuildOptions, articleCount: number, errors: SiteError[]): ArticleContext {
  const { config } = site;
  const glossary = loadSiteGlossary(site.root, config.glossary);
  errors.push(...glossary.errors);
  if (glossary.entries.length) config.glossary = glossary.entries;
  return {
    variants: config.variants,
    timeZone: config.timeZone,
    defaultLang: config.defaultLang,
    basePath: config.basePath,
    html: config.html,
    drafts: options.drafts ?? false,
    autoKeywords: config.keywords.auto,
    termSample: termSampleFor(articleCount),
    ...(glossary.entries.length ? { glossary: glossary.entries } : {}),
    ...(config.repair ? { repair: true } : {}),
  };
}

/**
 * Processes every article (in the workers when there are any); drafts are
 * counted and left out. Automatic keywords need document frequencies over a
 * sample of the articles that have keywords as well: that sample's candidate
 * terms are counted in a second, parse-only pass, run only when some article
 * has no keywords — a site whose articles all have keywords never pays for it.
 */
async function processArticles(pool: WorkerPool | undefined, sources: SourceFile[], ctx: ArticleContext, errors: SiteError[]) {
  const run = async (files: SourceFile[], c: ArticleContext) =>
    pool ? pool.processArticles(files, c) : files.map(({ file, path }) => processArticle(file, readFileSync(path), c));
  const times: StageTimes = { read: 0, frontMatter: 0, parse: 0, terms: 0, convert: 0, html: 0 };
  const addTimes = (t: StageTimes) => {
    for (const k of Object.keys(times) as Array<keyof StageTimes>) times[k] += t[k];
  };

  const articles: ProcessedArticle[] = [];
  let drafts = 0;
  for (const r of await run(sources, { ...ctx, termSample: 0 })) {
    addTimes(r.times);
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
  return { articles, drafts, times };
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
  writer: OutputWriter,
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
  if (render.pool) await render.pool.renderPages(renderJobs, { root: site.root, timeZone: config.timeZone }, store);
  else store(0, renderJobs.map((job) => renderJob(render.templates, job)));

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

/** Builds the site; throws BuildError (all errors, sorted) when anything is wrong. */
export async function build(options: BuildOptions): Promise<BuildReport> {
  const timer = stageTimer();
  const site = openSite(options);
  const { config } = site;
  timer.lap('config');

  const errors: SiteError[] = [];
  const sources = findSources(site, errors);
  const { templates, errors: templateErrors } = loadTemplates(site.root, { timeZone: config.timeZone });
  errors.push(...templateErrors);
  const ctx = articleContext(site, options, sources.length, errors);
  timer.lap('templates');

  const workerCount = options.workers ?? defaultWorkers(sources.length);
  const pool = workerCount > 0 ? new WorkerPool(workerCount) : undefined;
  try {
    const { articles, drafts, times } = await processArticles(pool, sources, ctx, errors);
    timer.lap('articles');

    const placed = placeArticles(articles, config);
    errors.push(...checkUrls(placed));
    timer.lap('model');
    const keywords = keywordStage(placed, config, ctx.glossary ? { glossary: ctx.glossary } : {});
    errors.push(...keywords.errors);
    timer.lap('keywords');
    const outputs = siteOutputs(siteModel(config, placed, keywords.index));
    timer.lap('model');
    if (errors.length) throw new BuildError(errors);

    const writer = new OutputWriter(site.outDir);
    try {
      const { counts, staticFiles } = await writeSite(site, outputs, { pool, templates }, writer, errors);
      timer.lap('render');
      await writer.flush();
      if (errors.length) throw new BuildError(errors);
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
      };
    } catch (error) {
      await writer.abort();
      throw error;
    }
  } finally {
    await pool?.close();
  }
}
