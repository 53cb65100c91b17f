import { isUtf8 } from 'node:buffer';
import { readFileSync, statSync } from 'node:fs';
import { UserError } from '../errors.js';
import { safeForTerminal } from './terminal.js';

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/**
 * Reads a text file (or stdin for "-") as UTF-8, with a clear message for every way it can fail.
 * A file is read synchronously: it is one small file, and the first asynchronous read would
 * start Node's pool of file threads, which costs more than the read.
 */
export async function readTextFile(file: string, options: { maxBytes?: number; what?: string; hint?: string } = {}): Promise<string> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const name = safeForTerminal(file === '-' ? 'standard input' : file);
  const hint = options.hint ? ` ${options.hint}` : '';
  let bytes: Buffer;
  if (file === '-') {
    bytes = await readStdin(maxBytes, name);
  } else {
    try {
      const info = statSync(file);
      if (info.isDirectory()) throw new UserError(`${name} is a folder, not a file. Give the path of a ${options.what ?? 'file'} inside it.`);
      if (info.size > maxBytes) throw new UserError(`${name} is too large (${formatBytes(info.size)}; at most ${formatBytes(maxBytes)}). Check that it is the right file.`);
      bytes = readFileSync(file);
    } catch (error) {
      if (error instanceof UserError) throw error;
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') throw new UserError(`Cannot find ${name}. Check the path and spelling.${hint}`);
      if (code === 'EACCES' || code === 'EPERM') throw new UserError(`Cannot read ${name}: permission denied. Check the file's permissions.`);
      if (code === 'EISDIR') throw new UserError(`${name} is a folder, not a file. Give the path of a ${options.what ?? 'file'} inside it.`);
      throw new UserError(`Cannot read ${name} (${code ?? 'unknown error'}).`);
    }
  }
  return decodeText(bytes, name);
}

export function decodeText(bytes: Uint8Array, name: string): string {
  if (bytes.includes(0)) throw new UserError(`${name} looks like a binary file, not text. Give a plain text (YAML) file.`);
  // isUtf8 and Buffer's decoder are Node's own (simdutf); a fatal TextDecoder would start ICU.
  if (!isUtf8(bytes)) throw new UserError(`${name} is not UTF-8 text. Save it as UTF-8 in your editor and try again.`);
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

async function readStdin(maxBytes: number, name: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) throw new UserError(`${name} is too large (more than ${formatBytes(maxBytes)}).`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
