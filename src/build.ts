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
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { loadConfig, normalizeBaseUrl, type SiteConfig } from './config/config.js';
import { BuildError, SiteError, asSiteErrors, compare, sortErrors } from './core/errors.js';
import { deepFreeze } from './core/data.js';
import type { ArticleContext, ProcessedArticle, StageTimes } from './article/process.js';
import { WorkerPool, defaultWorkers, runTask } from './workers/pool.js';
import { findSources, type SourceFile } from './content/sources.js';
import { isPage, withoutGlobals, type DataOutput, type Output, type PageOutput } from './site/output-types.js';
import type { RenderJob, RenderResult } from './render/render-job.js';
import type { Templates } from './render/templates.js';
import type { SiteErrorInit } from './core/errors.js';
import { DiskSink, MARKER, checkOutputDir, type PlannedFile, type PreviousOutput } from './output/disk.js';
import { CacheStore } from './cache/store.js';
import { hashOf, keyJson, renderKey, sameData } from './cache/keys.js';
import type { IndexState } from './search/search-index.js';
import type { LiveSite } from './site/incremental.js';
import { SourceHashes } from './cache/source-hashes.js';
import { saveOutputState, startOutputCheck, writeOutputState, type OutputState } from './cache/output-state.js';
import type { ArticleResult } from './article/process.js';
import type { ArticleItem } from './article/task.js';
import type { ManifestEntry } from './output/manifest.js';
import { MemorySink } from './output/memory.js';
import { ManifestIndex } from './output/manifest-index.js';
import { outputPlaceProblem } from './output/place.js';
import { acquireOutputLock } from './output/lock.js';
import { MANIFEST_FILE, MANIFEST_VERSION, README_FILE, README_TEXT, fileSha256, inputDigest, manifestJson } from './output/manifest-document.js';
import type { OutputSink } from './output/sink.js';
import { inTermSample, termSampleFor } from './taxonomy/sample.js';
import type { GlossaryEntry } from './conversion/glossary.js';
import type { LearnedStyle } from './conversion/prefer.js';
import type { HouseStyle, SourceStyle } from './article/house-style.js';
import { learnsPreferences } from './conversion/options.js';
import { listFiles } from './core/fs.js';

/**
 * The modules of the pipeline, loaded on first use: a build that finds
 * nothing changed (or a command that does not build) never loads the
 * Markdown, conversion, template and page modules.
 */
function loadPipeline() {
  return Promise.all([
    import('./article/task.js'),
    import('./render/task.js'),
    import('./site/place.js'),
    import('./site/outputs.js'),
    import('./render/templates.js'),
    import('./site/urls.js'),
    import('./site/keywords.js'),
    import('./config/glossary-file.js'),
    import('./article/context.js'),
    import('./article/media.js'),
    import('./site/bundles.js'),
    import('./site/refs.js'),
    import('./search/task.js'),
    import('./site/incremental.js'),
    import('./article/house-style.js'),
  ]).then(([article, render, place, outputs, templates, urls, keywords, glossary, context, media, bundles, refs, search, incremental, houseStyle]) => ({
    articleTask: article.task,
    renderTask: render.task,
    tokenTask: search.task,
    tokenItem: search.tokenItem,
    sitePages: outputs.sitePages,
    siteOutputsOf: outputs.siteOutputsOf,
    searchPlan: outputs.searchPlan,
    searchDataOutputs: outputs.searchDataOutputs,
    placeSite: place.placeSite,
    siteModel: outputs.siteModel,
    siteOutputs: outputs.siteOutputs,
    loadTemplates: templates.loadTemplates,
    templateAssets: templates.templateAssets,
    assetFile: urls.assetFile,
    keywordStage: keywords.keywordStage,
    loadSiteGlossary: glossary.loadSiteGlossary,
    contextHash: context.contextHash,
    isFuture: place.isFuture,
    generateMedia: media.generateMedia,
    plannedMedia: media.plannedMedia,
    bundleCopies: bundles.bundleCopies,
    missingRefs: refs.missingRefs,
    liveSite: incremental.liveSite,
    bodyEdit: incremental.bodyEdit,
    learnHouseStyle: houseStyle.learnHouseStyle,
    sourceStyle: houseStyle.sourceStyle,
  }));
}
let loaded: ReturnType<typeof loadPipeline> | undefined;
type Pipeline = Awaited<ReturnType<typeof loadPipeline>>;
const pipeline = () => (loaded ??= loadPipeline());

/** The templates shipped with tongwen (the repository's templates/), as render/templates.ts finds them. */
const BUILTIN_TEMPLATES = fileURLToPath(new URL('../../templates/', import.meta.url));

/** Rebuilds SiteErrors from the plain data a worker sent. */
function reviveErrors(errors: readonly SiteErrorInit[]): SiteError[] {
  return errors.map((e) => new SiteError(e));
}

export interface BuildOptions {
  /** The site folder (holding content/, templates/, static/, tongwen.config.yaml). */
  root: string;
  /** The output folder; default `<root>/dist`. */
  out?: string;
  /** Overrides the config's baseUrl (used by `serve`). */
  baseUrl?: string;
  /** Include articles marked `draft: true`. */
  drafts?: boolean;
  /** Include articles dated after the build's `now` (left out by default). */
  future?: boolean;
  /**
   * Render every page through LiquidJS's own renderer instead of the closures compiled from its parse
   * (render/compile.ts): the reference that the differential test compares the compiled pages with.
   */
  liquidOnly?: boolean;
  /** Worker threads for articles and rendering; default by article count (decided at a builder's first build). */
  workers?: number;
  /**
   * A running worker pool to use instead of starting one (`workers` is then
   * ignored): the build uses it as its own but leaves it running; its owner
   * closes it (`tongwen check` runs its lint and the build's stages in one).
   */
  pool?: WorkerPool;
  /** The build's "now" (default: the time `build()` is called); an explicit input so time-dependent output is testable. */
  now?: Date;
  /**
   * Where the output goes: `disk` (default; the atomic swap of `out`),
   * `memory` (a MemorySink: nothing touches the disk), or a function making
   * a sink for the output folder.
   */
  sink?: 'disk' | 'memory' | ((outDir: string) => OutputSink);
  /**
   * The persistent cache folder (cache/store.ts): processed articles, render
   * keys and the state of the output, so a rebuild redoes only what changed.
   * Default: none (the CLI passes `<root>/.tongwen-cache`, or
   * TONGWEN_CACHE_DIR; `off` there disables it).
   */
  cache?: string;
  /** The versions that shape the output (default: tongwen's package.json); a test changes them to see the cache follow. */
  versions?: BuildVersions;
  /**
   * A long-lived builder that rebuilds on every edit (`serve`): its first build builds the site's model even when
   * the output is already up to date (writing nothing), so that the first body edit is fast too (see liveBuild).
   */
  keepLive?: boolean;
  /** Called as the build goes: the stage starting or going on, and for articles and pages how many are done of how many. */
  onProgress?: (progress: BuildProgress) => void;
}

/** Where a build is: `stage` (`articles`, `model`, `render`, `write`…), with `done` of `total` items for articles and pages. */
export interface BuildProgress {
  stage: string;
  done: number;
  total: number;
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
  /** Articles dated after the build's `now`, left out (without `future`). */
  future: number;
  /** Warnings (raw HTML the sanitizer dropped), sorted; the build went on. */
  warnings: SiteError[];
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
  /** The house style learned from the site's Traditional articles (`conversion.prefer: learn`), per scope; absent when nothing learns. */
  houseStyle?: LearnedStyle[];
  /** What the cache saved: articles taken from it, pages not rendered, files not rewritten; `unchanged` when nothing had changed at all. */
  cache?: { articles: number; pages: number; keptFiles: number; written: number; deleted: number; unchanged: boolean; bodyEdit?: true };
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
export function articleContext(inputs: Pick<BuildInputs, 'config' | 'glossary'>, opts: { drafts: boolean; articles: number; root?: string }): ArticleContext {
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
    ...(config.conversion ? { conversion: config.conversion } : {}),
    ...(opts.root !== undefined ? { root: opts.root, responsive: config.images?.responsive ?? true } : {}),
    ...(config.embeds ? { embeds: [...config.embeds] } : {}),
  };
}

