/**
 * The import graph of a TypeScript source tree, for the architecture test:
 * every `import … from '…'`, `import '…'`, `export … from '…'` (type-only ones
 * included) and `import('…')` with a string literal, found by a small
 * tokenizer that skips comments, strings, template literals and regular
 * expressions; relative specifiers resolved to files (`.js` → `.ts`); strongly
 * connected components by Tarjan's algorithm; units (the first folder under
 * the source root, or the file itself when it lies directly in it) and a
 * layer-order check over them. Pure functions, no dependency.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';

/** One import or re-export as written in a source file. */
export interface ImportSite {
  specifier: string;
  /** 1-based line of the specifier. */
  line: number;
  kind: 'import' | 'import type' | 'export' | 'export type' | 'import()';
}

/** One import of a file under the source root, with its target resolved. */
export interface Import extends ImportSite {
  /** Importing file, relative to the source root, `/`-separated. */
  from: string;
  /** Imported file, relative to the source root, or `null` when it is not a file there. */
  to: string | null;
}

/** Node → nodes it has an edge to. */
export type Graph = ReadonlyMap<string, ReadonlySet<string>>;

export interface ImportGraph {
  /** File → files it imports (both relative to the source root); every file is a key. */
  graph: Map<string, Set<string>>;
  /** Every import of every file, relative and bare. */
  imports: Import[];
  /** Relative imports that resolve to no `.ts` file under the source root. */
  unresolved: Import[];
}

interface Token {
  type: 'name' | 'string' | 'punct' | 'other';
  value: string;
  line: number;
}

/** Keywords after which a `/` starts a regular expression rather than a division. */
const REGEX_AFTER = new Set(['return', 'typeof', 'instanceof', 'in', 'of', 'new', 'delete', 'void', 'throw', 'case', 'do', 'else', 'yield', 'await']);

/**
 * The tokens that matter for imports: names, string literals (value unquoted)
 * and punctuation; comments dropped, template literals and regular
 * expressions reduced to one `other` token (`${…}` inside templates is
 * tokenized too, so `import()` there is still seen).
 */
export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let line = 1;
  /** Brace depth at which each open template literal's `${` started. */
  const templates: number[] = [];
  let depth = 0;
  const n = source.length;
  const prevAllowsRegex = () => {
    const t = tokens[tokens.length - 1];
    if (!t) return true;
    if (t.type === 'name') return REGEX_AFTER.has(t.value);
    if (t.type === 'string' || t.type === 'other') return false;
    return t.value !== ')' && t.value !== ']' && t.value !== '}';
  };
  /** Scans template text from `i` (just past a backtick or `}`) to the closing backtick or a `${`. */
  const templateText = () => {
    const start = line;
    while (i < n) {
      const c = source[i]!;
      if (c === '\\') {
        if (source[i + 1] === '\n') line++;
        i += 2;
      } else if (c === '`') {
        i++;
        tokens.push({ type: 'other', value: '`…`', line: start });
        return;
      } else if (c === '$' && source[i + 1] === '{') {
        i += 2;
        tokens.push({ type: 'other', value: '`…${', line: start });
        templates.push(depth);
        depth++;
        return;
      } else {
        if (c === '\n') line++;
        i++;
      }
    }
  };
  while (i < n) {
    const c = source[i]!;
    if (c === '\n') {
      line++;
      i++;
    } else if (c === ' ' || c === '\t' || c === '\r' || c === '\f' || c === '\v' || c === '\uFEFF' || c === '\u00A0') {
      i++;
    } else if (c === '/' && source[i + 1] === '/') {
      while (i < n && source[i] !== '\n') i++;
    } else if (c === '/' && source[i + 1] === '*') {
      const end = source.indexOf('*/', i + 2);
      const stop = end < 0 ? n : end + 2;
      for (let j = i; j < stop; j++) if (source[j] === '\n') line++;
      i = stop;
    } else if (c === "'" || c === '"') {
      const start = line;
      let value = '';
      i++;
      while (i < n && source[i] !== c && source[i] !== '\n') {
        if (source[i] === '\\') {
          value += source[i + 1] ?? '';
          if (source[i + 1] === '\n') line++;
          i += 2;
        } else value += source[i++];
      }
      i++;
      tokens.push({ type: 'string', value, line: start });
    } else if (c === '`') {
      i++;
      templateText();
    } else if (c === '/' && prevAllowsRegex()) {
      const start = line;
      i++;
      let inClass = false;
      while (i < n && source[i] !== '\n') {
        const d = source[i]!;
        if (d === '\\') i += 2;
        else {
          i++;
          if (d === '[') inClass = true;
          else if (d === ']') inClass = false;
          else if (d === '/' && !inClass) break;
        }
      }
      while (i < n && /[A-Za-z]/.test(source[i]!)) i++;
      tokens.push({ type: 'other', value: '/…/', line: start });
    } else if (/[A-Za-z_$\u0080-\uFFFF]/.test(c)) {
      let j = i + 1;
      while (j < n && /[\w$\u0080-\uFFFF]/.test(source[j]!)) j++;
      tokens.push({ type: 'name', value: source.slice(i, j), line });
      i = j;
    } else if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(source[i + 1] ?? ''))) {
      let j = i + 1;
      while (j < n && /[\w.]/.test(source[j]!)) j++;
      tokens.push({ type: 'other', value: source.slice(i, j), line });
      i = j;
    } else if (c === '}' && templates.length > 0 && templates[templates.length - 1] === depth - 1) {
      templates.pop();
      depth--;
      i++;
      templateText();
    } else {
      if (c === '{') depth++;
      else if (c === '}') depth--;
      tokens.push({ type: 'punct', value: c, line });
      i++;
    }
  }
  return tokens;
}

