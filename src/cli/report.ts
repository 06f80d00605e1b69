/**
 * What the CLI prints: the build summary table, errors and check findings
 * (one formatter for both, with the source line under each: see
 * core/errors.ts `formatError`). Pure text; cli/main.ts decides where it goes
 * and which exit code follows.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatError, type SiteError } from '../core/errors.js';
import type { BuildReport } from '../build.js';
import type { CheckReport } from '../commands/check.js';
import { formatHouseStyle } from '../conversion/prefer.js';

/** Reads the files that errors name (relative to the site root), once each, for the source lines shown under them. */
export function sourceReader(root: string): (file: string | undefined) => string | undefined {
  const cache = new Map<string, string | undefined>();
  return (file) => {
    if (file === undefined) return undefined;
    if (!cache.has(file)) {
      let text: string | undefined;
      try {
        text = readFileSync(resolve(root, file), 'utf8');
      } catch {
        text = undefined;
      }
      cache.set(file, text);
    }
    return cache.get(file);
  };
}

/**
 * Errors (or findings) as printed, each with its source line when the file
 * can be read as text (not for files that failed to decode, nor for usage).
 */
export function formatErrors(errors: readonly SiteError[], source: (file: string | undefined) => string | undefined): string[] {
  return errors.map((e) => formatError(e, e.stage === 'read' || e.stage === 'usage' ? undefined : source(e.file)));
}

/** The end-of-build summary: pages per kind and variant, files, total time. */
export function formatReport(report: BuildReport): string {
  const variants = [...report.config.variants, '-'];
  const used = variants.filter((v) => Object.values(report.pages).some((row) => row[v]));
  const rows = Object.entries(report.pages);
  const width = Math.max(8, ...rows.map(([k]) => k.length));
  const head = ['pages'.padEnd(width), ...used.map((v) => v.padStart(8))].join(' ');
  const lines = [head];
  for (const [kind, row] of rows) lines.push([kind.padEnd(width), ...used.map((v) => String(row[v] ?? 0).padStart(8))].join(' '));
  lines.push(`${report.articles} articles${report.drafts ? ` (${report.drafts} draft${report.drafts === 1 ? '' : 's'} skipped)` : ''}${report.future ? ` (${report.future} dated in the future skipped; --future includes them)` : ''}, ${report.staticFiles} static files copied, ${report.files} files (${(report.bytes / 1e6).toFixed(1)} MB) in ${report.outDir}`);
  const stages = Object.entries(report.stages).map(([k, v]) => `${k} ${Math.round(v)}`).join(', ');
  const c = report.cache;
  if (report.houseStyle) lines.push(...formatHouseStyle(report.houseStyle));
  if (c) lines.push(c.unchanged ? 'Cache: nothing changed, nothing written' : `Cache: ${c.articles} of ${report.articles + report.drafts + report.future} articles and ${c.pages} pages reused; ${c.written} files written, ${c.keptFiles} unchanged, ${c.deleted} deleted`);
  lines.push(`Total in ${Math.round(report.totalMs)} ms (stages in ms: ${stages})`);
  return lines.join('\n');
}

/** The last line of a failed build. */
export function buildFailed(count: number): string {
  return `Build failed with ${count} error${count === 1 ? '' : 's'}; the previous output was left as it was.`;
}

/** `tongwen check`'s output: every finding with its source line, then the counts. */
export function formatCheck(report: CheckReport, root: string, strict: boolean): string[] {
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  return [
    ...formatErrors(report.findings, sourceReader(root)),
    ...(report.houseStyle ? formatHouseStyle(report.houseStyle) : []),
    `Checked ${plural(report.articles, 'article')}: ${plural(report.errors, 'error')}, ${plural(report.warnings, 'warning')}${strict && report.warnings ? ' (--strict: warnings count as errors)' : ''}`,
  ];
}
