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
}

export interface RenderJob {
  template: PageTemplate;
  context: Record<string, unknown>;
  /** Render with undefined variables as errors (false: leniently; default true). */
  strict?: boolean;
  /** Write the page here (output/disk.ts `plan`) and send back its size and hash instead of its HTML. */
  file?: PlannedFile;
}

/** A rendered page: its HTML, or, for a job with a `file`, what writing it did. */
export type RenderResult = { ok: true; html: string; written?: WrittenFile } | { ok: false; errors: SiteErrorInit[] };

/** Folders this thread made for planned files. */
const madeDirs = new Set<string>();

/** Renders a job; template errors come back as data. */
export function renderJob(templates: Templates, job: RenderJob): RenderResult {
  try {
    const html = templates.render(job.template, job.context, job.strict ?? true);
    if (!job.file) return { ok: true, html };
    return { ok: true, html: '', written: writePlanned(job.file, html, madeDirs) };
  } catch (error) {
    return { ok: false, errors: asSiteErrors(error).map((e) => e.toJSON()) };
  }
}