/** The sink a build writes to. */
function openSink(site: Site, options: BuildOptions): OutputSink {
  const sink = options.sink ?? 'disk';
  if (sink === 'disk') return new DiskSink(site.outDir);
  if (sink === 'memory') return new MemorySink();
  return sink(site.outDir);
}

/** Sources from which a one-off build collects its garbage at the stage boundaries (see `collectGarbage`). */
const COLLECT_ARTICLES = 1000;

let fullGc: (() => void) | null | undefined;

/**
 * A full garbage collection of this thread's heap, between stages that each
 * leave much garbage (the article results' copies, the model's and the data
 * files' intermediate strings). V8 grows the main heap to about four times
 * what is live before it collects, and keeps what it grew: on the 4000
 * corpus the heap committed at render was ≈550 MB for ≈300 MB live; collected
 * at the boundaries, the build peaks well below the 700 MB goal (notes in the
 * commit). A collection costs 0.1–0.3 s here. `gc` is V8's own function,
 * exposed once (the flag is set back at once, so no other code sees it);
 * where that fails, nothing is collected.
 */
function collectGarbage(): void {
  if (fullGc === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      fullGc = runInNewContext('gc') as () => void;
    } catch {
      fullGc = null;
    } finally {
      setFlagsFromString('--no-expose-gc');
    }
  }
  fullGc?.();
}

/** Search documents to tokenize that start the worker threads (or use them) rather than tokenizing in this thread. */
const TOKEN_POOL_DOCS = 200;

/** Pages to render that start the worker threads when the articles did not (all came from the cache). */
const RENDER_POOL_PAGES = 2000;

const ZERO_TIMES: StageTimes = { read: 0, frontMatter: 0, parse: 0, terms: 0, convert: 0, html: 0 };

/** Processed articles by key (path, source bytes, context, code): kept in memory by a Builder and on disk in the cache folder. */
interface ArticleCache {
  /** SHA-256 of each source's bytes, by `file`. */
  sourceHash: ReadonlyMap<string, string>;
  /** The key of the code and versions that process articles. */
  inputsKey: string;
  get(key: string): ArticleResult | undefined;
  /** Records a result made by this build; `written`: the thread that made it wrote it to `fileOf(key)` already. */
  set(key: string, result: ArticleResult, written?: boolean): void;
  /** The cache file of a key, for the thread that processes the article to write its result into. */
  fileOf?(key: string): string;
  hits: number;
  /** Keys of results this build made itself before the cache was asked (a body edit that fell back): not hits. */
  made?: ReadonlySet<string>;
}

/**
 * Processes every article (in the workers when there are any); drafts are
 * counted and left out. Automatic keywords need document frequencies over a
 * sample of the articles that have keywords as well: that sample's candidate
 * terms are counted in a second, parse-only pass, run only when some article
 * has no keywords — a site whose articles all have keywords never pays for it.
 */
async function processArticles(P: Pipeline, pools: (items: number) => WorkerPool | undefined, sources: SourceFile[], ctx: ArticleContext, errors: SiteError[], clock: { now: Date; future: boolean }, cache?: ArticleCache, progress?: (done: number) => void) {
  /** Runs the article task, reporting progress batch by batch. */
  const runArticles = async (files: ArticleItem[], c: ArticleContext, before: number): Promise<ArticleResult[]> => {
    const pool = pools(files.length);
    if (!progress) return runTask(pool, P.articleTask, files, c);
    const out: ArticleResult[] = [];
    await runTask(pool, P.articleTask, files, c, (_start, results) => {
      out.push(...results);
      progress(before + out.length);
    });
    return out;
  };
  const run = async (files: SourceFile[], c: ArticleContext): Promise<ArticleResult[]> => {
    if (!cache) return runArticles(files, c, 0);
    // Cached results for unchanged articles (same path, bytes, context and code); the others are processed and stored.
    const ck = hashOf(P.contextHash(c), cache.inputsKey);
    const keys = files.map((f) => hashOf(f.file, cache.sourceHash.get(f.file) ?? '', ck));
    const results: Array<ArticleResult | undefined> = keys.map((k) => cache.get(k));
    // The threads write the results they make into the cache (this thread does not serialize them).
    const fileOf = cache.fileOf;
    const missing = files.flatMap((f, i): ArticleItem[] => (results[i] !== undefined ? [] : [fileOf ? { ...f, cacheFile: fileOf(keys[i]!) } : f]));
    cache.hits += files.length - missing.length - (cache.made ? keys.filter((k, i) => results[i] !== undefined && cache.made!.has(k)).length : 0);
    const fresh = missing.length ? await runArticles(missing, c, files.length - missing.length) : [];
    let j = 0;
    return results.map((r, i) => {
      if (r) return r;
      const made = fresh[j++]!;
      if (made.ok) cache.set(keys[i]!, { ok: true, article: made.article, times: ZERO_TIMES }, fileOf !== undefined);
      return made;
    });
  };
  const times: StageTimes = { read: 0, frontMatter: 0, parse: 0, terms: 0, convert: 0, html: 0 };
  const addTimes = (t: StageTimes) => {
    for (const k of Object.keys(times) as Array<keyof StageTimes>) times[k] += t[k];
  };

  const articles: ProcessedArticle[] = [];
  const warnings: SiteError[] = [];
  let drafts = 0;
  let future = 0;
  // When the next article left out as future becomes due: until then the clock changes nothing in the output.
  let nextDue = Infinity;
  for (const r of await run(sources, { ...ctx, termSample: 0 })) {
    addTimes(r.times);
    if (r.ok && r.article.warnings && !(r.article.meta.draft && !ctx.drafts)) warnings.push(...reviveErrors(r.article.warnings));
    if (!r.ok) errors.push(...reviveErrors(r.errors));
    else if (r.article.meta.draft && !ctx.drafts) drafts++;
    else if (!clock.future && P.isFuture(r.article.meta, clock.now)) {
      future++;
      nextDue = Math.min(nextDue, r.article.meta.date.epoch);
    }
    else articles.push(r.article);
  }

  if (ctx.autoKeywords && articles.some((a) => a.meta.keywords.length === 0)) {
    // The site's written keywords segment as one word (智能制造, not 智能+制造): known only now, after every front matter
    // was read, so the articles without keywords have their terms counted again with them (the words are part of the
    // pass's context, hence of its cache key).
    // Loaded here, not at the top: a build that finds nothing changed needs neither the converters nor the segmenter.
    const [{ keyFunction }, { siteWords }] = await Promise.all([import('./taxonomy/key.js'), import('./taxonomy/terms.js')]);
    const keyOf = keyFunction(ctx.variants);
    const userWords = siteWords(articles.flatMap((a) => a.meta.keywords.map((k) => keyOf(k, a.meta.lang))));
    const sample = articles.filter((a) => (a.meta.keywords.length > 0 ? inTermSample(a.meta.file, ctx.termSample ?? 1) : userWords.length > 0));
    const byFile = new Map(sources.map((s) => [s.file, s]));
    const second = await run(sample.map((a) => byFile.get(a.meta.file)!), { ...ctx, termsOnly: true, ...(userWords.length ? { userWords } : {}) });
    // A copy gets the terms: a cached article object is shared with later builds.
    const withTerms = new Map<ProcessedArticle, ProcessedArticle>();
    second.forEach((r, i) => {
      addTimes(r.times);
      if (r.ok && r.article.terms) withTerms.set(sample[i]!, { ...sample[i]!, terms: r.article.terms });
    });
    articles.forEach((a, i) => (articles[i] = withTerms.get(a) ?? a));
  }
  return { articles, drafts, future, nextDue, times };
}

