// Static checks of a parsed template before it runs: helpers and their arguments, partials,
// fields that the case model (template-fields.ts) does not have, and how much work rendering
// may take. The first problem found is reported at the template file's own line:column
// (template-syntax.ts), with a suggestion where one is likely.
//
// What the check follows, as Handlebars does when it renders:
// - the context: the case at the top; each item inside {{#each}}; the value of {{#with}};
//   what a partial is given ({{> name value key=value}}), else the caller's context;
//   `this`, `./`, `../` (one context up; {{#if}} and {{#unless}} do not add one);
// - block parameters ({{#each contacts as |contact i|}}), @index, @key, @first, @last
//   and @root; `lookup` with a literal key; hash arguments of partials;
// - partials by name from files, never from data, never looping into themselves.
// Values that only the case knows (custom: …) are not checked beyond their name.
import { safeForTerminal } from '../io/terminal.js';
import { closest } from '../util/suggest.js';
import { helperSpecs } from './helpers.js';
import { listOf, obj, templateModel, v, type Model } from './template-fields.js';
import { partialSource, type TemplateSource } from './template-files.js';
import { nodePosition, parseTemplate, TemplateProblem, type TemplateText } from './template-syntax.js';

export interface PartialInfo {
  file: string;
  body: string;
  /** Line in the file where the body starts (after front matter), 1-based. */
  bodyLine: number;
}

export interface CheckResult {
  /** Every partial the template uses, directly or through other partials. */
  partials: Map<string, PartialInfo>;
}

/** Names that reach JavaScript internals rather than the case; never allowed in a template. */
const FORBIDDEN = new Set([...Object.getOwnPropertyNames(Object.prototype), 'prototype', 'constructor', '__proto__']);
const DATA_NAMES = new Set(['root', 'index', 'key', 'first', 'last']);
const BLOCK_ONLY = new Set(['if', 'unless', 'each', 'with']);
/** Helpers and their [fewest, most] arguments. `log` is left out on purpose: it writes to the terminal. */
const ARITY_TABLE = new Map<string, [number, number]>([
  ...Object.entries(helperSpecs).map(([name, spec]) => [name, spec.args] as [string, [number, number]]),
  ['if', [1, 1]],
  ['unless', [1, 1]],
  ['each', [1, 1]],
  ['with', [1, 1]],
  ['lookup', [2, 2]],
]);
const arityOf = (name: string) => ARITY_TABLE.get(name);
const specOf = (name: string) => (Object.prototype.hasOwnProperty.call(helperSpecs, name) ? helperSpecs[name] : undefined);
export const KNOWN_HELPERS = [...ARITY_TABLE.keys()];
const PARTIAL_NAME = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;

/**
 * How much work rendering may take, counted statically: one for each {{…}}, one for
 * every 100 characters of text, each {{#each}} repeating its block for up to 50 items
 * (the longest list a case may hold), and each partial in full wherever it is used. Far above what any letter needs; stops templates that
 * would take minutes or fill the disk (nested loops, partials that fan out).
 */
export const MAX_COST = 1_000_000;
/** Partials one template may use, and their text together: far beyond any letter. */
export const MAX_PARTIALS = 100;
export const MAX_TOTAL_CHARS = 1_000_000;
const EACH_FACTOR = 50;

type Node = hbs.AST.Node & { loc?: hbs.AST.SourceLocation | null };
type Path = hbs.AST.PathExpression;
type Call = hbs.AST.MustacheStatement | hbs.AST.SubExpression | hbs.AST.BlockStatement;

const quote = (text: string) => `"${safeForTerminal(text)}"`;

interface Frame {
  model: Model;
  /** Where these fields come from, for messages: "the case", "each item of \"contacts\"". */
  label: string;
}

interface Scope {
  frames: Frame[];
  blockParams: Map<string, Model>[];
}

interface Unit {
  text: TemplateText;
  ast: hbs.AST.Program;
}

