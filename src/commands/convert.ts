/**
 * The `convert` command: one document through the build's reader and
 * conversion with the site's settings (config and glossary.yaml), for the
 * CLI. Returns the converted text; problems are thrown as SiteErrors (stage
 * `usage` for bad options), which the CLI prints and maps to exit codes.
 */
import { existsSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { BuildError, SiteError } from '../core/errors.js';
import { loadConfig } from '../config/config.js';
import { convertDocument } from '../article/convert-document.js';
import { loadSiteGlossary } from '../config/glossary-file.js';
import { VARIANTS, findVariant, type VariantId } from '../conversion/variants.js';
import { parseFrontMatter } from '../content/front-matter.js';
import { scriptCounts } from '../content/script-share.js';
import { decodeUtf8 } from '../content/decode.js';
import { findSources } from '../content/sources.js';
import { learnHouseStyle } from '../article/house-style.js';

export interface ConvertCommandOptions {
  root: string;
  from?: string | undefined;
  to?: string | undefined;
  html?: boolean | undefined;
  /** The document's path; undefined: read standard input. */
  file?: string | undefined;
}

/** A usage problem (exit code 2 in the CLI). */
function usage(message: string): SiteError {
  return new SiteError({ stage: 'usage', message });
}

/**
 * Without `--from` and without `lang:` in the document, the script its text
 * is written in (most script-specific characters): the site's defaultLang
 * when that is the same script, else zh-Hans or zh-Hant. Undefined leaves
 * the choice to the document (its `lang:`, else defaultLang).
 */
function detectedScript(source: string, file: string, defaultLang: VariantId): VariantId | undefined {
  let fm;
  try {
    fm = parseFrontMatter(source.replace(/\r\n?/g, '\n'), file);
  } catch {
    return undefined; // convertDocument reports it.
  }
  if (fm.data.lang !== undefined) return undefined;
  const counts = scriptCounts([fm.body, ...Object.values(fm.data).filter((v): v is string => typeof v === 'string')]);
  if (counts.Hans === counts.Hant) return undefined;
  const script = counts.Hans > counts.Hant ? 'Hans' : 'Hant';
  return VARIANTS[defaultLang].script === script ? defaultLang : script === 'Hans' ? 'zh-Hans' : 'zh-Hant';
}

/** `tongwen convert [--from V] --to V [--html] [--root DIR] [file]`: the converted document. */
export async function convertCommand(opts: ConvertCommandOptions, readInput: () => Promise<string>): Promise<string> {
  if (opts.to === undefined) throw usage('convert needs --to (zh-Hant, zh-Hans, zh-TW, zh-HK or zh-CN)');
  const to = findVariant(opts.to);
  if (!to) throw usage(`unknown variant "${opts.to}" for --to; choose from zh-Hant, zh-Hans, zh-TW, zh-HK, zh-CN`);
  let from: VariantId | undefined;
  if (opts.from !== undefined) {
    const v = findVariant(opts.from);
    if (!v) throw usage(`unknown variant "${opts.from}" for --from; choose from zh-Hant, zh-Hans, zh-TW, zh-HK, zh-CN`);
    from = v.id;
  }
  let source: string;
  let file: string;
  if (opts.file !== undefined) {
    const path = resolve(opts.file);
    if (!existsSync(path)) throw usage(`no such file: ${opts.file}`);
    source = decodeUtf8(readFileSync(path), opts.file);
    file = opts.file;
  } else {
    source = await readInput();
    file = '<stdin>';
  }
  // The site's settings when run in (or pointed at) a site folder: config and glossary.yaml.
  const config = loadConfig(opts.root);
  const glossary = loadSiteGlossary(opts.root, config.glossary);
  if (glossary.errors.length) throw new BuildError(glossary.errors);
  from ??= detectedScript(source, file, config.defaultLang);
  // `prefer: learn`: the house style the build learns from the site's Traditional articles (none without content/).
  const learned = learnHouseStyle(config.conversion, existsSync(resolve(opts.root, 'content')) ? findSources(opts.root, []) : [], { defaultLang: config.defaultLang, drafts: false });
  return convertDocument(source, {
    file, from, to: to.id,
    defaultLang: config.defaultLang,
    glossary: glossary.entries,
    repair: config.repair,
    conversion: learned?.options ?? config.conversion,
    format: opts.html ? 'html' : 'markdown',
    html: config.html,
    basePath: config.basePath,
    // Images read as the build reads them (sizes, responsive sources), relative to the document's place in the site.
    ...(opts.file !== undefined ? { media: { root: opts.root, file: relative(opts.root, resolve(opts.file)).split('\\').join('/'), responsive: config.images?.responsive ?? true } } : {}),
    ...(config.embeds ? { embeds: config.embeds } : {}),
  });
}
