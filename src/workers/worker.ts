/**
 * Worker thread entry: processes batches of articles, renders batches of
 * pages and checks batches of articles (`tongwen check`), as the pool asks. Templates are loaded once per worker.
 */
import { parentPort } from 'node:worker_threads';
import { readFileSync } from 'node:fs';
import { processArticle, type ArticleContext, type ArticleResult } from '../article/process.js';
import { renderJob, type RenderJob, type RenderResult, type RenderSetup } from '../render/render-job.js';
import { loadTemplates, type Templates } from '../render/templates.js';
import { checkedArticle, type CheckedArticle } from '../lint/check.js';
import type { SiteConfig } from '../config/config.js';
import type { GlossaryEntry } from '../conversion/glossary.js';

export type WorkerRequest =
  | { id: number; kind: 'articles'; ctx: ArticleContext; files: Array<{ file: string; path: string }> }
  | { id: number; kind: 'render'; setup: RenderSetup; jobs: RenderJob[] }
  | { id: number; kind: 'check'; config: SiteConfig; glossary: GlossaryEntry[]; files: Array<{ file: string; path: string }> };

export interface WorkerResponse {
  id: number;
  results: ArticleResult[] | RenderResult[] | CheckedArticle[];
}

let templates: { key: string; templates: Templates } | undefined;

function templatesFor(setup: RenderSetup): Templates {
  const key = JSON.stringify(setup);
  if (templates?.key !== key) templates = { key, templates: loadTemplates(setup.root, { timeZone: setup.timeZone }).templates };
  return templates.templates;
}

parentPort?.on('message', (req: WorkerRequest) => {
  const results =
    req.kind === 'articles'
      ? req.files.map(({ file, path }) => processArticle(file, readFileSync(path), req.ctx))
      : req.kind === 'render'
        ? req.jobs.map((job) => renderJob(templatesFor(req.setup), job))
        : req.files.map(({ file, path }) => checkedArticle(file, readFileSync(path), req.config, req.glossary));
  parentPort!.postMessage({ id: req.id, results } satisfies WorkerResponse);
});
