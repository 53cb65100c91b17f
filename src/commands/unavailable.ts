import { UserError } from '../errors.js';

export function notAvailable(name: string) {
  return async (): Promise<number> => {
    throw new UserError(`\`redress ${name}\` is not available yet. Use \`redress draft --from FILE\` for now.`);
  };
}
