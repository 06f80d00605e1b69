/** The `tongwen check` task: lints a batch of source files (plain-data results, so it runs in workers too). */
import { readFileSync } from 'node:fs';
import type { Task } from '../core/task.js';
import type { SourceFile } from '../content/sources.js';
import type { SiteConfig } from '../config/config.js';
import type { GlossaryEntry } from '../conversion/glossary.js';
import { checkedArticle, type CheckedArticle } from './check.js';

export interface LintSetup {
  config: SiteConfig;
  /** The site glossary (empty when it has errors). */
  glossary: readonly GlossaryEntry[];
}

export const task: Task<LintSetup, SourceFile, CheckedArticle> = {
  url: import.meta.url,
  batchSize: 32,
  run: (setup, files) => files.map(({ file, path }) => checkedArticle(file, readFileSync(path), setup.config, setup.glossary)),
};
