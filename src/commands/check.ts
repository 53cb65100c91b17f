// Placeholder until the tone guard lands.
import { notAvailable } from './unavailable.js';

export interface CheckOptions { json?: boolean; strict?: boolean; letter?: boolean; color?: boolean }
export async function runCheck(_file: string | undefined, _options: CheckOptions): Promise<number> {
  return notAvailable('check');
}
