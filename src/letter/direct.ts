// The built-in templates as plain functions. Handlebars' runtime does work on every call
// that a letter does not need: it wraps every helper anew for each template call, copies
// the options of each helper call and looks every name up through its guard. For the
// built-in templates, whose text is known when the package is built, the build writes each
// one (prepared as templates.ts prepares every template, whitespace rules applied as
// Handlebars applies them) as JavaScript that writes the same letter without that work.
// Only what the built-in templates use is written this way: text, values, helper calls,
// `if`, `unless`, `each` and partials by name; a template using anything else stays with
// Handlebars (a test requires every built-in to be written as functions). HTML letters
// always come from Handlebars, whose escaping is its own. A test renders every built-in
// template both ways for hundreds of cases and expects the same letters.
import type { HelperDelegate } from 'handlebars';

/** What templates.ts gives the written functions: our helpers, the `__text` helper, the budget and the partials. */
export interface DirectRuntime {
  helpers: Record<string, HelperDelegate>;
  /** The `__text` helper every value goes through. */
  text: (value: unknown) => string;
  /** Counts a turn of `each` (loops) or what it wrote (chars) against the render budget. */
  spend: (chars: number, loops?: number) => void;
  /** The partials, by name (filled in before the first letter). */
  partials: Record<string, DirectProgram>;
}

/** A template (or partial) as a function of its context and Handlebars' data frame. */
export type DirectProgram = (context: unknown, data: { root: unknown }) => string;

/** Source of `function (r) { …; return main; }`, which makes the template function from what directSupport() gives. */
export type DirectFactorySource = string;

class Unsupported extends Error {}

/**
 * Names the written code looks up with a plain own-property read. Handlebars' lookup also
 * refuses names that the prototypes of plain values have ("constructor", "length",
 * "toString"…), so such names are left to Handlebars.
 */
function plainName(name: string): boolean {
  return ![Object.prototype, Array.prototype, String.prototype, Number.prototype, Boolean.prototype].some((proto) => name in proto);
}

/**
 * The factory's source for a prepared template (every value written as `{{__text …}}`).
 * Throws when the template uses something this does not write the way Handlebars would.
 */
export function directFactory(program: hbs.AST.Program, textHelper: string, helperNames: readonly string[]): DirectFactorySource {
  const functions: string[] = [];
  // The helpers the written code can call: ours, the text helper, and the three block helpers
  // it writes itself. Handlebars' other built-ins (`with`, `lookup`) stay with Handlebars.
  const known = new Set([...helperNames, textHelper, 'if', 'unless', 'each']);

  const path = (node: hbs.AST.PathExpression, context: string): string => {
    if (node.data || node.depth !== 0) throw new Unsupported(`@data and ../ paths (${node.original})`);
    let code = context;
    for (const part of node.parts) {
      if (!plainName(part)) throw new Unsupported(`the name "${part}"`);
      code = `lp(${code}, ${JSON.stringify(part)})`;
    }
    return code;
  };

  const expression = (node: hbs.AST.Expression, context: string): string => {
    switch (node.type) {
      case 'PathExpression':
        return path(node as hbs.AST.PathExpression, context);
      case 'SubExpression':
        return call(node as hbs.AST.SubExpression, context);
      case 'StringLiteral':
      case 'NumberLiteral':
      case 'BooleanLiteral':
        return JSON.stringify((node as hbs.AST.StringLiteral).value);
      case 'UndefinedLiteral':
        return 'undefined';
      case 'NullLiteral':
        return 'null';
      default:
        throw new Unsupported(node.type);
    }
  };

  const helperName = (node: hbs.AST.Expression): string => {
    const p = node as hbs.AST.PathExpression;
    if (p.type !== 'PathExpression' || p.data || p.depth !== 0 || p.parts.length !== 1 || !known.has(p.original)) throw new Unsupported(`calling ${p.original ?? node.type}`);
    return p.original;
  };

  // Helpers get their values and an options object, as from Handlebars; ours read only its
  // data (the letter's values, for the locale and currency) and none uses `this`.
  const call = (node: hbs.AST.SubExpression, context: string): string => {
    if ((node.hash?.pairs.length ?? 0) > 0) throw new Unsupported('hash arguments');
    const name = helperName(node.path);
    if (name === 'if' || name === 'unless' || name === 'each') throw new Unsupported(`(${name}) as a value`);
    const args = [...node.params.map((param) => expression(param, context)), 'o'];
    return `${name === textHelper ? 'r.text' : `h[${JSON.stringify(name)}]`}(${args.join(', ')})`;
  };

  /** Writes a program as a function and returns its name. */
  const programFunction = (node: hbs.AST.Program | undefined | null): string | undefined => {
    if (!node || node.body.length === 0) return undefined;
    const slot = functions.push('') - 1;
    const name = `p${slot}`;
    // One options object serves every helper call of the program.
    const lines = node.body.map((statement) => `s += ${statementCode(statement as hbs.AST.Statement)};`);
    functions[slot] = `function ${name}(c, d) { var o = { hash: {}, data: d }; var s = ""; ${lines.join(' ')} return s; }`;
    return name;
  };

  const statementCode = (node: hbs.AST.Statement): string => {
    switch (node.type) {
      case 'ContentStatement':
        return JSON.stringify((node as hbs.AST.ContentStatement).value);
      case 'CommentStatement':
        return '""';
      case 'MustacheStatement': {
        const m = node as hbs.AST.MustacheStatement;
        if (helperName(m.path) !== textHelper || m.params.length !== 1 || (m.hash?.pairs.length ?? 0) > 0) throw new Unsupported('a value not written through the text helper');
        return `r.text(${expression(m.params[0]!, 'c')})`;
      }
      case 'BlockStatement': {
        const b = node as hbs.AST.BlockStatement;
        const name = helperName(b.path);
        if ((b.hash?.pairs.length ?? 0) > 0 || b.params.length !== 1 || (b.program?.blockParams?.length ?? 0) > 0) throw new Unsupported(`this {{#${name}}}`);
        const value = expression(b.params[0]!, 'c');
        const yes = programFunction(b.program);
        const no = programFunction(b.inverse);
        // Handlebars gives a block helper an empty object for a missing context (its `nullContext`).
        const self = '(c != null ? c : nc)';
        const run = (fn: string | undefined) => (fn ? `${fn}(${self}, d)` : '""');
        if (name === 'if') return `(truthy(${value}) ? ${run(yes)} : ${run(no)})`;
        if (name === 'unless') return `(truthy(${value}) ? ${run(no)} : ${run(yes)})`;
        if (name === 'each') return `each(${value}, ${yes ?? 'none'}, ${no ?? 'none'}, ${self}, d)`;
        throw new Unsupported(`{{#${name}}}`);
      }
      case 'PartialStatement': {
        const p = node as hbs.AST.PartialStatement;
        const named = p.name as hbs.AST.PathExpression;
        if (named.type !== 'PathExpression' || p.params.length > 0 || (p.hash?.pairs.length ?? 0) > 0) throw new Unsupported('a partial with arguments, or one named by a value');
        // A partial on a line of its own keeps that line's indentation in front of it, as
        // Handlebars writes it with preventIndent (the partial's own lines are not indented).
        const indent = (p as { indent?: string }).indent;
        return `${indent ? `${JSON.stringify(indent)} + ` : ''}partial(${JSON.stringify(named.original)}, c, d)`;
      }
      default:
        throw new Unsupported(node.type);
    }
  };

  const main = programFunction(program) ?? 'none';
  return `function (r) {
var h = r.helpers, lp = r.lookup, truthy = r.truthy, each = r.each, partial = r.partial, nc = r.nullContext, none = function () { return ""; };
${functions.join('\n')}
return ${main};
}`;
}

