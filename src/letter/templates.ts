// Compiling letter templates into functions that fill them in. Templates may come from
// strangers, so each is checked before it is compiled (template-check.ts), then compiled by a
// private Handlebars instance that knows only our helpers (knownHelpersOnly), with prototype
// access blocked and no `log` helper; every value is written as text without control
// characters, within the render budget (template-budget.ts). The built-ins come precompiled
// by the build (builtin-specs.ts), as plain functions (direct.ts) where they can be.
import type Handlebars from 'handlebars';
import { stripControl } from '../io/terminal.js';
import { BUILTIN_SPECS, languageSpecs, type DirectCode, type DirectSources, type PrecompiledTemplate, type TemplateSpec } from './builtin-specs.js';
import { directFactoryOrUndefined, directSupport, type DirectFactory, type DirectProgram } from './direct.js';
import { compiler, runtime, type HandlebarsEnvironment } from './handlebars.js';
import { helpers, helperSpecs, HelperMisuse } from './helpers.js';
import { spend, withinBudget } from './template-budget.js';
import { checkTemplateSource, KNOWN_HELPERS } from './template-check.js';
import type { TemplateSource } from './template-files.js';
import { TemplateProblem } from './template-syntax.js';

export interface CompiledTemplate {
  source: TemplateSource;
  /** Renders the body; `escape` is true for HTML output (values and the template's own text are escaped). */
  body(context: object, escape: boolean): string;
  subject(context: object): string;
}

const DEFAULT_SUBJECT = '{{#if purchase.reference}}{{purchase.reference}} ({{purchase.item}}){{else}}{{purchase.item}}{{/if}}';
const compileCache = new Map<string, CompiledTemplate>();

const TEXT_HELPER = '__text';

/**
 * Every {{value}} is written through one internal helper that makes it text. Handlebars
 * without escaping joins neighbouring values with `+`, so {{@index}}{{@first}} would add
 * 0 + true; and in HTML every value, even {{{triple}}}, is escaped the same way. Control
 * characters (terminal escape sequences) are removed from values and the template's text.
 */
function prepare(ast: hbs.AST.Program, html: boolean): hbs.AST.Program {
  const visitProgram = (program: hbs.AST.Program | undefined | null) => {
    if (!program) return;
    program.body = program.body.map((node) => visit(node as hbs.AST.Statement));
  };
  const visit = (node: hbs.AST.Statement): hbs.AST.Statement => {
    switch (node.type) {
      case 'MustacheStatement': {
        const m = node as hbs.AST.MustacheStatement;
        const path = m.path as hbs.AST.PathExpression;
        const simpleId = path.type === 'PathExpression' && path.parts.length === 1 && !/^\.|this\b/.test(path.original) && !path.depth;
        const isCall = m.params.length > 0 || (m.hash?.pairs.length ?? 0) > 0 || (simpleId && KNOWN_HELPERS.includes(path.original));
        const inner: hbs.AST.Expression = isCall
          ? ({ type: 'SubExpression', path: m.path, params: m.params, hash: m.hash, loc: m.loc } as hbs.AST.SubExpression)
          : m.path;
        const textPath = { type: 'PathExpression', data: false, depth: 0, parts: [TEXT_HELPER], original: TEXT_HELPER, loc: m.loc } as hbs.AST.PathExpression;
        return { ...m, path: textPath, params: [inner], hash: undefined as unknown as hbs.AST.Hash, escaped: true } as hbs.AST.MustacheStatement;
      }
      case 'BlockStatement': {
        const b = node as hbs.AST.BlockStatement;
        visitProgram(b.program);
        visitProgram(b.inverse);
        return b;
      }
      case 'ContentStatement': {
        // A stranger's template text may hide terminal escape sequences; letters keep only text.
        const c = node as hbs.AST.ContentStatement;
        const value = stripControl(c.value);
        return { ...c, value: html ? runtime.escapeExpression(value) : value } as hbs.AST.ContentStatement;
      }
      default:
        return node;
    }
  };
  visitProgram(ast);
  return withoutLocations(ast);
}