/**
 * Writes the site's outputs: the data files first, as they are, each dropped
 * from `data` once written (the array is emptied: the search data's text,
 * about 70 MB on the 4000-article corpus, is not kept while the pages
 * render); then the pages in list order, rendered (in the workers when there
 * are any) and written as results come back; then template assets and static
 * files. Returns pages per kind and variant.
 */
async function writeSite(
  P: Pipeline,
  site: Site,
  allPages: readonly PageOutput[],
  data: DataOutput[],
  render: { pool: (pages: number) => WorkerPool | undefined; templates: Templates; compile: boolean; collect?: () => void; globals?: Readonly<Partial<Record<string, Record<string, unknown>>>> },
  writer: OutputSink,
  errors: SiteError[],
  extra: ReadonlyArray<[string, string, string]> = [],
  keys?: { renderKeys: readonly string[]; previous: OutputState | undefined; keyOf?: (page: number, context: Record<string, unknown>) => void },
  progress?: (done: number, total: number) => void,
): Promise<{ counts: Record<string, Record<string, number>>; staticFiles: number; keptPages: number }> {
  const { config } = site;
  const counts: Record<string, Record<string, number>> = {};
  const count = (page: Output) => {
    const row = (counts[page.kind] ??= {});
    row[page.variant ?? '-'] = (row[page.variant ?? '-'] ?? 0) + 1;
  };
  // Data files; a default the site overrides in static/ (robots.txt) is left to the copy below.
  const own = new Set(listFiles(site.staticDir));
  for (let i = 0; i < data.length; i++) {
    const o = data[i]!;
    if (!(o.overridable && own.has(o.file))) writer.write(o.file, o.text);
  }
  data.length = 0;
  render.collect?.();
  // Pages whose render key is the one that rendered the file now in the output are kept as they are.
  let pages = allPages;
  let keptPages = 0;
  if (keys?.previous && writer instanceof DiskSink) {
    const prev = keys.previous.files;
    const toRender: PageOutput[] = [];
    allPages.forEach((page, i) => {
      if (prev[page.file]?.renderKey === keys.renderKeys[i] && writer.keep(page.file, page.path)) {
        keptPages++;
        count(page);
      } else toRender.push(page);
    });
    pages = toRender;
  }
  let rendered = 0;
  const store = (start: number, results: RenderResult[]) => {
    rendered += results.length;
    progress?.(keptPages + rendered, allPages.length);
    const batch = results;
    batch.forEach((result, k) => {
      const page = pages[start + k]!;
      if (!result.ok) {
        errors.push(...reviveErrors(result.errors));
        return;
      }
      try {
        const file = files?.[start + k];
        // A page whose path could not be claimed was reported when planned.
        if (file === null) return;
        if (file && result.written) (writer as DiskSink).written(file, result.written);
        else writer.write(page.file, result.html, page.path);
        count(page);
      } catch (error) {
        errors.push(...asSiteErrors(error));
      }
    });
  };
  // Undefined variables are checked (strictly, and costly) on the first page of each template and on every
  // STRICT_EVERY-th page: a misspelt variable shows on every page of its template; chosen by list order, so the
  // same pages in every build and thread split.
  // A job's context is the page's, made when the job is sent to a thread (or rendered here), so that this thread
  // never holds every page's context at once (see pageOutput).
  const seen = new Set<string>();
  // Keys made as the pages render (`keyOf`: nothing is kept, so `pages` is every page) take the context the job sends.
  const keyOf = keys?.keyOf;
  const pool = render.pool(pages.length);
  // A job sent to a thread leaves out its variant's globals (`site`, `t`, `variant`): the setup carries them once per
  // batch (render-job.ts jobContext). The job's `globals` getter is read after its `context` getter (a structured
  // clone reads an object's properties in key order), which finds whether the context held them.
  const globals = pool ? render.globals : undefined;
  const renderJobs = pages.map((page, i): RenderJob => {
    const first = !seen.has(page.template);
    seen.add(page.template);
    const job: RenderJob = {
      template: page.template,
      get context() {
        const context = page.context;
        keyOf?.(i, context);
        const own = page.variant === undefined ? undefined : withoutGlobals(context, globals?.[page.variant]);
        stripped = own !== undefined;
        return own ?? context;
      },
      strict: first || i % STRICT_EVERY === 0,
    };
    let stripped = false;
    if (globals) Object.defineProperty(job, 'globals', { enumerable: true, get: () => (stripped ? page.variant : undefined) });
    return job;
  });
  const setup = { root: site.root, timeZone: config.timeZone, compile: render.compile, ...(globals ? { globals } : {}) };
  // Rendered in the workers, pages are written there too: their HTML never comes back to this thread.
  const files = pool && writer instanceof DiskSink ? pages.map((page): PlannedFile | null => {
    try {
      return writer.plan(page.file, page.path);
    } catch (error) {
      errors.push(...asSiteErrors(error));
      return null;
    }
  }) : undefined;
  if (files) renderJobs.forEach((job, i) => files[i] && Object.assign(job, { file: files[i] }));
  await runTask(pool, P.renderTask, renderJobs, pool ? setup : { ...setup, templates: render.templates }, store);

  // Template assets (the site's override the built-in ones file by file), then static/.
  let staticFiles = 0;
  const copies: Array<[string, string, string]> = [
    ...P.templateAssets(site.root).map(([rel, path]): [string, string, string] => [path, P.assetFile(rel), `templates/assets/${rel}`]),
    ...listFiles(site.staticDir).map((f): [string, string, string] => [join(site.staticDir, f), f, `static/${f}`]),
    ...extra,
  ];
  for (const [from, to, what] of copies) {
    try {
      writer.copy(from, to, what);
      staticFiles++;
    } catch (error) {
      errors.push(...asSiteErrors(error));
    }
  }
  return { counts, staticFiles, keptPages };
}

/** Hex SHA-256 of every file below `dir` (path and bytes), optionally only names passing `filter`. */
function treeKey(dir: string, filter?: (name: string) => boolean): string {
  const files = listFiles(dir, filter);
  return hashOf(...files.flatMap((f) => [f, readFileSync(join(dir, ...f.split('/')))]));
}

/** Path, size and modification time of every file below `dir` that is not an article (images, bundles' files): `files`, as findSources listed them. */
function mediaFilesKey(dir: string, files: readonly string[]): string {
  if (files.length === 0) return '';
  return hashOf(...files.flatMap((f) => {
    const st = statSync(join(dir, ...f.split('/')));
    return [f, String(st.size), String(st.mtimeMs)];
  }));
}

/**
 * The key of everything a whole build reads: `keyParts` and every source's path and SHA-256, the sources as one
 * text (`path NUL sha256 LF` each: a path holds no NUL and a SHA-256 is 64 characters, so the records cannot run
 * together) hashed at once rather than as 8000 parts.
 */
function buildKeyOf(keyParts: ReadonlyArray<string | Uint8Array>, sources: readonly SourceFile[], sourceHash: ReadonlyMap<string, string>): string {
  let text = '';
  for (const s of sources) text += `${s.file}\u0000${sourceHash.get(s.file)!}\n`;
  return hashOf(...keyParts, text);
}

/** How long after a body edit its output state is saved when no other build came first (ms). */
const SAVE_AFTER_MS = 1000;

/** Every how many pages one is rendered with undefined variables as errors (besides each template's first). */
const STRICT_EVERY = 50;