/** Whether a template can be written as a plain function (see directFactory). */
export function directFactoryOrUndefined(program: hbs.AST.Program, textHelper: string, helperNames: readonly string[]): DirectFactorySource | undefined {
  try {
    return directFactory(program, textHelper, helperNames);
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}

const hasOwn = Object.prototype.hasOwnProperty;

/** Handlebars' lookup of a name the prototypes do not have (see plainName): an own property, or nothing. */
function lookup(parent: unknown, name: string): unknown {
  if (parent === null || parent === undefined) return parent;
  const result = (parent as Record<string, unknown>)[name];
  if (result === null || result === undefined) return result;
  return hasOwn.call(parent, name) ? result : undefined;
}

/** Handlebars' `if`: false, empty and zero values and empty lists are false. */
function truthy(value: unknown): boolean {
  return !(!value || (Array.isArray(value) && value.length === 0));
}

export interface DirectSupport {
  helpers: Record<string, HelperDelegate>;
  lookup: typeof lookup;
  truthy: typeof truthy;
  each: (items: unknown, fn: DirectProgram, inverse: DirectProgram, context: unknown, data: { root: unknown }) => string;
  partial: (name: string, context: unknown, data: { root: unknown }) => string;
  text: (value: unknown) => string;
  nullContext: object;
}

/** Handlebars' stand-in for a missing context in block helpers. */
const NULL_CONTEXT = Object.seal({});

/** What the written functions are given: helpers, lookups, and `each` and partials as Handlebars runs them. */
export function directSupport(runtime: DirectRuntime): DirectSupport {
  // Handlebars' `each` (arrays, other iterables, then objects' own keys), counting each
  // turn and what it wrote against the budget as the Handlebars instance does.
  const each = (items: unknown, fn: DirectProgram, inverse: DirectProgram, context: unknown, data: { root: unknown }): string => {
    if (typeof items === 'function') items = items.call(context);
    let out = '';
    const turn = (value: unknown) => {
      runtime.spend(0, 1);
      const written = fn(value, data);
      runtime.spend(written.length);
      out += written;
    };
    // How many items there were, as Handlebars counts them: a list's holes count (they write
    // nothing), so only a list, iterable or object with nothing in it writes the {{else}} part.
    let count = 0;
    if (items && typeof items === 'object') {
      if (Array.isArray(items)) {
        for (let i = 0; i < items.length; i++) if (i in items) turn(items[i]);
        count = items.length;
      } else if (typeof (items as Iterable<unknown>)[Symbol.iterator] === 'function') {
        for (const value of items as Iterable<unknown>) {
          turn(value);
          count++;
        }
      } else {
        const keys = Object.keys(items);
        for (const key of keys) turn((items as Record<string, unknown>)[key]);
        count = keys.length;
      }
    }
    return count === 0 ? inverse(context, data) : out;
  };
  const partial = (name: string, context: unknown, data: { root: unknown }): string => {
    const fn = runtime.partials[name];
    if (!fn) throw new Error(`The partial ${name} could not be found`);
    return fn(context, data);
  };
  return { helpers: runtime.helpers, lookup, truthy, each, partial, text: runtime.text, nullContext: NULL_CONTEXT };
}

/** A factory as the build writes it: the source from directFactory, as code. */
export type DirectFactory = (support: DirectSupport) => DirectProgram;
