/**
 * A fast renderer for templates that LiquidJS has parsed.
 *
 * LiquidJS stays the template system: it parses every template, reports
 * every error, and renders whatever this module does not know. Its renderer
 * runs every node as a generator, so a page of ~200 nodes cost ~1 ms, most of
 * it in the generator trampoline (`toValueSync`), not in the template's work.
 * This module turns the parsed tree of a template into plain closures that do
 * what LiquidJS's own node classes do, using LiquidJS's own Context, filters,
 * operators and truthiness, so the semantics are LiquidJS's:
 *
 *  - natively: text, `{{ output | filters }}`, `if`/`elsif`/`else`, `unless`,
 *    `for` (without modifiers), `render 'file', key: value`,
 *    `layout 'file'` with `block`s, `comment`;
 *  - any other tag (assign, capture, case, cycle, break…) runs through its own
 *    LiquidJS `render()` on the same Context;
 *  - a template that uses what the closures cannot mirror exactly (`block.super`,
 *    a layout inside a layout, nested blocks, dynamic file names, a block in a
 *    tag run by LiquidJS, `increment`, which writes into the page's data) is
 *    not compiled at all: LiquidJS renders it whole.
 *
 * Only lenient rendering is compiled (undefined variables print nothing):
 * strict pages, and any page whose compiled render throws, are rendered by
 * LiquidJS, which reports the error at its template and line. The
 * differential test (test/render-compile.test.ts) renders every page of the
 * fixture sites both ways and compares the bytes.
 */
import {
  BlockTag, CommentTag, Context, DecrementTag, evalToken, IncrementTag, ForTag, IfTag, isTruthy, LayoutTag, Output, RenderTag,
  TokenKind, toValue, toValueSync, UnlessTag, Drop, filters as builtinFilters, type Liquid, type Template,
} from 'liquidjs';

/** A compiled node: appends its output to `out.s`. */
type Node = (ctx: Context, out: Out) => void;
interface Out { s: string }

/** A compiled template: renders a context (plain data) to a string. */
export type CompiledTemplate = (scope: Record<string, unknown>, strict: boolean) => string;

class Unsupported extends Error {}

/* eslint-disable @typescript-eslint/no-explicit-any -- LiquidJS's parsed tree is untyped internals */
type Any = any;

const isIterator = (v: Any): boolean => v != null && typeof v.next === 'function' && typeof v.throw === 'function' && typeof v.return === 'function';
const run = (v: Any): Any => (isIterator(v) ? toValueSync(v) : v);

/** LiquidJS's `stringify` (what an emitter writes). */
function stringify(value: Any): string {
  value = toValue(value);
  if (typeof value === 'string') return value;
  if (value == null) return '';
  if (Array.isArray(value)) return value.map(stringify).join('');
  return String(value);
}

/** LiquidJS's `createScope`. */
function createScope(from?: Record<string, unknown>): Record<string, unknown> {
  const scope = Object.create(null);
  if (from) Object.assign(scope, from);
  return scope;
}

/** LiquidJS's `toEnumerable`. */
function toEnumerable(val: Any): Any[] {
  val = toValue(val);
  if (Array.isArray(val)) return val;
  if (typeof val === 'string' && val.length > 0) return [val];
  if (val !== null && (typeof val === 'object' || typeof val === 'function')) {
    if (Symbol.iterator in val) return Array.from(val);
    return Object.keys(val).map((key) => [key, val[key]]);
  }
  return [];
}

/** LiquidJS's ForloopDrop, field for field (its JSON is what `{{ forloop }}` prints). */
class ForloopDrop extends Drop {
  i = 0;
  length: number;
  name: string;
  constructor(length: number, collection: string, variable: string) {
    super();
    this.length = length;
    this.name = `${variable}-${collection}`;
  }
  next(): void { this.i++; }
  index0(): number { return this.i; }
  index(): number { return this.i + 1; }
  first(): boolean { return this.i === 0; }
  last(): boolean { return this.i === this.length - 1; }
  rindex(): number { return this.length - this.i; }
  rindex0(): number { return this.length - this.i - 1; }
  override valueOf(): string { return JSON.stringify(this); }
}

