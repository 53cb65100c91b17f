import { notAvailable } from './unavailable.js';

export async function runBatch(..._args: unknown[]): Promise<number> {
  return notAvailable('batch');
}
