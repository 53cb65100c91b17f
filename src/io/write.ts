// Files are written atomically: a temporary file next to the target, then a hard link
// (which fails if the target exists, so nothing is ever overwritten by accident) or,
// with --force, a rename. A crash or Ctrl-C never leaves a half-written letter.
import { constants, promises as fs } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UserError } from '../errors.js';
import { removeOnExit } from './cleanup.js';
import { safeForTerminal } from './terminal.js';

export class FileExistsError extends UserError {
  constructor(readonly file: string) {
    super(`${safeForTerminal(file)} already exists, so I did not touch it. Choose another name, or add --force to replace it.`);
  }
}

export interface WriteOptions {
  force?: boolean;
  mode?: number;
}

/** Eight random hex digits (Web Crypto, which Node loads only when it is first used). */
function randomHex(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(4)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export async function writeFileAtomic(file: string, content: string | Uint8Array, options: WriteOptions = {}): Promise<void> {
  const dir = dirname(file);
  const temp = join(dir, `.${basename(file)}.${process.pid}.${randomHex()}.tmp`);
  let handle: fs.FileHandle | undefined;
  // Removed if the run is stopped (Ctrl-C, SIGTERM, SIGHUP) while the temporary file exists.
  const forget = removeOnExit(temp);
  try {
    handle = await fs.open(temp, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY, options.mode ?? 0o644);
    await handle.writeFile(content);
    await handle.sync();
    await handle.close();
    handle = undefined;
    if (options.force) {
      await fs.rename(temp, file);
    } else {
      try {
        await fs.link(temp, file);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EEXIST') throw new FileExistsError(file);
        if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV') throw error;
        // File systems without hard links: check, then rename (a small race, but no clobbering in practice).
        if (await exists(file)) throw new FileExistsError(file);
        await fs.rename(temp, file);
      }
    }
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw writeError(file, error as NodeJS.ErrnoException);
  } finally {
    await handle?.close().catch(() => {});
    await fs.rm(temp, { force: true }).catch(() => {});
    forget();
  }
}

export async function exists(file: string): Promise<boolean> {
  try {
    await fs.lstat(file);
    return true;
  } catch {
    return false;
  }
}

export function writeError(file: string, error: NodeJS.ErrnoException): UserError {
  const name = safeForTerminal(file);
  switch (error.code) {
    case 'ENOENT':
      return new UserError(`Cannot write ${name}: the folder ${safeForTerminal(dirname(file))} does not exist. Create it first, or choose another path.`);
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return new UserError(`Cannot write ${name}: permission denied. Choose a folder you can write to.`);
    case 'EISDIR':
      return new UserError(`Cannot write ${name}: it is a folder. Give a file name instead.`);
    case 'ENOSPC':
      return new UserError(`Cannot write ${name}: the disk is full. Free some space and try again.`, 1);
    default:
      return new UserError(`Cannot write ${name} (${error.code ?? error.message}).`, 1);
  }
}