let codeKey: string | undefined;

/** The key of the running code and versions: tongwen's compiled modules, its version and its dependencies' (a changed build of tongwen invalidates the cache). */
function codeAndVersionsKey(versions: BuildVersions): string {
  codeKey ??= treeKey(dirname(fileURLToPath(import.meta.url)), (n) => n.endsWith('.js'));
  return hashOf(codeKey, keyJson(versions));
}

/**
 * The output's integrity record (output/manifest-document.ts): README.txt,
 * then manifest.json listing every file written, README.txt included.
 */
async function writeRecord(writer: OutputSink, site: Site, inputs: BuildInputs, sourceSha: ReadonlyMap<string, string>, options: BuildOptions): Promise<Array<[string, string]>> {
  writer.write(README_FILE, README_TEXT);
  await writer.flush();
  const templateDirs = [...new Set([resolve(site.root, 'templates'), resolve(BUILTIN_TEMPLATES)])];
  const others: Array<[string, string]> = [
    ...templateDirs.flatMap((dir, i) => listFiles(dir).map((f): [string, string] => [`${i === 0 ? 'templates' : 'builtin'}/${f}`, fileSha256(join(dir, f))])),
    ...listFiles(site.staticDir).map((f): [string, string] => [`static/${f}`, fileSha256(join(site.staticDir, f))]),
  ];
  writer.write(MANIFEST_FILE, manifestText(inputs, sourceSha, others, options, writer.manifest()));
  await writer.flush();
  return others;
}

