// Reading a template's text into Handlebars' tree, and saying where it goes wrong. A syntax
// error, or blocks nested too deep to parse in good time, is reported at the template file's
// own line:column (front matter counted), in words a person can act on. TemplateProblem is
// that report, which the checks (template-check.ts) and the reading of front matter use too.
import { compiler } from './handlebars.js';
import { UserError } from '../errors.js';
import { safeForTerminal } from '../io/terminal.js';

/** A file's text that holds a template: where it starts in the file, for positions. */
export interface TemplateText {
  /** The file named in messages. */
  file: string;
  body: string;
  /** Line (1-based) and column (1-based) in the file where `body` starts. */
  line: number;
  column: number;
  /** Positions inside are not exact (a folded YAML subject): report where the text starts. */
  collapse?: boolean;
}

/** A problem in a template, at its line:column in the file. */
export class TemplateProblem extends UserError {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    readonly detail: string,
  ) {
    super(`${safeForTerminal(file)}:${line}:${column} ${detail}\nFix the template and run the command again.`);
    this.name = 'TemplateProblem';
  }
}

interface JisonHash {
  text?: string;
  token?: string | number;
  line?: number;
  loc?: { first_line: number; first_column: number; last_line: number; last_column: number };
}

type JisonParser = { parseError: (message: string, hash: JisonHash) => never; lexer?: { matched?: string } };

/** Blocks inside blocks (an {{else if}} counts as one more): far beyond any letter. */
export const MAX_NESTING = 100;

/**
 * Handlebars' parser takes time that grows steeply with nesting (thousands of blocks
 * inside blocks take minutes), so nesting is counted by reading the text first.
 */