/** Where partials come from: the template's own folder, then the built-ins. */
export interface PartialSource {
  load(name: string): PartialInfo | undefined;
  /** Every partial name there is, for "did you mean". */
  names(): string[];
}

function checkTemplate(main: TemplateText, subject: TemplateText | undefined, source: PartialSource): CheckResult {
  const partials = new Map<string, PartialInfo>();
  const units = new Map<string, Unit>();
  let total = main.body.length + (subject?.body.length ?? 0);
  const unitFor = (name: string, info: PartialInfo): Unit => {
    let unit = units.get(name);
    if (!unit) {
      total += info.body.length;
      if (total > MAX_TOTAL_CHARS || units.size >= MAX_PARTIALS) {
        throw new TemplateProblem(info.file, info.bodyLine, 1, `the template and its partials are too large together (over ${MAX_PARTIALS} partials or ${MAX_TOTAL_CHARS / 1000} KB of text); a letter template needs far less`);
      }
      const text: TemplateText = { file: info.file, body: info.body, line: info.bodyLine, column: 1 };
      unit = { text, ast: parseTemplate(text) };
      units.set(name, unit);
    }
    return unit;
  };

  const mainUnit: Unit = { text: main, ast: parseTemplate(main) };
  const subjectUnit: Unit | undefined = subject ? { text: subject, ast: parseTemplate(subject) } : undefined;

  try {
    // 1. Structure: partials exist, do not loop, and the work stays bounded.
    const costs = new Map<string, number>();
    const structure = (unit: Unit, chain: string[]): number => {
      const where = (node: Node) => nodePosition(unit.text, node);
      const programCost = (program: hbs.AST.Program | undefined | null): number => {
        let total = 0;
        for (const node of program?.body ?? []) {
          const cost = statementCost(node as hbs.AST.Statement);
          total += cost;
          if (cost > MAX_COST) {
            const { line, column } = where(node as Node);
            throw new TemplateProblem(
              unit.text.file,
              line,
              column,
              'this part of the template would repeat too many times (lists inside lists, or partials used inside loops); use fewer {{#each}} blocks inside each other',
            );
          }
        }
        return total;
      };
      const statementCost = (node: hbs.AST.Statement): number => {
        switch (node.type) {
          case 'BlockStatement': {
            const block = node as hbs.AST.BlockStatement;
            const name = block.path.type === 'PathExpression' ? (block.path as Path).original : '';
            const factor = name === 'each' || !arityOf(name) ? EACH_FACTOR : 1;
            return 1 + factor * programCost(block.program) + programCost(block.inverse);
          }
          case 'PartialStatement':
          case 'PartialBlockStatement': {
            const partial = node as hbs.AST.PartialStatement;
            const { line, column } = where(node as Node);
            if (node.type === 'PartialBlockStatement') {
              throw new TemplateProblem(unit.text.file, line, column, 'partial blocks ({{#> name}}…{{/name}}) are not supported; use {{> name}}');
            }
            const name = partialName(partial);
            if (name === undefined) {
              throw new TemplateProblem(unit.text.file, line, column, 'a partial must be named plainly, e.g. {{> signature}}; partials chosen by a value ({{> (…)}}) are not allowed');
            }
            if (!PARTIAL_NAME.test(name)) {
              throw new TemplateProblem(unit.text.file, line, column, `the partial name ${quote(name)} can only use letters, digits, - and _ (it is the file _${safeForTerminal(name)}.hbs next to the template)`);
            }
            if (chain.includes(name)) {
              throw new TemplateProblem(unit.text.file, line, column, `the partial ${quote(name)} includes itself (${[...chain, name].map(safeForTerminal).join(' > ')}); remove the loop`);
            }
            const cached = costs.get(name);
            if (cached !== undefined) return cached;
            const info = partials.get(name) ?? source.load(name);
            if (!info) {
              const guess = closest(name, source.names());
              throw new TemplateProblem(
                unit.text.file,
                line,
                column,
                `the partial ${quote(name)} does not exist${guess ? ` (did you mean ${quote(guess)}?)` : ''}; a partial is a file named _${safeForTerminal(name)}.hbs next to the template`,
              );
            }
            partials.set(name, info);
            const cost = 1 + structure(unitFor(name, info), [...chain, name]);
            costs.set(name, cost);
            return cost;
          }
          case 'DecoratorBlock':
          case 'Decorator': {
            const { line, column } = where(node as Node);
            throw new TemplateProblem(unit.text.file, line, column, 'decorators and inline partials ({{* …}}, {{#* …}}) are not allowed in templates; put a shared piece in its own _name.hbs file instead');
          }
          case 'ContentStatement':
            // Text counts by its length, so a large partial used many times counts as what it writes.
            return 1 + Math.floor((node as hbs.AST.ContentStatement).value.length / 100);
          default:
            return 1;
        }
      };
      return programCost(unit.ast);
    };
    structure(mainUnit, []);
    if (subjectUnit) structure(subjectUnit, []);

    // 2. Meaning: helpers, arguments and fields, in the context each place sees.
    const walked = new Map<string, Set<Model>>();
    const walk = (unit: Unit, scope: Scope) => new Walker(unit.text, (name, context) => {
      const info = partials.get(name)!;
      const seen = walked.get(name) ?? new Set<Model>();
      walked.set(name, seen);
      if (seen.has(context.model)) return;
      seen.add(context.model);
      walk(unitFor(name, info), { frames: [context], blockParams: [] });
    }).program(unit.ast, scope);
    walk(mainUnit, { frames: [{ model: templateModel(), label: 'the case' }], blockParams: [] });
    if (subjectUnit) walk(subjectUnit, { frames: [{ model: templateModel(), label: 'the case' }], blockParams: [] });
  } catch (error) {
    if (error instanceof RangeError) {
      throw new TemplateProblem(main.file, main.line, main.column, 'the template is nested too deeply to read; use fewer blocks inside blocks');
    }
    throw error;
  }
  return { partials };
}