/** The text of the output's manifest: the input digest (sources, then `others`: templates and static files) and every file. */
function manifestText(inputs: BuildInputs, sourceSha: ReadonlyMap<string, string>, others: ReadonlyArray<[string, string]>, options: BuildOptions, files: ManifestEntry[]): string {
  const input = inputDigest({ versions: inputs.versions, config: inputs.config, glossary: inputs.glossary, drafts: options.drafts ?? false }, [...sourceSha, ...others]);
  return manifestJson({ version: MANIFEST_VERSION, generator: 'tongwen', tongwen: inputs.versions.tongwen, input, files });
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
  /** Processed articles of the last build, by key (see ArticleCache). */
  private articleMemory = new Map<string, ArticleResult>();
  /** Articles the last liveBuild processed itself, by key (a whole build that follows does not count them as taken from the cache). */
  private made = new Set<string>();
  /** What the last build keeps for a body edit's rebuild (see liveBuild); none after a failed build. */
  private live: LiveBuild | undefined;
  /** The output state of the last body edit, saved after its report went out. */
  private pendingSave: { run: () => void; timer: NodeJS.Timeout } | undefined;
  /** The render key of each page of the last build, with what it was made from (see buildSite). */
  private lastRenderKeys = new Map<string, { global: string; template: string; context: unknown; key: string }>();

  /** The SHA-256 of every source, by path, with its stamp (only changed files are read again). */
  private readonly sourceHashes = new SourceHashes();
  /** Each source's house-style counts (`prefer: learn`), by its SHA-256 and the default lang: a rebuild reads only changed sources for them. */
  private styles = new Map<string, SourceStyle | null>();

  /**
   * `once`: this builder builds one time and is closed (`build()`): it keeps nothing for a next build — no live
   * state for a body edit (the search index's postings, its plan, the output set, the model), no page render keys,
   * no processed articles in memory — so a one-off build with a cache holds what one without does.
   */
  constructor(private readonly options: BuildOptions, private readonly once = false) {}

  /** The templates of the site, parsed once per root and time zone. */
  private loadTemplates(P: Pipeline, root: string, timeZone: string): { templates: Templates; errors: SiteError[] } {
    const compile = !this.options.liquidOnly;
    const key = JSON.stringify([root, timeZone, compile, this.templatesKey(root)]);
    if (this.templates?.key !== key) this.templates = { key, loaded: P.loadTemplates(root, { timeZone, compile }) };
    return this.templates.loaded;
  }

  /** The key of every template file (the site's and the built-in ones), so an edited template is parsed again. */
  private templatesKey(root: string): string {
    return hashOf(treeKey(join(root, 'templates')), treeKey(BUILTIN_TEMPLATES));
  }

  /**
   * The worker pool for `items` articles to process (none for few: a warm
   * build that processes one article does not start threads). Once started
   * it is kept. `workers` in the options decides at the first call.
   */
  private poolFor(items: number): WorkerPool | undefined {
    if (this.pool || this.poolDecided) return this.pool;
    if (this.options.pool) return (this.pool = this.options.pool);
    if (this.options.workers !== undefined) this.poolDecided = true;
    const count = this.options.workers ?? defaultWorkers(items);
    if (count > 0) this.pool = new WorkerPool(count);
    return this.pool;
  }

  /** Builds the site; throws BuildError (all errors, sorted) when anything is wrong. One build at a time per output folder (output/lock.ts). */
  async build(hint?: BuildHint): Promise<BuildReport> {
    const timer = stageTimer();
    const site = openSite(this.options);
    const lock = this.options.sink === 'memory' ? undefined : acquireOutputLock(site.outDir);
    try {
      const edited = await this.liveBuild(site, timer, hint);
      if (edited) return edited;
      this.live = undefined;
      // The whole build reads the output state from the disk: a body edit's must be there.
      this.saveNow();
      return await this.buildSite(site, timer);
    } finally {
      lock?.release();
    }
  }

  /** The parts of the build key besides the sources: code and versions, config and options, glossary, templates, static files, media. */
  private keyParts(site: Site, versions: BuildVersions, media: readonly string[]): { keyParts: Array<string | Uint8Array>; mediaKey: string } {
    const { options } = this;
    const mediaKey = mediaFilesKey(join(site.root, 'content'), media);
    const keyParts = [
      codeAndVersionsKey(versions),
      // Not the clock: it decides only which articles are left out as future, checked below against the interval
      // in which the previous build's choice holds (an editor's rebuild minutes later is still "nothing changed").
      keyJson({ config: site.config, drafts: options.drafts ?? false, future: options.future ?? false, outDir: site.outDir }),
      existsSync(join(site.root, 'glossary.yaml')) ? readFileSync(join(site.root, 'glossary.yaml')) : '',
      this.templatesKey(site.root),
      treeKey(site.staticDir),
      mediaKey,
    ];
    return { keyParts, mediaKey };
  }

  /**
   * `conversion.prefer: learn` resolved from the sources (article/house-style.ts); undefined when nothing learns.
   * With `sourceHash`, each source's counts are kept by its hash for the next build.
   */
  private houseStyle(P: Pipeline, site: Site, sources: readonly SourceFile[], sourceHash?: ReadonlyMap<string, string>): HouseStyle | undefined {
    const { config } = site;
    if (!learnsPreferences(config.conversion)) return undefined;
    const next = new Map<string, SourceStyle | null>();
    const style = P.learnHouseStyle(config.conversion, sources, {
      defaultLang: config.defaultLang,
      drafts: this.options.drafts ?? false,
      styleOf: (src) => {
        const hash = sourceHash?.get(src.file);
        const key = hash === undefined ? undefined : `${hash}\u0000${config.defaultLang}`;
        let s = key === undefined ? undefined : this.styles.get(key);
        if (s === undefined) {
          try {
            s = P.sourceStyle(src.file, readFileSync(src.path), config.defaultLang) ?? null;
          } catch {
            // Unreadable: the article stage reports it.
            s = null;
          }
        }
        if (key !== undefined) next.set(key, s);
        return s ?? undefined;
      },
    });
    if (sourceHash) this.styles = next;
    return style;
  }

  /** Writes the output state a body edit kept in memory (after the reload was sent; before any other build reads it). */
  private saveNow(): void {
    const save = this.pendingSave;
    this.pendingSave = undefined;
    if (save) {
      clearTimeout(save.timer);
      save.run();
    }
  }

  /**
   * A rebuild after one article's body changed (site/incremental.ts), from
   * the state the builder's last build kept (`live`): the article is
   * processed again, its pages rendered, its feeds and search files made, and
   * the output patched through the journal (old or new, never a mixture);
   * the output state is saved after the caller has the report. Undefined
   * when this is not such a rebuild (anything else changed, or the edit
   * reaches other pages): then the whole build runs.
   */
  private async liveBuild(site: Site, timer: ReturnType<typeof stageTimer>, hint?: BuildHint): Promise<BuildReport | undefined> {
    this.made.clear();
    const live = this.live;
    const { options } = this;
    if (!live || options.cache === undefined || (options.sink ?? 'disk') !== 'disk' || live.outDir !== site.outDir) return undefined;
    const versions = options.versions ?? buildVersions();
    let keyParts = live.keyParts;
    let sources = live.sources;
    let sourceHash: Map<string, string>;
    // A watcher that saw only known articles change in place: nothing else is read (no walk, no stat of every source).
    const byFile = new Map(live.sources.map((src) => [src.file, src]));
    const named = hint?.changed?.map((f) => byFile.get(f));
    if (named && named.length && named.every((src) => src !== undefined) && keyJson(site.config) === live.configKey) {
      const hashes = this.sourceHashes.hashSome(named.map((src) => src!.path));
      sourceHash = new Map(live.sourceHash);
      for (const src of named) sourceHash.set(src!.file, hashes.get(src!.path)!);
    } else {
      const errors: SiteError[] = [];
      const media: string[] = [];
      sources = findSources(site.root, errors, media);
      ({ keyParts } = this.keyParts(site, versions, media));
      if (hashOf(...keyParts) !== live.inputsKey) return undefined;
      if (errors.length || sources.length !== live.sources.length || sources.some((src, k) => src.file !== live.sources[k]!.file)) return undefined;
      const hashes = this.sourceHashes.hashAll(sources.map((src) => src.path));
      sourceHash = new Map(sources.map((src) => [src.file, hashes.get(src.path)!]));
    }
    const changed = sources.filter((src) => sourceHash.get(src.file) !== live.sourceHash.get(src.file));
    const nowMs = (options.now ?? new Date()).getTime();
    const clock = live.state.report.clock;
    if (!clock || nowMs < clock.from || (clock.until !== null && nowMs >= clock.until)) return undefined;
    // Every build writes the manifest: one that is not the one this builder wrote means another build (a CLI) wrote the output.
    const lastRecord = live.state.files[MANIFEST_FILE];
    let st;
    try {
      st = statSync(join(site.outDir, ...MANIFEST_FILE.split('/')));
    } catch {
      return undefined;
    }
    if (!lastRecord || st.size !== lastRecord.size || st.mtimeMs !== lastRecord.mtimeMs) return undefined;
    if (changed.length === 0) {
      // Nothing changed (a file saved as it was): the output is this builder's last.
      timer.lap('hash');
      const r = live.state.report;
      const all = [...live.manifest.list(), ...Object.entries(live.state.files).filter(([path]) => path === MANIFEST_FILE).map(([path, f]) => ({ path, size: f.size, sha256: f.sha256 }))].sort((x, y) => compare(x.path, y.path));
      return keptReport(r, { count: all.length, list: () => all }, all.reduce((n, e) => n + e.size, 0), r.warnings, timer, site);
    }
    if (changed.length !== 1) return undefined;
    const source = changed[0]!;
    timer.lap('hash');

    const P = await pipeline();
    // A house style learned from the articles (`prefer: learn`) that this edit changes: every page may change.
    if (learnsPreferences(site.config.conversion) && keyJson(this.houseStyle(P, site, sources, sourceHash)?.options) !== keyJson(live.inputs.config.conversion)) return undefined;
    const store = new CacheStore(options.cache);
    // The first pass's context and key, as processArticles makes them.
    const first: ArticleContext = { ...live.ctx, termSample: 0 };
    const ck = hashOf(P.contextHash(first), hashOf(codeAndVersionsKey(versions), keyParts[5] as string));
    const key = hashOf(source.file, sourceHash.get(source.file)!, ck);
    let result = this.articleMemory.get(key) ?? store.get<ArticleResult>('articles', key);
    if (!result) {
      result = (await runTask(this.pool, P.articleTask, [source], first))[0]!;
      this.made.add(key);
      if (result.ok) store.set('articles', key, { ok: true, article: result.article, times: ZERO_TIMES });
    }
    timer.lap('articles');
    if (!result.ok || (result.article.meta.draft && !live.ctx.drafts) || (!options.future && P.isFuture(result.article.meta, new Date(nowMs)))) return undefined;
    const article = result.article;
    let writer: DiskSink | undefined;
    try {
      const edit = P.bodyEdit(live.site, source.file, article);
      if (typeof edit === 'string') return undefined;
      timer.lap('model');
      // Pages whose render key is unchanged are kept; the others are rendered here (two pages: no thread crossing).
      const { templates } = this.loadTemplates(P, site.root, site.config.timeZone);
      const shared = new Map<unknown, string>();
      const keys = edit.pages.map((p) => renderKey(live.renderGlobal, p.template, p.context as Record<string, unknown>, shared));
      const render = edit.pages.map((p, k) => ({ page: p, key: keys[k]! })).filter(({ page, key }) => live.state.files[page.file]?.renderKey !== key);
      const results = await runTask(undefined, P.renderTask, render.map(({ page }) => ({ template: page.template, context: page.context, strict: true })), { root: site.root, timeZone: site.config.timeZone, compile: !options.liquidOnly, templates });
      if (results.some((r) => !r.ok)) throw new Error('a page did not render');
      timer.lap('render');

      // (Everything below changes the live state in place: a failure drops it, and the whole build runs.)
      writer = new DiskSink(site.outDir, { previous: live.manifest.map, patch: true });
      if (!writer.incremental) throw new Error('the output is not the one this builder wrote');
      render.forEach(({ page }, k) => writer!.write(page.file, (results[k] as { html: string }).html, page.path));
      for (const o of edit.data) writer.write(o.file, o.text);
      for (const rel of edit.removed) writer.remove(rel);
      await writer.flush();
      // The manifest: the previous one with this build's files.
      const mine = writer.manifest();
      for (const rel of edit.removed) live.manifest.delete(rel);
      for (const e of mine) live.manifest.set(e);
      const input = inputDigest({ versions: live.inputs.versions, config: live.inputs.config, glossary: live.inputs.glossary, drafts: options.drafts ?? false }, [...sourceHash, ...live.recordFiles]);
      writer.write(MANIFEST_FILE, live.manifest.json({ version: MANIFEST_VERSION, generator: 'tongwen', tongwen: live.inputs.versions.tongwen, input }));
      await writer.flush();
      await writer.commit();
      const changes = writer.changes;
      timer.lap('write');

      // The new state, in memory now; on disk after the caller has the report (the dev server's reload goes first).
      const { files } = live.state;
      for (const rel of edit.removed) delete files[rel];
      const pageKey = new Map(edit.pages.map((p, k) => [p.file, keys[k]!]));
      const record = writer.manifest().find((e) => e.path === MANIFEST_FILE)!;
      for (const e of [...mine, record]) {
        const old = files[e.path];
        const mtimeMs = old && old.sha256 === e.sha256 && old.size === e.size ? old.mtimeMs : statSync(join(site.outDir, ...e.path.split('/'))).mtimeMs;
        const rk = pageKey.get(e.path) ?? old?.renderKey;
        files[e.path] = { sha256: e.sha256, size: e.size, mtimeMs, ...(rk ? { renderKey: rk } : {}) };
      }
      live.warningsOf.set(source.file, article.warnings ?? []);
      const allWarnings = [...live.warningsOf.values()].flat();
      live.state.buildKey = buildKeyOf(keyParts, sources, sourceHash);
      live.state.report = { ...live.state.report, warnings: allWarnings };
      live.sourceHash = sourceHash;
      for (const [k, r] of this.articleMemory) if (r.ok && r.article.meta.file === source.file) this.articleMemory.delete(k);
      this.articleMemory.set(key, result);
      for (const p of edit.pages) this.lastRenderKeys.set(p.file, { global: live.renderGlobal, template: p.template, context: p.context, key: pageKey.get(p.file)! });
      // Saved once edits pause (a later body edit replaces it; a whole build, close() and the next process read it only after it is written).
      const state = live.state;
      this.pendingSave?.timer && clearTimeout(this.pendingSave.timer);
      this.pendingSave = { run: () => writeOutputState(store, site.outDir, state), timer: setTimeout(() => this.saveNow(), SAVE_AFTER_MS).unref() };

      const all = live.manifest.list();
      const at = all.findIndex((e) => compare(e.path, record.path) > 0);
      all.splice(at < 0 ? all.length : at, 0, record);
      const bytes = live.manifest.bytes() + record.size;
      const r = live.state.report;
      return {
        ...keptReport(r, { count: all.length, list: () => all }, bytes, allWarnings, timer, site),
        articleStages: result.times,
        cache: { articles: sources.length - 1, pages: pageTotal(r) - render.length, keptFiles: all.length - changes.written, written: changes.written, deleted: changes.deleted, unchanged: false, bodyEdit: true },
      };
    } catch {
      // Whatever went wrong (a page that does not render, a disk error), the whole build runs and reports it.
      await writer?.abort();
      this.live = undefined;
      // A state half updated is never saved (the one on disk is older than the output: the next build writes it whole).
      if (this.pendingSave) clearTimeout(this.pendingSave.timer);
      this.pendingSave = undefined;
      return undefined;
    }
  }

  private async buildSite(site: Site, timer: ReturnType<typeof stageTimer>): Promise<BuildReport> {
    const { options } = this;
    const { config } = site;
    timer.lap('config');

    const errors: SiteError[] = [];
    const store = options.cache !== undefined ? new CacheStore(options.cache) : undefined;
    const disk = (options.sink ?? 'disk') === 'disk';
    // The check of the output against the cache's record runs beside the reading and hashing of the sources.
    const outputCheck = store && disk ? startOutputCheck<CachedReport>(store, site.outDir) : undefined;
    // The other files under content/ (images, bundles' files) are listed by the same walk, for the media key.
    const media: string[] = [];
    const sources = findSources(site.root, errors, media);
    const versions = options.versions ?? buildVersions();
    // The SHA-256 of every source, read once: for the cache keys and the manifest's input digest.
    // A builder that built before reads again only the sources whose size, times or inode changed.
    // A new process starts from the stamps the last one saved in the cache: unchanged files are not read again.
    if (store) this.sourceHashes.load(store, site.root);
    const hashes = this.sourceHashes.hashAll(sources.map((s) => s.path));
    const sourceHash = new Map(sources.map((s) => [s.file, hashes.get(s.path)!]));
    // With a cache: the key of everything the whole build reads.
    let buildKey = '';
    let mediaKey = '';
    let previous: OutputState<CachedReport> | undefined;
    let keyParts: Array<string | Uint8Array> = [];
    if (store) {
      ({ keyParts, mediaKey } = this.keyParts(site, versions, media));
      buildKey = buildKeyOf(keyParts, sources, sourceHash);
      if (outputCheck) previous = await outputCheck.result();
      timer.lap('hash');
      const clock = previous?.report.clock;
      const nowMs = (options.now ?? new Date()).getTime();
      const sameClock = clock !== undefined && nowMs >= clock.from && (clock.until === null || nowMs < clock.until);
      if (previous?.buildKey === buildKey && sameClock && existsSync(join(site.outDir, MARKER)) && !options.keepLive) {
        // Nothing changed since the build that wrote this output: it is the output.
        const r = previous.report;
        // The stamps are saved only by a build that succeeded (a failed one writes nothing, the cache included).
        this.sourceHashes.save(store, site.root);
        // The files are listed when the report's sink is asked for them (the CLI never is: their record is not parsed).
        const state = previous;
        const list = () => state.entries?.() ?? Object.entries(state.files).map(([path, f]) => ({ path, size: f.size, sha256: f.sha256 }));
        return keptReport(r, { count: state.count ?? list().length, list }, r.bytes, r.warnings, timer, site);
      }
    }
    let articleCache: ArticleCache | undefined;
    const { once } = this;
    if (store) {
      const memory = this.articleMemory;
      const used = new Map<string, ArticleResult>();
      articleCache = {
        sourceHash,
        // Image sizes and responsive sources are read from the files beside the articles: any change to one processes the articles again.
        inputsKey: hashOf(codeAndVersionsKey(versions), mediaKey),
        hits: 0,
        made: this.made,
        get(key) {
          const r = memory.get(key) ?? store.get<ArticleResult>('articles', key);
          if (r && !once) used.set(key, r);
          return r;
        },
        set(key, result, written) {
          if (!once) used.set(key, result);
          if (!written) store.set('articles', key, result);
        },
        fileOf: (key) => store.fileOf('articles', key),
      };
      this.articleMemory = used;
    }
    const { P, templates, inputs, articles, drafts, future, nextDue, times, pages, data, extra, warnings, model, plan, index, present, ctx, houseStyle, collect } = await this.prepare(site, timer, sources, errors, versions, { encodeMedia: true, articleCache, sourceHash, keepLive: store !== undefined && !once, last: once });
    const renderPool = (pages: number) => this.pool ?? (pages >= RENDER_POOL_PAGES ? this.poolFor(pages) : undefined);
    const onProgress = options.onProgress;
    if (errors.length) throw new BuildError(errors);

    // Render keys: a page whose key is unchanged renders to the same bytes.
    let renderKeys: string[] = [];
    let keyOf: ((page: number, context: Record<string, unknown>) => void) | undefined;
    if (store) {
      const global = hashOf(codeAndVersionsKey(versions), this.templatesKey(site.root), config.timeZone);
      // JSON of the context: what the page shows, whatever the representation of equal data (v8.serialize wrote a
      // holey array unlike a packed one, so equal contexts got new keys and a one-article edit rendered 1,777 pages).
      const shared = new Map<unknown, string>();
      // A one-off build with no usable record of the output keeps no page: each page's key is made from the context
      // its render job sends (one context per page instead of two, and no burst of every page's JSON before
      // rendering, which grew the main heap by tens of MB that it kept through rendering).
      if (once && !previous) {
        renderKeys = new Array<string>(pages.length);
        keyOf = (i, context) => void (renderKeys[i] ??= renderKey(global, pages[i]!.template, context, shared));
      } else {
        // A page whose context equals the one it had in this builder's previous build keeps that build's key.
        const last = this.lastRenderKeys;
        const next = new Map<string, { global: string; template: string; context: unknown; key: string }>();
        renderKeys = pages.map((p) => {
          const before = last.get(p.file);
          const context = p.context;
          const key = before && before.global === global && before.template === p.template && sameData(before.context, context) ? before.key : renderKey(global, p.template, context, shared);
          // Only a builder that rebuilds (serve) compares contexts with its next build: a one-off build keeps none (they are
          // made again as each page renders, see pageOutput).
          if (!once) next.set(p.file, { global, template: p.template, context: options.keepLive ? context : undefined, key });
          return key;
        });
        this.lastRenderKeys = next;
      }
      timer.lap('hash');
    }
    onProgress?.({ stage: 'render', done: 0, total: pages.length });
    const writer = this.openSink(site, options, previous);
    try {
      const { counts, staticFiles, keptPages } = await writeSite(P, site, pages, data, { pool: renderPool, templates, compile: !this.options.liquidOnly, collect, globals: model.globals }, writer, errors, extra, store ? { renderKeys, previous, ...(keyOf ? { keyOf } : {}) } : undefined, onProgress && ((done, total) => onProgress({ stage: 'render', done, total })));
      timer.lap('render');
      onProgress?.({ stage: 'write', done: 0, total: 0 });
      await writer.flush();
      if (errors.length) throw new BuildError(errors);
      const recordFiles = await writeRecord(writer, site, inputs, sourceHash, options);
      const { files, bytes } = writer.stats;
      await writer.commit();
      timer.lap('write');
      const report: BuildReport = {
        pages: counts,
        articles: articles.length,
        drafts,
        future,
        warnings,
        staticFiles,
        files,
        bytes,
        stages: timer.stages,
        articleStages: times,
        totalMs: timer.total(),
        config,
        outDir: site.outDir,
        sink: writer,
        ...(houseStyle ? { houseStyle: houseStyle.learned } : {}),
      };
      if (store) {
        const changes = writer instanceof DiskSink ? writer.changes : { written: files, kept: 0, deleted: 0 };
        report.cache = { articles: articleCache?.hits ?? 0, pages: keptPages, keptFiles: changes.kept, written: changes.written, deleted: changes.deleted, unchanged: false };
        if (writer instanceof DiskSink) {
          const pageKey = new Map(pages.flatMap((p, i): Array<[string, string]> => (renderKeys[i] === undefined ? [] : [[p.file, renderKeys[i]!]])));
          const clock = { from: inputs.now.getTime(), until: Number.isFinite(nextDue) ? nextDue : null };
          const cached: CachedReport = { pages: counts, articles: articles.length, drafts, future, clock, warnings: articles.flatMap((a) => a.warnings ?? []), staticFiles, bytes, ...(houseStyle ? { houseStyle: houseStyle.learned } : {}) };
          const saved = saveOutputState(store, site.outDir, { buildKey, report: cached }, writer.manifest().map((e) => ({ ...e, ...(pageKey.has(e.path) ? { renderKey: pageKey.get(e.path)! } : {}) })), previous);
          this.sourceHashes.save(store, site.root);
          timer.lap('write');
          // What the next build of this builder needs to redo a body edit alone (see liveBuild).
          if (saved && index && plan && present) {
            const manifest = new ManifestIndex(writer.manifest().filter((e) => e.path !== MANIFEST_FILE));
            const warningsOf = new Map(articles.map((a) => [a.meta.file, a.warnings ?? []]));
            this.live = {
              outDir: site.outDir, configKey: keyJson(site.config), inputsKey: hashOf(...keyParts), keyParts, sources, sourceHash, ctx, inputs, recordFiles,
              site: P.liveSite(model, plan, index, present), state: saved, manifest, warningsOf, counts, staticFiles, drafts, future,
              renderGlobal: hashOf(codeAndVersionsKey(versions), this.templatesKey(site.root), config.timeZone),
            };
            timer.lap('live');
          }
          report.stages = timer.stages;
          report.totalMs = timer.total();
        }
      }
      return report;
    } catch (error) {
      await writer.abort();
      throw error;
    }
  }

  /**
   * The stages of a build before rendering: templates, glossary, every
   * article, the site model and its outputs, page bundles' and responsive
   * images' files, and the check that every local link and image leads to a
   * file of the output. Errors go to `errors`; nothing is written (and with
   * `encodeMedia: false`, nothing is encoded: `tongwen check`).
   */
  private async prepare(site: Site, timer: ReturnType<typeof stageTimer>, sources: SourceFile[], errors: SiteError[], versions: BuildVersions, opts: { encodeMedia: boolean; articleCache?: ArticleCache | undefined; sourceHash?: ReadonlyMap<string, string>; keepLive?: boolean; last?: boolean }) {
    const { options } = this;
    const { articleCache } = opts;
    const P = await pipeline();
    // `prefer: learn`: the house style of the site's Traditional articles, resolved before any article is converted
    // (every stage after this one sees concrete preferences, and the article cache keys follow them).
    const houseStyle = this.houseStyle(P, site, sources, opts.sourceHash);
    const config: Readonly<SiteConfig> = houseStyle ? deepFreeze({ ...site.config, conversion: houseStyle.options }) : site.config;
    const { templates, errors: templateErrors } = this.loadTemplates(P, site.root, config.timeZone);
    errors.push(...templateErrors);
    const glossary = P.loadSiteGlossary(site.root, config.glossary);
    errors.push(...glossary.errors);
    const inputs: BuildInputs = {
      config,
      glossary: deepFreeze(glossary.entries),
      templates,
      now: options.now ?? new Date(),
      versions,
    };
    const ctx = articleContext(inputs, { drafts: options.drafts ?? false, articles: sources.length, root: site.root });
    timer.lap('templates');

    // Threads only for many articles to process; rendering uses them when they run, or when there are many pages.
    const articlePool = (items: number) => this.poolFor(items);
    const onProgress = options.onProgress;
    onProgress?.({ stage: 'articles', done: 0, total: sources.length });
    const { articles, drafts, future, nextDue, times } = await processArticles(P, articlePool, sources, ctx, errors, { now: inputs.now, future: options.future ?? false }, articleCache, onProgress && ((done) => onProgress({ stage: 'articles', done, total: sources.length })));
    // The threads that processed the articles hold their dictionaries, segmenter, parsers and heaps grown by the
    // biggest batches (about 250 MB each on the 4000 corpus): a one-off build ends them here. The search tokens and
    // the pages go to fresh threads that load only what those tasks need (peak memory, see notes/memory.md). A dev
    // server keeps its threads.
    const releasePool = () => (this.pool && this.pool !== this.options.pool && !options.keepLive ? this.pool.release() : undefined);
    await releasePool();
    // A one-off build of a large site collects here, after the tokens, and before rendering (see collectGarbage).
    const collect = !options.keepLive && sources.length >= COLLECT_ARTICLES ? collectGarbage : () => {};
    collect();
    timer.lap('articles');

    onProgress?.({ stage: 'model', done: 0, total: 0 });
    const { placed, errors: urlErrors } = P.placeSite(articles, config);
    errors.push(...urlErrors);
    timer.lap('model');
    const keywords = P.keywordStage(placed, config, { glossary: inputs.glossary });
    errors.push(...keywords.errors);
    timer.lap('keywords');
    const model = P.siteModel(config, placed, keywords.index);
    // The search index's per-document tokens are made in the workers (when there are many) while this thread builds the pages.
    // A builder that builds once keeps no document's search characters or tokens for a next build (about 15 KB a
    // document, held while the pages render).
    const plan = P.searchPlan(model, { remember: !opts.last });
    const tokenPool = plan.pending.length >= TOKEN_POOL_DOCS ? (this.pool ?? this.poolFor(plan.pending.length)) : undefined;
    const tokens = tokenPool ? runTask(tokenPool, P.tokenTask, plan.pending.map(P.tokenItem), { map: plan.map, boilerplate: [...plan.boilerplate] }) : undefined;
    // A rejection is taken when awaited below (not reported as unhandled while the pages are built).
    tokens?.catch(() => {});
    const pages = P.sitePages(model);
    const tokenResults = tokens && (await tokens);
    // The same for the threads that made the tokens: rendering starts fresh ones that load only the templates.
    await releasePool();
    collect();
    const made = tokenResults && new Map(tokenResults.map((r, i) => [plan.pending[i]!, r]));
    let index: IndexState | undefined;
    // The search index's state (its postings, tens of MB) is kept only for a build that keeps what a body edit's
    // rebuild needs (with a cache: see liveBuild); so are the search plan and the set of output files.
    const outputs = P.siteOutputsOf(model, pages, P.searchDataOutputs(model, plan, made, opts.keepLive ? (state) => (index = state) : undefined));
    const data = outputs.filter((o): o is DataOutput => !isPage(o));
    timer.lap('model');
    // Page bundles' files and responsive images; then every local link and image must lead to an output file.
    // `check` encodes nothing: the responsive files' names are known without making them.
    const images = new Set(placed.flatMap((a) => a.article.media ?? []));
    const media = opts.encodeMedia ? await P.generateMedia(site.root, images) : P.plannedMedia(site.root, images).map((rel): [string, string] => ['', rel]);
    const extra: Array<[string, string, string]> = [...P.bundleCopies(placed, site.root, config.basePath), ...media.map(([from, to]): [string, string, string] => [from, to, 'media'])];
    const present = new Set([...outputs.map((o) => o.file), ...P.templateAssets(site.root).map(([rel]) => P.assetFile(rel)), ...listFiles(site.staticDir), ...extra.map(([, to]) => to)]);
    errors.push(...P.missingRefs(placed, present, config.basePath));
    const warnings = sortErrors(articles.flatMap((a) => a.warnings ?? []).map((w) => new SiteError(w)));
    timer.lap('media');
    // A builder that builds once: what the pages never read goes before they render — each article's text blocks
    // (search, summaries, boilerplate), candidate terms (automatic keywords) and local links (checked above),
    // about 10 KB an article held through rendering. A builder that builds again keeps them for its next build.
    if (opts.last) for (const a of [...articles, ...placed.map((p) => p.article)]) {
      delete a.text;
      delete a.terms;
      delete a.refs;
    }
    return { P, templates, inputs, articles, drafts, future, nextDue, times, pages, data, extra, warnings, model, ctx, houseStyle, collect, ...(opts.keepLive ? { plan, index, present } : {}) };
  }

  /**
   * Every error a build of the site would stop on, found by the build's own
   * stages up to rendering (`prepare`) with nothing encoded, written or
   * locked: what `tongwen check` reports besides its lint findings.
   */
  async errors(): Promise<SiteError[]> {
    const timer = stageTimer();
    let site: Site;
    try {
      site = openSite({ ...this.options, sink: 'memory' });
    } catch (error) {
      return asSiteErrors(error);
    }
    const errors: SiteError[] = [];
    const sources = findSources(site.root, errors);
    try {
      await this.prepare(site, timer, sources, errors, this.options.versions ?? buildVersions(), { encodeMedia: false });
    } catch (error) {
      errors.push(...asSiteErrors(error));
    }
    return sortErrors(errors);
  }

  /** The sink of a build: on disk, incremental when the cache knows the previous output. */
  private openSink(site: Site, options: BuildOptions, previous: OutputState | undefined): OutputSink {
    if ((options.sink ?? 'disk') === 'disk' && previous) {
      const files: PreviousOutput = new Map(Object.entries(previous.files).map(([rel, f]) => [rel, { sha256: f.sha256, size: f.size }]));
      return new DiskSink(site.outDir, { previous: files });
    }
    return openSink(site, options);
  }

  /** Ends the worker threads. */
  async close(): Promise<void> {
    this.saveNow();
    if (this.pool !== this.options.pool) await this.pool?.close();
    this.pool = undefined;
    this.poolDecided = false;
  }
}

