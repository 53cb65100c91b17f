// Every command the command line runs, each loaded only when it runs. The build makes this
// one CommonJS bundle (dist/commands.cjs), which the command line runs with V8's code cache
// (startup/code-cache.ts): one copy of the letter engine, however many commands use it.

export const commands = {
  draft: () => import('./draft.js'),
  batch: () => import('./batch.js'),
  check: () => import('./check.js'),
  templates: () => import('./templates.js'),
  init: () => import('./init.js'),
  schema: () => import('./schema.js'),
  rights: () => import('./rights.js'),
  status: () => import('./status.js'),
  reply: () => import('./reply.js'),
  color: () => import('../io/color.js'),
};

export type CommandModules = typeof commands;

/** A batch's worker threads load this bundle and call this (batch/workers.ts). */
export async function serveBatchWorker(): Promise<void> {
  (await import('../batch/workers.js')).serveIfWorker();
}