/** Every import, re-export and dynamic `import('…')` of a source text, in order. */
export function parseImports(source: string): ImportSite[] {
  const tokens = tokenize(source);
  const out: ImportSite[] = [];
  const at = (k: number) => tokens[k];
  const is = (k: number, value: string) => {
    const t = at(k);
    return t !== undefined && t.type !== 'string' && t.value === value;
  };
  /** From `k`, skips an import/export clause (`x`, `{ a, b as c }`, `* as ns`, `x, { y }`) and returns the index of `from`, or -1. */
  const clauseThenFrom = (k: number): number => {
    for (let j = k; j < tokens.length; j++) {
      const t = tokens[j]!;
      if (t.type === 'name' && t.value === 'from' && at(j + 1)?.type === 'string' && j > k) return j;
      if (t.type === 'name') continue;
      if (t.type === 'punct' && ['{', '}', ',', '*'].includes(t.value)) continue;
      // `export { "quoted name" as x } from '…'`
      if (t.type === 'string' && (is(j - 1, '{') || is(j - 1, ','))) continue;
      return -1;
    }
    return -1;
  };
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.type !== 'name' || (t.value !== 'import' && t.value !== 'export')) continue;
    if (is(k - 1, '.')) continue; // `x.import`
    if (t.value === 'import') {
      const next = at(k + 1);
      if (next === undefined || is(k + 1, '.')) continue; // `import.meta`
      if (is(k + 1, '(')) {
        const spec = at(k + 2);
        if (spec?.type === 'string' && (is(k + 3, ')') || is(k + 3, ','))) out.push({ specifier: spec.value, line: spec.line, kind: 'import()' });
        continue;
      }
      if (next.type === 'string') {
        out.push({ specifier: next.value, line: next.line, kind: 'import' });
        continue;
      }
      const typeOnly = is(k + 1, 'type') && !is(k + 2, 'from') && !is(k + 2, ',') && !is(k + 2, '=');
      const from = clauseThenFrom(typeOnly ? k + 2 : k + 1);
      if (from < 0) continue;
      const spec = tokens[from + 1]!;
      out.push({ specifier: spec.value, line: spec.line, kind: typeOnly ? 'import type' : 'import' });
    } else {
      const typeOnly = is(k + 1, 'type') && (is(k + 2, '{') || is(k + 2, '*'));
      const first = typeOnly ? k + 2 : k + 1;
      if (!is(first, '{') && !is(first, '*')) continue; // `export const …`, `export default …`
      const from = clauseThenFrom(first);
      if (from < 0) continue;
      const spec = tokens[from + 1]!;
      out.push({ specifier: spec.value, line: spec.line, kind: typeOnly ? 'export type' : 'export' });
    }
  }
  return out;
}

/** Every `.ts` file below `dir` (declaration files excluded), relative, `/`-separated, sorted. */
export function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (sub: string) => {
    for (const e of readdirSync(join(dir, sub), { withFileTypes: true })) {
      const rel = sub ? `${sub}/${e.name}` : e.name;
      if (e.isDirectory()) walk(rel);
      else if (e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.d.ts')) out.push(rel);
    }
  };
  walk('');
  return out.sort();
}

/**
 * The file a relative specifier of `from` names, relative to the source root,
 * or `null` when it is outside the root or no such file is in `files`
 * (`./x.js` → `x.ts`, `./x.mjs` → `x.mts`, `./x` → `x.ts` or `x/index.ts`).
 */
