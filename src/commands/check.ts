/**
 * `tongwen check`: the build minus rendering and writing. It runs the build's
 * own stages up to rendering (build.ts `Builder.errors`) — config, glossary,
 * sources, templates, processing every article, placing them and checking
 * their URLs, the keyword stage, the site model and its outputs, and the
 * check that every local image and link leads to a file of the output, with
 * nothing encoded — so it reports every error the build would stop on, at
 * the same place, then adds the lint findings of lint/check.ts. Writes
 * nothing.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { SiteError, asSiteErrors, sortErrors } from '../core/errors.js';
import { findSources } from '../content/sources.js';
import { loadConfig, type SiteConfig } from '../config/config.js';
import { loadSiteGlossary } from '../config/glossary-file.js';
import { entryTexts } from '../conversion/glossary.js';
import type { CheckReport } from '../lint/check.js';
import { task as lintTask } from '../lint/task.js';
import { learnHouseStyle } from '../article/house-style.js';
import { WorkerPool, defaultWorkers, runTask } from '../workers/pool.js';
import { Builder } from '../build.js';

export type { CheckReport } from '../lint/check.js';

/** Whether `root` looks like a site folder (check refuses to lint anything else). */
export function isSiteFolder(root: string): boolean {
  return existsSync(join(root, 'content')) || existsSync(join(root, 'tongwen.config.yaml'));
}

/** The report of a list of findings, sorted, each once (the build's stages and the lint find some errors both), with its counts. */
function report(findings: SiteError[], articles: number): CheckReport {
  const seen = new Set<string>();
  const sorted = sortErrors(findings).filter((f) => {
    const key = JSON.stringify([f.severity, f.file ?? '', f.line ?? 0, f.column ?? 0, f.message]);
    return !seen.has(key) && (seen.add(key), true);
  });
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
 * worker threads (`workers`: how many; default one per core from 200 articles),
 * one pool for the lint and the build's stages; or in a running `pool`
 * (left running).
 */
export async function checkSite(root: string, opts: { workers?: number; pool?: WorkerPool } = {}): Promise<CheckReport> {
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
  // `prefer: learn`: the lint sees the house style the build would learn (and the report says what it is).
  const style = learnHouseStyle(config.conversion, sources, { defaultLang: config.defaultLang, drafts: false });
  if (style) config = { ...config, conversion: style.options };

  const workers = opts.workers ?? defaultWorkers(sources.length);
  const pool = opts.pool ?? (workers > 0 ? new WorkerPool(workers) : undefined);
  try {
    const checked = await runTask(pool, lintTask, sources, { config, glossary: entries });
    const used = new Set<string>();
    for (const r of checked) {
      findings.push(...r.findings.map((f) => new SiteError(f)));
      for (const t of r.used) used.add(t);
    }
    // The build's own stages up to rendering, in the same workers: every error it would stop on (URLs, keywords, missing local images and links…).
    const builder = new Builder(pool ? { root, pool } : { root, workers: 0 });
    try {
      findings.push(...(await builder.errors()));
    } finally {
      await builder.close();
    }
    if (glossary.errors.length === 0) findings.push(...unusedGlossary(glossary.entries, used));
  } finally {
    if (pool !== opts.pool) await pool?.close();
  }
  const r = report(findings, sources.length);
  if (style) r.houseStyle = style.learned;
  return r;
}
