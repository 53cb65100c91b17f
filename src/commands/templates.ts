import { notAvailable } from './unavailable.js';

export async function runTemplatesList(..._args: unknown[]): Promise<number> {
  return notAvailable('templates list');
}
export async function runTemplatesShow(..._args: unknown[]): Promise<number> {
  return notAvailable('templates show');
}
export async function runTemplatesEject(..._args: unknown[]): Promise<number> {
  return notAvailable('templates eject');
}
