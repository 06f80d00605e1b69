/**
 * Rendering one page as a self-contained job (template name + context), so
 * that pages can be rendered in worker threads and sent back as HTML.
 */
import { asSiteErrors, type SiteErrorInit } from '../core/errors.js';
import type { PageTemplate, Templates } from './templates.js';
import { writePlanned, type PlannedFile, type WrittenFile } from '../output/disk.js';

/** What a worker needs to load the same templates as the main thread. */
export interface RenderSetup {
  root: string;
  timeZone: string;
  /** Render lenient pages through compiled closures (default), or all through LiquidJS (false). */
  compile?: boolean;
  /**
   * The per-variant globals (`site`, `t`, `variant`), sent once with the setup rather than in every page's context:
   * a job whose `globals` names a variant gets them in front of its context's own fields (see `jobContext`).
   */
  globals?: Partial<Record<string, Record<string, unknown>>>;
}

export interface RenderJob {
  template: PageTemplate;
  context: Record<string, unknown>;
  /** Render with undefined variables as errors (false: leniently; default true). */
  strict?: boolean;
  /** Write the page here (output/disk.ts `plan`) and send back its size and hash instead of its HTML. */
  file?: PlannedFile;
  /** The variant whose globals (the setup's `globals`) come first in the context, which holds the page's own fields only. */
  globals?: string;
}

/**
 * The context a job renders: its own, or with `globals` the setup's globals of that variant followed by the job's
 * fields — the same data, in the same key order, as the context the page kind made. The globals object is shared by
 * the thread's pages; templates only read it (an `assign` or `increment` writes into the page's own scope).
 */
export function jobContext(setup: RenderSetup, job: RenderJob): Record<string, unknown> {
  if (job.globals === undefined) return job.context;
  const g = setup.globals?.[job.globals];
  if (!g) throw new Error(`render job: no globals for variant ${job.globals}`);
  return { ...g, ...job.context };
}

/** A rendered page: its HTML, or, for a job with a `file`, what writing it did. */
export type RenderResult = { ok: true; html: string; written?: WrittenFile } | { ok: false; errors: SiteErrorInit[] };

/** Folders this thread made for planned files. */
const madeDirs = new Set<string>();

/** Renders a job; template errors come back as data. */
export function renderJob(templates: Templates, job: RenderJob, setup: RenderSetup = { root: '', timeZone: '' }): RenderResult {
  try {
    const html = templates.render(job.template, jobContext(setup, job), job.strict ?? true);
    if (!job.file) return { ok: true, html };
    return { ok: true, html: '', written: writePlanned(job.file, html, madeDirs) };
  } catch (error) {
    return { ok: false, errors: asSiteErrors(error).map((e) => e.toJSON()) };
  }
}
