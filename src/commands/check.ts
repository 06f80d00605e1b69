/**
 * `tongwen check`: reads the site and reports findings; writes nothing.
 */
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { SiteError, asSiteErrors, formatError, sortErrors } from '../core/errors.js';
import { listFiles } from '../core/fs.js';
import { loadConfig, type SiteConfig } from '../config/config.js';
import { loadSiteGlossary } from '../config/glossary-file.js';
import { entryTexts } from '../conversion/glossary.js';
import type { CheckReport, CheckedArticle } from '../lint/check.js';
import { task as lintTask } from '../lint/task.js';
import { WorkerPool, defaultWorkers, runTask } from '../workers/pool.js';

type Out = (line: string) => void;

function usage(message: string, err: Out): number {
  err(`tongwen: ${message}`);
  err('run `tongwen --help` for usage');
  return 2;
}

/**
 * Checks the site at `root`; nothing is written. Large sites are checked in
 * worker threads (`workers`: how many; default one per core from 200 articles).
 */
export async function checkSite(root: string, opts: { workers?: number } = {}): Promise<CheckReport> {
  let findings: SiteError[] = [];
  let config: SiteConfig;
  try {
    config = loadConfig(root);
  } catch (error) {
    const list = asSiteErrors(error);
    return { findings: list, articles: 0, errors: list.length, warnings: 0 };
  }
  const loaded = loadSiteGlossary(root, config.glossary);
  findings.push(...loaded.errors);
  const entries = loaded.errors.length === 0 ? loaded.entries : [];
  const contentDir = join(root, 'content');
  const files = listFiles(contentDir, (n) => /\.(md|markdown)$/i.test(n));
  const sources = files.map((f) => ({ file: relative(root, join(contentDir, f)).split('\\').join('/'), path: join(contentDir, f) }));
  const workers = opts.workers ?? defaultWorkers(sources.length);
  const pool = workers > 0 ? new WorkerPool(workers) : undefined;
  let checked: CheckedArticle[];
  try {
    checked = await runTask(pool, lintTask, sources, { config, glossary: entries });
  } finally {
    await pool?.close();
  }
  const used = new Set<string>();
  for (const r of checked) {
    findings.push(...r.findings.map((f) => new SiteError(f)));
    for (const t of r.used) used.add(t);
  }
  if (loaded.errors.length === 0) {
    for (const e of loaded.entries) {
      if (entryTexts(e).some((t) => used.has(t))) continue;
      findings.push(new SiteError({
        stage: 'lint', severity: 'warning', rule: 'unused-glossary', file: e.file, line: e.line, column: e.column,
        message: `glossary entry "${e.term}" is not used by any article`,
        hint: 'remove the entry, or check that its texts are written as in the articles',
      }));
    }
  }
  findings = sortErrors(findings);
  const errors = findings.filter((f) => f.severity === 'error').length;
  return { findings, articles: files.length, errors, warnings: findings.length - errors };
}

/** `tongwen check [--root DIR] [--strict]`: the findings, then a summary, on `out`. */
export async function checkCommand(opts: { root: string; strict?: boolean | undefined }, out: Out, err: Out): Promise<number> {
  if (!existsSync(join(opts.root, 'content')) && !existsSync(join(opts.root, 'tongwen.config.yaml'))) {
    return usage(`${opts.root} is not a site folder (no content/ and no tongwen.config.yaml)`, err);
  }
  const report = await checkSite(opts.root);
  for (const f of report.findings) out(formatError(f));
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  out(`Checked ${plural(report.articles, 'article')}: ${plural(report.errors, 'error')}, ${plural(report.warnings, 'warning')}${opts.strict && report.warnings ? ' (--strict: warnings count as errors)' : ''}`);
  return report.errors > 0 || (opts.strict && report.warnings > 0) ? 1 : 0;
}
