// Running the computer's own programs (clipboard tools, mail openers): found on PATH the
// safe way, given a little time, and never an error when they are missing or fail.
import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { constants, promises as fs } from 'node:fs';
import { posix, win32 } from 'node:path';

export interface ProcessOptions {
  env?: NodeJS.ProcessEnv;
  platform?: NodeJS.Platform;
  /** How long a tool may take before it is given up on. */
  timeoutMs?: number;
}

/** The full path of `name` on PATH (with PATHEXT on Windows), or undefined. */
export async function findExecutable(name: string, options: ProcessOptions = {}): Promise<string | undefined> {
  const env = options.env ?? process.env;
  const platform = options.platform ?? process.platform;
  const path = platform === 'win32' ? win32 : posix;
  const pathValue = env.PATH ?? env.Path ?? (platform === 'win32' ? undefined : '/usr/bin:/bin');
  if (!pathValue) return undefined;
  const extensions = platform === 'win32' ? ['', ...(env.PATHEXT ?? '.COM;.EXE').split(';').filter(Boolean)] : [''];
  for (const dir of pathValue.split(platform === 'win32' ? ';' : ':')) {
    if (!dir || !path.isAbsolute(dir)) continue; // a relative PATH entry could run a program from the current folder
    for (const extension of extensions) {
      const candidate = path.join(dir, name.toLowerCase().endsWith(extension.toLowerCase()) ? name : name + extension);
      try {
        const info = await fs.stat(candidate);
        if (!info.isFile()) continue;
        if (platform !== 'win32') await fs.access(candidate, constants.X_OK);
        return candidate;
      } catch {
        // not here
      }
    }
  }
  return undefined;
}

/**
 * Starts a program and waits for it to exit: true when it exits with 0. `input` goes to its
 * standard input. A program still running after `timeoutMs` is stopped and counts as a
 * failure, or with `slow: 'leave'` (an opener that waits for the app it started) is left to
 * carry on by itself and counts as done.
 */
export function runProgram(
  command: string,
  args: string[],
  spawnOptions: SpawnOptions,
  options: ProcessOptions & { input?: Buffer; slow?: 'fail' | 'leave' } = {},
): Promise<boolean> {
  const timeoutMs = options.timeoutMs ?? 5000;
  return new Promise((resolve) => {
    let settled = false;
    const finish = (ok: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(ok);
    };
    let child: ChildProcess;
    try {
      child = spawn(command, args, { env: options.env ?? process.env, windowsHide: true, ...spawnOptions });
    } catch {
      resolve(false);
      return;
    }
    const timer = setTimeout(() => {
      if (options.slow === 'leave') {
        child.unref();
        finish(true);
      } else {
        child.kill();
        finish(false);
      }
    }, timeoutMs);
    child.on('error', () => finish(false));
    child.on('exit', (code) => finish(code === 0));
    if (options.input && child.stdin) {
      child.stdin.on('error', () => {}); // the program went away early; its exit code tells the rest
      child.stdin.end(options.input);
    }
  });
}
