// Folders of the user's own files (templates, rights packs): the one given on the command
// line, then each folder of an environment variable, each checked to be a folder.
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { UserError } from '../errors.js';
import { expandHome } from './home-path.js';
import { safeForTerminal } from './terminal.js';

export interface UserFolderKind {
  /** The command-line option, e.g. `--templates`. */
  option: string;
  /** The environment variable, e.g. `REDRESS_TEMPLATES` (folders separated as in PATH). */
  variable: string;
  /** What to say when a folder does not exist; `from` says where it was named. */
  missing: (from: string, dir: string) => string;
  /** What to say when it is a file. */
  notFolder: (from: string) => string;
}

/** The folders, in the order they are searched, each once; a clear error for one that is missing or a file. */
export function userFolders(kind: UserFolderKind, option?: string): string[] {
  const dirs: { dir: string; from: string }[] = [];
  if (option) dirs.push({ dir: resolve(option), from: `${kind.option} ${option}` });
  const fromEnv = process.env[kind.variable];
  if (fromEnv) {
    for (const dir of fromEnv.split(process.platform === 'win32' ? ';' : ':')) if (dir) dirs.push({ dir: resolve(expandHome(dir)), from: `${kind.variable} (${dir})` });
  }
  for (const { dir, from } of dirs) {
    let isDir = false;
    try {
      isDir = statSync(dir).isDirectory();
    } catch {
      throw new UserError(kind.missing(safeForTerminal(from), safeForTerminal(dir)));
    }
    if (!isDir) throw new UserError(kind.notFolder(safeForTerminal(from)));
  }
  return [...new Set(dirs.map((d) => d.dir))];
}
