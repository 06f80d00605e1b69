/**
 * Rendering one page as a self-contained job (template name + context), so
 * that pages can be rendered in worker threads and sent back as HTML.
 */
import { asSiteErrors, type SiteErrorInit } from '../core/errors.js';
import type { PageTemplate, Templates } from './templates.js';

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
}

export type RenderResult = { ok: true; html: string } | { ok: false; errors: SiteErrorInit[] };

/** Renders a job; template errors come back as data. */
export function renderJob(templates: Templates, job: RenderJob): RenderResult {
  try {
    return { ok: true, html: templates.render(job.template, job.context, job.strict ?? true) };
  } catch (error) {
    return { ok: false, errors: asSiteErrors(error).map((e) => e.toJSON()) };
  }
}
