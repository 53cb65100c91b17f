// What a command prints goes straight to standard output. Node makes `process.stdout` a
// stream object when it is first used (for a pipe, a socket with all its machinery), which
// costs a command that prints one letter more than printing the letter does. A reader that
// goes away early (`redress draft … | head`) ends the program quietly, with the exit code it
// already has.
import { fstatSync, writeSync } from 'node:fs';
import { UserError } from '../errors.js';

/**
 * What else to do with the output when standard output cannot take it, after "or": most
 * commands print only there, so it can only go to another place; `draft` can save the letter
 * itself (--out), `init` the case file.
 */
const ELSEWHERE = 'redirect it to a file on a disk with room';

/** Standard output cannot take the text (a full disk it is redirected to): plain words, exit 1. */
function outputError(error: NodeJS.ErrnoException, elsewhere: string): UserError {
  const full = error.code === 'ENOSPC' || error.code === 'EDQUOT';
  const why = full ? 'the disk it goes to is full' : error.code === 'EIO' ? 'the disk or terminal reported an error' : `the system said ${error.code ?? 'no'}`;
  return new UserError(`Cannot write to standard output: ${why}. ${full ? 'Free some space there' : 'Check where the output goes'}, or ${elsewhere}.`, 1);
}

// On Windows a terminal is written asynchronously: there the stream keeps what a prompt
// wrote and the letter after it in order.
let streaming = process.platform === 'win32';

let watched = false;

/** The reader has gone: the program ends quietly, with the exit code it already has. */
function endIfClosed(error: NodeJS.ErrnoException): void {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
}

/** Through Node's stream, which waits for a reader that is slow (and is quiet when it has gone). */
function streamed(data: string | Uint8Array): void {
  if (!watched) {
    watched = true;
    process.stdout.on('error', (error: NodeJS.ErrnoException) => {
      endIfClosed(error);
      throw error;
    });
  }
  process.stdout.write(data);
}

/**
 * Writes `text` (or bytes, a PDF) to standard output, all of it, in order with everything
 * written before. `elsewhere`: what the person can do instead when it cannot take it.
 */
export function writeStdout(text: string | Uint8Array, elsewhere = ELSEWHERE): void {
  if (streaming) {
    streamed(text);
    return;
  }
  const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  let offset = 0;
  while (offset < bytes.length) {
    try {
      offset += writeSync(1, bytes, offset);
    } catch (error) {
      endIfClosed(error as NodeJS.ErrnoException);
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw outputError(error as NodeJS.ErrnoException, elsewhere);
      // A full pipe that does not wait (its reader made it so): from here on, the stream.
      streaming = true;
      streamed(bytes.subarray(offset));
      return;
    }
  }
}

/**
 * Messages for the person go straight to standard error as well, for the same reason: the
 * stream object would load the terminal and network machinery just to print a note.
 */
export function writeStderr(text: string): void {
  const bytes = Buffer.from(text, 'utf8');
  let offset = 0;
  while (offset < bytes.length) {
    try {
      offset += writeSync(2, bytes, offset);
    } catch (error) {
      // Nowhere to say it (a closed or non-blocking pipe): the stream copes, or nothing can.
      if ((error as NodeJS.ErrnoException).code === 'EAGAIN') process.stderr.write(bytes.subarray(offset));
      return;
    }
  }
}

/** Whether standard error may be a terminal (a character device), asked without loading node:tty. */
export function stderrMayBeTerminal(): boolean {
  try {
    return fstatSync(2).isCharacterDevice();
  } catch {
    return false;
  }
}
