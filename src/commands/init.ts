import { notAvailable } from './unavailable.js';

export async function runInit(..._args: unknown[]): Promise<number> {
  return notAvailable('init');
}
