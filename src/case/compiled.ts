import { compile } from 'zod/v4/core';
import { caseSchema } from './schema.js';

export type CaseSchema = typeof caseSchema;

let compiled: CaseSchema | undefined;

/**
 * The case schema compiled into one generated function (zod's `compile`): it checks a valid
 * case about four times faster, and hands any case it would refuse to the schema itself, so
 * the answers and the problems found are the same. Compiling takes a few milliseconds, which
 * only a batch of many cases wins back; one letter uses the schema as it is.
 */
export function compiledCaseSchema(): CaseSchema {
  return (compiled ??= compile(caseSchema));
}
