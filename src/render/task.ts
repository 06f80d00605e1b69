/**
 * The render task: renders a batch of pages (template name + context) to
 * HTML. A worker parses the templates once per setup and keeps them; an
 * inline run uses the templates the caller already loaded (`setup.templates`).
 */
import type { Task } from '../core/task.js';
import { loadTemplates, type Templates } from './templates.js';
import { renderJob, type RenderJob, type RenderResult, type RenderSetup } from './render-job.js';

/** A render setup with the caller's templates, for inline runs (a function cannot cross threads: workers get the plain setup). */
export interface InlineRenderSetup extends RenderSetup {
  templates?: Templates;
}

let loaded: { key: string; templates: Templates } | undefined;

/** The templates of a setup: the given ones, or loaded once per setup (in a worker). */
function templatesFor(setup: InlineRenderSetup): Templates {
  if (setup.templates) return setup.templates;
  const key = JSON.stringify({ root: setup.root, timeZone: setup.timeZone, compile: setup.compile });
  if (loaded?.key !== key) loaded = { key, templates: loadTemplates(setup.root, { timeZone: setup.timeZone, compile: setup.compile !== false }).templates };
  return loaded.templates;
}

export const task: Task<InlineRenderSetup, RenderJob, RenderResult> = {
  url: import.meta.url,
  batchSize: 48,
  // Rendering keeps little between pages: a small nursery (16 MB, the pool's default is 64) keeps each render thread's
  // heap at about 55 MB instead of 90 MB, for no measurable CPU.
  youngGenerationMb: 16,
  run: (setup, jobs) => {
    const templates = templatesFor(setup);
    return jobs.map((job) => renderJob(templates, job, setup));
  },
};