/** The template's texts for the checker: the body, and the subject where it sits in the front matter. */
function templateTexts(source: TemplateSource): { body: TemplateText; subject?: TemplateText } {
  const body: TemplateText = { file: source.file, body: source.body, line: source.bodyLine, column: 1 };
  if (source.meta.subject === undefined) return { body };
  const at = source.subjectAt ?? { line: 1, column: 1, exact: false };
  return { body, subject: { file: source.file, body: source.meta.subject, line: at.line, column: at.column, ...(!at.exact && { collapse: true }) } };
}

/** Checks a template (and its partials) without rendering it; returns the partials it uses. */
export function checkTemplateSource(source: TemplateSource): Map<string, PartialInfo> {
  // An empty file would give a letter with a subject and nothing else.
  if (source.body.trim() === '') {
    throw new TemplateProblem(source.file, source.bodyLine, 1, 'has no letter in it: write the letter\'s text in it (below the front matter, if it has one). To start from a built-in letter: redress templates eject first');
  }
  const { body, subject } = templateTexts(source);
  return checkTemplate(body, subject, partialSource(source)).partials;
}

function partialName(partial: hbs.AST.PartialStatement): string | undefined {
  const name = partial.name as hbs.AST.Expression;
  if (name.type === 'PathExpression') {
    const path = name as Path;
    return path.data ? undefined : path.original;
  }
  if (name.type === 'StringLiteral' || name.type === 'NumberLiteral') return String((name as hbs.AST.StringLiteral).value);
  return undefined;
}

const isObject = (model: Model | undefined): model is { fields: Record<string, Model> } => typeof model === 'object' && 'fields' in model;
const isList = (model: Model | undefined): model is { list: Model } => typeof model === 'object' && 'list' in model;
const fieldOf = (model: { fields: Record<string, Model> }, key: string): Model | undefined =>
  Object.prototype.hasOwnProperty.call(model.fields, key) ? model.fields[key] : undefined;

