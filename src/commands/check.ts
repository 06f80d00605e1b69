/**
 * `tongwen check`: the build minus rendering and writing. It runs the build's
 * own stages up to the site model — config, glossary, sources, templates,
 * reading every article, placing them and checking their URLs, the keyword
 * stage — so it reports every error the build would stop on, then adds the
 * lint findings of lint/check.ts. Writes nothing.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { SiteError, asSiteErrors, sortErrors } from '../core/errors.js';
import { findSources } from '../content/sources.js';
import { loadConfig, type SiteConfig } from '../config/config.js';
import { loadSiteGlossary } from '../config/glossary-file.js';
import { entryTexts } from '../conversion/glossary.js';
import type { ProcessedArticle } from '../article/process.js';
import type { CheckReport, CheckedArticle } from '../lint/check.js';
import { task as lintTask } from '../lint/task.js';
import { placeSite } from '../site/place.js';
import { keywordStage } from '../site/keywords.js';
import { loadTemplates } from '../render/templates.js';
import { WorkerPool, defaultWorkers, runTask } from '../workers/pool.js';

export type { CheckReport } from '../lint/check.js';

/** Whether `root` looks like a site folder (check refuses to lint anything else). */
export function isSiteFolder(root: string): boolean {
  return existsSync(join(root, 'content')) || existsSync(join(root, 'tongwen.config.yaml'));
}

/** The report of a list of findings, sorted, with its counts. */
function report(findings: SiteError[], articles: number): CheckReport {
  const sorted = sortErrors(findings);
  const errors = sorted.filter((f) => f.severity === 'error').length;
  return { findings: sorted, articles, errors, warnings: sorted.length - errors };
}

/** Glossary entries that no article uses (warnings). */
function unusedGlossary(entries: ReturnType<typeof loadSiteGlossary>['entries'], used: ReadonlySet<string>): SiteError[] {
  return entries
    .filter((e) => !entryTexts(e).some((t) => used.has(t)))
    .map((e) => new SiteError({
      stage: 'lint', severity: 'warning', rule: 'unused-glossary', file: e.file, line: e.line, column: e.column,
      message: `glossary entry "${e.term}" is not used by any article`,
      hint: 'remove the entry, or check that its texts are written as in the articles',
    }));
}

/**
 * Checks the site at `root`; nothing is written. Large sites are checked in
 * worker threads (`workers`: how many; default one per core from 200 articles).
 */
export async function checkSite(root: string, opts: { workers?: number } = {}): Promise<CheckReport> {
  const findings: SiteError[] = [];
  let config: SiteConfig;
  try {
    config = loadConfig(root);
  } catch (error) {
    return report(asSiteErrors(error), 0);
  }
  const glossary = loadSiteGlossary(root, config.glossary);
  findings.push(...glossary.errors);
  const entries = glossary.errors.length === 0 ? glossary.entries : [];
  const sources = findSources(root, findings);
  findings.push(...loadTemplates(root, { timeZone: config.timeZone }).errors);

  const workers = opts.workers ?? defaultWorkers(sources.length);
  const pool = workers > 0 ? new WorkerPool(workers) : undefined;
  let checked: CheckedArticle[];
  try {
    checked = await runTask(pool, lintTask, sources, { config, glossary: entries });
  } finally {
    await pool?.close();
  }
  const used = new Set<string>();
  const articles: ProcessedArticle[] = [];
  for (const r of checked) {
    findings.push(...r.findings.map((f) => new SiteError(f)));
    for (const t of r.used) used.add(t);
    // Placed as the build places them: drafts are left out (a build without --drafts).
    if (r.meta && !r.meta.draft) articles.push({ meta: r.meta, variants: {} });
  }
  const { placed, errors: urlErrors } = placeSite(articles, config);
  findings.push(...urlErrors);
  findings.push(...keywordStage(placed, config, { glossary: glossary.entries }).errors);
  if (glossary.errors.length === 0) findings.push(...unusedGlossary(glossary.entries, used));
  return report(findings, sources.length);
}
