/**
 * `build()`: the stages in order — config, sources, templates, articles (in
 * worker threads), site model, rendering, writing — with every error collected
 * and a timed report. Nothing is written unless every stage succeeded.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadConfig, normalizeBaseUrl, type SiteConfig } from './config.js';
import { BuildError, SiteError, asSiteErrors, compare } from './errors.js';
import { reviveErrors, type ArticleContext, type ProcessedArticle, type StageTimes } from './article.js';
import { WorkerPool, defaultWorkers, type SourceFile } from './pool.js';
import { processArticle } from './article.js';
import { renderJob, type RenderResult } from './render/render-job.js';
import { readFileSync } from 'node:fs';
import { placeArticles, sitePages, sitemapXml, type Page } from './render/pages.js';
import { loadTemplates, templateAssets } from './render/templates.js';
import { outputFileFor } from './render/urls.js';
import { OutputWriter, checkOutputDir } from './output/writer.js';
import { keywordStage, termSampleFor } from './keywords/stage.js';
import { loadSiteGlossary } from './script/glossary.js';

export interface BuildOptions {
  /** The site folder (holding content/, templates/, static/, tongwen.config.yaml). */
  root: string;
  /** The output folder; default `<root>/dist`. */
  out?: string;
  /** Overrides the config's baseUrl (used by `serve`). */
  baseUrl?: string;
  /** Include articles marked `draft: true`. */
  drafts?: boolean;
  /** Worker threads for articles; default by article count. */
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

/** Lists files below `dir` (sorted, `/`-separated, relative to `dir`); dot files are skipped. */
export function listFiles(dir: string, filter: (name: string) => boolean = () => true): string[] {
  const out: string[] = [];
  const walk = (sub: string) => {
    const entries = readdirSync(join(dir, sub), { withFileTypes: true }).sort((a, b) => compare(a.name, b.name));
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const rel = sub ? `${sub}/${e.name}` : e.name;
      if (e.isDirectory()) walk(rel);
      else if (e.isFile() && filter(e.name)) out.push(rel);
    }
  };
  if (existsSync(dir)) walk('');
  return out;
}