/** Handlebars treats `this.x`, `./x` and `[this]` paths as context lookups, never as helpers or block parameters. */
const scoped = (path: Path) => /^\.|this\b/.test(path.original);
const simple = (path: Path) => path.parts.length === 1 && !scoped(path) && !path.depth && !path.data;

class Walker {
  constructor(
    private readonly text: TemplateText,
    private readonly enterPartial: (name: string, context: Frame) => void,
  ) {}

  private fail(node: Node, message: string): never {
    const { line, column } = nodePosition(this.text, node);
    throw new TemplateProblem(this.text.file, line, column, message);
  }

  program(program: hbs.AST.Program | undefined | null, scope: Scope): void {
    for (const node of program?.body ?? []) this.statement(node as hbs.AST.Statement, scope);
  }

  private statement(node: hbs.AST.Statement, scope: Scope): void {
    switch (node.type) {
      case 'MustacheStatement':
        this.output(node as hbs.AST.MustacheStatement, scope);
        return;
      case 'BlockStatement':
        this.block(node as hbs.AST.BlockStatement, scope);
        return;
      case 'PartialStatement':
        this.partial(node as hbs.AST.PartialStatement, scope);
        return;
      default:
        return; // text and comments; decorators and partial blocks were refused before
    }
  }

  /** {{value}} or {{helper args}}: what is written into the letter. */
  private output(node: hbs.AST.MustacheStatement, scope: Scope): void {
    if (node.path.type !== 'PathExpression') {
      this.fail(node as Node, `a plain value such as {{${safeForTerminal(literalText(node.path))}}} cannot stand alone in {{ }}; write text outside {{ }}, or name a field such as {{sender.name}}`);
    }
    const path = node.path as Path;
    const hasArgs = node.params.length > 0 || (node.hash?.pairs.length ?? 0) > 0;
    if (hasArgs || (simple(path) && arityOf(path.original))) {
      const { result } = this.call(node, scope);
      this.printable(`${path.original} …`, result, node as Node);
      return;
    }
    const model = this.resolve(path, scope);
    this.printable(path.original, model, path as Node);
  }

  /** A value written into the letter must be text, not a group of fields or a list. */
  private printable(what: string, model: Model | undefined, node: Node): void {
    const name = safeForTerminal(what);
    const field = !name.includes(' ');
    if (isObject(model)) {
      const some = Object.keys(model.fields).slice(0, 3);
      const examples = field ? `, e.g. ${some.map((f) => `{{${name === 'this' ? f : `${name}.${f}`}}}`).join(' or ')}` : '';
      this.fail(node, `{{${name}}} is a group of fields, not one value; write one of its fields${examples}`);
    }
    if (isList(model)) {
      this.fail(node, field ? `{{${name}}} is a list; write it with {{list ${name}}}, or go through it with {{#each ${name}}}…{{/each}}` : `{{${name}}} gives a list; write it with {{list …}}, or go through it with {{#each …}}`);
    }
  }