/**
 * The tree without source positions. Handlebars copies a position into the options of every
 * helper call it compiles (three objects made at each call while a letter is written); only
 * error messages would use them, and the checks (template-check.ts) have reported those
 * before a template is compiled.
 */
function withoutLocations<T>(node: T): T {
  if (Array.isArray(node)) node.forEach(withoutLocations);
  else if (node !== null && typeof node === 'object') {
    delete (node as { loc?: unknown }).loc;
    for (const value of Object.values(node)) withoutLocations(value);
  }
  return node;
}

type CompileOptions = NonNullable<Parameters<typeof Handlebars.compile>[1]>;

function compileOptions(noEscape: boolean): CompileOptions {
  return {
    noEscape,
    knownHelpersOnly: true,
    knownHelpers: Object.fromEntries([...KNOWN_HELPERS, TEXT_HELPER].map((name) => [name, true])),
    preventIndent: true,
    strict: false,
  };
}

const runtimeOptions: Handlebars.RuntimeOptions = {
  allowProtoPropertiesByDefault: false,
  allowProtoMethodsByDefault: false,
};

const withRuntimeOptions = (template: HandlebarsTemplateDelegate) => (context: object) => template(context, runtimeOptions);

/** The `__text` helper: a value as text, without control characters, counted against the budget. */
function textValue(value: unknown): string {
  return spent(stripControl(plainText(value)));
}

/**
 * The `__text` helper of the built-in templates as shipped: the values they write come from
 * the letter's case, which has none left (letterContext), through helpers given no text of
 * their own but the templates', which has none either; only a template of the user's may
 * bring some.
 */
function builtInTextValue(value: unknown): string {
  return spent(plainText(value));
}

// A group of fields or a list (say from custom:, which checks cannot see) writes nothing rather than "[object Object]".
const plainText = (value: unknown): string => (value === undefined || value === null || typeof value === 'object' || typeof value === 'function' ? '' : String(value));

function spent(text: string): string {
  spend(text.length);
  return text;
}

/** A private Handlebars with only our helpers; `each` counts its turns against the budget. */
function instance(base: HandlebarsEnvironment): HandlebarsEnvironment {
  const hb = base.create();
  for (const name of Object.keys(hb.helpers)) {
    if (!['if', 'unless', 'each', 'with', 'lookup', 'blockHelperMissing', 'helperMissing'].includes(name)) hb.unregisterHelper(name);
  }
  for (const [name, fn] of Object.entries(helpers)) hb.registerHelper(name, fn as Handlebars.HelperDelegate);
  hb.registerHelper(TEXT_HELPER, textValue);
  const each = hb.helpers.each!;
  hb.registerHelper('each', function (this: unknown, context: unknown, options: Handlebars.HelperOptions) {
    const fn = options.fn;
    const counted = Object.assign((item: unknown, data?: Handlebars.RuntimeOptions) => {
      spend(0, 1);
      const out = fn(item, data);
      spend(out.length);
      return out;
    }, fn);
    return each.call(this, context, { ...options, fn: counted });
  });
  return hb;
}

function renderer(source: TemplateSource, body: string, hb: HandlebarsEnvironment, html: boolean): (context: object) => string {
  return withinBudget(source.file, withRuntimeOptions(hb.compile(prepare(hb.parseWithoutProcessing(body), html), compileOptions(!html))));
}


type Literal = hbs.AST.StringLiteral | hbs.AST.NumberLiteral | hbs.AST.BooleanLiteral;
const isLiteral = (node: hbs.AST.Expression): node is Literal => node.type === 'StringLiteral' || node.type === 'NumberLiteral' || node.type === 'BooleanLiteral';

/**
 * A helper given a value written in the template itself ({{date "2026-02-30"}}, {{money -5}})
 * is tried with it now: a value it cannot write is an error of the template, at its line, before
 * any letter is written. (A value from the case is checked when the letter is filled in.)
 */
