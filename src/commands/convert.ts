/**
 * The `convert` command, called by the CLI with parsed options and its
 * output functions. Exit codes: 0 ok, 1 content errors, 2 bad usage.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { BuildError, SiteError, asSiteErrors, formatError } from '../core/errors.js';
import { loadConfig } from '../config/config.js';
import { convertDocument } from '../article/convert-document.js';
import { loadSiteGlossary } from '../config/glossary-file.js';
import { findVariant, type VariantId } from '../conversion/variants.js';

type Out = (line: string) => void;

export interface ConvertCommandOptions {
  root: string;
  from?: string | undefined;
  to?: string | undefined;
  html?: boolean | undefined;
  /** The document's path; undefined: read standard input. */
  file?: string | undefined;
}

/** Prints a text through a line printer, so that the printed bytes are the text (printers add a newline). */
function print(out: Out, text: string): void {
  out(text.endsWith('\n') ? text.slice(0, -1) : text);
}

function usage(message: string, err: Out): number {
  err(`tongwen: ${message}`);
  err('run `tongwen --help` for usage');
  return 2;
}

function printErrors(error: unknown, err: Out): number {
  const errors = asSiteErrors(error);
  for (const e of errors) err(formatError(e));
  return errors.some((e) => e.stage === 'usage') ? 2 : 1;
}

/** `tongwen convert [--from V] --to V [--html] [--root DIR] [file]`: the converted document on `out`. */
export async function convertCommand(opts: ConvertCommandOptions, readInput: () => Promise<string>, out: Out, err: Out): Promise<number> {
  if (opts.to === undefined) return usage('convert needs --to (zh-Hant, zh-Hans, zh-TW, zh-HK or zh-CN)', err);
  const to = findVariant(opts.to);
  if (!to) return usage(`unknown variant "${opts.to}" for --to; choose from zh-Hant, zh-Hans, zh-TW, zh-HK, zh-CN`, err);
  let from: VariantId | undefined;
  if (opts.from !== undefined) {
    const v = findVariant(opts.from);
    if (!v) return usage(`unknown variant "${opts.from}" for --from; choose from zh-Hant, zh-Hans, zh-TW, zh-HK, zh-CN`, err);
    from = v.id;
  }
  let source: string;
  let file: string;
  if (opts.file !== undefined) {
    const path = resolve(opts.file);
    if (!existsSync(path)) return usage(`no such file: ${opts.file}`, err);
    source = readFileSync(path, 'utf8');
    file = opts.file;
  } else {
    source = await readInput();
    file = '<stdin>';
  }
  try {
    // The site's settings when run in (or pointed at) a site folder: config and glossary.yaml.
    const config = loadConfig(opts.root);
    const glossary = loadSiteGlossary(opts.root, config.glossary);
    if (glossary.errors.length) throw new BuildError(glossary.errors);
    const result = convertDocument(source, {
      file, from, to: to.id,
      defaultLang: config.defaultLang,
      glossary: glossary.entries,
      repair: config.repair,
      format: opts.html ? 'html' : 'markdown',
      html: config.html,
      basePath: config.basePath,
    });
    print(out, result);
    return 0;
  } catch (error) {
    if (error instanceof BuildError || error instanceof SiteError) return printErrors(error, err);
    throw error;
  }
}