function assertNesting(text: TemplateText): void {
  const body = text.body;
  const stack: number[] = [];
  let chained = 0;
  for (const match of mustaches(body)) {
    const tag = match[0];
    if (/^\{\{!/.test(tag)) continue;
    const head = /^\{\{~?\s*(#|\^|\/|else\b)?\s*(\S)?/.exec(tag)!;
    const kind = head[1];
    let deeper = false;
    if (kind === '/') chained -= stack.pop() ?? 0;
    else if (kind === '#' || (kind === '^' && head[2] !== '}' && head[2] !== '~')) {
      stack.push(0);
      deeper = true;
    } else if (kind === 'else' && head[2] !== undefined && head[2] !== '}' && head[2] !== '~' && stack.length > 0) {
      stack[stack.length - 1]! += 1;
      chained += 1;
      deeper = true;
    }
    let parens = 0;
    let most = 0;
    let quote = '';
    for (const ch of tag) {
      if (quote) {
        if (ch === quote) quote = '';
      } else if (ch === '"' || ch === "'") quote = ch;
      else if (ch === '(') most = Math.max(most, ++parens);
      else if (ch === ')') parens -= 1;
    }
    if ((deeper && stack.length + chained > MAX_NESTING) || most > MAX_NESTING) {
      const before = body.slice(0, match.index).split('\n');
      const { line, column } = filePosition(text, before.length, before[before.length - 1]!.length);
      throw new TemplateProblem(text.file, line, column, `the template puts blocks or ( ) inside each other more than ${MAX_NESTING} deep here; use fewer of them inside each other`);
    }
  }
}

/**
 * Each {{…}} (or {{!-- … --}}) of `body` in order, as `/\{\{(?:!--[\s\S]*?--\}\}|[\s\S]*?\}\})/g`
 * finds them, in linear time: that expression reads to the end of the text from every {{
 * that is never closed (200 KB of "{{" took seconds). Once no }} follows, there are no more.
 */
function* mustaches(body: string): Generator<{ 0: string; index: number }> {
  let from = 0;
  for (;;) {
    const start = body.indexOf('{{', from);
    if (start === -1) return;
    let end = -1;
    if (body.startsWith('{{!--', start)) {
      const close = body.indexOf('--}}', start + 5);
      if (close !== -1) end = close + 4;
    }
    if (end === -1) {
      const close = body.indexOf('}}', start + 2);
      if (close === -1) return;
      end = close + 2;
    }
    yield { 0: body.slice(start, end), index: start };
    from = end;
  }
}

/** Parses a template; a syntax error is reported where it is, in words a person can act on. */
export function parseTemplate(text: TemplateText): hbs.AST.Program {
  assertNesting(text);
  const parser = (compiler() as unknown as { Parser: JisonParser }).Parser;
  const original = parser.parseError;
  let hash: JisonHash | undefined;
  parser.parseError = (message: string, details: JisonHash) => {
    hash = details;
    throw new Error(message);
  };
  try {
    return compiler().parseWithoutProcessing(text.body);
  } catch (error) {
    throw syntaxProblem(text, error as Error & { lineNumber?: number; column?: number }, hash, parser.lexer?.matched);
  } finally {
    parser.parseError = original;
  }
}

function syntaxProblem(text: TemplateText, error: Error & { lineNumber?: number; column?: number }, hash: JisonHash | undefined, matched: string | undefined): TemplateProblem {
  const at = (line: number, column0: number) => filePosition(text, line, column0);
  const advice = 'check that every {{#block}} has its {{/block}} and every {{ has its }}';
  // A block closed by the wrong name: "if doesn't match each - 2:3".
  const mismatch = /^(.+) doesn't match (.+) - \d+:\d+$/.exec(error.message);
  if (mismatch && error.lineNumber !== undefined) {
    const { line, column } = at(error.lineNumber, error.column ?? 0);
    return new TemplateProblem(
      text.file,
      line,
      column,
      `the block {{#${safeForTerminal(mismatch[1]!)}}} is closed by {{/${safeForTerminal(mismatch[2]!)}}}; blocks close in the reverse order they open, so close {{#${safeForTerminal(mismatch[1]!)}}} with {{/${safeForTerminal(mismatch[1]!)}}}`,
    );
  }
  if (/^Lexical error/.test(error.message)) {
    const lines = (matched ?? '').split('\n');
    const { line, column } = at(lines.length, lines[lines.length - 1]!.length);
    return new TemplateProblem(text.file, line, column, `the template has a syntax error here: something after {{ is not written as a template expects (an unclosed {{!-- comment --}} or quote?); ${advice}`);
  }
  const token = String(hash?.token ?? '');
  if (token === 'EOF') {
    const open = unclosedBlock(text.body);
    if (open) {
      const { line, column } = at(open.line, open.column);
      return new TemplateProblem(text.file, line, column, `the block {{#${safeForTerminal(open.name)}}} is never closed; add {{/${safeForTerminal(open.name)}}} where it should end`);
    }
  }
  const loc = hash?.loc;
  const { line, column } = loc ? at(loc.first_line, loc.first_column) : at(Number(/line (\d+)/.exec(error.message)?.[1] ?? 1), 0);
  const what =
    token === 'EOF'
      ? 'the template ends before a {{ or a block is closed'
      : token === 'INVALID'
        ? 'something here is not written as a template expects (an unclosed quote, or a character that does not belong inside {{ }})'
        : token === 'OPEN_ENDBLOCK'
          ? 'this {{/…}} closes a block that was never opened'
          : token === 'INVERSE' || token === 'OPEN_INVERSE_CHAIN'
            ? 'this {{else}} is not inside a block, or the block already has one'
            : token === 'CLOSE'
              ? 'this {{ }} is empty or incomplete'
              : `unexpected "${safeForTerminal(hash?.text ?? token)}"`;
  return new TemplateProblem(text.file, line, column, `the template has a syntax error: ${what}; ${advice}`);
}

/** The last {{#block}} that is never closed, found by reading the openers and closers in order. */
function unclosedBlock(body: string): { name: string; line: number; column: number } | undefined {
  const stack: { name: string; index: number }[] = [];
  const tag = /\{\{!--[\s\S]*?--\}\}|\{\{![\s\S]*?\}\}|\{\{~?\s*([#/^])\s*(?:[*>]\s*)?([^\s}~()]+)/g;
  for (let match = tag.exec(body); match; match = tag.exec(body)) {
    if (!match[1]) continue;
    if (match[1] === '/') {
      const at = stack.map((s) => s.name).lastIndexOf(match[2]!);
      if (at >= 0) stack.length = at;
    } else if (!(match[1] === '^' && match[2] === '}')) {
      stack.push({ name: match[2]!, index: match.index });
    }
  }
  const open = stack[stack.length - 1];
  if (!open) return undefined;
  const before = body.slice(0, open.index).split('\n');
  return { name: open.name, line: before.length, column: before[before.length - 1]!.length };
}

/** Where a node of the tree stands in the template's file. */
export function nodePosition(text: TemplateText, node: hbs.AST.Node & { loc?: hbs.AST.SourceLocation | null }): { line: number; column: number } {
  return filePosition(text, node.loc?.start.line ?? 1, node.loc?.start.column ?? 0);
}

/** A position in the template text (1-based line, 0-based column) as a position in its file (both 1-based). */
function filePosition(text: TemplateText, line: number, column0: number): { line: number; column: number } {
  if (text.collapse) return { line: text.line, column: text.column };
  return { line: text.line + line - 1, column: line === 1 ? text.column + column0 : column0 + 1 };
}