export function resolveSpecifier(from: string, specifier: string, files: ReadonlySet<string>): string | null {
  const target = posix.normalize(posix.join(posix.dirname(from), specifier));
  if (target.startsWith('../') || target === '..') return null;
  const candidates = [target.replace(/\.js$/, '.ts').replace(/\.mjs$/, '.mts').replace(/\.jsx$/, '.tsx'), target, `${target}.ts`, `${target}/index.ts`];
  return candidates.find((c) => files.has(c)) ?? null;
}

/** Reads every `.ts` file under `srcDir` and returns its import graph. */
export function importGraph(srcDir: string): ImportGraph {
  if (!existsSync(srcDir)) throw new Error(`no source folder at ${srcDir}`);
  const files = sourceFiles(srcDir);
  const known = new Set(files);
  const graph = new Map<string, Set<string>>(files.map((f) => [f, new Set<string>()]));
  const imports: Import[] = [];
  const unresolved: Import[] = [];
  for (const from of files) {
    for (const site of parseImports(readFileSync(join(srcDir, from), 'utf8'))) {
      const relative = site.specifier.startsWith('./') || site.specifier.startsWith('../');
      const to = relative ? resolveSpecifier(from, site.specifier, known) : null;
      const imp: Import = { ...site, from, to };
      imports.push(imp);
      if (relative && to === null) unresolved.push(imp);
      if (to !== null) graph.get(from)!.add(to);
    }
  }
  return { graph, imports, unresolved };
}

/**
 * The strongly connected components of a graph that are cycles: components of
 * two or more nodes, and single nodes with an edge to themselves (Tarjan's
 * algorithm). Nodes of each component sorted, components in order of their
 * first node. Targets that are not keys of `graph` are nodes without edges.
 */
export function stronglyConnected(graph: Graph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  let next = 0;
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next);
    next++;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v)!, index.get(w)!));
      }
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || graph.get(v)?.has(v)) components.push(component.sort());
    }
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) visit(v);
  return components.sort((a, b) => (a[0]! < b[0]! ? -1 : a[0]! > b[0]! ? 1 : 0));
}

/** The edges of `graph` between nodes of one component, as `a → b` lines. */
export function componentEdges(graph: Graph, component: readonly string[]): string[] {
  const inside = new Set(component);
  const lines: string[] = [];
  for (const a of component) for (const b of [...(graph.get(a) ?? [])].sort()) if (inside.has(b)) lines.push(`${a} → ${b}`);
  return lines;
}

/** A readable report of cyclic components with their edges, or `''` when there are none. */
export function cycleReport(graph: Graph, what: string): string {
  const components = stronglyConnected(graph);
  return components
    .map((c, k) => `${what} cycle ${k + 1} of ${components.length} (${c.length} ${c.length === 1 ? 'node' : 'nodes'}: ${c.join(', ')}):\n${componentEdges(graph, c).map((e) => `  ${e}`).join('\n')}`)
    .join('\n');
}

/** The unit of a file relative to the source root: its first folder, or the file itself when it lies directly in the root. */
export function unitOf(file: string): string {
  const slash = file.indexOf('/');
  return slash < 0 ? file : file.slice(0, slash);
}

/** The graph of units: an edge between two units for every file edge between them (no self edges). */
export function unitGraph(graph: Graph): Map<string, Set<string>> {
  const units = new Map<string, Set<string>>();
  for (const [a, targets] of graph) {
    const ua = unitOf(a);
    if (!units.has(ua)) units.set(ua, new Set());
    for (const b of targets) {
      const ub = unitOf(b);
      if (!units.has(ub)) units.set(ub, new Set());
      if (ub !== ua) units.get(ua)!.add(ub);
    }
  }
  return units;
}

/**
 * What breaks a layer order (lowest layer first; a unit may import units
 * earlier in the list only): one message per unknown unit and per upward
 * unit edge, the latter naming the file edges that make it. Empty when the
 * graph follows the order.
 */
export function layerViolations(graph: Graph, layers: readonly string[], listName = 'the layer list'): string[] {
  const rank = new Map(layers.map((u, k) => [u, k]));
  const units = unitGraph(graph);
  const messages: string[] = [];
  for (const u of [...units.keys()].sort()) {
    if (!rank.has(u)) {
      const where = u.endsWith('.ts') ? `src/${u}` : `src/${u}/`;
      messages.push(`unknown unit '${u}' (${where}): add it to ${listName} at its layer`);
    }
  }
  for (const [a, targets] of [...graph].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))) {
    for (const b of [...targets].sort()) {
      const ua = unitOf(a);
      const ub = unitOf(b);
      if (ua === ub) continue;
      const ra = rank.get(ua);
      const rb = rank.get(ub);
      if (ra === undefined || rb === undefined) continue;
      if (rb > ra) messages.push(`'${ua}' imports the higher layer '${ub}': ${a} → ${b}`);
    }
  }
  return messages;
}
