import { isUtf8 } from 'node:buffer';
import { closeSync, constants, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { UserError } from '../errors.js';
import { quoteValue, safeForTerminal } from './terminal.js';

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/** Why a file was not read through: too large, binary, or not a regular file when one is needed. */
export class InputLimit extends Error {
  constructor(
    readonly kind: 'too-large' | 'binary' | 'utf16' | 'not-regular' | 'folder',
    /** For 'too-large': the size the file says it has, when it says one. */
    readonly size?: number,
    /** For 'utf16': the bytes it was told by, which say whether it is UTF-16 or UTF-32. */
    readonly sample?: Uint8Array,
  ) {
    super(kind);
  }
}

const CHUNK = 64 * 1024;

/**
 * Reads a file of any kind (a regular file, a device, a pipe), at most `maxBytes` of it.
 * Bytes are counted as they are read: a device or pipe reports a size of 0, so /dev/zero or
 * `<(yes)` stop at the limit instead of filling memory. A NUL byte stops the read at once
 * (binary). With `regularOnly`, anything but a regular file is refused without waiting on it
 * (a FIFO is opened without blocking).
 */
export function readBoundedSync(file: string, maxBytes: number, options: { regularOnly?: boolean } = {}): Buffer {
  const fd = openSync(file, constants.O_RDONLY | (options.regularOnly ? constants.O_NONBLOCK : 0));
  try {
    const info = fstatSync(fd);
    if (info.isDirectory()) throw new InputLimit('folder');
    if (options.regularOnly && !info.isFile()) throw new InputLimit('not-regular');
    if (info.isFile() && info.size > maxBytes) throw new InputLimit('too-large', info.size);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(CHUNK, maxBytes + 1 - total));
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      const got = chunk.subarray(0, read);
      if (got.includes(0)) throw new InputLimit(total === 0 && looksLikeUtf16(got) ? 'utf16' : 'binary', undefined, got);
      chunks.push(got);
      total += read;
      if (total > maxBytes) throw new InputLimit('too-large');
    }
    return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
  } finally {
    closeSync(fd);
  }
}

/** Standard input, at most `maxBytes` of it, counted as it comes. */
export async function readStdinBounded(maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    if (buffer.includes(0)) throw new InputLimit(size === 0 && looksLikeUtf16(buffer) ? 'utf16' : 'binary', undefined, buffer);
    size += buffer.length;
    if (size > maxBytes) throw new InputLimit('too-large');
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

/**
 * Whether `file` is a path to this process's own standard input (/dev/stdin, /dev/fd/0), or
 * with `fd` 1 its standard output. A program that starts redress may give it a socket there
 * (Node does), and a socket cannot be opened by its path: it is read (or written) as "-" is.
 */
export function namesOwnStream(file: string, fd: 0 | 1): boolean {
  try {
    const named = statSync(file);
    const input = fstatSync(fd);
    return named.dev === input.dev && named.ino === input.ino;
  } catch {
    return false;
  }
}

/** A file, or standard input for "-" or a path to it that cannot be opened, at most `maxBytes` of it. */
export async function readBounded(file: string, maxBytes: number): Promise<Buffer> {
  if (file === '-') return readStdinBounded(maxBytes);
  try {
    return readBoundedSync(file, maxBytes);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENXIO' && namesOwnStream(file, 0)) return readStdinBounded(maxBytes);
    throw error;
  }
}

/** "too large (6.2 MB; at most 5.0 MB)", or "(more than 5.0 MB)" when the size is not known. */
export function sizeWords(limit: InputLimit, maxBytes: number): string {
  return limit.size !== undefined ? `${formatBytes(limit.size)}; at most ${formatBytes(maxBytes)}` : `more than ${formatBytes(maxBytes)}`;
}

/** A file's name given empty (a shell variable that is not set, say) is said to be so, not "Cannot find ." */
export function assertNamed(file: string, what: string, hint = ''): void {
  if (file.trim() === '') throw new UserError(`The name given for the ${what} is empty.${hint.startsWith('Give ') ? '' : ` Give the path of the ${what}.`}${hint ? ` ${hint}` : ''}`);
}

/**
 * Reads a text file (or stdin for "-") as UTF-8, with a clear message for every way it can fail.
 * A file is read synchronously: it is one small file, and the first asynchronous read would
 * start Node's pool of file threads, which costs more than the read.
 */
export async function readTextFile(file: string, options: { maxBytes?: number; what?: string; hint?: string } = {}): Promise<string> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const name = safeForTerminal(file === '-' ? 'standard input' : file);
  const hint = options.hint ? ` ${options.hint}` : '';
  const what = options.what ?? 'file';
  assertNamed(file, what, options.hint);
  let bytes: Buffer;
  try {
    bytes = await readBounded(file, maxBytes);
  } catch (error) {
    if (error instanceof InputLimit) {
      if (error.kind === 'folder') throw new UserError(`${name} is a folder, not a file. Give the path of a ${what} inside it.`);
      if (error.kind === 'binary') throw new UserError(`${name} looks like a binary file, not text. Give a plain text (YAML) file.`);
      if (error.kind === 'utf16') throw utf16Error(name, error.sample);
      throw new UserError(`${name} is too large for a ${what} (${sizeWords(error, maxBytes)}), so I stopped reading it. Check that it is the right file.`);
    }
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UserError(`Cannot find ${name}. Check the path and spelling.${hint}`);
    if (code === 'EACCES' || code === 'EPERM') throw new UserError(`Cannot read ${name}: permission denied. Check the file's permissions.`);
    if (code === 'EISDIR') throw new UserError(`${name} is a folder, not a file. Give the path of a ${what} inside it.`);
    throw new UserError(`Cannot read ${name}${describeCode(code)}. Check that it is the right file and that you can read it.`);
  }
  return decodeText(bytes, name);
}