  /** A helper call (in {{ }}, in ( ) or as a block): known helper, right number of arguments. Returns what it gives. */
  private call(node: Call, scope: Scope): { result: Model | undefined; models: (Model | undefined)[] } {
    if (node.path.type !== 'PathExpression') this.fail(node as Node, `${quote(literalText(node.path))} cannot be used as a helper; helpers are names such as date or money`);
    const path = node.path as Path;
    const name = path.original;
    const block = node.type === 'BlockStatement';
    const arity = simple(path) ? arityOf(name) : undefined;
    if (!arity) {
      const guess = closest(name, KNOWN_HELPERS);
      this.fail(
        path as Node,
        `${quote(name)} is not a helper redress knows${guess ? ` (did you mean ${quote(guess)}?)` : ''}; see \`redress templates --help\` for the list`,
      );
    }
    if (BLOCK_ONLY.has(name) && !block) this.fail(path as Node, `${quote(name)} works only as a block: {{#${name} …}}…{{/${name}}}`);
    if (block && !BLOCK_ONLY.has(name)) {
      this.fail(path as Node, `${quote(name)} is not a block helper; use it inside a block instead, e.g. {{#if (${name} …)}}…{{/if}}`);
    }
    const count = node.params.length;
    const [min, max] = arity;
    if (count < min || count > max) {
      const wants = min === max ? `${min === 0 ? 'no' : min} ${min === 1 ? 'value' : 'values'}` : `${min} to ${max} values`;
      const field = count === 0 && this.fieldHere(name, scope);
      const hint = field
        ? `; to write this item's ${quote(name)}, use {{this.${name}}}, or {{${name} ${name}}} to format it`
        : specOf(name)
          ? `, e.g. ${specOf(name)!.usage.split('  ')[0]}`
          : '';
      this.fail(path as Node, `the helper ${quote(name)} takes ${wants}, not ${count}${hint}`);
    }
    for (const pair of node.hash?.pairs ?? []) {
      if (!((name === 'if' || name === 'unless') && pair.key === 'includeZero')) {
        this.fail(pair as unknown as Node, `the helper ${quote(name)} does not take ${safeForTerminal(pair.key)}=…; remove it`);
      }
      this.expression(pair.value, scope);
    }
    const models = node.params.map((param) => this.expression(param, scope));
    return { result: this.result(name, node.params, models), models };
  }

  /** What a helper gives, as far as the check can tell. */
  private result(name: string, params: hbs.AST.Expression[], models: (Model | undefined)[]): Model | undefined {
    switch (name) {
      case 'zip':
        return listOf(obj({ promised: v, happened: v }));
      case 'last':
        return isList(models[0]) ? models[0].list : models[0] === 'any' ? 'any' : v;
      case 'or':
        return models.every((m) => m === models[0]) ? models[0] : 'any';
      case 'lookup': {
        const [base] = models;
        const key = params[1]!;
        if (key.type === 'StringLiteral' || key.type === 'NumberLiteral') {
          const part = String((key as hbs.AST.StringLiteral).value);
          if (FORBIDDEN.has(part)) this.fail(key as Node, `${quote(part)} is not allowed in a template; templates can only use the fields of the case`);
          if (isObject(base)) {
            const field = fieldOf(base, part);
            if (field === undefined) {
              const guess = closest(part, Object.keys(base.fields));
              this.fail(key as Node, `${quote(part)} is not a field here${guess ? ` (did you mean ${quote(guess)}?)` : `; the fields are ${Object.keys(base.fields).join(', ')}`}`);
            }
            return field;
          }
          if (isList(base)) return /^\d+$/.test(part) ? base.list : part === 'length' ? v : this.fail(key as Node, `a list has no ${quote(part)}; give a position such as 0`);
          return base === v ? this.fail(key as Node, `there is nothing to look up in a single value`) : 'any';
        }
        if (isList(base)) return base.list;
        return 'any';
      }
      default:
        return v;
    }
  }

  private expression(node: hbs.AST.Expression, scope: Scope): Model | undefined {
    switch (node.type) {
      case 'PathExpression':
        return this.resolve(node as Path, scope);
      case 'SubExpression':
        return this.call(node as hbs.AST.SubExpression, scope).result;
      default:
        return v; // a literal: "text", 2, true
    }
  }

  /** Is `name` a field of the current context? (For a helper name used where a field was meant.) */
  private fieldHere(name: string, scope: Scope): boolean {
    const top = scope.frames[scope.frames.length - 1]?.model;
    return isObject(top) && fieldOf(top, name) !== undefined;
  }

