import { asInvoked } from '../util/invocation.js';
import { stderrMayBeTerminal, writeStderr } from './stdout.js';
import { safeForTerminal } from './terminal.js';

// Three plain ANSI styles, without chalk or process.stderr: a note after a letter should cost
// nothing like the letter. Colour only on a terminal, never with NO_COLOR or TERM=dumb.
const useColor = () => !(process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '') && process.env.TERM !== 'dumb' && stderrMayBeTerminal();
const style = (open: string, close: string) => (text: string) => (useColor() ? `\x1b[${open}m${text}\x1b[${close}m` : text);
const red = style('31', '39');
const yellow = style('33', '39');
const dim = style('2', '22');

// Every message goes through safeForTerminal here, whatever its caller did: a value the
// person typed (an option, a file name) never reaches the terminal with its escape
// sequences. Escaping twice changes nothing (the escapes are plain characters).

/** An error for the person at the terminal. */
export function reportError(message: string): void {
  const [first, ...rest] = safeForTerminal(asInvoked(message)).split('\n');
  writeStderr(`${red('✖')} ${first}\n${rest.map((line) => `${line}\n`).join('')}`);
}

export function reportWarning(message: string): void {
  writeStderr(`${yellow('!')} ${safeForTerminal(asInvoked(message))}\n`);
}

export function reportNote(message: string): void {
  writeStderr(`${dim(safeForTerminal(asInvoked(message)))}\n`);
}
