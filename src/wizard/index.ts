import { UserError } from '../errors.js';

export async function runWizard(_options: object): Promise<number> {
  throw new UserError('The question-by-question wizard is not available yet. Use `redress draft --from case.yaml` (start one with `redress init`).');
}
