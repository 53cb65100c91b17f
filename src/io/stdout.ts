// What a command prints goes straight to standard output. Node makes `process.stdout` a
// stream object when it is first used (for a pipe, a socket with all its machinery), which
// costs a command that prints one letter more than printing the letter does. A reader that
// goes away early (`redress draft … | head`) ends the program quietly, with the exit code it
// already has.
import { writeSync } from 'node:fs';

let streaming = false;

function quietOnClosedPipe(error: NodeJS.ErrnoException): void {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
}

/** Writes `text` to standard output, all of it, in order with everything written before. */
export function writeStdout(text: string): void {
  if (streaming) {
    process.stdout.write(text);
    return;
  }
  const bytes = Buffer.from(text, 'utf8');
  let offset = 0;
  while (offset < bytes.length) {
    try {
      offset += writeSync(1, bytes, offset);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EPIPE') process.exit(process.exitCode ?? 0);
      if (code !== 'EAGAIN') throw error;
      // A full pipe that does not wait (its reader set it so): Node's stream waits for it.
      streaming = true;
      process.stdout.on('error', quietOnClosedPipe);
      process.stdout.write(bytes.subarray(offset));
      return;
    }
  }
}
