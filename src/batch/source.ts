// Reading a batch file line by line, a piece at a time, so memory does not grow with the
// number of cases. A batch is read twice (first its shape, then its cases), so standard
// input (or a pipe, or a device) is first copied to a private temporary file: in redress's
// own cache folder, readable only by its owner, and removed however the run ends.
import { closeSync, constants, createReadStream, createWriteStream, openSync, promises as fs, readSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { UserError } from '../errors.js';
import { removeOnExit } from '../io/cleanup.js';
import { assertNamed, describeCode, formatBytes, InputLimit, looksLikeUtf16, namesOwnStream, utf16Error, whereNotUtf8 } from '../io/read.js';
import { cacheDir } from '../io/state.js';
import { safeForTerminal } from '../io/terminal.js';
import { makeFolder } from '../util/make-folder.js';

/** A single line longer than this is not a batch file (or not one a person can fix). */
export const MAX_LINE_CHARS = 1_000_000;
/** The largest batch file read: about 140,000 cases of the usual size. */
export const MAX_BATCH_BYTES = 256 * 1024 * 1024;
const CHUNK_BYTES = 1 << 16;

export interface BatchInput {
  /** A regular file that can be read more than once. */
  path: string;
  /** How the input is named in messages: the path as given, or "standard input". */
  label: string;
  cleanup(): Promise<void>;
}

const HINT = 'To start a batch file, run `redress init --batch`.';

/** Thrown when reading standard input was stopped (Ctrl-C). */
export class InputInterrupted extends Error {}

/** A private folder for the copy: redress's cache folder if it can be made, else the system's. */
async function privateFolder(): Promise<string> {
  try {
    const base = cacheDir();
    makeFolder(base, 0o700);
    return await fs.mkdtemp(join(base, 'batch-'));
  } catch {
    return fs.mkdtemp(join(tmpdir(), 'redress-batch-'));
  }
}

/** Checks the batch file, or copies standard input (or a pipe, or a device) to a private temporary file. */
export async function openInput(file: string, signal?: AbortSignal): Promise<BatchInput> {
  assertNamed(file, 'batch file', HINT);
  const label = file === '-' ? 'standard input' : file;
  const name = safeForTerminal(label);
  let fifo = false;
  let stdin = file === '-';
  if (!stdin) {
    let info;
    try {
      info = await fs.stat(file);
    } catch (error) {
      throw readError(name, error as NodeJS.ErrnoException);
    }
    if (info.isDirectory()) throw new UserError(`${name} is a folder, not a file. Give the path of a batch file inside it.`);
    if (info.isFile()) {
      if (info.size > MAX_BATCH_BYTES) throw tooLarge(name, info.size);
      try {
        await (await fs.open(file, 'r')).close();
      } catch (error) {
        throw readError(name, error as NodeJS.ErrnoException);
      }
      return { path: file, label, cleanup: async () => {} };
    }
    fifo = info.isFIFO();
    // A socket cannot be opened by its path, but standard input given as one (by a program
    // that starts redress) is read as "-" is.
    stdin = info.isSocket() && namesOwnStream(file, 0);
  }
  const dir = await privateFolder();
  const forget = removeOnExit(dir);
  const path = join(dir, 'input.yaml');
  const cleanup = async () => {
    await fs.rm(dir, { recursive: true, force: true });
    forget();
  };
  try {
    if (file === '-' && process.stdin.isTTY) process.stderr.write('Type or paste the cases, then press Ctrl-D on a line of its own.\n');
    // A named pipe is opened without waiting for a writer (a wait no signal could end) and read
    // as the event loop reads a pipe; with no writer, it is empty.
    const source = stdin ? process.stdin : fifo ? await pipeStream(file) : createReadStream(file);
    let total = 0;
    // Counted as it comes: a pipe or a device has no size to check first.
    const bounded = async function* (chunks: AsyncIterable<Buffer | string>) {
      for await (const chunk of chunks) {
        const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
        if (bytes.includes(0)) throw new InputLimit(total === 0 && looksLikeUtf16(bytes) ? 'utf16' : 'binary', undefined, bytes);
        total += bytes.length;
        if (total > MAX_BATCH_BYTES) throw new InputLimit('too-large');
        yield bytes;
      }
    };
    await pipeline(source, bounded, createWriteStream(path, { mode: 0o600 }), { signal });
  } catch (error) {
    await cleanup();
    if (signal?.aborted) throw new InputInterrupted();
    if (error instanceof InputLimit) throw error.kind === 'binary' ? binary(name) : error.kind === 'utf16' ? utf16Error(name, error.sample) : tooLarge(name);
    if (error instanceof UserError) throw error;
    throw readError(name, error as NodeJS.ErrnoException);
  }
  return { path, label, cleanup };
}

async function pipeStream(file: string): Promise<NodeJS.ReadableStream> {
  // Not import(): the bundle runs without an ES module loader (startup/code-cache.ts).
  const { Socket } = process.getBuiltinModule('node:net');
  return new Socket({ fd: openSync(file, constants.O_RDONLY | constants.O_NONBLOCK), readable: true, writable: false });
}

function tooLarge(name: string, size?: number): UserError {
  const how = size === undefined ? `more than ${formatBytes(MAX_BATCH_BYTES)}` : `${formatBytes(size)}; at most ${formatBytes(MAX_BATCH_BYTES)}`;
  return new UserError(`${name} is too large for a batch file (${how}), so I stopped reading it. Check that it is the right file, or split it into several batch files.`);
}

function binary(name: string): UserError {
  return new UserError(`${name} looks like a binary file, not text. Give a plain text (YAML) file.`);
}

function readError(name: string, error: NodeJS.ErrnoException): UserError {
  switch (error.code) {
    case 'ENOENT':
      return new UserError(`Cannot find ${name}. Check the path and spelling. ${HINT}`);
    case 'EACCES':
    case 'EPERM':
      return new UserError(`Cannot read ${name}: permission denied. Check the file's permissions.`);
    case 'EISDIR':
      return new UserError(`${name} is a folder, not a file. Give the path of a batch file inside it.`);
    case 'ENOSPC':
      return new UserError(`Cannot read ${name}: there is no room to keep a copy of it. Free some disk space and try again.`);
    default:
      return new UserError(`Cannot read ${name}${describeCode(error.code)}. Check that it is the right file and that you can read it.`);
  }
}

/**
 * The file's lines (without their "\n"; a "\r" before it is kept), a batch of lines at a
 * time. Stops with a UserError for binary data, text that is not UTF-8 or an endless line.
 */
export async function* readLines(input: BatchInput): AsyncGenerator<string[]> {
  const name = safeForTerminal(input.label);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let carry = '';
  let first = true;
  let lineCount = 0;
  const stream = createReadStream(input.path, { highWaterMark: CHUNK_BYTES });
  try {
    let total = 0;
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      if (chunk.includes(0)) throw total === 0 && looksLikeUtf16(chunk) ? utf16Error(name, chunk) : binary(name);
      // A file that grows while it is read (written to by another program) stops too.
      total += chunk.length;
      if (total > MAX_BATCH_BYTES) throw tooLarge(name);
      let text: string;
      try {
        text = decoder.decode(chunk, { stream: true });
      } catch {
        throw notUtf8(name, input.path, total);
      }
      if (first) {
        if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
        first = false;
      }
      const lines = (carry + text).split('\n');
      carry = lines.pop()!;
      if (carry.length > MAX_LINE_CHARS) throw tooLong(name, lineCount + lines.length + 1);
      lineCount += lines.length;
      for (const line of lines) if (line.length > MAX_LINE_CHARS) throw tooLong(name, lineCount);
      if (lines.length > 0) yield lines;
    }
    try {
      carry += decoder.decode();
    } catch {
      throw notUtf8(name, input.path, total);
    }
    if (carry !== '') yield [carry];
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw readError(name, error as NodeJS.ErrnoException);
  } finally {
    stream.destroy();
  }
}

/** Says where the first character that is not UTF-8 is, in the `read` bytes read so far. */
function notUtf8(name: string, path: string, read: number): UserError {
  let where = '';
  try {
    const fd = openSync(path, constants.O_RDONLY);
    try {
      const bytes = Buffer.alloc(read);
      where = whereNotUtf8(bytes.subarray(0, readSync(fd, bytes, 0, read, 0)));
    } finally {
      closeSync(fd);
    }
  } catch {
    // Only the place is lost.
  }
  return new UserError(`${name} is not UTF-8 text. Save it as UTF-8 in your editor and try again.${where}`);
}

function tooLong(name: string, line: number): UserError {
  return new UserError(`${name} has a line longer than a million characters (line ${line}). Check that it is the right file.`);
}