/** Thrown by a strict render at an undefined variable: LiquidJS renders the page again and reports it in its words. */
class UndefinedVariable extends Error {}

/**
 * A value token evaluated as LiquidJS's `evalToken` does (drops preserved),
 * property access without generators. Under strict rendering an undefined
 * variable throws unless `lenient` (an `if` condition, a `default` input).
 */
function compileToken(token: Any, lenient = false): (ctx: Context) => Any {
  if (token === undefined) return () => undefined;
  if ('content' in token) {
    const content = token.content;
    return () => content;
  }
  if (token.kind === TokenKind.PropertyAccess) {
    const props = (token.props as Any[]).map((p) => compileToken(p));
    const names = (token.props as Any[]).every((p) => 'content' in p) ? (token.props as Any[]).map((p) => toValue(p.content)) : undefined;
    const variable = token.variable ? compileToken(token.variable, lenient) : undefined;
    return (ctx: Any) => {
      const keys = names ?? props.map((p) => toValue(p(ctx)));
      let scope = variable ? variable(ctx) : ctx.findScope(keys[0]);
      // LiquidJS checks after every step; a step that is undefined leaves every later one undefined.
      for (let i = 0; i < keys.length; i++) scope = run(ctx.readProperty(scope, keys[i]));
      if (scope === undefined && ctx.strictVariables && !lenient) throw new UndefinedVariable();
      return scope;
    };
  }
  // Ranges, grouped and filtered values: LiquidJS's own evaluation.
  return (ctx) => toValueSync(evalToken(token, ctx, lenient));
}

/** A value that LiquidJS's `equals` compares with `===` (not a drop, an array or an object). */
const plain = (v: Any): boolean => v === null || (typeof v !== 'object' && typeof v !== 'function');

/**
 * `x == blank` / `x == empty` for a value that is not a drop or an object with comparison methods:
 * LiquidJS's BlankDrop.equals and EmptyDrop.equals, without their generators.
 */
function emptyEquals(v: Any): boolean {
  if (typeof v === 'string' || Array.isArray(v)) return v.length === 0;
  if (v !== null && (typeof v === 'object' || typeof v === 'function')) return Object.keys(v).length === 0;
  return false;
}
function blankEquals(v: Any): boolean {
  if (v === false || v == null) return true;
  if (typeof v === 'string') return /^\s*$/.test(v);
  return emptyEquals(v);
}
const comparable = (v: Any): boolean => v instanceof Drop || (v != null && typeof v.equals === 'function');

/** `==` and `!=` as LiquidJS's `equals`, natively where the operands make it plain; undefined: ask LiquidJS. */
function fastEquals(l: Any, r: Any, literal: string | undefined): boolean | undefined {
  if (plain(l) && plain(r)) return l === r;
  if (literal !== undefined && !comparable(l)) return literal === 'blank' ? blankEquals(l) : emptyEquals(l);
  return undefined;
}

/** An Expression (LiquidJS's postfix evaluation with its operators). */
function compileExpression(expression: Any, lenient: boolean): (ctx: Context) => Any {
  const postfix = expression.postfix as Any[];
  if (postfix.length === 1 && postfix[0].kind !== TokenKind.Operator) return compileToken(postfix[0], lenient);
  const steps = postfix.map((token, i) => {
    if (token.kind !== TokenKind.Operator) return { value: compileToken(token, lenient) };
    const op = token.operator as string;
    // `x != blank`: the right operand is the literal just before the operator in postfix order.
    const right = postfix[i - 1];
    const literal = (op === '==' || op === '!=') && right?.kind === TokenKind.Literal && (right.literal === 'blank' || right.literal === 'empty') ? right.literal as string : undefined;
    return { op, unary: op === 'not', equality: op === '==' || op === '!=', literal };
  });
  return (ctx: Any) => {
    const operands: Any[] = [];
    for (const step of steps) {
      if ('value' in step) {
        operands.push(step.value!(ctx));
        continue;
      }
      const r = operands.pop();
      if (step.unary) {
        operands.push(run(ctx.opts.operators[step.op!](r, ctx)));
        continue;
      }
      const l = operands.pop();
      const same = step.equality ? fastEquals(l, r, step.literal) : undefined;
      operands.push(same !== undefined ? (step.op === '==' ? same : !same) : run(ctx.opts.operators[step.op!](l, r, ctx)));
    }
    return operands[0];
  };
}

