/**
 * Templates: LiquidJS with auto-escaping (`{{ x }}` is HTML-escaped; `| raw`
 * opts out), layouts and partials. A site's `templates/` folder overrides the
 * built-in templates file by file. Every template is parsed once, up front, so
 * all syntax errors are reported before anything renders.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Liquid, type Template } from 'liquidjs';
import { SiteError, compare } from '../core/errors.js';
import { PAGE_TEMPLATES, type PageTemplate } from '../site/page-templates.js';
import { decodeUtf8 } from '../content/decode.js';
import { compileTemplate, type CompiledTemplate } from './compile.js';

export { PAGE_TEMPLATES, type PageTemplate } from '../site/page-templates.js';

/** The built-in templates shipped with tongwen (this repository's `templates/`). */
export const BUILTIN_TEMPLATES = fileURLToPath(new URL('../../../templates/', import.meta.url));


export interface Templates {
  /** Renders a page; `strict`: an undefined variable is an error (LiquidJS's strictVariables, costly: a few pages per template are enough). */
  render(name: PageTemplate, context: Record<string, unknown>, strict?: boolean): string;
  /** Whether the page template renders through compiled closures (render/compile.ts), not LiquidJS's renderer. */
  compiled(name: PageTemplate): boolean;
}

function liquidFiles(dir: string, prefix = ''): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) out.push(...liquidFiles(join(dir, entry.name), `${prefix}${entry.name}/`));
    else if (entry.name.endsWith('.liquid')) out.push(`${prefix}${entry.name}`);
  }
  return out.sort(compare);
}

/** Turns a LiquidJS error into a SiteError at its template file and line. */
function templateError(error: unknown, root: string, fallbackFile: string): SiteError {
  const e = error as { message?: string; token?: { file?: string; getPosition?: () => [number, number] } };
  const message = String(e.message ?? error).replace(/, file:.*?(, line:\d+, col:\d+)?$/, '').replace(/, line:\d+, col:\d+$/, '');
  const file = e.token?.file ? relative(root, e.token.file) : fallbackFile;
  const [line, column] = e.token?.getPosition?.() ?? [undefined, undefined];
  const init: ConstructorParameters<typeof SiteError>[0] = {
    stage: 'template',
    file: file.split('\\').join('/'),
    message,
    hint: 'check the tag or filter at this position; see https://liquidjs.com/tutorials/intro-to-liquid.html',
  };
  if (line !== undefined) init.line = line;
  if (column !== undefined) init.column = column;
  return new SiteError(init);
}

/** Liquid tags that need an end tag (`{% endif %}` …). */
const BLOCK_TAGS = new Set(['if', 'unless', 'for', 'case', 'capture', 'block', 'raw', 'comment', 'tablerow', 'layout']);

/**
 * The innermost block tag of a template text that is never closed, at the
 * line where it opens (LiquidJS reports such a mistake where parsing gave up,
 * often the end of the file or another block's end tag). `layout` closes
 * only when written with an end tag; undefined when every block is closed.
 */
