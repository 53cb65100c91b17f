import { mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Creates a folder and any missing parents, like `mkdir -p`. Node's own `recursive: true` runs
 * forever, deaf to signals, where a parent exists but a child cannot be made in it (anything
 * under /proc/self): here the child's error is thrown instead.
 */
export function makeFolder(path: string, mode?: number): void {
  const options = mode === undefined ? undefined : { mode };
  const missing: string[] = [];
  for (let at = path; ; ) {
    try {
      mkdirSync(at, options);
      break;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') {
        const found = statSync(at, { throwIfNoEntry: false });
        if (found === undefined) throw Object.assign(new Error(`${at} is a link to nothing`), { code: LINK_TO_NOTHING });
        if (missing.length === 0 && !found.isDirectory()) throw error;
        break;
      }
      const parent = dirname(at);
      if (code !== 'ENOENT' || parent === at) throw error;
      missing.push(at);
      at = parent;
    }
  }
  for (let i = missing.length - 1; i >= 0; i--) mkdirSync(missing[i]!, options);
}

/** The code of the error thrown for a link (in the path) to a folder that does not exist. */
const LINK_TO_NOTHING = 'ELINKTONOTHING';

/** Why a folder could not be made, after its name: a missing place in its path is one where folders cannot be made. */
export function folderProblem(code: string | undefined, describe: (code: string | undefined) => string): string {
  if (code === LINK_TO_NOTHING) return ': it is, or is inside, a link to a folder that does not exist (remove the link, or point it at a folder)';
  return code === 'ENOENT' ? ': folders cannot be made in that place' : describe(code);
}