/** A system error code in plain words, for the few that people meet; empty for the rest. */
export function describeCode(code: string | undefined): string {
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return ': permission denied';
    case 'EROFS':
      return ': the disk is read-only';
    case 'ENOENT':
      return ': it does not exist';
    case 'EISDIR':
      return ': it is a folder';
    case 'EEXIST':
      return ': a file of that name is in the way';
    case 'ENOSPC':
    case 'EDQUOT':
      return ': the disk is full';
    case 'EMFILE':
    case 'ENFILE':
      return ': too many files are open';
    case 'ENAMETOOLONG':
      return ': the name is too long for the file system';
    case 'ENOTDIR':
      return ': a part of the path is a file, not a folder';
    case 'ELOOP':
      return ': it is a link that leads back to itself';
    case 'EIO':
      return ': the disk reported an error';
    case 'ENXIO':
    case 'ENODEV':
      return ': it is a device or a socket, which cannot be read as a file';
    default:
      return code ? ` (system error ${code})` : '';
  }
}

/**
 * Text saved as UTF-16 (Windows Notepad's "Unicode"): a byte-order mark, or a zero byte after
 * every letter of plain text. It is text, but not in the encoding redress reads.
 */
export function looksLikeUtf16(bytes: Uint8Array): boolean {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) return true;
  const sample = bytes.subarray(0, Math.min(bytes.length, 64) & ~1);
  if (sample.length < 8) return false;
  let zeros = 0;
  for (let i = 0; i < sample.length; i += 2) if ((sample[i] === 0) !== (sample[i + 1] === 0)) zeros++;
  return zeros === sample.length / 2;
}

/** "UTF-32" for text with four bytes a character (its byte-order mark, or three zeros after each letter), else "UTF-16". */
export function wideEncoding(bytes: Uint8Array | undefined): 'UTF-16' | 'UTF-32' {
  if (bytes === undefined || bytes.length < 4) return 'UTF-16';
  if ((bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0) || (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff)) return 'UTF-32';
  return bytes[0] !== 0 && bytes[1] === 0 && bytes[2] === 0 && bytes[3] === 0 ? 'UTF-32' : 'UTF-16';
}

export function utf16Error(name: string, bytes?: Uint8Array): UserError {
  return new UserError(`${name} is saved as ${wideEncoding(bytes)} text, and redress reads UTF-8. Save it again as UTF-8 in your editor (in "Save as", choose the encoding UTF-8) and try again.`);
}

export function decodeText(bytes: Uint8Array, name: string): string {
  if (bytes.includes(0) && looksLikeUtf16(bytes)) throw utf16Error(name, bytes);
  if (bytes.includes(0)) throw new UserError(`${name} looks like a binary file, not text. Give a plain text (YAML) file.`);
  // isUtf8 and Buffer's decoder are Node's own (simdutf); a fatal TextDecoder would start ICU.
  if (!isUtf8(bytes)) throw new UserError(`${name} is not UTF-8 text. Save it as UTF-8 in your editor and try again.${whereNotUtf8(bytes)}`);
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Where the first byte that is not UTF-8 is; -1 when there is none (a character cut at the end counts). */
export function firstNotUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i += 1;
      continue;
    }
    const length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    // The second byte's range excludes overlong forms, UTF-16 surrogates and code points past U+10FFFF.
    const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
    const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
    const second = bytes[i + 1];
    if (second === undefined || second < low || second > high) return i;
    for (let k = 2; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined || next < 0x80 || next > 0xbf) return i;
    }
    i += length;
  }
  return -1;
}

/**
 * " The first character that is not UTF-8 is on line 3, column 12, after "I paid the caf".":
 * where a character typed in another encoding (an "é" or a curly quote from Windows) is.
 */
export function whereNotUtf8(bytes: Uint8Array): string {
  const at = firstNotUtf8(bytes);
  if (at < 0) return '';
  const before = Buffer.from(bytes.buffer, bytes.byteOffset, at).toString('utf8');
  const lineStart = before.lastIndexOf('\n') + 1;
  const line = before.slice(0, lineStart).split('\n').length;
  const text = before.slice(lineStart).replace(/^\uFEFF/, '');
  const shown = text.trim() === '' ? '' : `, after ${quoteValue(text.length > 30 ? `…${text.slice(-30)}` : text)}`;
  return ` The first character that is not UTF-8 is on line ${line}, column ${text.length + 1}${shown}.`;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
