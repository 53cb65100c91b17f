// Static checks of a template before it runs: syntax, helpers, partials, and fields that
// the case model does not have. Each problem is reported at the template's file:line:column.
import Handlebars from 'handlebars';
import { UserError } from '../errors.js';
import { safeForTerminal } from '../io/terminal.js';
import { closest } from '../util/suggest.js';
import { helperNames } from './helpers.js';
import type { TemplateSource } from './templates.js';

type Model = { [key: string]: Model } | 'value' | 'any' | { list: Model };

const v = 'value' as const;
const contact: Model = { date: v, channel: v, who: v, result: v };
/** The fields a template can use: the case model with defaults filled in. */
export const MODEL: Model = {
  sender: { name: v, email: v, phone: v, address: v, customerId: v },
  recipient: { company: v, contact: v, email: v, address: v },
  purchase: { item: v, date: v, reference: v, amount: v, currency: v },
  story: { circumstances: v, expectations: { list: v }, outcome: { list: v }, impact: v },
  contacts: { list: contact },
  evidence: { list: v },
  card: { issuer: v, last4: v, statementDate: v },
  request: { remedy: v, correction: v, amount: v, deadline: v, deadlineDays: v },
  letter: { stage: v, date: v, previous: { list: v }, nextSteps: { list: v }, locale: v },
  custom: 'any',
};

const BLOCK_HELPERS = new Set(['if', 'unless', 'each', 'with']);
const BUILTIN_HELPERS = new Set(['if', 'unless', 'each', 'with', 'lookup', 'log']);
const known = new Set([...helperNames, ...BUILTIN_HELPERS]);

type Node = hbs.AST.Node & { loc?: hbs.AST.SourceLocation };
type PartialInfo = { file: string; body: string; bodyLine: number };

class TemplateProblem extends UserError {}

function fail(file: string, line: number, column: number, message: string): never {
  throw new TemplateProblem(`${safeForTerminal(file)}:${line}:${column} ${message}\nFix the template and run the command again.`);
}

function parse(body: string, file: string, bodyLine: number): hbs.AST.Program {
  try {
    return Handlebars.parseWithoutProcessing(body);
  } catch (error) {
    const message = (error as Error).message;
    const match = /line (\d+)/.exec(message);
    const hash = (error as { hash?: { loc?: { first_line?: number; first_column?: number } } }).hash;
    const line = (hash?.loc?.first_line ?? (match ? Number(match[1]) : 1)) + bodyLine - 1;
    const column = (hash?.loc?.first_column ?? 0) + 1;
    const detail = message.split('\n').slice(-1)[0]!.replace(/^Expecting .*got/, 'unexpected').trim();
    fail(file, line, column, `the template has a syntax error (${detail}); check that every {{#block}} has its {{/block}} and every {{ has its }}`);
  }
}

const childModel = (model: Model | undefined, key: string): Model | undefined => {
  if (model === 'any') return 'any';
  if (model === undefined || model === 'value' || 'list' in model) return undefined;
  return Object.prototype.hasOwnProperty.call(model, key) ? (model as Record<string, Model>)[key] : undefined;
};