export function unclosedTag(source: string): { tag: string; text: string; line: number; column: number; found?: string } | undefined {
  const stack: Array<{ tag: string; offset: number }> = [];
  const place = (offset: number) => {
    const before = source.slice(0, offset);
    const line = before.split('\n').length;
    // The tag as written (`{% if article.summary %}`), on one line, at most 80 characters.
    const end = source.indexOf('%}', offset);
    const whole = (end < 0 ? source.slice(offset, offset + 80) : source.slice(offset, end + 2)).replace(/\s+/g, ' ');
    return { line, column: offset - before.lastIndexOf('\n'), text: whole.length > 80 ? `${whole.slice(0, 79)}…` : whole };
  };
  let raw = false;
  for (const m of source.matchAll(/\{%-?\s*(\w+)/g)) {
    const name = m[1]!;
    if (raw && name !== 'endraw' && name !== 'endcomment') continue;
    if (name.startsWith('end')) {
      const open = name.slice(3);
      const top = stack.at(-1);
      if (top?.tag === open) {
        stack.pop();
        raw = false;
        continue;
      }
      // `{% layout %}` without an end tag wraps the whole file: skip it.
      while (stack.at(-1)?.tag === 'layout') stack.pop();
      const inner = stack.at(-1);
      if (inner && inner.tag !== open && stack.some((s) => s.tag === open)) return { tag: inner.tag, ...place(inner.offset), found: name };
      if (inner?.tag === open) stack.pop();
      continue;
    }
    if (BLOCK_TAGS.has(name)) {
      stack.push({ tag: name, offset: m.index });
      if (name === 'raw' || name === 'comment') raw = true;
    }
  }
  const left = stack.filter((s) => s.tag !== 'layout');
  const last = left.at(-1);
  return last ? { tag: last.tag, ...place(last.offset) } : undefined;
}

/**
 * Loads and parses every template of the site (falling back to the built-in
 * ones). Throws SiteErrors (all of them) when any template has a syntax error.
 */
export function loadTemplates(root: string, opts: { timeZone: string; compile?: boolean }): { templates: Templates; errors: SiteError[] } {
  const siteDir = resolve(root, 'templates');
  const dirs = siteDir === resolve(BUILTIN_TEMPLATES) ? [siteDir] : [siteDir, resolve(BUILTIN_TEMPLATES)];
  const liquid = new Liquid({
    root: dirs,
    layouts: dirs,
    partials: dirs,
    extname: '.liquid',
    cache: true,
    outputEscape: 'escape',
    strictFilters: true,
    // An undefined variable (`{{ artcle.title }}`) is an error at its template and line; `if`, `unless` and
    // `default` may still test a variable that is not there (`{% if newer %}`, `{{ level | default: 2 }}`).
    // Strict rendering is asked per page (`render(…, strict)`): LiquidJS builds an exception for every
    // undefined variable an `if` tests, which on every page cost a quarter of the render time.
    strictVariables: false,
    lenientIf: true,
    ownPropertyOnly: true,
    timezoneOffset: opts.timeZone,
    greedy: false,
  });

  const errors: SiteError[] = [];
  const names = new Set<string>();
  for (const dir of dirs) for (const f of liquidFiles(dir)) names.add(f);
  const parsed = new Map<string, Template[]>();
  for (const name of [...names].sort(compare)) {
    const dir = dirs.find((d) => existsSync(join(d, name)))!;
    try {
      // Strict UTF-8, as for articles (a GBK template would print U+FFFD on every page).
      decodeUtf8(readFileSync(join(dir, name)), relative(root, join(dir, name)).split('\\').join('/'));
      parsed.set(name.replace(/\.liquid$/, ''), liquid.parseFileSync(name));
    } catch (error) {
      if (error instanceof SiteError) {
        errors.push(error);
        continue;
      }
      const file = relative(root, join(dir, name)).split('\\').join('/');
      const reported = templateError(error, root, file);
      const source = readFileSync(join(dir, name), 'utf8');
      const open = unclosedTag(source);
      // LiquidJS names an unclosed tag where it gave up parsing; report it where it opens, in LiquidJS's words.
      if (open && open.line !== reported.line) {
        errors.push(new SiteError({
          stage: 'template', file, line: open.line, column: open.column,
          message: `tag ${open.text} not closed${open.found ? ` (found {% ${open.found} %} first)` : ''}`,
          hint: `close it with {% end${open.tag} %}`,
        }));
      } else errors.push(reported);
    }
  }
  for (const name of PAGE_TEMPLATES) {
    if (!names.has(`${name}.liquid`)) {
      errors.push(new SiteError({ stage: 'template', file: `templates/${name}.liquid`, message: `template "${name}.liquid" is missing`, hint: 'restore it from tongwen\'s built-in templates/' }));
    }
  }

  // Pages render through closures compiled from LiquidJS's parse (render/compile.ts); templates it cannot
  // mirror, and any page whose compiled render throws (an undefined variable under strict), through LiquidJS.
  const compiledNodes = new Map();
  const compiled = new Map<string, CompiledTemplate | undefined>();
  const compiledFor = (name: string, tpl: Template[]): CompiledTemplate | undefined => {
    if (opts.compile === false) return undefined;
    if (!compiled.has(name)) compiled.set(name, compileTemplate(liquid, tpl, compiledNodes));
    return compiled.get(name);
  };
  return {
    errors,
    templates: {
      compiled(name) {
        const tpl = parsed.get(name);
        return tpl !== undefined && compiledFor(name, tpl) !== undefined;
      },
      render(name, context, strict = true) {
        const tpl = parsed.get(name);
        if (!tpl) throw new SiteError({ stage: 'template', file: `templates/${name}.liquid`, message: `template "${name}" is not loaded` });
        const fast = compiledFor(name, tpl);
        if (fast) {
          try {
            return fast(context, strict);
          } catch (e) {
            if (process.env.TONGWEN_DEBUG_COMPILE) console.error('compiled render failed', name, e);
            // LiquidJS renders it again below, and reports the error in its words if there is one.
          }
        }
        try {
          return liquid.renderSync(tpl, context, { strictVariables: strict });
        } catch (error) {
          throw templateError(error, root, `templates/${name}.liquid`);
        }
      },
    },
  };
}

/**
 * Files under `templates/assets/` (CSS, scripts, fonts), the site's own first
 * and the built-in ones it does not override: `[relative path, absolute path]`.
 */
export function templateAssets(root: string): Array<[string, string]> {
  const siteDir = resolve(root, 'templates', 'assets');
  const builtinDir = resolve(BUILTIN_TEMPLATES, 'assets');
  const found = new Map<string, string>();
  for (const dir of [siteDir, builtinDir]) {
    for (const rel of allFiles(dir)) if (!found.has(rel)) found.set(rel, join(dir, ...rel.split('/')));
  }
  return [...found].sort((a, b) => compare(a[0], b[0]));
}

function allFiles(dir: string, prefix = ''): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    if (entry.isDirectory()) out.push(...allFiles(join(dir, entry.name), `${prefix}${entry.name}/`));
    else if (entry.isFile()) out.push(`${prefix}${entry.name}`);
  }
  return out.sort(compare);
}
