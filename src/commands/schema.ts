import { caseJsonSchema } from '../case/schema.js';
import { writeStdout } from '../io/stdout.js';

/** The JSON Schema of a case file, or with --batch of a batch file, for editors. */
export async function runSchema(options: { batch?: boolean } = {}): Promise<number> {
  const schema = options.batch ? (await import('../batch/schema.js')).batchJsonSchema() : caseJsonSchema();
  writeStdout(`${JSON.stringify(schema, null, 2)}\n`);
  return 0;
}
