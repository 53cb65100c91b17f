import { caseJsonSchema } from '../case/schema.js';

export async function runSchema(): Promise<number> {
  process.stdout.write(`${JSON.stringify(caseJsonSchema(), null, 2)}\n`);
  return 0;
}
