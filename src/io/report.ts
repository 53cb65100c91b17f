import { asInvoked } from '../util/invocation.js';
import { colorEnabled, colors } from './color.js';
import { safeForTerminal } from './terminal.js';

// Every message goes through safeForTerminal here, whatever its caller did: a value the
// person typed (an option, a file name) never reaches the terminal with its escape
// sequences. Escaping twice changes nothing (the escapes are plain characters).

/** An error for the person at the terminal. */
export function reportError(message: string): void {
  const c = colors(colorEnabled(process.stderr));
  const [first, ...rest] = safeForTerminal(asInvoked(message)).split('\n');
  process.stderr.write(`${c.red('✖')} ${first}\n${rest.map((line) => `${line}\n`).join('')}`);
}

export function reportWarning(message: string): void {
  const c = colors(colorEnabled(process.stderr));
  process.stderr.write(`${c.yellow('!')} ${safeForTerminal(asInvoked(message))}\n`);
}

export function reportNote(message: string): void {
  const c = colors(colorEnabled(process.stderr));
  process.stderr.write(`${c.dim(safeForTerminal(asInvoked(message)))}\n`);
}