/** Builds the site; throws BuildError (all errors, sorted) when anything is wrong. */
export async function build(options: BuildOptions): Promise<BuildReport> {
  const started = performance.now();
  const stages: Record<string, number> = {};
  let mark = started;
  const lap = (name: string) => {
    const now = performance.now();
    stages[name] = (stages[name] ?? 0) + (now - mark);
    mark = now;
  };

  const root = resolve(options.root);
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
  lap('config');

  const errors: SiteError[] = [];
  const sources: SourceFile[] = listFiles(contentDir, (n) => /\.(md|markdown)$/i.test(n)).map((f) => ({
    file: relative(root, join(contentDir, f)).split('\\').join('/'),
    path: join(contentDir, f),
  }));
  if (!existsSync(contentDir)) {
    errors.push(new SiteError({ stage: 'read', file: 'content', message: 'the site has no content/ folder', hint: `create ${contentDir} and put Markdown articles in it` }));
  }
  const { templates, errors: templateErrors } = loadTemplates(root, { timeZone: config.timeZone });
  errors.push(...templateErrors);
  lap('templates');

  // The site glossary: the config's entries plus glossary.yaml (config.glossary then holds them all).
  const glossary = loadSiteGlossary(root, config.glossary);
  errors.push(...glossary.errors);
  if (glossary.entries.length) config.glossary = glossary.entries;
  const ctx: ArticleContext = {
    variants: config.variants,
    timeZone: config.timeZone,
    defaultLang: config.defaultLang,
    basePath: config.basePath,
    html: config.html,
    drafts: options.drafts ?? false,
    autoKeywords: config.keywords.auto,
    termSample: termSampleFor(sources.length),
    ...(glossary.entries.length ? { glossary: glossary.entries } : {}),
    ...(config.repair ? { repair: true } : {}),
  };
  const workerCount = options.workers ?? defaultWorkers(sources.length);
  const pool = workerCount > 0 ? new WorkerPool(workerCount) : undefined;
  try {
    return await buildWithPool();
  } finally {
    await pool?.close();
  }

  async function buildWithPool(): Promise<BuildReport> {
    const results = pool
      ? await pool.processArticles(sources, ctx)
      : sources.map(({ file, path }) => processArticle(file, readFileSync(path), ctx));
    const articleStages: StageTimes = { read: 0, frontMatter: 0, parse: 0, terms: 0, convert: 0, html: 0 };
    const processed: ProcessedArticle[] = [];
    let drafts = 0;
    for (const r of results) {
      for (const k of Object.keys(articleStages) as Array<keyof StageTimes>) articleStages[k] += r.times[k];
      if (!r.ok) errors.push(...reviveErrors(r.errors));
      else if (r.article.meta.draft && !ctx.drafts) drafts++;
      else processed.push(r.article);
    }
    lap('articles');

    // Site model: one URL per article, never shared.
    const placed = placeArticles(processed, config);
    const byPath = new Map<string, string>();
    for (const a of [...placed].sort((x, y) => compare(x.article.meta.file, y.article.meta.file))) {
      const key = a.id.toLowerCase();
      const other = byPath.get(key);
      if (other !== undefined) {
        errors.push(new SiteError({
          stage: 'url', file: a.article.meta.file, line: 1, column: 1,
          message: `article URL …/${a.id}/ is already used by ${other}`,
          hint: 'give one of the two articles a different `slug:` in its front matter (or rename its file)',
        }));
      } else byPath.set(key, a.article.meta.file);
    }
    lap('model');
    const keywords = keywordStage(placed, config);
    errors.push(...keywords.errors);
    lap('keywords');
    const pages: Page[] = sitePages(placed, config, keywords.index);
    lap('model');

    if (errors.length) throw new BuildError(errors);

    // Render every page into the temporary output; swap it in only if all went well.
    const writer = new OutputWriter(outDir);
    const counts: Record<string, Record<string, number>> = {};
    let staticFiles = 0;
    try {
      // Pages are rendered in the workers (or here) and written in page order as they come back.
      const jobs: Array<{ page: Page; file: string }> = [];
      for (const page of pages) {
        const file = outputFileFor(page.path, config.basePath);
        if (file === undefined) errors.push(new SiteError({ stage: 'output', message: `page URL ${page.path} is outside the site`, hint: 'check slug and baseUrl' }));
        else jobs.push({ page, file });
      }
      const store = (start: number, rendered: RenderResult[]) => {
        rendered.forEach((result, k) => {
          const { page, file } = jobs[start + k]!;
          if (!result.ok) {
            errors.push(...reviveErrors(result.errors));
            return;
          }
          try {
            writer.write(file, result.html, page.path);
            const row = (counts[page.kind] ??= {});
            row[page.variant ?? '-'] = (row[page.variant ?? '-'] ?? 0) + 1;
          } catch (error) {
            errors.push(...asSiteErrors(error));
          }
        });
      };
      const renderJobs = jobs.map(({ page }) => ({ template: page.template, context: page.context }));
      if (pool) await pool.renderPages(renderJobs, { root, timeZone: config.timeZone }, store);
      else store(0, renderJobs.map((job) => renderJob(templates, job)));
      lap('render');
      writer.write('sitemap.xml', sitemapXml(pages, config));
      for (const f of keywords.files) writer.write(f.file, f.text);
      // Template assets (the site's override the built-in ones file by file), then static/.
      for (const [rel, path] of templateAssets(root)) {
        writer.copy(path, `assets/${rel}`, `templates/assets/${rel}`);
        staticFiles++;
      }
      for (const f of listFiles(staticDir)) {
        try {
          writer.copy(join(staticDir, f), f, `static/${f}`);
          staticFiles++;
        } catch (error) {
          errors.push(...asSiteErrors(error));
        }
      }
      if (errors.length) throw new BuildError(errors);
      await writer.flush();
      const { files, bytes } = writer.stats;
      await writer.commit();
      lap('write');
      return {
        pages: counts,
        articles: processed.length,
        drafts,
        staticFiles,
        files,
        bytes,
        stages,
        articleStages,
        totalMs: performance.now() - started,
        config,
        outDir,
      };
    } catch (error) {
      await writer.abort();
      throw error;
    }
  }
}