const ESCAPABLE = /[&<>"']/;
const ESCAPES = /&|<|>|"|'/g;
const ESCAPE_MAP: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&#34;', "'": '&#39;' };

/** A Value (expression + filters), as `Value.value(ctx, lenient)`: `x | default: …` reads `x` leniently (lenientIf). */
function compileValue(value: Any, lenient: boolean): (ctx: Context) => Any {
  const initial = compileExpression(value.initial, lenient || (value.filters.length > 0 && value.filters[0].name === 'default'));
  const filters = (value.filters as Any[]).map((filter) => {
    const args = (filter.args as Any[]).map((arg) => (Array.isArray(arg)
      ? { key: arg[0], value: compileToken(arg[1]) }
      : { value: compileToken(arg) }));
    const { handler, token, liquid } = filter;
    if (handler === builtinFilters.escape && args.length === 0) {
      // LiquidJS's escape (auto-escaping appends it to every output), skipping the replace when nothing needs escaping.
      return (val: Any, ctx: Context) => {
        const str = stringify(val);
        ctx.memoryLimit.use(str.length);
        return ESCAPABLE.test(str) ? str.replace(ESCAPES, (m) => ESCAPE_MAP[m]!) : str;
      };
    }
    return (val: Any, ctx: Context) => {
      const argv: Any[] = [val];
      for (const a of args) argv.push(a.key !== undefined ? [a.key, a.value(ctx)] : a.value(ctx));
      return run(handler.apply({ context: ctx, token, liquid }, argv));
    };
  });
  if (filters.length === 0) return initial;
  return (ctx) => {
    let val = initial(ctx);
    for (const f of filters) val = f(val, ctx);
    return val;
  };
}

/** Words that LiquidJS gives a meaning inside blocks: a template using them is left to LiquidJS. */
const BLOCK_WORD = /\bblock\b/;

interface Compiler {
  liquid: Liquid;
  /** Compiled template lists, so a partial used on every page is compiled once. */
  cache: Map<Template[], Node>;
  compiling: Set<Template[]>;
}

/** A list of templates, rendered in order; stops when a `break`/`continue` run by LiquidJS asks to. */
function compileList(c: Compiler, templates: Template[], inBlock = false): Node {
  const nodes = templates.map((t) => compileNode(c, t, inBlock));
  if (nodes.length === 1) return nodes[0]!;
  return (ctx, out) => {
    for (const node of nodes) {
      node(ctx, out);
      if (ctx.breakCalled || ctx.continueCalled) break;
    }
  };
}

function compileNode(c: Compiler, tpl: Template, inBlock: boolean): Node {
  const t = tpl as Any;
  if (t.token?.kind === TokenKind.HTML && typeof t.str === 'string') {
    const str: string = t.str;
    return (_ctx, out) => { out.s += str; };
  }
  if (tpl instanceof Output) {
    if (BLOCK_WORD.test(t.token.getText())) throw new Unsupported('block variable');
    const value = compileValue(t.value, false);
    return (ctx, out) => { out.s += stringify(toValue(value(ctx))); };
  }
  if (tpl instanceof CommentTag) return () => {};
  if (tpl instanceof IfTag || tpl instanceof UnlessTag) {
    const lenientIf = !!(c.liquid as Any).options.lenientIf;
    if (BLOCK_WORD.test(t.token.args)) throw new Unsupported('block variable');
    const branches = (t.branches as Any[]).map((b) => ({
      value: compileValue(b.value, lenientIf),
      test: tpl instanceof IfTag ? isTruthy : (b.test as typeof isTruthy),
      body: compileList(c, b.templates, inBlock),
    }));
    const otherwise = compileList(c, t.elseTemplates ?? [], inBlock);
    return (ctx, out) => {
      for (const b of branches) {
        if (b.test(toValue(b.value(ctx)), ctx)) return b.body(ctx, out);
      }
      otherwise(ctx, out);
    };
  }
  if (tpl instanceof ForTag && Object.keys(t.hash.hash).length === 0) {
    if (BLOCK_WORD.test(t.token.args)) throw new Unsupported('block variable');
    const collection = compileToken(t.collection);
    const variable: string = t.variable;
    const text: string = t.collection.getText();
    const continueKey = `continue-${variable}-${text}`;
    const body = compileList(c, t.templates, inBlock);
    const otherwise = compileList(c, t.elseTemplates, inBlock);
    return (ctx, out) => {
      const items = toEnumerable(collection(ctx));
      if (!items.length) return otherwise(ctx, out);
      ctx.getRegister(continueKey, {});
      ctx.setRegister(continueKey, items.length);
      const forloop = new ForloopDrop(items.length, text, variable);
      const scope = createScope({ forloop });
      ctx.push(scope);
      for (const item of items) {
        scope[variable] = item;
        ctx.continueCalled = ctx.breakCalled = false;
        body(ctx, out);
        if (ctx.breakCalled) break;
        forloop.next();
      }
      ctx.continueCalled = ctx.breakCalled = false;
      ctx.pop();
    };
  }
  if (tpl instanceof RenderTag && typeof t.file === 'string' && !t.with && !t.forBinding) {
    if (BLOCK_WORD.test(t.token.args)) throw new Unsupported('block variable');
    const partial = toValueSync((c.liquid as Any)._parsePartialFile(t.file, true, t.currentFile)) as Template[];
    const hash = Object.entries(t.hash.hash as Record<string, Any>).map(([key, token]) => ({ key, value: token === undefined ? () => true : compileToken(token) }));
    const body = compiledList(c, partial);
    return (ctx: Any, out) => {
      const child = ctx.spawn();
      const scope = child.bottom();
      for (const h of hash) scope[h.key] = h.value(ctx);
      body(child, out);
    };
  }
  if (tpl instanceof LayoutTag) throw new Unsupported('layout below the top of a template');
  if (tpl instanceof BlockTag) {
    if (inBlock) throw new Unsupported('nested block');
    return compileBlock(c, t);
  }
  // increment/decrement write into the page's context: a render that falls back to LiquidJS would count twice.
  if (tpl instanceof IncrementTag || tpl instanceof DecrementTag) throw new Unsupported('increment/decrement');
  // Any other tag: its own LiquidJS render, unless blocks hide inside (they need LiquidJS's block registers).
  if (hasBlocks(t)) throw new Unsupported('block inside a tag LiquidJS renders');
  return (ctx, out) => {
    const emitter = { buffer: '', write(html: Any) { out.s += stringify(html); } };
    const html = run(t.render(ctx, emitter));
    if (html) out.s += stringify(html);
  };
}

function hasBlocks(t: Any): boolean {
  if (t instanceof BlockTag || t instanceof LayoutTag) return true;
  if (typeof t.children !== 'function') return false;
  const children = toValueSync(t.children(true, true)) as Template[] | undefined;
  return (children ?? []).some(hasBlocks);
}

/**
 * A block of the layout: the page's block of the same name when the page
 * has one, else its own content. Each pushes a scope with `block` (the
 * super-block drop in LiquidJS; a template that reads it is not compiled).
 */
function compileBlock(c: Compiler, t: Any): Node {
  const own = compileList(c, t.templates, true);
  const name: string = t.block;
  return (ctx: Any, out) => {
    const blocks: Map<string, Node> | undefined = ctx.registers.compiledBlocks;
    const body = blocks?.get(name) ?? own;
    ctx.push(createScope({ block: null }));
    body(ctx, out);
    ctx.pop();
  };
}

/** A template file's list, compiled once; a partial that renders itself gets a node that looks itself up when it runs. */
function compiledList(c: Compiler, templates: Template[]): Node {
  const known = c.cache.get(templates);
  if (known) return known;
  if (c.compiling.has(templates)) return (ctx, out) => c.cache.get(templates)!(ctx, out);
  c.compiling.add(templates);
  try {
    const node = compilePage(c, templates);
    c.cache.set(templates, node);
    return node;
  } finally {
    c.compiling.delete(templates);
  }
}

/** A whole template: a list, or `{% layout %}` with blocks filling a layout. */
function compilePage(c: Compiler, templates: Template[]): Node {
  const layoutAt = templates.findIndex((t) => t instanceof LayoutTag);
  if (layoutAt < 0) return compileList(c, templates);
  const before = templates.slice(0, layoutAt);
  const layout = templates[layoutAt] as Any;
  // What LiquidJS renders before a layout tag is printed; keep it to plain text, and nothing after the layout tag.
  if (layoutAt !== templates.length - 1 || before.some((t: Any) => t.token?.kind !== TokenKind.HTML)) throw new Unsupported('content around a layout tag');
  if (typeof layout.file !== 'string' || Object.keys(layout.args.hash).length > 0) throw new Unsupported('dynamic layout');
  const prefix = compileList(c, before);
  // The page's own templates: only blocks (and text or comments, which a layout without an anonymous block drops).
  const blocks = new Map<string, Node>();
  for (const t of layout.templates as Any[]) {
    // A name given twice: LiquidJS renders the first (the second is its `block.super`).
    if (t instanceof BlockTag) {
      if (!blocks.has((t as Any).block)) blocks.set((t as Any).block, compileList(c, (t as Any).templates, true));
    }
    else if (!(t instanceof CommentTag) && !(t.token?.kind === TokenKind.HTML)) throw new Unsupported('content outside blocks');
  }
  const base = toValueSync((c.liquid as Any)._parseLayoutFile(layout.file, true, layout.currentFile)) as Template[];
  if (base.some((t) => t instanceof LayoutTag)) throw new Unsupported('layout inside a layout');
  if (blocks.has('') || base.some((t: Any) => t instanceof BlockTag && t.block === '')) throw new Unsupported('anonymous block');
  const body = compileList(c, base);
  return (ctx: Any, out) => {
    prefix(ctx, out);
    const saved = ctx.registers.compiledBlocks;
    ctx.registers.compiledBlocks = blocks;
    ctx.push(createScope({}));
    body(ctx, out);
    ctx.pop();
    ctx.registers.compiledBlocks = saved;
  };
}

/**
 * Compiles a parsed template, or returns undefined when it uses something
 * only LiquidJS renders exactly. The compiled function throws (and the caller
 * renders with LiquidJS) at an undefined variable under `strict`.
 */
export function compileTemplate(liquid: Liquid, templates: Template[], cache = new Map<Template[], Node>()): CompiledTemplate | undefined {
  let node: Node;
  try {
    node = compiledList({ liquid, cache, compiling: new Set() }, templates);
  } catch (error) {
    // A construct the closures do not mirror, or a partial or layout that cannot be loaded (a missing file):
    // LiquidJS renders the template, and reports its error in its words at render time.
    if (process.env.TONGWEN_DEBUG_COMPILE) console.error('not compiled:', (error as Error).message);
    return undefined;
  }
  const options = (liquid as Any).options;
  return (scope, strict) => {
    const ctx = new Context(scope, options, { sync: true, strictVariables: strict }, { liquid } as Any);
    const out: Out = { s: '' };
    node(ctx, out);
    return out.s;
  };
}
