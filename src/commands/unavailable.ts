import { UserError } from '../errors.js';

export function notAvailable(name: string): never {
  throw new UserError(`\`redress ${name}\` is not available yet. Use \`redress draft --from FILE\` for now.`);
}