/** What a watcher knows of a rebuild's cause: `changed`, the files (relative to the site, `/`-separated) it saw modified in place, and nothing else; absent when anything else happened (a file added, removed or renamed, an event without a name). */
export interface BuildHint {
  changed?: readonly string[];
}

/** What a builder keeps of its last whole build for a body edit's rebuild (`Builder.liveBuild`). */
interface LiveBuild {
  outDir: string;
  /** keyJson of the config as read (before `prefer: learn` is resolved). */
  configKey: string;
  /** The build key's parts besides the sources, hashed. */
  inputsKey: string;
  keyParts: Array<string | Uint8Array>;
  /** The source files, in order, and their SHA-256. */
  sources: SourceFile[];
  sourceHash: Map<string, string>;
  ctx: ArticleContext;
  inputs: BuildInputs;
  /** The manifest's input files besides the sources (templates, static files) with their SHA-256. */
  recordFiles: Array<[string, string]>;
  site: LiveSite;
  state: OutputState<CachedReport>;
  /** The output's files but the manifest itself. */
  manifest: ManifestIndex;
  /** Each placed article's warnings, by source file in source order. */
  warningsOf: Map<string, SiteErrorInit[]>;
  counts: Record<string, Record<string, number>>;
  staticFiles: number;
  drafts: number;
  future: number;
  /** The render key's global part (code, templates, time zone). */
  renderGlobal: string;
}

