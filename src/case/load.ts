import { UserError } from '../errors.js';
import { readTextFile } from '../io/read.js';
import { safeForTerminal } from '../io/terminal.js';
import type { Case } from './schema.js';
import { formatProblem, validateCase, type Locator, type Problem } from './validate.js';
import { fastParse } from './fast-yaml.js';
import { parseYaml, valuesCutByComments, withCutValuesWhole, YamlProblem, type CutValue } from './yaml.js';

/** A case file that cannot be used; the message lists every problem, located. */
export class CaseFileError extends UserError {
  constructor(
    readonly file: string,
    readonly problems: Problem[],
  ) {
    const lines = problems.slice(0, 20).map((problem) => formatProblem(file, problem));
    if (problems.length > 20) lines.push(`…and ${problems.length - 20} more problems.`);
    const count = problems.length === 1 ? 'this problem' : `these ${problems.length} problems`;
    super(`${lines.join('\n')}\nFix ${count} in ${safeForTerminal(file)} and run the command again.`);
  }
}

export interface LoadedCase {
  value: Case;
  file: string;
  locate: Locator;
  /** Values YAML would cut at a "#" ("Invoice #20817" read as "Invoice"), read whole, to tell the writer about. */
  cutValues?: CutValue[];
}

/** Parses and validates YAML text into a Case; `file` is used in messages only. */
export function parseCase(source: string, file: string): Case {
  return parseCaseWithPositions(source, file).value;
}

export function parseCaseWithPositions(source: string, file: string): LoadedCase {
  if (source.trim() === '') {
    throw new UserError(`${safeForTerminal(file)} is empty. Fill in a case file, or run \`redress init\` to get one to fill in.`);
  }
  // Most case files are plain YAML, read quickly without positions; the positions are only
  // found (with the exact reader) when a problem or a tone warning has to be located.
  const cutValues = valuesCutByComments(source);
  const cut = cutValues.length > 0 ? { cutValues } : {};
  const quick = fastParse(source);
  if (quick) {
    const result = validateCase(withCutValuesWhole(quick.data, cutValues));
    if (result.ok) return { value: result.value, file, locate: locatedLater(source), ...cut };
  }
  let parsed;
  try {
    parsed = parseYaml(source);
  } catch (error) {
    if (error instanceof YamlProblem) throw new CaseFileError(file, [error.problem]);
    throw error;
  }
  const result = validateCase(withCutValuesWhole(parsed.data, cutValues), parsed.locate);
  if (!result.ok) throw new CaseFileError(file, result.problems);
  return { value: result.value, file, locate: parsed.locate, ...cut };
}

function locatedLater(source: string): Locator {
  let exact: Locator | undefined;
  return (path, which) => (exact ??= parseYaml(source).locate)(path, which);
}

export async function loadCaseFile(file: string): Promise<LoadedCase> {
  const source = await readTextFile(file, { what: 'case file', hint: 'To start a new case file, run `redress init`.' });
  return parseCaseWithPositions(source, file === '-' ? 'standard input' : file);
}

/** Attaches file positions to problems found after validation (e.g. a deadline before the letter date). */
export function locateProblems(problems: Problem[], locate: Locator): Problem[] {
  return problems.map((problem) => {
    const path = problem.path.split(/\.|\[(\d+)\]/).filter(Boolean).map((part) => (/^\d+$/.test(part) ? Number(part) : part));
    return { ...problem, ...locate(path) };
  });
}
