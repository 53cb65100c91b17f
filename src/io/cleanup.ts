// Files a run must not leave behind (a temporary letter, the private copy of standard
// input) are removed however the run ends: when it finishes, on process.exit (a second
// Ctrl-C), and on SIGINT, SIGTERM or SIGHUP, whose default would end the process at once,
// in the middle of a write. The handlers are installed only while there is something to
// remove, so a long step with nothing on disk yet (the tone check of a huge letter) is still
// stopped by Ctrl-C at once, with nothing written.
import { rmSync } from 'node:fs';
import { constants } from 'node:os';

type Remover = () => void;

const removers = new Set<Remover>();
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
let listening = false;

/** Runs every remover (each once), quietly: this is the last thing a run does. */
export function removeLeftovers(): void {
  for (const remove of [...removers]) {
    removers.delete(remove);
    try {
      remove();
    } catch {
      // already gone, or never made
    }
  }
}

function onSignal(signal: NodeJS.Signals): void {
  // Another handler (batch's or the wizard's Ctrl-C) decides how the run ends; whatever it
  // does, process.exit or finishing, the leftovers go then.
  if (process.listenerCount(signal) > 1) return;
  removeLeftovers();
  process.exit(signal === 'SIGINT' ? 130 : 128 + (constants.signals[signal] ?? 15));
}

function listen(on: boolean): void {
  // Only the main thread may take signals; worker_threads is asked only now, since loading it costs every run.
  if (listening === on || !process.getBuiltinModule('node:worker_threads').isMainThread) return;
  listening = on;
  for (const signal of SIGNALS) {
    if (on) process.on(signal, onSignal);
    else process.off(signal, onSignal);
  }
  if (on) process.on('exit', removeLeftovers);
  else process.off('exit', removeLeftovers);
}

/** Removes `path` (a file or a folder) if the run ends before the returned function is called. */
export function removeOnExit(path: string): () => void {
  return onExit(() => rmSync(path, { recursive: true, force: true }));
}

/** Runs `remove` if the run ends before the returned function is called. */
export function onExit(remove: Remover): () => void {
  removers.add(remove);
  listen(true);
  return () => {
    removers.delete(remove);
    if (removers.size === 0) listen(false);
  };
}