/** The summary a build records in the cache, for a later build that finds nothing changed. */
interface CachedReport {
  pages: Record<string, Record<string, number>>;
  articles: number;
  drafts: number;
  future: number;
  /**
   * The clock interval in which this build's choice of future articles holds (ms since the epoch): from its
   * `now` until the first left-out article becomes due (null: none left out). Absent in older caches.
   */
  clock?: { from: number; until: number | null };
  /** The build's warnings, as plain data: a build that writes nothing reports them again. */
  warnings: ConstructorParameters<typeof SiteError>[0][];
  staticFiles: number;
  bytes: number;
  /** The house style the build learned (BuildReport.houseStyle). */
  houseStyle?: LearnedStyle[];
}

/** The sink of a build that wrote nothing: the output as the previous build left it. */
/** The number of pages a report counts (every kind and variant). */
function pageTotal(r: Pick<CachedReport, 'pages'>): number {
  return Object.values(r.pages).reduce((n, row) => n + Object.values(row).reduce((a, b) => a + b, 0), 0);
}

/** The files of an output a build kept: how many, and their list (made when asked for). */
interface KeptFiles {
  count: number;
  list: () => ManifestEntry[];
}

/** The report of a build that wrote nothing: the output's `files` (of `bytes`) are the ones a previous build made, as `r` says. */
function keptReport(r: CachedReport, files: KeptFiles, bytes: number, warnings: CachedReport['warnings'], timer: ReturnType<typeof stageTimer>, site: Site): BuildReport {
  return {
    pages: r.pages, articles: r.articles, drafts: r.drafts, future: r.future, warnings: sortErrors(warnings.map((w) => new SiteError(w))), staticFiles: r.staticFiles,
    files: files.count, bytes, stages: timer.stages, articleStages: { ...ZERO_TIMES }, totalMs: timer.total(), config: site.config, outDir: site.outDir,
    sink: keptOutput(files, bytes),
    ...(r.houseStyle ? { houseStyle: r.houseStyle } : {}),
    cache: { articles: r.articles + r.drafts + r.future, pages: pageTotal(r), keptFiles: files.count, written: 0, deleted: 0, unchanged: true },
  };
}

function keptOutput(files: KeptFiles, bytes: number): OutputSink {
  const refuse = () => {
    throw new Error('this output was kept as it was; nothing can be written to it');
  };
  let list: ManifestEntry[] | undefined;
  return { write: refuse, copy: refuse, flush: async () => {}, commit: async () => {}, abort: async () => {}, stats: { files: files.count, bytes }, manifest: () => (list ??= files.list()) };
}

/** Builds the site once; throws BuildError (all errors, sorted) when anything is wrong. */
export async function build(options: BuildOptions): Promise<BuildReport> {
  const builder = new Builder(options, true);
  try {
    return await builder.build();
  } finally {
    await builder.close();
  }
}
