// Files are written atomically: a temporary file next to the target, then a hard link
// (which fails if the target exists, so nothing is ever overwritten by accident) or,
// with --force, a rename. A crash or Ctrl-C never leaves a half-written letter.
import { constants, promises as fs, statSync, type Stats } from 'node:fs';
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
  /** With force: replace the file only if its text is still this (what the edit was made from). */
  unchangedFrom?: string;
}

/** The file was changed by someone else between being read and being written back. */
export class FileChangedError extends Error {}

/** Eight random hex digits (Web Crypto, which Node loads only when it is first used). */
function randomHex(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(4)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** What --force may replace: the file itself, or the file a link points to. */
interface Target {
  /** The path written: `file`, or where its link leads. */
  path: string;
  /** The file replaced, when there is one: its mode and owner are kept. */
  existing?: Stats;
}

/**
 * Where a forced write goes. A link is written through (the link stays, the file it points
 * to gets the new content); only a regular file is ever replaced: a folder, a device, a pipe
 * or a socket is refused, so `--out /dev/null --force` never turns a device into a file.
 */
async function forcedTarget(file: string): Promise<Target> {
  const name = safeForTerminal(file);
  let info: Stats;
  try {
    info = await fs.lstat(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { path: file };
    throw error;
  }
  let path = file;
  if (info.isSymbolicLink()) {
    try {
      path = await fs.realpath(file);
      info = await fs.stat(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ELOOP') throw error;
      // A link to a pipe or a socket with no name (/dev/stdout in a pipeline) has no real path, but is there.
      const reached = code === 'ENOENT' ? await fs.stat(file).catch(() => undefined) : undefined;
      if (reached === undefined || reached.isFile()) throw new UserError(`${name} is a link to a file that does not exist, so I did not write through it. Remove the link, or give another name.`);
      info = reached;
    }
  }
  if (info.isFile()) return { path, existing: info };
  const shown = path === file ? name : `${name} (a link to ${safeForTerminal(path)})`;
  if (info.isDirectory()) throw new UserError(`${shown} is a folder, so I did not replace it. Give the name of a file instead.`);
  throw new UserError(`${shown} is ${kindOf(info)}, not a regular file, so I did not replace it. Give the name of a regular file instead.`);
}

/** "letters/" is a folder's name: a file is written in a folder, not as one. */
function assertFileName(file: string): void {
  if (!/[\\/]$/.test(file)) return;
  const name = safeForTerminal(file);
  throw new UserError(`Cannot write ${name}: a name that ends with "${file.slice(-1)}" is a folder's, not a file's. Add the file's own name after it (${name}NAME), and make the folder first if it does not exist.`);
}

function kindOf(info: Stats): string {
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  if (info.isFIFO()) return 'a pipe (FIFO)';
  if (info.isSocket()) return 'a socket';
  return 'not a regular file';
}

/**
 * Throws the error writeFileAtomic would, before anything is written: a command that writes
 * several files (a letter, then the case file, then a calendar) checks them all first, so a
 * wrong path never leaves the work half done.
 */
export async function assertWritable(file: string, options: WriteOptions & { inputs?: readonly string[] } = {}): Promise<void> {
  assertFileName(file);
  try {
    if (await exists(file)) {
      // The file a command reads is never what it writes over, even with --force (or through a link).
      const real = await fs.realpath(file).catch(() => undefined);
      for (const input of options.inputs ?? []) {
        if (real !== undefined && real === (await fs.realpath(input).catch(() => undefined))) {
          throw new UserError(`${safeForTerminal(file)} is ${safeForTerminal(input)}, the file this command reads: writing there would replace it. Choose another name.`);
        }
      }
      // A folder, a device, a pipe or a dangling link is refused with or without --force, as writeFileAtomic does.
      const target = await forcedTarget(file);
      if (!options.force) throw new FileExistsError(file);
      await fs.access(target.path, constants.W_OK);
    }
    const folder = dirname(file);
    const info = await fs.stat(folder);
    if (!info.isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
    await fs.access(folder, constants.W_OK);
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw writeError(file, error as NodeJS.ErrnoException);
  }
}

/**
 * Writes `content` to `file` atomically. Without `force` an existing file (or link) is never
 * touched. With `force`, only a regular file is replaced, through a link if `file` is one,
 * keeping the replaced file's permissions and, where the system allows, its owner.
 */
export async function writeFileAtomic(file: string, content: string | Uint8Array, options: WriteOptions = {}): Promise<void> {
  assertFileName(file);
  let target: Target = { path: file };
  try {
    if (options.force) target = await forcedTarget(file);
    // A file its owner made read-only, or one this user may not change, is not replaced by a
    // new one in its place (which the folder alone would allow): it is refused as a write to it is.
    if (target.existing) await fs.access(target.path, constants.W_OK);
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw writeError(file, error as NodeJS.ErrnoException);
  }
  const dir = dirname(target.path);
  const temp = join(dir, `.${basename(target.path)}.${process.pid}.${randomHex()}.tmp`);
  const mode = options.mode ?? (target.existing ? target.existing.mode & 0o7777 : 0o644);
  let handle: fs.FileHandle | undefined;
  // Removed if the run is stopped (Ctrl-C, SIGTERM, SIGHUP) while the temporary file exists.
  const forget = removeOnExit(temp);
  try {
    handle = await fs.open(temp, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY, mode);
    // A replaced file keeps its mode whatever the umask (0600 stays 0600, 0664 stays 0664);
    // a new one gets the umask's say.
    if (options.mode !== undefined || target.existing) await handle.chmod(mode);
    const existing = target.existing;
    if (existing && typeof process.getuid === 'function' && (existing.uid !== process.getuid() || existing.gid !== process.getgid?.())) {
      await handle.chown(existing.uid, existing.gid).catch(() => {});
    }
    await handle.writeFile(content);
    await handle.sync();
    await handle.close();
    handle = undefined;
    if (options.force) {
      if (options.unchangedFrom === undefined) await fs.rename(temp, target.path);
      else {
        // Compared and replaced as one step: another redress doing the same waits for the lock.
        const release = await lock(target.path);
        try {
          if ((await currentText(target.path)) !== options.unchangedFrom) throw new FileChangedError(file);
          await fs.rename(temp, target.path);
        } finally {
          await release();
        }
      }
    } else {
      try {
        await fs.link(temp, file);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EEXIST') {
          // A device, a pipe or a folder is refused as --force would refuse it.
          await forcedTarget(file);
          throw new FileExistsError(file);
        }
        if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV') throw error;
        // File systems without hard links: check, then rename (a small race, but no clobbering in practice).
        if (await exists(file)) throw new FileExistsError(file);
        await fs.rename(temp, file);
      }
    }
  } catch (error) {
    if (error instanceof UserError || error instanceof FileChangedError) throw error;
    throw writeError(target.path, error as NodeJS.ErrnoException);
  } finally {
    await handle?.close().catch(() => {});
    await fs.rm(temp, { force: true }).catch(() => {});
    forget();
  }
}

const LOCK_WAIT_MS = 5000;
/** A lock older than this was left by a run that was killed: a save holds it for milliseconds. */
const STALE_LOCK_MS = 10000;

/** Holds `.<name>.lock` beside the file while it is compared and replaced; returns how to let go. */
async function lock(file: string): Promise<() => Promise<void>> {
  const path = join(dirname(file), `.${basename(file)}.lock`);
  const started = Date.now();
  for (;;) {
    try {
      await (await fs.open(path, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY, 0o600)).close();
      const forget = removeOnExit(path);
      return async () => {
        await fs.rm(path, { force: true }).catch(() => {});
        forget();
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const since = await fs.stat(path).then((info) => Date.now() - info.mtimeMs, () => 0);
    if (since > STALE_LOCK_MS) await fs.rm(path, { force: true }).catch(() => {});
    else if (Date.now() - started > LOCK_WAIT_MS) {
      throw new UserError(`${safeForTerminal(file)} is being saved by another redress (its lock file ${safeForTerminal(path)} is there). Wait for it to finish and run the command again; if no other redress is running, delete the lock file.`, 1);
    } else await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 20));
  }
}

async function startsWithBom(file: string): Promise<boolean> {
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(file, 'r');
    const head = Buffer.alloc(3);
    const { bytesRead } = await handle.read(head, 0, 3, 0);
    return bytesRead === 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf;
  } catch {
    return false;
  } finally {
    await handle?.close().catch(() => {});
  }
}

async function currentText(file: string): Promise<string | undefined> {
  try {
    const text = await fs.readFile(file, 'utf8');
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    return undefined;
  }
}

/**
 * Writes `edit(text)` over a text file that `read` reads, and edits again from what is there
 * now if the file changed in between (two recordings at the same moment, an editor saving it),
 * so that neither change is lost. Returns what was written.
 */
export async function editFileAtomic(file: string, read: () => Promise<string>, edit: (source: string) => string, first?: string): Promise<string> {
  let source = first ?? (await read());
  const started = Date.now();
  for (;;) {
    const edited = edit(source);
    try {
      // The text is read without its byte-order mark: a file that had one keeps it.
      const bom = (await startsWithBom(file)) && !edited.startsWith('\uFEFF') ? '\uFEFF' : '';
      await writeFileAtomic(file, bom + edited, { force: true, unchangedFrom: source });
      return edited;
    } catch (error) {
      if (!(error instanceof FileChangedError)) throw error;
      if (Date.now() - started > LOCK_WAIT_MS) {
        throw new UserError(`${safeForTerminal(file)} kept changing while I was saving to it, so I did not change it. Close any other program that is writing to it and run the command again.`, 1);
      }
    }
    source = await read();
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

/** Whether `path` is a folder that exists (a write there failing with ENOENT is the system's refusal, not a missing folder). */
function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

export function writeError(file: string, error: NodeJS.ErrnoException): UserError {
  if (file.trim() === '') return new UserError('No file name was given (it is empty). Give the name of the file to write.');
  const name = safeForTerminal(file);
  switch (error.code) {
    case 'ENOENT':
      // /proc/version: the folder is there, but the system makes no new files in it.
      if (isFolder(dirname(file))) return new UserError(`Cannot write ${name}: new files cannot be made in ${safeForTerminal(dirname(file))} (a folder of the system's own). Choose another place.`);
      return new UserError(`Cannot write ${name}: the folder ${safeForTerminal(dirname(file))} does not exist. Create it first, or choose another path.`);
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return new UserError(`Cannot write ${name}: permission denied. Check that you may change it and its folder (it may be read-only), or choose another place.`);
    case 'EISDIR':
      return new UserError(`Cannot write ${name}: it is a folder. Give a file name instead.`);
    case 'ENOSPC':
      return new UserError(`Cannot write ${name}: the disk is full. Free some space and try again.`, 1);
    case 'ENAMETOOLONG':
      return new UserError(`Cannot write ${name}: the name is too long for the file system. Choose a shorter name.`);
    case 'ENOTDIR':
      return new UserError(`Cannot write ${name}: a part of the path is a file, not a folder. Check the path.`);
    case 'EDQUOT':
      return new UserError(`Cannot write ${name}: you have used all the disk space you are allowed. Free some space and try again.`, 1);
    case 'EIO':
      return new UserError(`Cannot write ${name}: the disk reported an error. Check the disk, or save somewhere else.`, 1);
    default:
      return new UserError(`Cannot write ${name}${error.code ? ` (system error ${error.code})` : ''}. Check the path and that you can write there, or choose another place.`, 1);
  }
}