function checkLiteralArguments(source: TemplateSource, partials: ReadonlyMap<string, { file: string; body: string; bodyLine: number }>): void {
  const texts: { file: string; text: string; line: number; column: number }[] = [{ file: source.file, text: source.body, line: source.bodyLine, column: 1 }];
  if (source.meta.subject !== undefined) texts.push({ file: source.file, text: source.meta.subject, line: source.subjectAt?.line ?? 1, column: source.subjectAt?.column ?? 1 });
  for (const partial of partials.values()) texts.push({ file: partial.file, text: partial.body, line: partial.bodyLine, column: 1 });
  const hb = compiler();
  for (const { file, text, line, column } of texts) {
    if (!/\{\{/.test(text)) continue;
    const visit = (node: unknown): void => {
      if (Array.isArray(node)) {
        node.forEach(visit);
        return;
      }
      if (node === null || typeof node !== 'object') return;
      const call = node as { type?: string; path?: hbs.AST.Expression; params?: hbs.AST.Expression[]; loc?: hbs.AST.SourceLocation };
      if ((call.type === 'MustacheStatement' || call.type === 'SubExpression' || call.type === 'BlockStatement') && call.path?.type === 'PathExpression' && call.params && call.params.length > 0) {
        const name = (call.path as hbs.AST.PathExpression).original;
        const spec = Object.prototype.hasOwnProperty.call(helperSpecs, name) ? helperSpecs[name] : undefined;
        if (spec && call.params.every(isLiteral)) {
          try {
            spec.fn(...call.params.map((param) => (param as Literal).value), { hash: {}, data: { root: {} } });
          } catch (error) {
            if (!(error instanceof HelperMisuse)) throw error;
            const at = call.loc?.start ?? { line: 1, column: 0 };
            throw new TemplateProblem(file, line + at.line - 1, (at.line === 1 ? column : 1) + at.column, error.message);
          }
        }
      }
      for (const [key, value] of Object.entries(node)) if (key !== 'loc') visit(value);
    };
    visit(hb.parseWithoutProcessing(text));
  }
}

/** Specs for the build's precompiled templates: everything `compileTemplate` would compile, as code. */
export function precompileBuiltIn(source: TemplateSource): Omit<PrecompiledTemplate, 'plain' | 'direct'> & { plain: NonNullable<PrecompiledTemplate['plain']>; direct?: DirectSources } {
  const partials = checkTemplateSource(source);
  const hb = compiler();
  const spec = (text: string, escape: boolean): TemplateSpec => hb.precompile(prepare(hb.parseWithoutProcessing(text), escape), compileOptions(!escape));
  const partialSpecs = (escape: boolean) => Object.fromEntries([...partials].map(([name, partial]) => [name, spec(partial.body, escape)]));
  return {
    body: source.body,
    subject: source.meta.subject,
    plain: { body: spec(source.body, false), subject: spec(source.meta.subject ?? DEFAULT_SUBJECT, false), partials: partialSpecs(false) },
    html: { body: spec(source.body, true), partials: partialSpecs(true) },
    direct: directFactories(source, partials),
  };
}

/** The plain-text template and its partials as plain functions (direct.ts), when each of them can be. */
export function directFactories(source: TemplateSource, partials = checkTemplateSource(source)): DirectSources | undefined {
  const hb = compiler();
  // Handlebars applies its whitespace rules (standalone lines, ~) to a tree when it compiles
  // it; parse() does just that to a tree it is given (its types only admit text).
  const whitespaceApplied = (tree: hbs.AST.Program) => hb.parse(tree as unknown as string, compileOptions(true));
  const factory = (text: string) => directFactoryOrUndefined(whitespaceApplied(prepare(hb.parseWithoutProcessing(text), false)), TEXT_HELPER, Object.keys(helpers));
  const made = {
    body: factory(source.body),
    subject: factory(source.meta.subject ?? DEFAULT_SUBJECT),
    partials: Object.fromEntries([...partials].map(([name, partial]) => [name, factory(partial.body)])),
  };
  if (made.body === undefined || made.subject === undefined || Object.values(made.partials).some((f) => f === undefined)) return undefined;
  return made as DirectSources;
}

/** A template's plain functions, made from their factories (as code) for this module's helpers and budget. */
export function directTemplate(source: TemplateSource, direct: DirectCode): { body: (context: object) => string; subject: (context: object) => string } {
  const partials: Record<string, DirectProgram> = {};
  const support = directSupport({ helpers: helpers as Record<string, Handlebars.HelperDelegate>, text: builtInTextValue, spend, partials });
  for (const [name, factory] of Object.entries(direct.partials)) partials[name] = factory(support);
  const wrap = (factory: DirectFactory) => {
    const program = factory(support);
    return withinBudget(source.file, (context) => program(context, { root: context }));
  };
  return { body: wrap(direct.body), subject: wrap(direct.subject) };
}

function fromSpecs(source: TemplateSource, specs: PrecompiledTemplate): CompiledTemplate {
  const build = (escape: boolean) => {
    const hb = instance(runtime);
    const set = escape ? specs.html : specs.plain!;
    for (const [name, partial] of Object.entries(set.partials)) hb.registerPartial(name, hb.template(partial as TemplateSpecification));
    const wrap = (spec: TemplateSpec) => withinBudget(source.file, withRuntimeOptions(hb.template(spec as TemplateSpecification)));
    return { body: wrap(set.body), subject: escape ? undefined : wrap(specs.plain!.subject) };
  };
  type Built = ReturnType<typeof build>;
  let plain: Built | undefined;
  let html: Built | undefined;
  const plainBuild = (): Built => (specs.direct ? directTemplate(source, specs.direct) : build(false));
  return {
    source,
    body: (context, escape) => (escape ? (html ??= build(true)) : (plain ??= plainBuild())).body(context),
    subject: (context) => (plain ??= plainBuild()).subject!(context),
  };
}

/** A built-in template exactly as the build precompiled it (an edited copy is compiled instead). */
function precompiledFor(source: TemplateSource): PrecompiledTemplate | undefined {
  const slash = source.name.indexOf('/');
  const specs = slash === -1 ? BUILTIN_SPECS?.[source.name] : languageSpecs(source.name.slice(0, slash))?.[source.name];
  if (!specs || !source.builtIn || specs.body !== source.body || specs.subject !== source.meta.subject) return undefined;
  return specs;
}

export function compileTemplate(source: TemplateSource): CompiledTemplate {
  const cached = compileCache.get(source.file);
  if (cached && cached.source.body === source.body && cached.source.meta.subject === source.meta.subject) return cached;
  const specs = precompiledFor(source);
  if (specs) {
    const compiled = fromSpecs(source, specs);
    compileCache.set(source.file, compiled);
    return compiled;
  }
  const partials = checkTemplateSource(source);
  checkLiteralArguments(source, partials);
  // Each output kind gets its own private instance, built when first needed (HTML rarely is).
  const build = (escape: boolean) => {
    const hb = instance(compiler());
    for (const [name, partial] of partials) {
      hb.registerPartial(name, hb.compile(prepare(hb.parseWithoutProcessing(partial.body), escape), compileOptions(!escape)));
    }
    return {
      body: renderer(source, source.body, hb, escape),
      subject: escape ? undefined : renderer(source, source.meta.subject ?? DEFAULT_SUBJECT, hb, false),
    };
  };
  type Built = ReturnType<typeof build>;
  let plain: Built | undefined;
  let html: Built | undefined;
  const compiled: CompiledTemplate = {
    source,
    body: (context, escape) => (escape ? (html ??= build(true)) : (plain ??= build(false))).body(context),
    subject: (context) => (plain ??= build(false)).subject!(context),
  };
  compileCache.set(source.file, compiled);
  return compiled;
}
