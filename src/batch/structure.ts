// What a batch file's parts mean: a case, `defaults:` for the cases after it, or a
// `defaults:` + `cases:` mapping; how defaults merge under a case; and where in the file
// a problem with the merged case sits.
import { caseSchema } from '../case/schema.js';
import { validateCase, type Locator, type PathPart, type Position, type Problem } from '../case/validate.js';
import { parseYaml, YamlProblem } from '../case/yaml.js';
import { closest } from '../util/suggest.js';

export const CASE_FIELDS: readonly string[] = Object.keys(caseSchema.shape);
const BATCH_KEYS = ['defaults', 'cases'];

export type Exact = { ok: true; data: unknown; locate: Locator } | { ok: false; problem: Problem };

/** Reads a piece with the exact reader; positions are turned into file positions. */
export function exactParse(text: string, fileLine: (line: number) => number): Exact {
  const shift = (position: Position | undefined): Position | undefined =>
    position && { line: fileLine(position.line), column: position.column };
  try {
    const parsed = parseYaml(text);
    return { ok: true, data: parsed.data, locate: (path, which) => shift(parsed.locate(path, which)) };
  } catch (error) {
    if (error instanceof YamlProblem) {
      const { problem } = error;
      return { ok: false, problem: problem.line === undefined ? problem : { ...problem, line: fileLine(problem.line) } };
    }
    throw error;
  }
}

export const fromLine = (start: number) => (line: number) => start + line - 1;

export function isGroup(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export type Shape =
  | { kind: 'case' }
  | { kind: 'defaults'; defaults: Record<string, unknown> }
  | { kind: 'batch'; defaults: Record<string, unknown>; cases: unknown }
  | { kind: 'wrong'; problems: Problem[] };

/** Field names that look like a batch file's (`defaults`, `cases`, or a misspelling of one). */
export function batchLikeKeys(keys: readonly string[]): string[] {
  return keys.filter((key) => BATCH_KEYS.includes(key) || (!CASE_FIELDS.includes(key) && closest(key, BATCH_KEYS) !== undefined));
}

/**
 * Decides what a parsed document (or skeleton) is; `locate` points into the file.
 * `written` are the top-level field names as written: an empty `cases:` or `defaults:` is
 * not in the data (an empty value means "not given") but still makes a batch document.
 */
export function shapeOf(data: unknown, locate: Locator, itemsTakenOut = false, written: readonly string[] = []): Shape {
  if (!itemsTakenOut && !isGroup(data) && data !== null) return { kind: 'case' };
  if (!isGroup(data)) {
    if (itemsTakenOut || written.includes('cases')) return { kind: 'batch', defaults: {}, cases: [] };
    return written.includes('defaults') ? { kind: 'defaults', defaults: {} } : { kind: 'case' };
  }
  const keys = Object.keys(data);
  if (!itemsTakenOut && batchLikeKeys(keys).length === 0) {
    if (written.includes('cases')) return { kind: 'batch', defaults: {}, cases: [] };
    if (written.includes('defaults') && keys.length === 0) return { kind: 'defaults', defaults: {} };
    return { kind: 'case' };
  }
  const problems: Problem[] = [];
  for (const key of keys) {
    if (BATCH_KEYS.includes(key)) continue;
    const guess = closest(key, BATCH_KEYS);
    const message = CASE_FIELDS.includes(key)
      ? `belongs to a case, not to the batch file itself: put it inside a case under cases:, or under defaults: to give it to every case`
      : `is not a part of a batch file${guess ? ` (did you mean "${guess}"?)` : ''}; a batch file has defaults: and cases:, or cases separated by lines of ---`;
    problems.push({ path: key, message, ...locate([key], 'key') });
  }
  const defaults = data.defaults;
  if (defaults !== undefined && !isGroup(defaults)) {
    problems.push({
      path: 'defaults',
      message: 'should be a group of fields shared by every case, such as sender: and letter:, each on its own line below it',
      ...locate(['defaults']),
    });
  }
  if (!itemsTakenOut && data.cases !== undefined && !Array.isArray(data.cases)) {
    problems.push({ path: 'cases', message: 'should be a list of cases, each starting with "- " on its own line', ...locate(['cases']) });
  }
  if (problems.length > 0) return { kind: 'wrong', problems };
  const groups = isGroup(defaults) ? defaults : {};
  if (!itemsTakenOut && !('cases' in data) && !written.includes('cases')) return { kind: 'defaults', defaults: groups };
  return { kind: 'batch', defaults: groups, cases: data.cases };
}

function valueAt(data: unknown, path: readonly PathPart[]): unknown {
  let value = data;
  for (const part of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = Object.prototype.hasOwnProperty.call(value, part) ? (value as Record<string | number, unknown>)[part] : undefined;
  }
  return value;
}

export function pathParts(path: string): PathPart[] {
  return path
    .split(/\.|\[(\d+)\]/)
    .filter(Boolean)
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/**
 * Problems with `defaults:` on their own: wrong types, unknown fields, bad values. Fields a
 * case must have are not expected in defaults, so "is required" is not a problem here.
 */
export function defaultsProblems(defaults: Record<string, unknown>, locate: Locator): Problem[] {
  const result = validateCase(defaults, (path, which) => locate(['defaults', ...path], which));
  if (result.ok) return [];
  return result.problems
    .filter((problem) => problem.path !== '' && valueAt(defaults, pathParts(problem.path)) !== undefined)
    .map((problem) => ({ ...problem, path: `defaults.${problem.path}` }));
}

/** Deep merge: groups merge field by field, anything else (lists too) is replaced by `over`. */
export function deepMerge(base: unknown, over: unknown): unknown {
  if (over === undefined) return base;
  if (!isGroup(base) || !isGroup(over)) return over;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(base)) out[key] = Object.hasOwn(over, key) ? deepMerge(base[key], over[key]) : base[key];
  for (const key of Object.keys(over)) if (!Object.hasOwn(base, key)) out[key] = over[key];
  return out;
}

/** One source of a merged case's values, with where its fields are in the file. */
export interface Layer {
  data: unknown;
  locate?: Locator;
  /** Path of the layer's root inside what `locate` knows, e.g. ['defaults']. */
  prefix: readonly PathPart[];
}

function depthIn(data: unknown, path: readonly PathPart[]): number {
  let value = data;
  let depth = 0;
  for (const part of path) {
    if (value === null || typeof value !== 'object' || !Object.prototype.hasOwnProperty.call(value, part)) break;
    value = (value as Record<string | number, unknown>)[part];
    depth++;
  }
  return depth;
}

/**
 * Where a field of a merged case is: in the layer that holds the most of its path (the
 * case first, then the defaults above it), so a bad value that came from `defaults:` is
 * reported there, and a missing field at the case.
 */
export function mergedLocator(layers: readonly Layer[]): Locator {
  return (path, which) => {
    let best: Layer | undefined;
    let bestDepth = -1;
    for (const layer of layers) {
      if (!layer.locate) continue;
      const depth = depthIn(layer.data, path);
      if (depth > bestDepth) {
        best = layer;
        bestDepth = depth;
      }
    }
    return best?.locate?.([...best.prefix, ...path], which);
  };
}