  /** The model a path points at, failing with a suggestion where it points at nothing. */
  private resolve(path: Path, scope: Scope): Model | undefined {
    const parts = path.parts;
    if (path.data) {
      const head = parts[0] ?? '';
      if (head === 'root') return this.walkParts(path, parts.slice(1), templateModel(), 'the case', ['@root']);
      if (DATA_NAMES.has(head) && parts.length === 1) return v;
      this.fail(path as Node, `${quote(`@${parts.join('.')}`)} is not something a template can use; use @index, @key, @first, @last or @root`);
    }
    if (!path.depth && !scoped(path) && parts.length > 0) {
      for (let i = scope.blockParams.length - 1; i >= 0; i--) {
        const param = scope.blockParams[i]!.get(parts[0]!);
        if (param !== undefined) return this.walkParts(path, parts.slice(1), param, quote(parts[0]!), [parts[0]!]);
      }
    }
    const frame = scope.frames[scope.frames.length - 1 - path.depth];
    if (!frame) {
      this.fail(path as Node, `${quote(path.original)} reaches above ${scope.frames[0]?.label ?? 'the case'} with "../"; remove a "../"`);
    }
    return this.walkParts(path, parts, frame.model, frame.label, []);
  }

  private walkParts(path: Path, parts: string[], base: Model, label: string, prefix: string[]): Model | undefined {
    let model: Model = base;
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i]!;
      if (FORBIDDEN.has(part)) this.fail(path as Node, `${quote(path.original)} is not allowed in a template; templates can only use the fields of the case`);
      if (model === 'any') continue;
      const walked = [...prefix, ...parts.slice(0, i)].join('.');
      if (model === 'value') {
        this.fail(path as Node, `${quote(path.original)} is not a field: ${walked ? quote(walked) : 'this'} is a single value and has no ${quote(part)}`);
      }
      if (isList(model)) {
        if (/^\d+$/.test(part)) {
          model = model.list;
          continue;
        }
        if (part === 'length') {
          model = v;
          continue;
        }
        this.fail(path as Node, `${quote(path.original)} is not a field: ${walked ? quote(walked) : 'this'} is a list; go through it with {{#each ${safeForTerminal(walked || 'this')}}}…{{/each}}`);
      }
      const next = fieldOf(model, part);
      if (next === undefined) this.unknownField(path, parts, i, model, label, prefix);
      model = next;
    }
    return model;
  }

  private unknownField(path: Path, parts: string[], index: number, model: { fields: Record<string, Model> }, label: string, prefix: string[]): never {
    const fixed = suggestParts(model, parts.slice(index));
    const guess = fixed ? [...prefix, ...parts.slice(0, index), ...fixed].join('.') : undefined;
    const where = label === 'the case' && prefix.length === 0 && index === 0 ? 'the case' : label;
    let message = `${quote(path.original)} is not a field of ${index === 0 ? where : quote([...prefix, ...parts.slice(0, index)].join('.'))}`;
    if (guess) message += ` (did you mean ${quote(guess)}?)`;
    else if (label !== 'the case' && index === 0 && pathExists(templateModel(), parts)) {
      message += `; the fields here are those of ${label}: for the case's own field, write ${quote(`@root.${parts.join('.')}`)}`;
    } else {
      message += `; the fields there are ${Object.keys(model.fields).join(', ')}`;
    }
    this.fail(path as Node, message);
  }

  private block(node: hbs.AST.BlockStatement, scope: Scope): void {
    const path = node.path as Path;
    const hasArgs = node.params.length > 0 || (node.hash?.pairs.length ?? 0) > 0;
    const params = node.program?.blockParams ?? [];
    if (path.type === 'PathExpression' && !hasArgs && !(simple(path) && arityOf(path.original))) {
      // A section: {{#contacts}}…{{/contacts}} goes through a list, or enters a group, like each/with.
      const model = this.resolve(path, scope);
      const inner = isList(model) ? model.list : (model ?? 'any');
      this.program(node.program, this.enter(scope, inner, isList(model) ? `each item of ${quote(path.original)}` : quote(path.original), params, isList(model)));
      this.program(node.inverse, scope);
      return;
    }
    const name = path.type === 'PathExpression' ? path.original : '';
    const subject = this.call(node, scope).models[0];
    const label = node.params[0] ? describe(node.params[0]) : 'the value';
    if (name === 'each') {
      if (subject === v) this.fail(node.params[0] as Node, `${quote(label)} is a single value, not a list; write it with {{${safeForTerminal(label)}}}, or test it with {{#if ${safeForTerminal(label)}}}`);
      const item = isList(subject) ? subject.list : 'any';
      this.program(node.program, this.enter(scope, item, `each item of ${quote(label)}`, params, true));
    } else if (name === 'with') {
      this.program(node.program, this.enter(scope, subject ?? 'any', quote(label), params, false));
    } else {
      if (params.length > 0) this.fail(node as Node, `{{#${name}}} does not give block parameters; remove "as |${params.join(' ')}|"`);
      this.program(node.program, scope);
    }
    this.program(node.inverse, scope);
  }

  private enter(scope: Scope, model: Model, label: string, blockParams: string[], isEach: boolean): Scope {
    const names = new Map<string, Model>();
    if (blockParams[0]) names.set(blockParams[0], model);
    if (blockParams[1] && isEach) names.set(blockParams[1], v);
    return { frames: [...scope.frames, { model, label }], blockParams: names.size > 0 ? [...scope.blockParams, names] : scope.blockParams };
  }

  private partial(node: hbs.AST.PartialStatement, scope: Scope): void {
    const name = partialName(node)!;
    if (node.params.length > 1) this.fail(node.params[1] as Node, `a partial takes at most one value (what it sees as its fields), e.g. {{> ${safeForTerminal(name)} sender}}`);
    let context: Frame = scope.frames[scope.frames.length - 1]!;
    if (node.params[0]) context = { model: this.expression(node.params[0], scope) ?? 'any', label: quote(describe(node.params[0])) };
    const pairs = node.hash?.pairs ?? [];
    if (pairs.length > 0) {
      const extra: Record<string, Model> = {};
      for (const pair of pairs) {
        if (FORBIDDEN.has(pair.key)) this.fail(pair as unknown as Node, `${quote(pair.key)} is not allowed in a template`);
        extra[pair.key] = this.expression(pair.value, scope) ?? 'any';
      }
      const base = context.model;
      context = { model: isObject(base) ? obj({ ...base.fields, ...extra }) : base === 'any' ? 'any' : obj(extra), label: context.label };
    }
    this.enterPartial(name, context);
  }
}

