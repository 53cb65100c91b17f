// `redress batch FILE|-`: the work is in src/batch/run.ts.
import { runBatch as run, type BatchOptions } from '../batch/run.js';

export type { BatchOptions };

/** Writes one letter per case of a batch file; returns the exit code (0, 1, 2 or 130). */
export async function runBatch(file: string, options: BatchOptions): Promise<number> {
  return run(file, options);
}
