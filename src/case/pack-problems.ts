// What is wrong with a rights pack of the user's own (--rights, REDRESS_RIGHTS), said as a case
// file's problems are: each at its line:column in the file, with the field and what to write.
// Only read when a pack has a problem: a pack that reads well never comes here.
import { readFileSync } from 'node:fs';
import type { z } from 'zod/mini';
import { UserError } from '../errors.js';
import { decodeText } from '../io/read.js';
import { safeForTerminal } from '../io/terminal.js';
import { closest } from '../util/suggest.js';
import { packSchemas } from '../rights/schema.js';
import { describeValue, friendlyMessage, formatProblem, type Locator, type PathPart, type Problem } from './validate.js';
import { parseYaml, YamlProblem } from './yaml.js';

/** What to do, after the problems: fix `what` ("that field", "the file"). */
const fix = (what: string) => `Fix ${what} (see "Rights packs" in the README for what an entry holds), or move the file out of the rights folder, and run the command again.`;

/** "nextSteps[1] (id "gb-other").text": the field, with the id of the entry it is in. */
function fieldName(path: readonly PathPart[], data: unknown): string {
  let where = '';
  let node: unknown = data;
  for (const part of path) {
    if (typeof part === 'number') {
      const entry = (node as unknown[] | undefined)?.[part] as { id?: unknown } | undefined;
      where += typeof entry?.id === 'string' ? `[${part}] (id "${entry.id}")` : `[${part}]`;
      node = entry;
    } else {
      where += where === '' ? part : `.${part}`;
      node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
    }
  }
  return where;
}

function valueAt(data: unknown, path: readonly PathPart[]): unknown {
  let value = data;
  for (const part of path) {
    if (value === null || typeof value !== 'object' || !Object.prototype.hasOwnProperty.call(value, part)) return undefined;
    value = (value as Record<PathPart, unknown>)[part];
  }
  return value;
}

function shapeOf(data: unknown): string {
  return Array.isArray(data) ? 'a list' : data === null || data === undefined ? 'empty' : 'a single value';
}

/** Every field a pack's entries may have, from the schemas themselves (asked for only when a pack has an unknown field). */
function entryFields(): string[] {
  const { rightSchema, nextStepSchema, cardRouteSchema } = packSchemas();
  return [...new Set([rightSchema, nextStepSchema, cardRouteSchema].flatMap((schema) => Object.keys(schema.shape)))];
}

/** A field the pack's schema does not have, with the known one it may be a misspelling of. */
function unknownField(key: string, at: readonly PathPart[]): string {
  const guess = closest(key, at.length === 0 ? Object.keys(packSchemas().packSchema.shape) : entryFields());
  return `has a field redress does not know: ${key} (check the spelling, or remove it)${guess ? `; did you mean "${guess}"?` : ''}`;
}

/** The problems of a pack its schema refused, each located in the file. */
export function packProblems(source: string, data: unknown, issues: readonly z.core.$ZodIssue[]): Problem[] {
  // What the exact reader refuses (a tag such as !!binary, aliases inside aliases) is the cause: said first, and alone.
  let locate: Locator = () => undefined;
  try {
    locate = parseYaml(source).locate;
  } catch (error) {
    if (error instanceof YamlProblem) return [error.problem];
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return [{ path: '', message: `should be a rights pack: fields such as rights:, nextSteps: and cardRoutes:, each a list of entries, but it is ${shapeOf(data)}`, ...locate([]) }];
  }
  const problems: Problem[] = [];
  for (const issue of issues) {
    const path = issue.path as PathPart[];
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) problems.push({ path: fieldName(path, data), message: unknownField(key, path), ...locate([...path, key], 'key') });
      continue;
    }
    const input = valueAt(data, path);
    let message = friendlyMessage(issue, input, describeValue);
    if (issue.code === 'invalid_value' && !issue.message.startsWith('expected')) {
      const options = issue.values.map(String);
      const guess = typeof input === 'string' ? closest(input, options) : undefined;
      message = `expected one of ${options.join(', ')}, got ${describeValue(input)}${guess ? ` (did you mean "${guess}"?)` : ''}`;
    }
    if (issue.code === 'too_small' && Array.isArray(input)) message = 'must list at least one; remove the field if it should not limit the entry';
    problems.push({ path: fieldName(path, data), message, ...locate(path) });
  }
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  return problems;
}

/** The message for a pack with these problems. */
export function packProblemsError(file: string, problems: readonly Problem[]): UserError {
  const bytes = notText(file);
  if (bytes) return bytes;
  const lines = problems.slice(0, 20).map((problem) => `  ${formatProblem(file, problem)}`);
  if (problems.length > 20) lines.push(`  …and ${problems.length - 20} more problems.`);
  const count = problems.length === 1 ? 'a problem' : `${problems.length} problems`;
  return new UserError(`Your rights pack ${safeForTerminal(file)} has ${count}:\n${lines.join('\n')}\n${fix(problems.length === 1 ? 'that field' : 'those fields')}`);
}

/** Why the pack's bytes are not text redress reads (binary, UTF-16, not UTF-8); undefined when they are. */
function notText(file: string): UserError | undefined {
  try {
    decodeText(readFileSync(file), `Your rights pack ${safeForTerminal(file)}`);
    return undefined;
  } catch (error) {
    if (!(error instanceof UserError)) return undefined;
    const said = error.message.replace(/ Give a plain text \(YAML\) file\.$/, ' Save the pack as plain text (JSON or YAML).');
    return new UserError(`${said}\nOr move the file out of the rights folder, and run the command again.`);
  }
}

/** The message for a pack that is not valid YAML or JSON, at its line:column. */
export function packUnreadableError(file: string, source: string | undefined, error: unknown): UserError {
  const first = String((error as Error | undefined)?.message ?? error).split('\n')[0]!;
  const bytes = notText(file);
  if (bytes) return bytes;
  let problem: Problem | undefined;
  if (source !== undefined && source.trim() === '') problem = { path: '', message: 'the file is empty; write your entries in it, or delete it' };
  else if (source !== undefined) {
    const at = /at position (\d+)/.exec(first);
    if (at) {
      const position = Number(at[1]);
      const before = source.slice(0, position);
      problem = { path: '', message: `this is not valid JSON (${first.replace(/ in JSON at position \d+.*$/, '').replace(/ \(line \d+ column \d+\)$/, '')})`, line: before.split('\n').length, column: position - before.lastIndexOf('\n') };
    } else {
      try {
        parseYaml(source);
      } catch (yaml) {
        if (yaml instanceof YamlProblem) problem = yaml.problem;
      }
    }
  }
  problem ??= { path: '', message: first };
  const where = problem.line !== undefined ? `${file}:${problem.line}:${problem.column ?? 1}` : file;
  return new UserError(`Your rights pack ${safeForTerminal(where)} could not be read: ${safeForTerminal(problem.message)}.\n${fix('the file')}`);
}