function literalText(node: hbs.AST.Node): string {
  const literal = node as hbs.AST.StringLiteral;
  return node.type === 'StringLiteral' ? JSON.stringify(literal.value) : String(literal.value ?? node.type);
}

function describe(node: hbs.AST.Expression): string {
  if (node.type === 'PathExpression') return (node as Path).original;
  if (node.type === 'SubExpression') return `(${((node as hbs.AST.SubExpression).path as Path).original} …)`;
  return literalText(node);
}

/** The nearest existing path to `parts` under `model`, fixing one misspelt name at a time. */
function suggestParts(model: Model, parts: string[]): string[] | undefined {
  const out: string[] = [];
  let current: Model = model;
  for (const part of parts) {
    if (current === 'any') {
      out.push(part);
      continue;
    }
    if (isList(current)) {
      if (!/^\d+$/.test(part)) return undefined;
      out.push(part);
      current = current.list;
      continue;
    }
    if (!isObject(current)) return undefined;
    const name = fieldOf(current, part) !== undefined ? part : closest(part, Object.keys(current.fields));
    if (!name) return undefined;
    out.push(name);
    current = current.fields[name]!;
  }
  return out;
}

function pathExists(model: Model, parts: string[]): boolean {
  let current: Model = model;
  for (const part of parts) {
    if (current === 'any') return true;
    if (!isObject(current)) return false;
    const next = fieldOf(current, part);
    if (next === undefined) return false;
    current = next;
  }
  return true;
}