export function checkTemplate(source: TemplateSource, partials: Map<string, PartialInfo>): void {
  const visiting: string[] = [];
  const checked = new Set<string>();

  const walkTemplate = (body: string, file: string, bodyLine: number, context: Model) => {
    const ast = parse(body, file, bodyLine);
    const where = (node: Node) => ({ line: (node.loc?.start.line ?? 1) + bodyLine - 1, column: (node.loc?.start.column ?? 0) + 1 });

    const resolvePath = (path: hbs.AST.PathExpression, stack: Model[]): void => {
      if (path.data) {
        if (path.parts[0] === 'root') checkParts(path, path.parts.slice(1), MODEL, 'root');
        return;
      }
      const base = stack[Math.max(0, stack.length - 1 - path.depth)];
      checkParts(path, path.parts, base, path.original);
    };

    const checkParts = (path: hbs.AST.PathExpression, parts: string[], base: Model | undefined, _label: string) => {
      let model = base;
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i]!;
        if (model === undefined || model === 'any') return;
        if (['__proto__', 'constructor', 'prototype', '__defineGetter__', '__lookupGetter__'].includes(part)) {
          const { line, column } = where(path);
          fail(file, line, column, `"${safeForTerminal(path.original)}" is not allowed in a template`);
        }
        if (model === 'value' || 'list' in model) {
          if (model !== 'value' && /^\d+$/.test(part)) {
            model = model.list;
            continue;
          }
          if (model !== 'value' && part === 'length') return;
          const { line, column } = where(path);
          fail(file, line, column, `"${safeForTerminal(path.original)}" is not a field of the case: "${parts.slice(0, i).join('.')}" has no "${safeForTerminal(part)}"`);
        }
        const next = childModel(model, part);
        if (next === undefined) {
          const prefix = parts.slice(0, i).join('.');
          const candidates = Object.keys(model).map((k) => (prefix ? `${prefix}.${k}` : k));
          const guess = closest(prefix ? `${prefix}.${part}` : part, candidates);
          const { line, column } = where(path);
          fail(file, line, column, `"${safeForTerminal(path.original)}" is not a field of the case${guess ? ` (did you mean "${guess}"?)` : ''}`);
        }
        model = next;
      }
    };

    const expression = (node: hbs.AST.Expression, stack: Model[]) => {
      if (node.type === 'PathExpression') resolvePath(node as hbs.AST.PathExpression, stack);
      else if (node.type === 'SubExpression') call(node as hbs.AST.SubExpression, stack, true);
    };

    const call = (node: hbs.AST.MustacheStatement | hbs.AST.SubExpression | hbs.AST.BlockStatement, stack: Model[], isHelper: boolean) => {
      const path = node.path as hbs.AST.PathExpression;
      const hasArgs = node.params.length > 0 || (node.hash?.pairs.length ?? 0) > 0;
      const name = path.type === 'PathExpression' ? path.original : '';
      if (path.type !== 'PathExpression') {
        const { line, column } = where(node as Node);
        fail(file, line, column, 'a literal cannot be used as a helper or field here');
      }
      if (isHelper || hasArgs || node.type === 'BlockStatement') {
        if (!known.has(name)) {
          const { line, column } = where(node as Node);
          const guess = closest(name, [...known]);
          if (node.type === 'MustacheStatement' && !hasArgs) resolvePath(path, stack);
          else fail(file, line, column, `"${safeForTerminal(name)}" is not a helper redress knows${guess ? ` (did you mean "${guess}"?)` : ''}; see \`redress templates --help\` for the list`);
        }
      } else if (known.has(name) && !path.data && path.parts.length === 1) {
        return; // a helper called without arguments, e.g. {{deadline}}
      } else {
        resolvePath(path, stack);
      }
      for (const param of node.params) expression(param, stack);
      for (const pair of node.hash?.pairs ?? []) expression(pair.value, stack);
    };

    const elementOf = (param: hbs.AST.Expression | undefined, stack: Model[]): Model | undefined => {
      if (!param || param.type !== 'PathExpression') {
        if (param?.type === 'SubExpression' && ((param as hbs.AST.SubExpression).path as hbs.AST.PathExpression).original === 'zip') {
          return { promised: v, happened: v };
        }
        return undefined;
      }
      const path = param as hbs.AST.PathExpression;
      let model: Model | undefined = path.data ? (path.parts[0] === 'root' ? MODEL : undefined) : stack[Math.max(0, stack.length - 1 - path.depth)];
      for (const part of path.data ? path.parts.slice(1) : path.parts) model = childModel(model, part);
      return model;
    };

    const statements = (program: hbs.AST.Program | undefined, stack: Model[]) => {
      for (const node of program?.body ?? []) statement(node as hbs.AST.Statement, stack);
    };

    const statement = (node: hbs.AST.Statement, stack: Model[]) => {
      switch (node.type) {
        case 'MustacheStatement':
          call(node as hbs.AST.MustacheStatement, stack, false);
          return;
        case 'BlockStatement': {
          const block = node as hbs.AST.BlockStatement;
          call(block, stack, true);
          const name = (block.path as hbs.AST.PathExpression).original;
          let inner = stack;
          if (name === 'each') {
            const list = elementOf(block.params[0], stack);
            const element = list && typeof list === 'object' && 'list' in list ? list.list : list === 'any' ? 'any' : list && typeof list === 'object' && !('list' in list) && 'promised' in list ? list : 'any';
            inner = [...stack, element as Model];
          } else if (name === 'with') {
            inner = [...stack, elementOf(block.params[0], stack) ?? 'any'];
          } else if (!BLOCK_HELPERS.has(name)) {
            inner = [...stack, 'any'];
          }
          statements(block.program, inner);
          statements(block.inverse, stack);
          return;
        }
        case 'PartialStatement':
        case 'PartialBlockStatement': {
          const partial = node as hbs.AST.PartialStatement;
          const { line, column } = where(node as Node);
          if (partial.name.type !== 'PathExpression') fail(file, line, column, 'partials must be named plainly, e.g. {{> signature}}; dynamic partials are not allowed');
          if (node.type === 'PartialBlockStatement') fail(file, line, column, 'partial blocks ({{#> name}}) are not supported; use {{> name}}');
          const name = (partial.name as hbs.AST.PathExpression).original;
          const found = partials.get(name);
          if (!found) {
            const guess = closest(name, [...partials.keys()]);
            fail(file, line, column, `the partial "${safeForTerminal(name)}" does not exist${guess ? ` (did you mean "${guess}"?)` : ''}; partials are files named _${safeForTerminal(name)}.hbs next to the template`);
          }
          if (visiting.includes(name)) fail(file, line, column, `the partial "${safeForTerminal(name)}" includes itself (${[...visiting, name].join(' > ')}); remove the loop`);
          for (const param of partial.params) expression(param, stack);
          if (!checked.has(name) || partial.params.length > 0) {
            checked.add(name);
            visiting.push(name);
            walkTemplate(found.body, found.file, found.bodyLine, partial.params.length > 0 ? 'any' : stack[stack.length - 1]!);
            visiting.pop();
          }
          return;
        }
        case 'DecoratorBlock':
        case 'Decorator': {
          const { line, column } = where(node as Node);
          fail(file, line, column, 'decorators ({{* …}}) and inline partials are not allowed in templates');
          return;
        }
        default:
          return;
      }
    };

    statements(ast, [context]);
  };

  walkTemplate(source.body, source.file, source.bodyLine, MODEL);
  if (source.meta.subject) walkTemplate(source.meta.subject, `${source.file} (subject)`, 1, MODEL);
}
